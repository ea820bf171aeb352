import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Steps,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { dateText, dateTimeText, dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { PersonLink } from '../../components/person-link';
import { useUrlFilters } from '../../components/url-filters';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { enumLabel } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import {
  type Application,
  type ApplicationState,
  periodText,
  roundLastDay,
  roundNames,
  StateTag,
  type SubsidyCommand,
  useActorText,
  yuan,
} from './common';
import { residentStage, StageSteps } from './resident-stage';

type Values = Record<string, unknown>;

/** What each command asks for, and what it tells the worker before they confirm. */
interface CommandSpec {
  title: string;
  intro?: (application: Application) => ReactNode;
  fields?: (application: Application) => ReactNode;
  body: (values: Values, application: Application) => Values;
  danger?: boolean;
  /** A primary step of the workflow (shown as the main button). */
  primary?: boolean;
}

const reasonField = (label: string, placeholder: string, required = true) => (
  <Form.Item
    name="reason"
    label={label}
    rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}
  >
    <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2 }} placeholder={placeholder} />
  </Form.Item>
);
const dayField = (name: string | string[], label: string, required = true, extra?: string) => (
  <Form.Item name={name} label={label} extra={extra} rules={required ? [{ required: true, message: `请选择${label}` }] : []}>
    <DatePicker style={{ width: '100%' }} />
  </Form.Item>
);
const day = (value: unknown) => dayOf(value as Dayjs | undefined);

function openObjections(application: Application) {
  const round = application.rounds.at(-1)?.round;
  return application.objections.filter((objection) => objection.round === round && !objection.resolution);
}

