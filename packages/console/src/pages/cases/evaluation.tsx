import { EditOutlined, PrinterOutlined, SendOutlined, TrophyOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  QRCode,
  Result,
  Row,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { PrintSheet } from '../../components/print-sheet';
import { useUrlFilters } from '../../components/url-filters';
import { useAreaName } from '../../layout/work-area';
import { Chart } from '../statistics/chart';
import { dayText, type Evaluation, EvaluationStatusTag, quarterText } from './civic-parts';
import { EvaluationCardForm, type PublicCard, readCard } from './evaluation-card-form';

type IssuedCard = components['schemas']['EvaluationCard'];
type Results = components['schemas']['EvaluationResults'];
type WorkerResult = Results['workers'][number];
type Summary = WorkerResult['overall'];

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
/** Where a representative answers the card: the QR code and the address printed on it. */
const answerAddress = (code: string) => `${window.location.origin}/public/evaluation-cards/${code}`;

function useEvaluation(evaluationId: string) {
  const evaluation = useQuery({
    queryKey: ['evaluation', evaluationId],
    queryFn: () => call(api.GET('/cases/evaluations/{evaluationId}', { params: { path: { evaluationId } } })),
  });
  const issued = evaluation.data && evaluation.data.status !== 'draft';
  const cards = useQuery({
    queryKey: ['evaluation-cards', evaluationId],
    enabled: Boolean(issued),
    queryFn: () => call(api.GET('/cases/evaluations/{evaluationId}/cards', { params: { path: { evaluationId } } })),
  });
  const results = useQuery({
    queryKey: ['evaluation-results', evaluationId],
    enabled: Boolean(issued),
    queryFn: () => call(api.GET('/cases/evaluations/{evaluationId}/results', { params: { path: { evaluationId } } })),
  });
  return { evaluation, cards, results };
}

/** One card on paper: the holder, the code and its QR code, and every worker and item with boxes to tick. */
function PaperCard(props: { card: IssuedCard; evaluation: Evaluation; communityName: string }) {
  const { card, evaluation } = props;
  const cell = { border: '1px solid #000', padding: '4px 6px', fontSize: 12 } as const;
  return (
    <div style={{ pageBreakAfter: 'always', fontSize: 13 }}>
      <h2 style={{ textAlign: 'center', margin: '0 0 4px' }}>
        {props.communityName} {quarterText(evaluation.month)}评议征求意见卡
      </h2>
      <p style={{ textAlign: 'center', margin: '0 0 12px' }}>
        评议日：{dayjs(evaluation.date).format('YYYY年M月D日')}（{dayText(evaluation.date).split(' ')[1]}）
      </p>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 16, marginBottom: 12 }}>
        <div>
          <p style={{ margin: 0 }}>持卡居民代表：{card.name}</p>
          <p style={{ margin: '4px 0' }}>
            评议卡编码：<span style={{ fontFamily: 'monospace', fontSize: 16, letterSpacing: 1 }}>{card.code}</span>
          </p>
          <p style={{ margin: 0 }}>
            用手机扫描右侧二维码即可填写；也可填好本卡交回社区，由工作人员按编码录入。每张卡只能评议一次。
          </p>
        </div>
        <QRCode value={answerAddress(card.code)} size={112} type="svg" bordered={false} />
      </div>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th style={{ ...cell, width: '28%' }}>工作人员</th>
            <th style={{ ...cell, width: '24%' }}>评议项目</th>
            {evaluation.scale.map((step) => (
              <th key={step.level} style={{ ...cell, width: '16%' }}>
                {step.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {evaluation.workers.flatMap((worker) =>
            evaluation.items.map((item, index) => (
              <tr key={`${worker.workerId}-${item.itemId}`}>
                {index === 0 && (
                  <td style={cell} rowSpan={evaluation.items.length}>
                    {worker.name}
                    <br />
                    {worker.title}
                  </td>
                )}
                <td style={cell}>{item.name}</td>
                {evaluation.scale.map((step) => (
                  <td key={step.level} style={{ ...cell, textAlign: 'center' }}>
                    □
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
      <p style={{ margin: '12px 0 4px' }}>意见和建议：</p>
      <div style={{ borderBottom: '1px solid #000', height: 28 }} />
      <div style={{ borderBottom: '1px solid #000', height: 28 }} />
    </div>
  );
}

/** 代录纸质卡: a worker keys in a paper card by its code, one after another. */
function PaperEntryModal(props: { open: boolean; onClose: () => void; onEntered: () => void }) {
  const { message } = App.useApp();
  const [card, setCard] = useState<PublicCard>();
  const [refusal, setRefusal] = useState<string>();
  const [form] = Form.useForm<{ code: string }>();
  const lookUp = useMutation({
    mutationFn: (code: string) => readCard(code),
    onSuccess: (found) => {
      if (found.canAnswer) setCard(found);
      else setRefusal(`${found.holder}的评议卡：${found.why ?? '现在不能填写'}`);
    },
    onError: (error) => form.setFields([{ name: 'code', errors: [errorMessage(error, '读取评议卡失败')] }]),
  });
  const close = () => {
    setCard(undefined);
    setRefusal(undefined);
    props.onClose();
  };
  return (
    <Modal open={props.open} title="代录纸质评议卡" footer={null} onCancel={close} width={640} destroyOnHidden>
      {card ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert
            type="info"
            showIcon
            message={`持卡居民代表：${card.holder}`}
            description="按卡上勾选的内容逐项录入；录入后不能修改。"
            action={
              <Button size="small" onClick={() => setCard(undefined)}>
                换一张
              </Button>
            }
          />
          <EvaluationCardForm
            key={card.code}
            card={card}
            submitText="录入这张卡"
            onAnswered={() => {
              message.success(`已录入${card.holder}的评议卡`);
              setCard(undefined);
              form.resetFields();
              props.onEntered();
            }}
          />
        </Space>
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={({ code }) => {
            setRefusal(undefined);
            lookUp.mutate(code.trim());
          }}
        >
          <Form.Item name="code" label="评议卡编码" rules={[{ required: true, message: '请输入卡上印的 16 位编码' }]}>
            <Input placeholder="如 7KQ2-M9XA-TP4C-HW3R" style={{ fontFamily: 'monospace' }} autoComplete="off" />
          </Form.Item>
          {refusal && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={refusal} />}
          <Button type="primary" htmlType="submit" loading={lookUp.isPending} data-testid="paper-card-open">
            打开这张卡
          </Button>
        </Form>
      )}
    </Modal>
  );
}

function CardsTab(props: { cards: IssuedCard[] | undefined; loading: boolean }) {
  const answered = props.cards?.filter((card) => card.answered).length ?? 0;
  const columns: ColumnsType<IssuedCard> = [
    {
      title: '持卡居民代表',
      dataIndex: 'name',
      render: (name: string, card) => <Link to={`/persons/${card.personId}`}>{name}</Link>,
    },
    {
      title: '评议卡编码',
      dataIndex: 'code',
      render: (code: string) => (
        <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
          {code}
        </Typography.Text>
      ),
    },
    { title: '发放时间', dataIndex: 'issuedAt', render: (at: string) => dateTimeText(at) },
    {
      title: '填写情况',
      dataIndex: 'answered',
      render: (done: boolean, card) =>
        done ? <Tag color="green">{dateTimeText(card.answeredAt)} 已填写</Tag> : <Tag>未填写</Tag>,
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        已发 {props.cards?.length ?? 0} 张，已收回 {answered} 张。编码只发给持卡人本人；评分内容不在此显示。
      </Typography.Text>
      <Table<IssuedCard>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={props.cards ?? []}
        loading={props.loading}
        pagination={props.cards && props.cards.length > 50 ? { pageSize: 50 } : false}
        data-testid="evaluation-cards"
      />
    </Space>
  );
}

const summaryColumns = <T extends Summary>(): ColumnsType<T> => [
  { title: '平均分', dataIndex: 'average', align: 'right', render: (average: number) => average.toFixed(1) },
  { title: '满意率', dataIndex: 'satisfactionRate', align: 'right', render: (rate: number) => percent(rate) },
  { title: '满意', key: 'satisfied', align: 'right', render: (_, row) => row.counts.satisfied },
  { title: '基本满意', key: 'fair', align: 'right', render: (_, row) => row.counts.fair },
  { title: '不满意', key: 'dissatisfied', align: 'right', render: (_, row) => row.counts.dissatisfied },
];

function ValidityAlert({ results }: { results: Results }) {
  const { cards } = results;
  if (cards.valid) {
    return (
      <Alert
        type="success"
        showIcon
        message={`已收回 ${cards.answered} / ${cards.issued} 张，达到有效所需的 ${cards.needed} 张，评议有效${results.frozen ? '，结果已固定' : ''}`}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      message={`已收回 ${cards.answered} / ${cards.issued} 张，须收回 ${cards.needed} 张（发卡数的三分之二）评议方为有效`}
      description="评议无效时不推荐表彰。请提醒尚未填写的居民代表，纸质卡收回后点“代录纸质卡”录入。"
    />
  );
}

function ResultsTab({ results }: { results: Results }) {
  const flat = (worker: WorkerResult) => ({ ...worker, ...worker.overall });
  const rows = results.workers.map(flat);
  const columns: ColumnsType<(typeof rows)[number]> = [
    { title: '名次', dataIndex: 'rank', width: 64, align: 'center' },
    {
      title: '工作人员',
      dataIndex: 'name',
      render: (name: string, row) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.title}
          </Typography.Text>
        </Space>
      ),
    },
    ...summaryColumns<(typeof rows)[number]>(),
    {
      title: '推荐表彰',
      dataIndex: 'commended',
      render: (commended: boolean) =>
        commended ? (
          <Tag color="gold" icon={<TrophyOutlined />}>
            推荐
          </Tag>
        ) : (
          '—'
        ),
    },
  ];
  const chart = {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 96, right: 24, top: 32, bottom: 24 },
    xAxis: { type: 'value', name: '项次', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: results.workers.map((worker) => worker.name) },
    series: [
      { key: 'satisfied', name: '满意', color: '#52c41a' },
      { key: 'fair', name: '基本满意', color: '#faad14' },
      { key: 'dissatisfied', name: '不满意', color: '#ff4d4f' },
    ].map((level) => ({
      name: level.name,
      type: 'bar',
      stack: 'score',
      color: level.color,
      data: results.workers.map((worker) => worker.overall.counts[level.key as keyof Summary['counts']]),
    })),
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ValidityAlert results={results} />
      <Table
        rowKey="workerId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        data-testid="evaluation-results"
        expandable={{
          expandedRowRender: (row) => (
            <Table
              rowKey="itemId"
              size="small"
              pagination={false}
              dataSource={row.items}
              columns={[{ title: '评议项目', dataIndex: 'name' }, ...summaryColumns<WorkerResult['items'][number]>()]}
            />
          ),
        }}
      />
      {results.cards.answered > 0 && <Chart option={chart} height={Math.max(160, 56 * results.workers.length + 60)} />}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        满意 100 分、基本满意 60 分、不满意 0
        分；平均分为该工作人员全部项目全部答卷的平均，满意率为满意与基本满意合计所占比例。点击行首“+”查看各项目。
      </Typography.Text>
    </Space>
  );
}

function CommendationTab({ results }: { results: Results }) {
  const byId = new Map(results.workers.map((worker) => [worker.workerId, worker]));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="commendation">
      <Typography.Paragraph style={{ margin: 0 }}>{results.rule}。</Typography.Paragraph>
      {!results.cards.valid ? (
        <Alert type="warning" showIcon message="答卷数未达到发卡数的三分之二，本次评议暂不推荐表彰" />
      ) : results.commended.length === 0 ? (
        <Empty description="本次评议没有达到表彰标准的工作人员" />
      ) : (
        <List
          bordered
          dataSource={results.commended}
          renderItem={(worker) => {
            const result = byId.get(worker.workerId);
            return (
              <List.Item>
                <List.Item.Meta
                  avatar={<TrophyOutlined style={{ fontSize: 24, color: '#d4b106' }} />}
                  title={`${worker.name}（${worker.title}）`}
                  description={
                    result
                      ? `第 ${result.rank} 名 · 平均分 ${result.overall.average.toFixed(1)} · 满意率 ${percent(result.overall.satisfactionRate)}`
                      : undefined
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      <Typography.Text type="secondary">
        {results.frozen
          ? '评议已结束，推荐名单已固定并报送表彰和统计。'
          : '评议尚未结束，名单随收回的评议卡变化；评议日后点“结束评议”固定结果。'}
      </Typography.Text>
    </Space>
  );
}

function CommentsTab({ comments }: { comments: string[] }) {
  return (
    <List
      dataSource={comments}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有居民代表留下意见建议" /> }}
      renderItem={(comment, index) => (
        <List.Item>
          <Typography.Text>
            {index + 1}. {comment}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}

/** One quarter's evaluation: issue the cards, print them, key in paper ones, read the results, close it. */
export default function EvaluationPage() {
  const { evaluationId = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { evaluation, cards, results } = useEvaluation(evaluationId);
  const communityName = useAreaName(evaluation.data?.community) ?? '';
  const [filters, setFilters] = useUrlFilters(['tab'] as const);
  const [printing, setPrinting] = useState(false);
  const [entering, setEntering] = useState(false);
  const issueKey = useIdempotencyKey();
  const refresh = () => {
    for (const key of ['evaluation', 'evaluation-cards', 'evaluation-results']) {
      void queryClient.invalidateQueries({ queryKey: [key, evaluationId] });
    }
    void queryClient.invalidateQueries({ queryKey: ['evaluations'] });
  };
  const issue = useMutation({
    mutationFn: () =>
      call(
        api.POST('/cases/evaluations/{evaluationId}/cards', {
          params: { path: { evaluationId }, header: issueKey.header },
        }),
      ),
    onSuccess: (answer) => {
      issueKey.renew();
      queryClient.setQueryData(['evaluation', evaluationId], answer.evaluation);
      queryClient.setQueryData(['evaluation-cards', evaluationId], { items: answer.cards });
      message.success(
        answer.issuedNow > 0
          ? `已发放 ${answer.issuedNow} 张评议卡，共 ${answer.cards.length} 张`
          : '每位居民代表都已有评议卡，无需补发',
      );
      void queryClient.invalidateQueries({ queryKey: ['evaluation-results', evaluationId] });
      setFilters({ tab: 'cards' });
    },
    onError: (error) => message.error(errorMessage(error, '发放评议卡失败')),
  });
  const close = useMutation({
    mutationFn: () => call(api.POST('/cases/evaluations/{evaluationId}/close', { params: { path: { evaluationId } } })),
    onSuccess: (fixed) => {
      queryClient.setQueryData(['evaluation-results', evaluationId], fixed);
      refresh();
      message.success('评议已结束，结果已固定');
      setFilters({ tab: 'commendation' });
    },
    onError: (error) => message.error(errorMessage(error, '结束评议失败')),
  });

  if (evaluation.error) {
    return (
      <PageContainer title="季度评议" onBack={() => navigate('/case/evaluations')}>
        <Result
          status="warning"
          title={errorMessage(evaluation.error, '读取评议失败')}
          extra={<Link to="/case/evaluations">回到评议日</Link>}
        />
      </PageContainer>
    );
  }
  const data = evaluation.data;
  if (!data) return <PageContainer title="季度评议" loading />;
  const may = (operation: 'issueEvaluationCards' | 'closeEvaluation') => mayCall(user.role, operation);
  const issuedCards = cards.data?.items ?? [];
  const actions = [
    data.status !== 'closed' && may('issueEvaluationCards') && (
      <Button
        key="issue"
        type={data.status === 'draft' ? 'primary' : 'default'}
        icon={<SendOutlined />}
        loading={issue.isPending}
        onClick={() => issue.mutate()}
        data-testid="issue-cards"
      >
        {data.status === 'draft' ? '发放评议卡' : '给新增代表补发'}
      </Button>
    ),
    issuedCards.length > 0 && (
      <Button key="print" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
        打印评议卡
      </Button>
    ),
    data.status === 'issued' && (
      <Button key="paper" icon={<EditOutlined />} onClick={() => setEntering(true)} data-testid="enter-paper-card">
        代录纸质卡
      </Button>
    ),
    data.status === 'issued' && may('closeEvaluation') && (
      <Popconfirm
        key="close"
        title="结束评议？"
        description="结束后不再接受评议卡，结果和表彰推荐名单固定。"
        okText="结束评议"
        cancelText="取消"
        onConfirm={() => close.mutate()}
      >
        <Button danger loading={close.isPending} data-testid="close-evaluation">
          结束评议
        </Button>
      </Popconfirm>
    ),
  ].filter(Boolean);
  const tab = ['cards', 'results', 'commendation', 'comments'].includes(filters.tab ?? '') ? filters.tab : 'results';
  const resultsData = results.data;
  return (
    <PageContainer
      title={`${quarterText(data.month)}评议`}
      subTitle={[communityName, `评议日 ${dayText(data.date)}`].filter(Boolean).join(' · ')}
      tags={<EvaluationStatusTag status={data.status} />}
      onBack={() => navigate('/case/evaluations')}
      extra={actions}
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={16}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'workers',
                    label: '被评议人员',
                    children: (
                      <Space size={[4, 4]} wrap>
                        {data.workers.map((worker) => (
                          <Tag key={worker.workerId}>
                            {worker.name} · {worker.title}
                          </Tag>
                        ))}
                      </Space>
                    ),
                  },
                  { key: 'items', label: '评议项目', children: data.items.map((item) => item.name).join('、') },
                  {
                    key: 'scale',
                    label: '评价等级',
                    children: data.scale.map((step) => `${step.label} ${step.points} 分`).join('、'),
                  },
                ]}
              />
            </Col>
            <Col xs={12} lg={4}>
              <Statistic title="已发评议卡" value={data.cardsIssued} suffix="张" />
            </Col>
            <Col xs={12} lg={4}>
              <Statistic
                title="已收回"
                value={resultsData?.cards.answered ?? 0}
                suffix={`/ ${data.cardsIssued}`}
                valueStyle={resultsData?.cards.valid ? { color: '#389e0d' } : undefined}
              />
            </Col>
          </Row>
        </Card>
        {data.status === 'draft' ? (
          <Card>
            <Empty
              description={
                <span>
                  尚未发放评议卡。点“发放评议卡”向每位居民代表发一张卡（居民代表名单在
                  <Link to="/case/representatives">接待日与连心卡</Link>中设置），然后打印发到代表手中。
                </span>
              }
            />
          </Card>
        ) : (
          <Card>
            {results.error && <Alert type="error" showIcon message={errorMessage(results.error, '读取评议结果失败')} />}
            <Tabs
              destroyOnHidden
              activeKey={tab}
              onChange={(key) => setFilters({ tab: key === 'results' ? undefined : key })}
              items={[
                {
                  key: 'results',
                  label: '评议结果',
                  children: resultsData ? <ResultsTab results={resultsData} /> : <Card loading variant="borderless" />,
                },
                {
                  key: 'commendation',
                  label: `表彰推荐（${resultsData?.commended.length ?? 0}）`,
                  children: resultsData && <CommendationTab results={resultsData} />,
                },
                {
                  key: 'cards',
                  label: `评议卡（${issuedCards.length}）`,
                  children: <CardsTab cards={cards.data?.items} loading={cards.isLoading} />,
                },
                {
                  key: 'comments',
                  label: `意见建议（${resultsData?.comments.length ?? 0}）`,
                  children: <CommentsTab comments={resultsData?.comments ?? []} />,
                },
              ]}
            />
          </Card>
        )}
      </Space>
      <PaperEntryModal open={entering} onClose={() => setEntering(false)} onEntered={refresh} />
      {printing && (
        <PrintSheet printNow onPrinted={() => setPrinting(false)}>
          {issuedCards.map((card) => (
            <PaperCard key={card.code} card={card} evaluation={data} communityName={communityName} />
          ))}
        </PrintSheet>
      )}
    </PageContainer>
  );
}
