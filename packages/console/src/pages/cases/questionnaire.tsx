import { EditOutlined, PrinterOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Drawer,
  Empty,
  List,
  Popconfirm,
  Result,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { PrintSheet } from '../../components/print-sheet';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { useAreaName } from '../../layout/work-area';
import { Chart } from '../statistics/chart';
import {
  monthText,
  type PickedResident,
  type Questionnaire,
  QuestionnaireStatusTag,
  questionKindLabels,
  questionnaireKey,
  ResidentSearch,
  useQuestionnaire,
} from './civic-parts';
import { QuestionnaireAnswerForm } from './questionnaire-form';

type Tally = components['schemas']['QuestionnaireTally'];
type QuestionTally = Tally['questions'][number];

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** One question's count: a bar per option with how many chose it, or the free-text answers as written. */
function QuestionTallyCard({ question, index }: { question: QuestionTally; index: number }) {
  const title = (
    <Space size={6} wrap>
      <span>
        {index + 1}. {question.text}
      </span>
      <Tag>{questionKindLabels[question.kind]}</Tag>
      <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
        {question.answered} 人回答
      </Typography.Text>
    </Space>
  );
  if (question.kind === 'text') {
    return (
      <Card size="small" title={title} data-testid={`tally-${question.questionId}`}>
        <List
          size="small"
          dataSource={question.texts ?? []}
          locale={{ emptyText: '还没有人填写' }}
          renderItem={(text) => <List.Item>{text}</List.Item>}
        />
      </Card>
    );
  }
  const options = question.options ?? [];
  const chart = {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, name: '人' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: options.map((option) => option.label),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        name: '选择人数',
        type: 'bar',
        color: '#1677ff',
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
        data: options.map((option) => option.count),
      },
    ],
  };
  return (
    <Card size="small" title={title} data-testid={`tally-${question.questionId}`}>
      <Row gutter={[16, 8]} align="middle">
        <Col xs={24} lg={14}>
          <Chart option={chart} height={Math.max(120, options.length * 36 + 24)} />
        </Col>
        <Col xs={24} lg={10}>
          <Table
            rowKey="optionId"
            size="small"
            pagination={false}
            dataSource={options}
            columns={[
              { title: '选项', dataIndex: 'label' },
              { title: '人数', dataIndex: 'count', align: 'right', width: 64 },
              { title: '占比', dataIndex: 'share', align: 'right', width: 72, render: (share: number) => percent(share) },
            ]}
          />
        </Col>
      </Row>
      {question.kind === 'multi' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          多选题：占比为选择该项的人数占回答该题人数的比例，合计可超过 100%。
        </Typography.Text>
      )}
    </Card>
  );
}

function TallyTab({ questionnaire }: { questionnaire: Questionnaire }) {
  const tally = useQuery({
    queryKey: ['questionnaire-tally', questionnaire.id],
    queryFn: () =>
      call(api.GET('/cases/questionnaires/{questionnaireId}/tally', { params: { path: { questionnaireId: questionnaire.id } } })),
  });
  if (tally.error) return <Alert type="error" showIcon message={errorMessage(tally.error, '读取统计失败')} />;
  if (!tally.data) return <Card loading variant="borderless" />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title="答卷" value={tally.data.responses} suffix="份" data-testid="tally-responses" />
        </Col>
        <Col xs={24} md={18}>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {questionnaire.status === 'open' ? (
              <>
                问卷发放中，居民陆续填写，
                <Button
                  type="link"
                  size="small"
                  icon={<ReloadOutlined />}
                  loading={tally.isFetching}
                  onClick={() => void tally.refetch()}
                  style={{ padding: 0 }}
                  data-testid="tally-refresh"
                >
                  刷新统计
                </Button>
                读取最新答卷。
              </>
            ) : (
              '问卷已结束，这是最终统计。'
            )}
            按统计结果安排服务活动；需要时可在
            <Link to={`/case/calendar?month=${questionnaire.month}`}>五日一周</Link>中把服务周调整到居民方便的一周。
          </Typography.Paragraph>
        </Col>
      </Row>
      {tally.data.responses === 0 ? (
        <Empty description="还没有答卷：居民可在手机“诉求”页填写，纸质问卷点“代录纸质问卷”录入" />
      ) : (
        tally.data.questions.map((question, index) => (
          <QuestionTallyCard key={question.questionId} question={question} index={index} />
        ))
      )}
    </Space>
  );
}