const specs: Record<SubsidyCommand, CommandSpec> = {
  'start-review': {
    title: '开始社区审核',
    primary: true,
    intro: () => '开始审核后，请安排入户抽查，核实家庭人口、收入和住房情况。',
    body: () => ({}),
  },
  'record-home-visit': {
    title: '登记入户抽查',
    primary: true,
    intro: () => '入户抽查通过后才能张榜公示；未通过的请驳回或重新抽查。',
    fields: () => (
      <>
        {dayField('visitedOn', '抽查日期')}
        <Form.Item name="findings" label="抽查情况" rules={[{ required: true, whitespace: true, message: '请填写抽查情况' }]}>
          <Input.TextArea
            maxLength={2000}
            showCount
            autoSize={{ minRows: 3 }}
            placeholder="如：入户核实家庭 1 人，无劳动能力，无其他收入来源，住房为自有老房，情况属实"
          />
        </Form.Item>
        <Form.Item name="passed" label="抽查结论" rules={[{ required: true, message: '请选择抽查是否通过' }]}>
          <Radio.Group
            options={[
              { value: true, label: '通过（情况属实）' },
              { value: false, label: '不通过' },
            ]}
          />
        </Form.Item>
      </>
    ),
    body: (values) => ({
      visit: { visitedOn: day(values.visitedOn), findings: values.findings, passed: values.passed },
    }),
  },
  'post-notice': {
    title: '张榜公示',
    primary: true,
    intro: (a) => `张贴第一榜，公示 ${a.noticeDays} 天；三榜依次公示，每榜期满且异议处理完毕后才能进入下一榜。`,
    body: () => ({}),
  },
  'raise-objection': {
    title: '登记异议',
    intro: (a) => `登记群众对${roundNames[a.rounds.at(-1)?.round ?? 0] ?? ''}公示的异议；异议处理完毕前不能结束本榜公示。`,
    fields: () => (
      <Form.Item name="content" label="异议内容" rules={[{ required: true, whitespace: true, message: '请填写异议内容' }]}>
        <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3 }} placeholder="如：邻居反映申请人家中有车辆" />
      </Form.Item>
    ),
    body: (values) => ({ content: values.content }),
  },
  'resolve-objection': {
    title: '处理异议',
    primary: true,
    fields: (a) => (
      <>
        <Form.Item
          name="objectionId"
          label="异议"
          initialValue={openObjections(a)[0]?.id}
          rules={[{ required: true, message: '请选择要处理的异议' }]}
        >
          <Select
            options={openObjections(a).map((objection) => ({
              value: objection.id,
              label: `${dateText(objection.raisedOn)}：${objection.content}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="outcome" label="调查结论" rules={[{ required: true, message: '请选择调查结论' }]}>
          <Radio.Group
            options={[
              { value: 'dismissed', label: '异议不成立' },
              { value: 'upheld', label: '异议成立' },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label="处理说明" rules={[{ required: true, whitespace: true, message: '请填写处理说明' }]}>
          <Input.TextArea
            maxLength={2000}
            showCount
            autoSize={{ minRows: 3 }}
            placeholder="如：经入户核实，车辆为其子所有，不在本户"
          />
        </Form.Item>
      </>
    ),
    body: (values) => ({ objectionId: values.objectionId, outcome: values.outcome, note: values.note }),
  },
  'close-notice': {
    title: '结束本榜公示',
    primary: true,
    intro: (a) => {
      const round = a.rounds.at(-1)?.round ?? 1;
      return round === 3
        ? '第三榜公示期满，结束后报街道审批。'
        : `${roundNames[round]}公示期满，结束后张贴${roundNames[round + 1]}。`;
    },
    body: () => ({}),
  },
  approve: {
    title: '街道审批通过',
    primary: true,
    intro: (a) =>
      a.proposedYuan !== undefined
        ? `按现有家庭情况重新核对条件；公示金额 ${yuan(a.proposedYuan)}。逐案核定的项目请填写核定金额。`
        : '按现有家庭情况重新核对条件并确定金额；逐案核定的项目请填写核定金额。',
    fields: (a) => (
      <>
        {dayField('startsOn', '开始享受日期', false, '不填为审批当天')}
        <Form.Item
          name="amountYuan"
          label="核定金额（元）"
          extra={a.requestedYuan !== undefined ? `申请金额 ${yuan(a.requestedYuan)}` : '按标准计算的项目不必填写'}
        >
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </>
    ),
    body: (values) => ({
      ...(values.startsOn ? { startsOn: day(values.startsOn) } : {}),
      ...(values.amountYuan !== undefined && values.amountYuan !== null ? { amountYuan: values.amountYuan } : {}),
    }),
  },
  suspend: {
    title: '暂停发放',
    danger: true,
    fields: () => reasonField('暂停原因', '如：外出务工半年，待返回后复核'),
    body: (values) => ({ reason: values.reason }),
  },
  resume: {
    title: '恢复发放',
    primary: true,
    fields: () => reasonField('恢复说明', '如：已返回，复核后情况未变', false),
    body: (values) => (values.reason ? { reason: values.reason } : {}),
  },
  end: {
    title: '终止补助',
    danger: true,
    fields: () => (
      <>
        {reasonField('终止原因', '如：家庭收入已超过低保标准')}
        {dayField('endsOn', '终止日期', false, '不填为今天')}
      </>
    ),
    body: (values) => ({ reason: values.reason, ...(values.endsOn ? { endsOn: day(values.endsOn) } : {}) }),
  },
  'report-work': {
    title: '登记就业（低保渐退）',
    intro: () => '登记就业后进入 3 个月渐退期：试用期内新增收入不计入，补助照发，期满后退出。',
    fields: () => dayField('reportedOn', '开始就业日期'),
    body: (values) => ({ reportedOn: day(values.reportedOn) }),
  },
  'record-review': {
    title: '登记复核',
    primary: true,
    fields: () => (
      <>
        {dayField(['review', 'reviewedOn'], '复核日期')}
        <Form.Item
          name={['review', 'findings']}
          label="复核情况"
          rules={[{ required: true, whitespace: true, message: '请填写复核情况' }]}
        >
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3 }} placeholder="如：家庭人口和收入无变化" />
        </Form.Item>
        <Form.Item name={['review', 'outcome']} label="复核结论" rules={[{ required: true, message: '请选择复核结论' }]}>
          <Radio.Group
            options={[
              { value: 'continue', label: '维持' },
              { value: 'adjust', label: '按现有家庭情况重新核定金额' },
            ]}
          />
        </Form.Item>
      </>
    ),
    body: (values) => {
      const review = values.review as Values;
      return { review: { ...review, reviewedOn: day(review.reviewedOn) } };
    },
  },
  'hand-over': {
    title: '登记实物发放',
    primary: true,
    fields: () => (
      <>
        {dayField('handedOverOn', '发放（转介）日期')}
        <Form.Item name="note" label="备注">
          <Input maxLength={500} placeholder="如：轮椅一台，本人签收" />
        </Form.Item>
      </>
    ),
    body: (values) => ({ handedOverOn: day(values.handedOverOn), ...(values.note ? { note: values.note } : {}) }),
  },
  'record-repayment': {
    title: '登记还款',
    primary: true,
    fields: () => dayField('repaidOn', '还清日期'),
    body: (values) => ({ repaidOn: day(values.repaidOn) }),
  },
  reject: {
    title: '驳回申请',
    danger: true,
    fields: () => reasonField('驳回原因', '如：入户抽查发现家庭收入超过低保标准'),
    body: (values) => ({ reason: values.reason }),
  },
  withdraw: {
    title: '撤回申请',
    danger: true,
    fields: () => reasonField('撤回原因', '如：申请人本人要求撤回'),
    body: (values) => ({ reason: values.reason }),
  },
};

function CommandModal(props: {
  command: SubsidyCommand | undefined;
  application: Application;
  onDone: (next: Application) => void;
  onClose: () => void;
  onRefresh: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const idempotency = useIdempotencyKey();
  const [busy, setBusy] = useState(false);
  const versionConflict = useVersionConflict();
  const [refusal, setRefusal] = useState<string>();
  const spec = props.command ? specs[props.command] : undefined;
  const close = () => {
    versionConflict.reset();
    setRefusal(undefined);
    props.onClose();
  };
  const submit = async (values: Values) => {
    if (!props.command || !spec) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const next = await call(
        api.POST('/subsidies/applications/{id}/commands', {
          params: { path: { id: props.application.id }, header: idempotency.header },
          body: { type: props.command, version: props.application.version, ...spec.body(values, props.application) } as never,
        }),
      );
      idempotency.renew();
      message.success(`${spec.title}：已办理，当前环节「${enumLabel('SubsidyApplicationState', next.state)}」`);
      props.onDone(next);
      close();
    } catch (error) {
      if (!versionConflict.caught(error)) {
        const text = showProblemAtFields(form, error);
        if (error instanceof ApiProblem && (error.status === 409 || error.status === 422)) setRefusal(text);
        else message.error(text);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={Boolean(spec)}
      title={spec?.title}
      onCancel={close}
      destroyOnHidden
      okText="确认办理"
      cancelText="取消"
      okButtonProps={{ loading: busy, danger: spec?.danger ?? false, htmlType: 'submit' }}
      onOk={() => form.submit()}
      modalRender={(node) => (
        <Form form={form} layout="vertical" onFinish={submit} clearOnDestroy>
          {node}
        </Form>
      )}
    >
      {versionConflict.shown && (
        <VersionConflictAlert
          onRefresh={() => {
            versionConflict.reset();
            props.onRefresh();
          }}
        />
      )}
      {spec?.intro && <Typography.Paragraph type="secondary">{spec.intro(props.application)}</Typography.Paragraph>}
      {spec?.fields?.(props.application)}
      {refusal && <Alert type="error" showIcon message="未能办理" description={refusal} />}
    </Modal>
  );
}

const stepStates: { title: string; states: ApplicationState[] }[] = [
  { title: '提交申请', states: ['submitted'] },
  { title: '社区审核', states: ['community-review'] },
  { title: '第一榜', states: ['notice-1'] },
  { title: '第二榜', states: ['notice-2'] },
  { title: '第三榜', states: ['notice-3'] },
  { title: '街道审批', states: ['subdistrict-approval'] },
  { title: '享受中', states: ['active', 'suspended'] },
  { title: '终止', states: ['ended'] },
];

function Progress({ application }: { application: Application }) {
  const stopped = application.state === 'rejected' || application.state === 'withdrawn';
  const reached = stopped
    ? stepStates.findIndex((step) => step.states.includes(application.history.at(-1)?.from ?? 'submitted'))
    : stepStates.findIndex((step) => step.states.includes(application.state));
  return (
    <Steps
      size="small"
      current={reached}
      status={stopped ? 'error' : application.state === 'ended' ? 'finish' : 'process'}
      items={stepStates.map((step, index) => ({
        title: step.title,
        ...(stopped && index === reached ? { description: enumLabel('SubsidyApplicationState', application.state) } : {}),
      }))}
      responsive
    />
  );
}

/** Why the round cannot close yet, when it cannot: its last day, or its open objections. */
function RoundNote({ application }: { application: Application }) {
  const round = application.rounds.at(-1);
  if (!round || round.closedOn || !application.state.startsWith('notice-')) return null;
  const open = openObjections(application).length;
  const lastDay = dateText(roundLastDay(round));
  const closable = application.commands?.includes('close-notice');
  return (
    <Alert
      type={closable ? 'success' : 'info'}
      showIcon
      data-testid="round-note"
      message={
        closable
          ? `${roundNames[round.round]}公示期已满（${dateText(round.postedOn)} 至 ${lastDay}），可以结束本榜公示。`
          : `${roundNames[round.round]}公示中：${dateText(round.postedOn)} 至 ${lastDay}，共 ${round.days} 天。${
              open > 0 ? `有 ${open} 条异议未处理，处理完毕且期满后才能结束本榜。` : '期满后才能结束本榜。'
            }`
      }
    />
  );
}

function Rounds({ application }: { application: Application }) {
  const actorText = useActorText();
  // Rounds with objections stay open, including one whose first objection comes while the page is shown.
  const [collapsed, setCollapsed] = useState<number[]>([]);
  if (application.rounds.length === 0) return null;
  const disputed = application.rounds
    .map((round) => round.round)
    .filter((round) => application.objections.some((objection) => objection.round === round));
  return (
    <Card title="三榜公示" size="small">
      <Table
        rowKey="round"
        size="small"
        pagination={false}
        dataSource={application.rounds}
        columns={[
          { title: '榜次', dataIndex: 'round', render: (round: number) => roundNames[round] },
          { title: '张榜日期', dataIndex: 'postedOn', render: (value: string) => dateText(value) },
          { title: '公示天数', dataIndex: 'days', render: (days: number) => `${days} 天` },
          {
            title: '结束日期',
            dataIndex: 'closedOn',
            render: (value?: string) => (value ? dateText(value) : <Tag color="gold">公示中</Tag>),
          },
          {
            title: '异议',
            key: 'objections',
            render: (_, round) => application.objections.filter((objection) => objection.round === round.round).length || '无',
          },
        ]}
        expandable={{
          rowExpandable: (round) => application.objections.some((objection) => objection.round === round.round),
          expandedRowKeys: disputed.filter((round) => !collapsed.includes(round)),
          onExpand: (expanded, round) =>
            setCollapsed((previous) => (expanded ? previous.filter((key) => key !== round.round) : [...previous, round.round])),
          expandedRowRender: (round) => (
            <Space direction="vertical" style={{ width: '100%' }} data-testid={`objections-${round.round}`}>
              {application.objections
                .filter((objection) => objection.round === round.round)
                .map((objection) => (
                  <Card key={objection.id} size="small" type="inner">
                    <Typography.Paragraph style={{ marginBottom: 4 }}>
                      <Tag color="orange">异议</Tag>
                      {dateText(objection.raisedOn)}，{actorText(objection.recordedBy)} 登记：{objection.content}
                    </Typography.Paragraph>
                    {objection.resolution ? (
                      <Typography.Paragraph style={{ marginBottom: 0 }}>
                        <Tag color={objection.resolution.outcome === 'upheld' ? 'red' : 'green'}>
                          {objection.resolution.outcome === 'upheld' ? '异议成立' : '异议不成立'}
                        </Tag>
                        {dateText(objection.resolution.resolvedOn)}，{actorText(objection.resolution.by)} 处理：
                        {objection.resolution.note}
                      </Typography.Paragraph>
                    ) : (
                      <Tag color="red">未处理</Tag>
                    )}
                  </Card>
                ))}
            </Space>
          ),
        }}
      />
    </Card>
  );
}

function History({ application }: { application: Application }) {
  const actorText = useActorText();
  const items = [...application.history].reverse();
  return (
    <Card title="办理经过" size="small">
      <Timeline
        data-testid="application-timeline"
        items={items.map((entry) => ({
          color: entry.to === 'rejected' || entry.to === 'withdrawn' ? 'red' : entry.from === entry.to ? 'gray' : 'blue',
          children: (
            <div>
              <Typography.Text strong>{enumLabel('SubsidyStep', entry.command)}</Typography.Text>
              {entry.from !== entry.to && (
                <Typography.Text type="secondary"> → {enumLabel('SubsidyApplicationState', entry.to)}</Typography.Text>
              )}
              <div>
                <Typography.Text type="secondary">
                  {dateTimeText(entry.at)} · {actorText(entry.by)}
                </Typography.Text>
              </div>
              {entry.reason && <div>原因：{entry.reason}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

function Payments({ application }: { application: Application }) {
  if (!['active', 'suspended', 'ended'].includes(application.state)) return null;
  return (
    <Card title="发放记录" size="small">
      <Table
        rowKey="paymentId"
        size="small"
        pagination={false}
        dataSource={application.payments ?? []}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未发放：每月 5 日的发放批次会发放本月补助。" />,
        }}
        columns={[
          { title: '所属期', dataIndex: 'period', render: (period: string) => periodText(period) },
          { title: '发放批次', dataIndex: 'month', render: (month: string) => periodText(month) },
          { title: '金额', dataIndex: 'amountYuan', render: (value: number) => yuan(value) },
          { title: '账号', dataIndex: 'accountMasked', render: (value?: string) => value ?? '—' },
          { title: '发放时间', dataIndex: 'paidAt', render: (at: string) => dateTimeText(at) },
        ]}
      />
    </Card>
  );
}

/**
 * Staff get the page header with the commands beside the title; a resident, on a phone, a plain heading
 * with the commands under it (the header's padding and title row do not fit a phone's width).
 */
function PageFrame(props: {
  resident: boolean;
  title: string;
  tag?: ReactNode;
  extra?: ReactNode;
  loading?: boolean;
  children?: ReactNode;
}) {
  if (!props.resident) {
    return (
      <PageContainer title={props.title} subTitle={props.tag} extra={props.extra} loading={props.loading ?? false}>
        {props.children}
      </PageContainer>
    );
  }
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap size={[8, 4]}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        {props.tag}
      </Space>
      {props.extra}
      {props.loading ? <Skeleton active /> : props.children}
    </Space>
  );
}

export default function ApplicationPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const actorText = useActorText();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useUrlFilters(['command'] as const);
  const [command, setCommand] = useState<SubsidyCommand>();
  const key = ['subsidy-applications', 'one', id];
  const read = useQuery({
    queryKey: key,
    queryFn: () => call(api.GET('/subsidies/applications/{id}', { params: { path: { id } } })),
  });
  const application = read.data;
  const communityName = useAreaName(application?.community);
  const resident = user.role === 'resident';
  if (read.error) {
    return (
      <PageFrame resident={resident} title="补助申请">
        <Result status="warning" title="无法打开这份申请" subTitle={errorMessage(read.error, '读取失败')} />
      </PageFrame>
    );
  }
  if (!application) return <PageFrame resident={resident} title="补助申请" loading />;
  const commands = application.commands ?? [];
  const asked = filters.command as SubsidyCommand | undefined;
  const opened = command ?? (asked && commands.includes(asked) ? asked : undefined);
  const primary = commands.filter((c) => specs[c].primary);
  const others = commands.filter((c) => !specs[c].primary);
  const onDone = (next: Application) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ['subsidy-applications'], refetchType: 'none' });
  };
  return (
    <PageFrame
      resident={resident}
      title={resident ? application.programmeName : `${application.applicantName} · ${application.programmeName}`}
      tag={<StateTag state={application.state} />}
      extra={
        <Space wrap data-testid="application-commands">
          {primary.map((c) => (
            <Button key={c} type="primary" onClick={() => setCommand(c)}>
              {specs[c].title}
            </Button>
          ))}
          {others.map((c) => (
            <Button key={c} danger={specs[c].danger ?? false} onClick={() => setCommand(c)}>
              {specs[c].title}
            </Button>
          ))}
        </Space>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">{resident ? <StageSteps application={application} /> : <Progress application={application} />}</Card>
        {resident ? (
          <Alert type="info" showIcon message={residentStage(application)} data-testid="resident-stage" />
        ) : (
          <>
            <RoundNote application={application} />
            {commands.length === 0 && !['ended', 'rejected', 'withdrawn'].includes(application.state) && (
              <Alert type="info" showIcon message="这一环节不由您的岗位办理（如审批由街道工作人员办理）。" />
            )}
          </>
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              <Card title="申请信息" size="small">
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 2 }}
                  items={[
                    {
                      key: 'applicant',
                      label: '申请人',
                      children: resident ? (
                        application.applicantName
                      ) : (
                        <PersonLink id={application.applicantId} name={application.applicantName} />
                      ),
                    },
                    { key: 'id', label: '身份证号', children: application.applicantIdMasked },
                    { key: 'community', label: '社区', children: communityName ?? '—' },
                    { key: 'household', label: '家庭人口', children: application.householdSize ?? '—' },
                    { key: 'submitted', label: '申请日期', children: dateText(application.submittedOn) },
                    { key: 'filedBy', label: '经办人', children: actorText(application.filedBy) },
                    ...(application.requestedYuan !== undefined
                      ? [{ key: 'requested', label: '申请金额', children: yuan(application.requestedYuan) }]
                      : []),
                    ...(application.proposedYuan !== undefined
                      ? [{ key: 'proposed', label: '公示金额', children: yuan(application.proposedYuan) }]
                      : []),
                    ...(application.amountYuan !== undefined
                      ? [
                          {
                            key: 'amount',
                            label: '核定金额',
                            children: <Typography.Text strong>{yuan(application.amountYuan)}</Typography.Text>,
                          },
                        ]
                      : []),
                    ...(application.approvedOn
                      ? [{ key: 'approved', label: '审批日期', children: dateText(application.approvedOn) }]
                      : []),
                    ...(application.startsOn
                      ? [{ key: 'starts', label: '开始享受', children: dateText(application.startsOn) }]
                      : []),
                    ...(application.endsOn ? [{ key: 'ends', label: '终止日期', children: dateText(application.endsOn) }] : []),
                    ...(application.nextReviewOn
                      ? [{ key: 'review', label: '下次复核', children: dateText(application.nextReviewOn) }]
                      : []),
                    ...(application.account
                      ? [
                          {
                            key: 'account',
                            label: '发放账户',
                            children: `${application.account.bank} · ${application.account.holder} · ${application.account.numberMasked}`,
                          },
                        ]
                      : []),
                    { key: 'statement', label: '申请理由', span: 2, children: application.statement },
                  ]}
                />
              </Card>
              {application.homeVisit && (
                <Card title="入户抽查" size="small">
                  <Descriptions
                    size="small"
                    column={{ xs: 1, sm: 2 }}
                    items={[
                      { key: 'on', label: '抽查日期', children: dateText(application.homeVisit.visitedOn) },
                      { key: 'by', label: '抽查人', children: actorText(application.homeVisit.by) },
                      {
                        key: 'passed',
                        label: '结论',
                        children: application.homeVisit.passed ? <Tag color="green">通过</Tag> : <Tag color="red">不通过</Tag>,
                      },
                      { key: 'findings', label: '抽查情况', span: 2, children: application.homeVisit.findings },
                    ]}
                  />
                </Card>
              )}
              <Rounds application={application} />
              {application.graduatedExit && (
                <Card title="低保渐退" size="small">
                  <Descriptions
                    size="small"
                    column={{ xs: 1, sm: 2 }}
                    items={[
                      { key: 'work', label: '开始就业', children: dateText(application.graduatedExit.reportedWorkOn) },
                      {
                        key: 'trial',
                        label: '渐退期',
                        children: `${dateText(application.graduatedExit.trialFrom)} 至 ${dateText(application.graduatedExit.trialTo)}`,
                      },
                      { key: 'exit', label: '退出月份', children: periodText(application.graduatedExit.exitMonth) },
                    ]}
                  />
                </Card>
              )}
              {(application.reviews ?? []).length > 0 && (
                <Card title="复核记录" size="small">
                  <Table
                    rowKey={(review) => `${review.reviewedOn}-${review.by}`}
                    size="small"
                    pagination={false}
                    dataSource={application.reviews ?? []}
                    columns={[
                      { title: '复核日期', dataIndex: 'reviewedOn', render: (value: string) => dateText(value) },
                      { title: '复核人', dataIndex: 'by', render: (by: string) => actorText(by) },
                      { title: '结论', dataIndex: 'outcome', render: (o: string) => (o === 'adjust' ? '重新核定金额' : '维持') },
                      { title: '情况', dataIndex: 'findings' },
                    ]}
                  />
                </Card>
              )}
              <Payments application={application} />
            </Space>
          </Col>
          <Col xs={24} lg={10}>
            <History application={application} />
          </Col>
        </Row>
      </Space>
      <CommandModal
        command={opened}
        application={application}
        onDone={onDone}
        onClose={() => {
          setCommand(undefined);
          if (filters.command) setFilters({ command: undefined });
        }}
        onRefresh={() => void read.refetch()}
      />
      {(application.state === 'rejected' || application.state === 'withdrawn') && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          本申请{enumLabel('SubsidyApplicationState', application.state)}。如情况有变，可重新提交申请。
        </Typography.Paragraph>
      )}
      <div style={{ marginTop: 16 }}>
        <Link to={resident ? '/me/applications' : '/subsidy/applications'}>← 返回申请列表</Link>
      </div>
    </PageFrame>
  );
}
