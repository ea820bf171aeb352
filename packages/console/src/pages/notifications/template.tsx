import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Result,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { DATE_FORMAT, dateTimeText } from '../../components/date-text';
import { VersionConflictAlert } from '../../components/version-conflict';
import { Marked, PLACEHOLDER } from './marked';
import { TEMPLATES_KEY, versionText } from './templates';

type Template = components['schemas']['MessageTemplate'];
type Variable = Template['variables'][number];
type Sample = Record<string, string | number | undefined>;

interface EditValues {
  title: string;
  body: string;
  urgent: boolean;
  variables: Variable[];
}

const typeOptions = [
  { value: 'text', label: '文字' },
  { value: 'date', label: '日期' },
  { value: 'money', label: '金额' },
  { value: 'number', label: '数字' },
];

/** Sample values a worker recognises at a glance, by the variable's usual name, else by its type. */
function sampleOf(variable: Variable, today: string): string | number {
  const byName: Record<string, string> = {
    name: '王秀兰',
    programme: '最低生活保障',
    round: '第一榜',
    period: '2026年12月',
    outcome: '未获批准',
    reason: '家庭人均收入高于低保标准',
    title: '社区书院周六亲子阅读',
    place: '社区书院',
  };
  if (variable.type === 'date') return today;
  if (variable.type === 'money') return 30_000;
  if (variable.type === 'number') return 1;
  return byName[variable.name] ?? variable.label;
}

/** The draft's text with the samples filled in, as the API renders it (money in fen shown as yuan, dates in Chinese). */
function fillDraft(text: string, variables: Variable[], sample: Sample): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const variable = variables.find((candidate) => candidate.name === name);
    const value = sample[name];
    if (!variable || value === undefined || value === '') return whole;
    if (variable.type === 'money') return `${(Number(value) / 100).toFixed(2)} 元`;
    if (variable.type === 'date') {
      const [y, m, d] = String(value).split('-');
      return d ? `${Number(y)}年${Number(m)}月${Number(d)}日` : `${Number(y)}年${Number(m)}月`;
    }
    return String(value);
  });
}

/** One value after a quiet moment: the preview is asked for when typing pauses, not at each key. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * One message template: the version in use with its variables, every earlier version to read, a live preview
 * with sample values, and (for the district office) the editor that saves a new version.
 */
export default function TemplatePage() {
  const { key = '' } = useParams();
  const user = useUser();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [viewing, setViewing] = useState<number>();
  const [form] = Form.useForm<EditValues>();
  const query = useQuery({
    queryKey: [...TEMPLATES_KEY, key],
    queryFn: () => call(api.GET('/notifications/templates/{key}', { params: { path: { key } } })),
  });
  const canEdit = mayCall(user.role, 'saveTemplate');
  const back = (
    <Link to="/message-templates">
      <Button icon={<ArrowLeftOutlined />}>返回模板列表</Button>
    </Link>
  );
  if (query.error) {
    const missing = query.error instanceof ApiProblem && query.error.status === 404;
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '没有这个消息模板' : '读取消息模板失败'}
        subTitle={errorMessage(query.error, '请稍后重试')}
        extra={back}
      />
    );
  }
  const data = query.data;
  const current = data?.current;
  return (
    <PageContainer
      title={current?.title ?? '消息模板'}
      loading={!data}
      tags={
        current && (
          <Space size={4}>
            <Tag>{current.kindLabel}</Tag>
            {current.urgent && <Tag color="red">紧急</Tag>}
            <Tag color={current.source === 'built-in' ? 'default' : 'blue'}>使用中：{versionText(current)}</Tag>
          </Space>
        )
      }
      extra={
        <Space>
          {back}
          {canEdit && current && !editing && (
            <Button
              type="primary"
              icon={<EditOutlined />}
              onClick={() => {
                const { title, body, urgent, variables } = current;
                form.setFieldsValue({ title, body, urgent, variables: variables.map((variable) => ({ ...variable })) });
                setEditing(true);
              }}
            >
              修改
            </Button>
          )}
        </Space>
      }
    >
      {current && data && (
        <Form<EditValues> form={form} layout="vertical" component={false}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Space direction="vertical" size={16} style={{ width: '100%' }}>
                {editing ? (
                  <Editor
                    template={current}
                    onDone={() => setEditing(false)}
                    onRefresh={() => void queryClient.invalidateQueries({ queryKey: [...TEMPLATES_KEY, key] })}
                  />
                ) : (
                  <TemplateText template={current} />
                )}
                <Card size="small" title="版本记录">
                  <List
                    size="small"
                    dataSource={data.versions}
                    rowKey="version"
                    data-testid="template-versions"
                    renderItem={(version) => (
                      <List.Item
                        actions={[
                          <Typography.Link key="view" onClick={() => setViewing(version.version)}>
                            查看全文
                          </Typography.Link>,
                        ]}
                      >
                        <Space size={8} wrap>
                          <Tag color={version.version === current.version ? 'green' : 'default'}>{versionText(version)}</Tag>
                          <Typography.Text>{version.title}</Typography.Text>
                          {version.savedAt && (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {dateTimeText(version.savedAt)} 保存
                            </Typography.Text>
                          )}
                          {version.version === current.version && <Typography.Text type="success">使用中</Typography.Text>}
                        </Space>
                      </List.Item>
                    )}
                  />
                </Card>
              </Space>
            </Col>
            <Col xs={24} lg={10}>
              {editing ? <DraftPreview /> : <SavedPreview template={current} />}
            </Col>
          </Row>
        </Form>
      )}
      <VersionModal templateKey={key} version={viewing} onClose={() => setViewing(undefined)} />
    </PageContainer>
  );
}