/** The questions as residents will see them (and as the paper copy prints them). */
function QuestionList({ questionnaire, paper }: { questionnaire: Questionnaire; paper?: boolean }) {
  return (
    <ol style={{ paddingInlineStart: 20, margin: 0 }}>
      {questionnaire.questions.map((question) => (
        <li key={question.questionId} style={{ marginBottom: 12 }}>
          <div>
            {question.text}
            <span style={{ color: '#8c8c8c', marginLeft: 6 }}>
              （{questionKindLabels[question.kind]}
              {question.required ? '' : '，选填'}）
            </span>
          </div>
          {question.options ? (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', marginTop: 4 }}>
              {question.options.map((option) => (
                <span key={option.optionId}>
                  {question.kind === 'single' ? '○' : '□'} {option.label}
                </span>
              ))}
            </div>
          ) : (
            paper && <div style={{ borderBottom: '1px solid #000', height: 48 }} />
          )}
        </li>
      ))}
    </ol>
  );
}

/** 代录纸质问卷: a worker finds the resident who filled in a paper copy and keys it in; then the next one. */
function PaperResponseDrawer(props: { questionnaire: Questionnaire; open: boolean; onClose: () => void; onEntered: () => void }) {
  const { message } = App.useApp();
  const [resident, setResident] = useState<PickedResident>();
  const [entered, setEntered] = useState(0);
  const width = useDrawerWidth(640);
  return (
    <Drawer open={props.open} width={width} title="代录纸质问卷" onClose={props.onClose} destroyOnHidden>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {entered > 0 && <Typography.Text type="secondary">本次已录入 {entered} 份。</Typography.Text>}
        {resident ? (
          <Alert
            type="info"
            showIcon
            message={`填写人：${resident.name}`}
            action={
              <Button size="small" onClick={() => setResident(undefined)}>
                换一位
              </Button>
            }
          />
        ) : (
          <ResidentSearch
            id="respondent-search"
            community={props.questionnaire.community}
            onPick={setResident}
            placeholder="输入填写人姓名，查找本社区居民"
          />
        )}
        {resident && (
          <QuestionnaireAnswerForm
            key={resident.personId}
            questionnaire={props.questionnaire}
            personId={resident.personId}
            submitText="录入这份问卷"
            onAnswered={() => {
              message.success(`已录入${resident.name}的问卷`);
              setEntered((count) => count + 1);
              setResident(undefined);
              props.onEntered();
            }}
          />
        )}
      </Space>
    </Drawer>
  );
}

