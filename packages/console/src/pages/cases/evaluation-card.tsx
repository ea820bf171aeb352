import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, Result, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/problem';
import { dateTimeText } from '../../components/date-text';
import { useAreaName } from '../../layout/work-area';
import { dayText, quarterText } from './civic-parts';
import { EvaluationCardForm, readCard } from './evaluation-card-form';

/** Where the code on a paper card is typed in, for a card without its QR code scanned. */
function CodeEntry() {
  const navigate = useNavigate();
  return (
    <Card title="填写评议卡">
      <Typography.Paragraph>请输入评议卡上印的 16 位编码（字母大小写、连字符均可）。</Typography.Paragraph>
      <Form
        layout="vertical"
        onFinish={({ code }: { code: string }) => navigate(`/public/evaluation-cards/${encodeURIComponent(code.trim())}`)}
      >
        <Form.Item
          name="code"
          label="评议卡编码"
          rules={[
            { required: true, message: '请输入评议卡编码' },
            {
              pattern: /^[\s-]*([0-9A-Za-z][\s-]*){16}$/,
              message: '编码为 16 位字母和数字，如 7KQ2-M9XA-TP4C-HW3R',
            },
          ]}
        >
          <Input size="large" placeholder="如 7KQ2-M9XA-TP4C-HW3R" autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block>
          打开评议卡
        </Button>
      </Form>
    </Card>
  );
}

/**
 * 评议卡 for the resident representative who holds it, opened from the QR code on the card without signing
 * in: the code is the credential (unguessable, one card each), so a phone in the hand is all it takes.
 */
export default function EvaluationCardPage() {
  const { code } = useParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const card = useQuery({
    queryKey: ['evaluation-card', code],
    enabled: Boolean(code),
    retry: false,
    queryFn: () => readCard(code ?? ''),
  });
  const communityName = useAreaName(card.data?.community);
  if (!code) return <CodeEntry />;
  if (card.isLoading) return <Card loading />;
  if (card.error || !card.data) {
    return (
      <Result
        status="warning"
        title={errorMessage(card.error, '读取评议卡失败，请稍后重试')}
        extra={<Button onClick={() => navigate('/public/evaluation-cards')}>重新输入编码</Button>}
      />
    );
  }
  const data = card.data;
  const heading = (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {communityName ?? ''} {quarterText(data.month)}评议卡
      </Typography.Title>
      <Typography.Text type="secondary">
        持卡居民代表：{data.holder} · 评议日 {dayText(data.date)}
      </Typography.Text>
    </Space>
  );
  if (data.answered) {
    return (
      <Card data-testid="evaluation-card">
        {heading}
        <Result
          status="success"
          title="评议卡已收到，感谢您对社区工作的监督"
          subTitle={`${dateTimeText(data.answeredAt)} 提交。评议结束后，社区将公布评议结果。`}
        />
      </Card>
    );
  }
  return (
    <Card data-testid="evaluation-card">
      {heading}
      {data.canAnswer ? (
        <>
          <Typography.Paragraph style={{ margin: '12px 0' }}>
            请对以下社区工作人员的每一项工作作出评价。您的评价不署名，只计入统计。
          </Typography.Paragraph>
          <EvaluationCardForm
            card={data}
            onAnswered={(answeredAt) =>
              queryClient.setQueryData(['evaluation-card', code], { ...data, answered: true, answeredAt, canAnswer: false })
            }
          />
        </>
      ) : (
        <Result status="info" title={data.why ?? '现在不能填写这张评议卡'} />
      )}
    </Card>
  );
}