function TemplateText({ template, title = '当前使用的内容' }: { template: Template; title?: string }) {
  return (
    <Card size="small" title={title} data-testid="template-current">
      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'title', label: '标题', children: <Marked text={template.title} variables={template.variables} /> },
          { key: 'body', label: '正文', children: <Marked text={template.body} variables={template.variables} /> },
          {
            key: 'variables',
            label: '变量',
            children:
              template.variables.length === 0 ? (
                '无'
              ) : (
                <Space size={[4, 4]} wrap>
                  {template.variables.map((variable) => (
                    <Tag key={variable.name}>
                      {variable.label} · {typeOptions.find((type) => type.value === variable.type)?.label} ·{' '}
                      {`{{${variable.name}}}`}
                    </Tag>
                  ))}
                </Space>
              ),
          },
          {
            key: 'urgent',
            label: '紧急',
            children: template.urgent ? '是：不受免打扰时段和每日上限限制' : '否：免打扰时段内的短信顺延到时段结束后发送',
          },
          ...(template.savedAt ? [{ key: 'saved', label: '保存时间', children: dateTimeText(template.savedAt) }] : []),
        ]}
      />
    </Card>
  );
}

/** The district office rewords a template: saved as a new version, used from then on; the old ones stay readable. */
function Editor(props: { template: Template; onDone: () => void; onRefresh: () => void }) {
  const { template } = props;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const form = Form.useFormInstance<EditValues>();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const variables = (Form.useWatch('variables', form) ?? []) as (Variable | undefined)[];
  const save = async () => {
    let values: EditValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setConflict(false);
    try {
      const saved = await call(
        api.PUT('/notifications/templates/{key}', {
          params: { path: { key: template.key } },
          body: { kind: template.kind, ...values, variables: values.variables ?? [], version: template.version },
        }),
      );
      message.success(`已保存为${versionText(saved)}，此后的消息使用新内容`);
      void queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
      props.onDone();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) setConflict(true);
      else message.error(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };
  // Puts a variable's placeholder at the end of the body: the quickest way to use one without typing braces.
  const insert = (name: string) => form.setFieldValue('body', `${form.getFieldValue('body') ?? ''}{{${name}}}`);
  return (
    <Card
      size="small"
      title={`修改模板（保存为第 ${template.version + 1} 版）`}
      data-testid="template-editor"
      extra={
        <Space>
          <Button onClick={props.onDone}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            保存为新版本
          </Button>
        </Space>
      }
    >
      {conflict && (
        <VersionConflictAlert
          onRefresh={() => {
            // What was typed stays in the form; the next save goes on from the version just read.
            setConflict(false);
            props.onRefresh();
          }}
        />
      )}
      <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
        <Input maxLength={60} showCount />
      </Form.Item>
      <Form.Item
        name="body"
        label="正文"
        rules={[{ required: true, whitespace: true, message: '请填写正文' }]}
        extra="用 {{变量名}} 引用变量，每条消息发出时填入。点下面的变量名可插入到正文末尾。"
      >
        <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Space size={[4, 4]} wrap style={{ marginBottom: 16 }}>
        {variables
          .filter((variable): variable is Variable => Boolean(variable?.name))
          .map((variable) => (
            <Button key={variable.name} size="small" onClick={() => insert(variable.name)}>
              {`{{${variable.name}}}`} {variable.label}
            </Button>
          ))}
      </Space>
      <Form.List name="variables">
        {(fields, { add, remove }) => (
          <Space direction="vertical" size={0} style={{ width: '100%' }}>
            <Typography.Text strong>变量</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              每个 {'{{占位符}}'}{' '}
              都须声明为变量，声明的变量都须用到。内置模板由业务事件触发，只能使用触发时提供的变量（类型不变），说明可以改。
            </Typography.Paragraph>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, message: '请填写变量名' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input placeholder="变量名，如 name" style={{ width: 140 }} aria-label="变量名" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'type']}
                  rules={[{ required: true, message: '请选择类型' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Select options={typeOptions} style={{ width: 90 }} aria-label="变量类型" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'label']}
                  rules={[{ required: true, whitespace: true, message: '请填写中文说明' }]}
                  style={{ marginBottom: 8 }}
                >
                  <Input placeholder="中文说明，如 姓名" style={{ width: 160 }} aria-label="变量说明" />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label="删除变量" />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', type: 'text', label: '' })}
              style={{ width: 'fit-content' }}
            >
              添加变量
            </Button>
          </Space>
        )}
      </Form.List>
      <Form.Item
        name="urgent"
        label="紧急消息"
        valuePropName="checked"
        extra="紧急消息不受免打扰时段和每日上限限制，夜间也发短信。"
        style={{ marginTop: 16, marginBottom: 0 }}
      >
        <Switch />
      </Form.Item>
    </Card>
  );
}