/** One needs questionnaire: its questions, open and close it, key in paper copies, and the tally. */
export default function QuestionnairePage() {
  const { questionnaireId = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const questionnaire = useQuestionnaire(questionnaireId);
  const communityName = useAreaName(questionnaire.data?.community);
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const [entering, setEntering] = useState(false);
  const [printing, setPrinting] = useState(false);
  const refreshTally = () => void queryClient.invalidateQueries({ queryKey: ['questionnaire-tally', questionnaireId] });
  const done = (what: string) => {
    void queryClient.invalidateQueries({ queryKey: questionnaireKey(questionnaireId) });
    void queryClient.invalidateQueries({ queryKey: ['questionnaires'] });
    refreshTally();
    message.success(what);
  };
  const open = useMutation({
    mutationFn: () => call(api.POST('/cases/questionnaires/{questionnaireId}/open', { params: { path: { questionnaireId } } })),
    onSuccess: () => {
      done('问卷已发放，本社区居民可在手机“诉求”页填写');
      setFilters({ tab: undefined });
    },
    onError: (error) => message.error(errorMessage(error, '发放失败')),
  });
  const close = useMutation({
    mutationFn: () => call(api.POST('/cases/questionnaires/{questionnaireId}/close', { params: { path: { questionnaireId } } })),
    onSuccess: (tally) => {
      queryClient.setQueryData(['questionnaire-tally', questionnaireId], tally);
      done(`问卷已结束，共收回 ${tally.responses} 份`);
    },
    onError: (error) => message.error(errorMessage(error, '结束失败')),
  });
  if (questionnaire.error) {
    return (
      <PageContainer title="需求问卷" onBack={() => navigate('/case/questionnaires')}>
        <Result
          status="warning"
          title={errorMessage(questionnaire.error, '读取问卷失败')}
          extra={<Link to="/case/questionnaires">回到需求问卷</Link>}
        />
      </PageContainer>
    );
  }
  const data = questionnaire.data;
  if (!data) return <PageContainer title="需求问卷" loading />;
  const may = (operation: 'openQuestionnaire' | 'closeQuestionnaire' | 'respondToQuestionnaire') => mayCall(user.role, operation);
  const tab = data.status === 'draft' || filters.tab === 'questions' ? 'questions' : 'tally';
  const actions = [
    data.status === 'draft' && may('openQuestionnaire') && (
      <Popconfirm
        key="open"
        title="发放问卷？"
        description="发放后本社区居民可在手机上填写，题目不能再修改。"
        okText="发放"
        cancelText="取消"
        onConfirm={() => open.mutate()}
      >
        <Button type="primary" icon={<SendOutlined />} loading={open.isPending} data-testid="open-questionnaire">
          发放问卷
        </Button>
      </Popconfirm>
    ),
    <Button key="print" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
      打印纸质问卷
    </Button>,
    data.status === 'open' && may('respondToQuestionnaire') && (
      <Button key="paper" icon={<EditOutlined />} onClick={() => setEntering(true)} data-testid="enter-paper-response">
        代录纸质问卷
      </Button>
    ),
    data.status === 'open' && may('closeQuestionnaire') && (
      <Popconfirm
        key="close"
        title="结束问卷？"
        description="结束后不再接受填写，统计结果固定。"
        okText="结束"
        cancelText="取消"
        onConfirm={() => close.mutate()}
      >
        <Button danger loading={close.isPending} data-testid="close-questionnaire">
          结束问卷
        </Button>
      </Popconfirm>
    ),
  ].filter(Boolean);
  return (
    <PageContainer
      title={data.title}
      subTitle={[communityName, `${monthText(data.month)}服务周`].filter(Boolean).join(' · ')}
      tags={<QuestionnaireStatusTag status={data.status} />}
      onBack={() => navigate('/case/questionnaires')}
      extra={actions}
    >
      <Card>
        <Typography.Paragraph type="secondary">
          {data.description ?? ''}
          {data.openedAt ? ` ${dateTimeText(data.openedAt)} 发放` : ' 草稿：发放前可以先打印纸质问卷核对题目'}
          {data.closedAt ? `，${dateTimeText(data.closedAt)} 结束` : ''}
        </Typography.Paragraph>
        <Tabs
          destroyOnHidden
          activeKey={tab}
          onChange={(key) => setFilters({ tab: key === 'tally' ? undefined : key })}
          items={[
            ...(data.status === 'draft' ? [] : [{ key: 'tally', label: '统计', children: <TallyTab questionnaire={data} /> }]),
            { key: 'questions', label: `题目（${data.questions.length}）`, children: <QuestionList questionnaire={data} /> },
          ]}
        />
      </Card>
      {data.status === 'open' && (
        <PaperResponseDrawer questionnaire={data} open={entering} onClose={() => setEntering(false)} onEntered={refreshTally} />
      )}
      {printing && (
        <PrintSheet printNow onPrinted={() => setPrinting(false)}>
          <h2 style={{ textAlign: 'center' }}>
            {communityName} {data.title}
          </h2>
          {data.description && <p>{data.description}</p>}
          <QuestionList questionnaire={data} paper />
          <p style={{ marginTop: 24 }}>填写人姓名：________________　　住址：________________________</p>
        </PrintSheet>
      )}
    </PageContainer>
  );
}
