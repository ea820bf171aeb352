import { Button, Card, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { monthText, useQuestionnaire } from './civic-parts';
import { QuestionnaireAnswerForm } from './questionnaire-form';

const back = (
  <Link to="/me/cases">
    <Button>回到诉求</Button>
  </Link>
);

/** A resident answers the community's needs questionnaire for the month's service week, on a phone. */
export default function MyQuestionnairePage() {
  const { questionnaireId = '' } = useParams();
  const questionnaire = useQuestionnaire(questionnaireId);
  const [answered, setAnswered] = useState(false);
  if (questionnaire.isLoading) return <Card loading />;
  const data = questionnaire.data;
  if (!data) return <Result status="warning" title={errorMessage(questionnaire.error, '读取问卷失败')} extra={back} />;
  if (answered) {
    return (
      <div data-testid="questionnaire-thanks">
        <Result
          status="success"
          title="感谢您的填写"
          subTitle={`社区将按大家的需求安排${monthText(data.month)}的服务周，活动安排会在社区公示栏和消息中通知您。`}
          extra={back}
        />
      </div>
    );
  }
  if (data.status !== 'open') {
    return <Result status="info" title={data.status === 'closed' ? '本问卷已结束，感谢关注' : '本问卷尚未发放'} extra={back} />;
  }
  return (
    <Card title={data.title} size="small">
      <Typography.Paragraph type="secondary">
        {data.description ?? `为办好${monthText(data.month)}的服务周，请您花一分钟告诉社区您最需要的服务。`}
      </Typography.Paragraph>
      <QuestionnaireAnswerForm questionnaire={data} onAnswered={() => setAnswered(true)} />
    </Card>
  );
}