/** Sample values for each variable, in the form a person types them (money in yuan, dates from a calendar). */
function SampleInputs(props: {
  variables: Variable[];
  sample: Sample;
  onChange: (sample: Sample) => void;
  errors?: Record<string, string>;
}) {
  const set = (name: string, value: string | number | undefined) => props.onChange({ ...props.sample, [name]: value });
  if (props.variables.length === 0) return <Typography.Text type="secondary">本模板没有变量。</Typography.Text>;
  return (
    <Form layout="vertical" component="div" size="small">
      {props.variables.map((variable) => {
        const value = props.sample[variable.name];
        const error = props.errors?.[variable.name];
        // Money travels in fen but is typed in yuan: the label says what the box takes.
        const label = variable.type === 'money' ? variable.label.replace(/（分）$/, '') : variable.label;
        return (
          <Form.Item
            key={variable.name}
            label={`${label}（${variable.name}）`}
            validateStatus={error ? 'error' : undefined}
            help={error}
            style={{ marginBottom: 8 }}
          >
            {variable.type === 'date' ? (
              <DatePicker
                format={DATE_FORMAT}
                value={typeof value === 'string' && value ? dayjs(value) : null}
                onChange={(day) => set(variable.name, day ? day.format(DATE_FORMAT) : undefined)}
                aria-label={label}
              />
            ) : variable.type === 'money' ? (
              <InputNumber
                min={0}
                precision={2}
                addonAfter="元"
                value={typeof value === 'number' ? value / 100 : null}
                onChange={(yuan) => set(variable.name, yuan === null ? undefined : Math.round(Number(yuan) * 100))}
                aria-label={label}
              />
            ) : variable.type === 'number' ? (
              <InputNumber
                value={typeof value === 'number' ? value : null}
                onChange={(number) => set(variable.name, number === null ? undefined : Number(number))}
                aria-label={label}
              />
            ) : (
              <Input
                value={typeof value === 'string' ? value : ''}
                onChange={(event) => set(variable.name, event.target.value)}
                aria-label={label}
              />
            )}
          </Form.Item>
        );
      })}
    </Form>
  );
}

/** What a recipient reads, as the inbox shows it. */
function MessageCard(props: { title: string; body: string; urgent: boolean }) {
  return (
    <Card size="small" style={{ background: '#fafafa' }} data-testid="template-preview">
      <Space size={6} style={{ marginBottom: 4 }}>
        {props.urgent && <Tag color="red">紧急</Tag>}
        <Typography.Text strong>{props.title}</Typography.Text>
      </Space>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{props.body}</Typography.Paragraph>
    </Card>
  );
}

const today = () => dayjs().format(DATE_FORMAT);
const samplesFor = (variables: Variable[]): Sample =>
  Object.fromEntries(variables.map((variable) => [variable.name, sampleOf(variable, today())]));

