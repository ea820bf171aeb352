import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Result,
  Row,
  Skeleton,
  Space,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import type { operations } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateText } from '../../components/date-text';
import { isVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { enumLabel, enumOptions } from '../../labels';
import { useAreaName } from '../../layout/work-area';
import { type Case, CaseHistory, DueText, LevelTag, StatusTag, stageIndex, stages, useCaseCategories } from './case-parts';

type CommandBody = operations['runCaseCommand']['requestBody']['content']['application/json'];
type CommandType = CommandBody['type'];

interface CommandSpec {
  type: CommandType;
  label: string;
  primary?: boolean;
  danger?: boolean;
}

/** The commands the pipeline allows from each status (the API refuses the others). */
const commandsByStatus: Partial<Record<Case['status'], CommandSpec[]>> = {
  received: [
    { type: 'accept', label: '受理', primary: true },
    { type: 'refer', label: '转交其他单位' },
    { type: 'decline', label: '不予受理', danger: true },
  ],
  accepted: [
    { type: 'handle', label: '办结', primary: true },
    { type: 'transfer', label: '转办' },
    { type: 'refer', label: '转交其他单位' },
  ],
  handled: [{ type: 'publish', label: '公示结果', primary: true }],
  published: [{ type: 'follow-up', label: '回访', primary: true }],
};

interface CommandValues {
  assigneeKind?: 'department' | 'person';
  assigneeName?: string;
  assigneeSubject?: string;
  deadlineDays?: number;
  reason?: string;
  outcome?: string;
  days?: number;
  summary?: string;
  satisfaction?: 'satisfied' | 'basically-satisfied' | 'dissatisfied';
  note?: string;
  to?: string;
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

function bodyOf(type: CommandType, values: CommandValues, version: number): CommandBody {
  const assignee = {
    kind: values.assigneeKind ?? 'department',
    name: values.assigneeName?.trim() ?? '',
    ...(text(values.assigneeSubject) ? { subject: text(values.assigneeSubject) } : {}),
  };
  switch (type) {
    case 'accept':
      return { type, version, assignee, ...(values.deadlineDays ? { deadlineDays: values.deadlineDays } : {}) };
    case 'transfer':
      return { type, version, assignee, reason: values.reason?.trim() ?? '' };
    case 'handle':
      return { type, version, outcome: values.outcome?.trim() ?? '' };
    case 'publish':
      return {
        type,
        version,
        ...(values.days ? { days: values.days } : {}),
        ...(text(values.summary) ? { summary: text(values.summary) } : {}),
      };
    case 'follow-up':
      return {
        type,
        version,
        satisfaction: values.satisfaction ?? 'satisfied',
        ...(text(values.note) ? { note: text(values.note) } : {}),
      };
    case 'refer':
      return { type, version, to: values.to?.trim() ?? '', reason: values.reason?.trim() ?? '' };
    case 'decline':
    case 'withdraw':
      return { type, version, reason: values.reason?.trim() ?? '' };
  }
}

/** Puts the API's `body.assignee.name` at the form's `assigneeName` (the form keeps the assignee flat). */
function flatten(error: unknown): unknown {
  if (!(error instanceof ApiProblem) || !error.problem.errors) return error;
  const names: Record<string, string> = {
    'body.assignee.name': 'body.assigneeName',
    'body.assignee.kind': 'body.assigneeKind',
    'body.assignee.subject': 'body.assigneeSubject',
  };
  return new ApiProblem({
    ...error.problem,
    errors: error.problem.errors.map((entry) => ({ ...entry, field: names[entry.field] ?? entry.field })),
  });
}

function CommandFields({ type, item }: { type: CommandType; item: Case }) {
  const categories = useCaseCategories();
  const deadline = categories.data?.items.find((category) => category.code === item.category)?.deadlineDays;
  const assignee = (
    <>
      <Form.Item name="assigneeKind" label="承办方">
        <Radio.Group
          options={[
            { value: 'department', label: '部门、单位' },
            { value: 'person', label: '工作人员' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="assigneeName"
        label="承办方名称"
        rules={[{ required: true, whitespace: true, message: '请填写承办的部门或工作人员' }]}
      >
        <Input maxLength={50} placeholder="如：物业服务中心、网格员陈丽华" />
      </Form.Item>
      <Form.Item name="assigneeSubject" label="承办人账号" extra="填写后，逾期时直接通知到本人（可不填）">
        <Input maxLength={128} />
      </Form.Item>
    </>
  );
  const reason = (label: string) => (
    <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}>
      <Input.TextArea rows={3} maxLength={500} showCount />
    </Form.Item>
  );
  switch (type) {
    case 'accept':
      return (
        <>
          {assignee}
          <Form.Item
            name="deadlineDays"
            label="办理时限"
            extra={`不填按${item.categoryLabel}的时限 ${deadline ?? '—'} 个工作日，节假日顺延`}
          >
            <InputNumber min={1} max={60} addonAfter="个工作日" style={{ width: 200 }} />
          </Form.Item>
        </>
      );
    case 'transfer':
      return (
        <>
          {assignee}
          {reason('转办原因')}
        </>
      );
    case 'handle':
      return (
        <Form.Item name="outcome" label="办理结果" rules={[{ required: true, whitespace: true, message: '请填写办理结果' }]}>
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder="做了什么，结果如何" />
        </Form.Item>
      );
    case 'publish':
      return (
        <>
          <Form.Item name="days" label="公示天数" extra="默认 7 天">
            <InputNumber min={3} max={30} addonAfter="天" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="summary" label="公示内容" extra="不填则公示办理结果原文；不得含姓名、身份证号、手机号">
            <Input.TextArea rows={4} maxLength={500} showCount />
          </Form.Item>
        </>
      );
    case 'follow-up':
      return (
        <>
          <Form.Item name="satisfaction" label="居民评价" rules={[{ required: true, message: '请选择居民的评价' }]}>
            <Radio.Group optionType="button" options={enumOptions('CaseSatisfaction')} />
          </Form.Item>
          <Form.Item name="note" label="回访情况" extra="居民不满意时，诉求重新办理并重新计期限">
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </>
      );
    case 'refer':
      return (
        <>
          <Form.Item name="to" label="转交单位" rules={[{ required: true, whitespace: true, message: '请填写转交的单位' }]}>
            <Input maxLength={50} placeholder="如：区城管执法局" />
          </Form.Item>
          {reason('转交原因')}
        </>
      );
    case 'decline':
      return reason('不予受理的原因');
    case 'withdraw':
      return reason('撤回原因');
  }
}

function CommandModal(props: {
  item: Case;
  command: CommandSpec | undefined;
  onClose: () => void;
  onDone: (item: Case) => void;
}) {
  const [form] = Form.useForm<CommandValues>();
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const { command, item } = props;
  const submit = async (values: CommandValues) => {
    if (!command) return;
    setBusy(true);
    setError(undefined);
    setConflict(false);
    try {
      const done = await call(
        api.POST('/cases/items/{caseId}/commands', {
          params: { path: { caseId: item.id } },
          body: bodyOf(command.type, values, item.version),
        }),
      );
      props.onDone(done);
    } catch (failure) {
      if (isVersionConflict(failure)) setConflict(true);
      else setError(showProblemAtFields(form, flatten(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={Boolean(command)}
      title={command ? `${command.label} · ${item.topic}` : ''}
      onCancel={props.onClose}
      okText={command?.label ?? '确定'}
      okButtonProps={{ loading: busy, danger: command?.danger, 'data-testid': 'command-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
      width={600}
    >
      {conflict && (
        <VersionConflictAlert
          onRefresh={() => {
            setConflict(false);
            void queryClient.invalidateQueries({ queryKey: ['case', item.id] });
          }}
        />
      )}
      {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} data-testid="command-error" />}
      {command && (
        <Form<CommandValues>
          form={form}
          layout="vertical"
          initialValues={{ assigneeKind: 'department', satisfaction: 'satisfied' }}
          onFinish={submit}
          preserve={false}
        >
          <CommandFields type={command.type} item={item} />
        </Form>
      )}
    </Modal>
  );
}

/** One case: where it is in the pipeline, its deadline and escalations, what was done, and the steps valid now. */
export default function CasePage() {
  const { caseId = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [command, setCommand] = useState<CommandSpec>();
  const query = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => call(api.GET('/cases/items/{caseId}', { params: { path: { caseId } } })),
  });
  const item = query.data;
  const areaName = useAreaName(item?.area);
  if (query.error) {
    return (
      <PageContainer title="诉求" onBack={() => navigate('/case')}>
        <Result
          status="warning"
          title={errorMessage(query.error, '读取诉求失败')}
          extra={<Link to="/case">回到流水线看板</Link>}
        />
      </PageContainer>
    );
  }
  if (!item) {
    return (
      <PageContainer title="诉求">
        <Card>
          <Skeleton active />
        </Card>
      </PageContainer>
    );
  }
  const canRun = mayCall(user.role, 'runCaseCommand');
  const commands = canRun ? (commandsByStatus[item.status] ?? []) : [];
  const stage = stageIndex(item.status);
  const last = item.followUps.at(-1);
  return (
    <PageContainer
      title={item.topic}
      onBack={() => navigate('/case')}
      tags={[<StatusTag key="status" item={item} />, <LevelTag key="level" item={item} />]}
      extra={commands.map((spec) => (
        <Button
          key={spec.type}
          type={spec.primary ? 'primary' : 'default'}
          danger={spec.danger}
          onClick={() => setCommand(spec)}
          data-testid={`command-${spec.type}`}
        >
          {spec.label}
        </Button>
      ))}
    >
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={Math.min(stage, 3)}
          status={stage === 4 ? (item.status === 'closed' ? 'finish' : 'error') : item.overdue ? 'error' : 'process'}
          items={stages.map((entry) => ({ title: entry.name }))}
          responsive
        />
        {stage === 4 && item.status !== 'closed' && (
          <Alert
            style={{ marginTop: 16 }}
            type="info"
            showIcon
            message={`${item.statusLabel}${item.referredTo ? `：${item.referredTo}` : ''}`}
            description={item.reason}
          />
        )}
      </Card>
      {item.possibleDuplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="疑似重复：同一居民同类事项还有未办结的诉求，请核实"
          description={
            <Space wrap>
              {item.possibleDuplicates.map((id) => (
                <Link key={id} to={`/case/items/${id}`}>
                  查看 {id.slice(-6)}
                </Link>
              ))}
            </Space>
          }
        />
      )}
      {item.escalations.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="case-escalations"
          message={`逾期上报：现由${item.levelLabel}督办`}
          description={item.escalations.map((escalation) => (
            <div key={escalation.on}>
              {dateText(escalation.on)} 上报{enumLabel('EscalationLevel', escalation.level)}（{dateText(escalation.overdueSince)}{' '}
              起逾期），新期限 {dateText(escalation.dueOn)}
            </div>
          ))}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title="诉求" style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label="诉求人">
                {item.personId ? <Link to={`/persons/${item.personId}`}>{item.personName}</Link> : '匿名'}
              </Descriptions.Item>
              <Descriptions.Item label="所在">{areaName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="来源">{item.channelLabel}</Descriptions.Item>
              <Descriptions.Item label="类别">{item.categoryLabel}</Descriptions.Item>
              <Descriptions.Item label="登记日期">{dateText(item.filedOn)}</Descriptions.Item>
              <Descriptions.Item label="受理日期">{dateText(item.acceptedOn)}</Descriptions.Item>
              <Descriptions.Item label="办结期限">
                <DueText item={item} />
              </Descriptions.Item>
              <Descriptions.Item label="承办方">{item.assignee?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="诉求内容" span={2}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{item.description}</Typography.Paragraph>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {(item.outcome || item.publication || item.followUps.length > 0) && (
            <Card title="办理与反馈" style={{ marginBottom: 16 }}>
              <Descriptions column={1} size="small">
                {item.outcome && (
                  <Descriptions.Item label="办理结果">
                    <Space direction="vertical" size={0}>
                      <span style={{ whiteSpace: 'pre-wrap' }}>{item.outcome.text}</span>
                      <Typography.Text type="secondary">
                        {dateText(item.outcome.handledOn)} 办结
                        {item.handledInTime === false ? '（逾期办结）' : item.handledInTime ? '（按期）' : ''}
                      </Typography.Text>
                    </Space>
                  </Descriptions.Item>
                )}
                {item.publication && (
                  <Descriptions.Item label="公示">
                    {dateText(item.publication.postedFrom)} 至 {dateText(item.publication.postedUntil)}
                  </Descriptions.Item>
                )}
                {last && (
                  <Descriptions.Item label="居民评价">
                    <Space>
                      <Tag color={last.satisfaction === 'dissatisfied' ? 'red' : 'green'}>
                        {enumLabel('CaseSatisfaction', last.satisfaction)}
                      </Tag>
                      {last.note}
                      <Typography.Text type="secondary">{dateText(last.on)}</Typography.Text>
                    </Space>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          )}
        </Col>
        <Col xs={24} lg={10}>
          <Card title="办理经过">
            <CaseHistory item={item} />
          </Card>
        </Col>
      </Row>
      <CommandModal
        item={item}
        command={command}
        onClose={() => setCommand(undefined)}
        onDone={(done) => {
          message.success(`${command?.label ?? '办理'}完成：${done.statusLabel}`);
          setCommand(undefined);
          queryClient.setQueryData(['case', caseId], done);
          void queryClient.invalidateQueries({ queryKey: ['cases'] });
        }}
      />
    </PageContainer>
  );
}