/** The version in use rendered by the API with sample values: exactly what a message would say. */
function SavedPreview({ template }: { template: Template }) {
  const [sample, setSample] = useState<Sample>(() => samplesFor(template.variables));
  useEffect(() => setSample(samplesFor(template.variables)), [template.variables]);
  const settled = useSettled(sample);
  const defined = Object.fromEntries(
    Object.entries(settled).filter(([, value]) => value !== undefined && value !== ''),
  ) as Record<string, string | number>;
  const preview = useQuery({
    queryKey: ['template-preview', template.key, template.version, defined],
    placeholderData: keepPreviousData,
    queryFn: () =>
      call(
        api.POST('/notifications/templates/{key}/preview', {
          params: { path: { key: template.key } },
          body: { variables: defined },
        }),
      ),
  });
  const problem = preview.error instanceof ApiProblem ? preview.error.problem : undefined;
  const errors = Object.fromEntries(
    (problem?.errors ?? [])
      .filter((entry) => entry.field.startsWith('body.variables.'))
      .map((entry) => [entry.field.slice('body.variables.'.length), entry.message]),
  );
  return (
    <Card size="small" title={`预览（${versionText(template)}）`}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        填入示例值，看一条消息实际的样子；预览不发送任何消息。
      </Typography.Paragraph>
      <SampleInputs variables={template.variables} sample={sample} onChange={setSample} errors={errors} />
      <div style={{ marginTop: 12 }}>
        {preview.error && !problem?.errors?.length && (
          <Alert type="error" showIcon message={errorMessage(preview.error, '生成预览失败')} style={{ marginBottom: 8 }} />
        )}
        {preview.data && !preview.error && (
          <MessageCard title={preview.data.title} body={preview.data.body} urgent={preview.data.urgent} />
        )}
        {preview.error && problem?.errors?.length ? (
          <Typography.Text type="danger">请按上面标红的提示填写示例值。</Typography.Text>
        ) : null}
      </div>
    </Card>
  );
}

/** While editing: the draft filled with the samples as one types (the API renders the saved version the same way). */
function DraftPreview() {
  const form = Form.useFormInstance<EditValues>();
  const title = (Form.useWatch('title', form) ?? '') as string;
  const body = (Form.useWatch('body', form) ?? '') as string;
  const urgent = Boolean(Form.useWatch('urgent', form));
  const variables = ((Form.useWatch('variables', form) ?? []) as (Variable | undefined)[]).filter(
    (variable): variable is Variable => Boolean(variable?.name && variable.type),
  );
  const [sample, setSample] = useState<Sample>({});
  const filled = { ...samplesFor(variables), ...sample };
  const unknown = [...`${title}${body}`.matchAll(PLACEHOLDER)]
    .map((match) => match[1] as string)
    .filter((name) => !variables.some((variable) => variable.name === name));
  return (
    <Card size="small" title="预览（修改中的草稿）">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        随输入即时显示；保存后，新版本的预览由系统按同样规则生成。
      </Typography.Paragraph>
      <SampleInputs variables={variables} sample={filled} onChange={setSample} />
      <div style={{ marginTop: 12 }}>
        <MessageCard title={fillDraft(title, variables, filled)} body={fillDraft(body, variables, filled)} urgent={urgent} />
        {unknown.length > 0 && (
          <Typography.Text type="warning" style={{ display: 'block', marginTop: 8 }}>
            {[...new Set(unknown)].map((name) => `{{${name}}}`).join('、')} 还没有声明为变量，保存时会被拒绝。
          </Typography.Text>
        )}
      </div>
    </Card>
  );
}

function VersionModal(props: { templateKey: string; version: number | undefined; onClose: () => void }) {
  const query = useQuery({
    queryKey: [...TEMPLATES_KEY, props.templateKey, 'version', props.version],
    enabled: props.version !== undefined,
    queryFn: () =>
      call(
        api.GET('/notifications/templates/{key}/versions/{version}', {
          params: { path: { key: props.templateKey, version: props.version ?? 0 } },
        }),
      ),
  });
  return (
    <Modal
      open={props.version !== undefined}
      title={query.data ? `${versionText(query.data)} · ${query.data.title}` : '模板版本'}
      footer={null}
      onCancel={props.onClose}
      destroyOnHidden
      width={640}
    >
      {query.error && <Alert type="error" showIcon message={errorMessage(query.error, '读取该版本失败')} />}
      {query.isLoading && <Card loading bordered={false} />}
      {query.data && <TemplateText template={query.data} title="该版本的内容" />}
    </Modal>
  );
}
