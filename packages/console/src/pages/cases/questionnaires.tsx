import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Checkbox, DatePicker, Drawer, Form, Input, Segmented, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import {
  monthText,
  NoCommunity,
  type Questionnaire,
  QuestionnaireStatusTag,
  questionKindLabels,
  questionnaireStatusOptions,
  useCommunity,
} from './civic-parts';

type Kind = Questionnaire['questions'][number]['kind'];

interface QuestionDraft {
  kind: Kind;
  text: string;
  options?: string[];
  required: boolean;
}

interface DefineValues {
  month: Dayjs;
  title: string;
  description?: string;
  questions: QuestionDraft[];
}

/** The questions a service week's survey usually asks (五日一周: 服务周 is run on what residents say they need). */
const commonQuestions: QuestionDraft[] = [
  {
    kind: 'single',
    text: '服务周期间，您最希望社区提供哪项服务？',
    options: [
      '免费健康体检和义诊',
      '政策咨询（低保、养老、就业）',
      '生殖健康和优生优育咨询',
      '家电维修、理发等便民服务',
      '法律咨询',
    ],
    required: true,
  },
  {
    kind: 'multi',
    text: '您家中有哪些需要上门服务的成员？',
    options: ['独居或空巢老人', '残疾人', '孕产妇', '0–3 岁婴幼儿', '都没有'],
    required: true,
  },
  { kind: 'single', text: '您方便参加活动的时间', options: ['工作日上午', '工作日下午', '周末'], required: true },
  { kind: 'text', text: '您对社区服务还有什么意见和建议？', required: false },
];

const kindOptions = Object.entries(questionKindLabels).map(([value, label]) => ({ value, label }));

/** 设计问卷: single-choice, multi-choice and free-text questions for a month's service week; saved as a draft. */
function DefineQuestionnaireDrawer(props: { open: boolean; community: string; onClose: () => void }) {
  const navigate = useNavigate();
  const [form] = Form.useForm<DefineValues>();
  const idempotency = useIdempotencyKey();
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const width = useDrawerWidth(720);
  const submit = async (values: DefineValues) => {
    setFormError(undefined);
    setSaving(true);
    try {
      const created = await call(
        api.POST('/cases/questionnaires', {
          body: {
            community: props.community,
            month: values.month.format('YYYY-MM'),
            title: values.title.trim(),
            ...(values.description?.trim() ? { description: values.description.trim() } : {}),
            questions: values.questions.map((question) => ({
              kind: question.kind,
              text: question.text.trim(),
              required: question.required,
              ...(question.kind === 'text' ? {} : { options: (question.options ?? []).map((option) => option.trim()) }),
            })),
          },
          headers: idempotency.header,
        }),
      );
      idempotency.renew();
      navigate(`/case/questionnaires/${created.id}?tab=questions`);
    } catch (error) {
      setFormError(showProblemAtFields(form, error));
    } finally {
      setSaving(false);
    }
  };
  const thisMonth = dayjs().startOf('month');
  return (
    <Drawer
      open={props.open}
      width={width}
      title="设计需求问卷"
      onClose={props.onClose}
      destroyOnHidden
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="questionnaire-create-submit">
          保存草稿
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        每月服务周前向居民发放需求问卷，按统计结果安排服务活动。保存后为草稿，发放后居民才能在手机上填写，题目不能再改。
      </Typography.Paragraph>
      {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} data-testid="form-error" />}
      <Form<DefineValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          month: thisMonth,
          title: `${monthText(thisMonth.format('YYYY-MM'))}服务周需求调查`,
          questions: [{ kind: 'single', text: '', options: [], required: true }],
        }}
        onValuesChange={(changed: Partial<DefineValues>) => {
          // The title follows the month until the worker writes one of their own.
          if (changed.month && !form.isFieldTouched('title')) {
            form.setFieldValue('title', `${monthText(changed.month.format('YYYY-MM'))}服务周需求调查`);
          }
        }}
      >
        <Space wrap size={16} style={{ width: '100%' }}>
          <Form.Item name="month" label="服务周所在月份" rules={[{ required: true, message: '请选择月份' }]}>
            <DatePicker picker="month" allowClear={false} disabledDate={(date) => date.isBefore(thisMonth, 'month')} />
          </Form.Item>
          <Form.Item
            name="title"
            label="问卷标题"
            rules={[{ required: true, whitespace: true, message: '请填写问卷标题' }]}
            style={{ minWidth: 360 }}
          >
            <Input maxLength={50} showCount />
          </Form.Item>
        </Space>
        <Form.Item name="description" label="问卷说明（选填）">
          <Input.TextArea rows={2} maxLength={500} placeholder="如：为办好本月服务周，请您花一分钟告诉我们您最需要的服务。" />
        </Form.Item>
        <Form.List name="questions">
          {(fields, { add, remove }, { errors }) => (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text strong>题目（{fields.length}）</Typography.Text>
                <Button onClick={() => form.setFieldValue('questions', commonQuestions)} data-testid="use-common-questions">
                  填入常用题目
                </Button>
              </Space>
              {fields.map((field, index) => (
                <QuestionEditor key={field.key} name={field.name} index={index} onRemove={() => remove(field.name)} />
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'single', text: '', options: [], required: true })}
                disabled={fields.length >= 30}
              >
                添加题目
              </Button>
              <Form.ErrorList errors={errors} />
            </Space>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

/** One question being written: its kind, words, options (for a choice) and whether it must be answered. */
function QuestionEditor(props: { name: number; index: number; onRemove: () => void }) {
  const kind = Form.useWatch(['questions', props.name, 'kind']) as Kind | undefined;
  return (
    <Card
      size="small"
      title={`第 ${props.index + 1} 题`}
      extra={<Button type="text" icon={<DeleteOutlined />} aria-label="删去这道题" onClick={props.onRemove} />}
      data-testid={`question-editor-${props.index}`}
    >
      <Space align="start" wrap style={{ width: '100%' }}>
        <Form.Item name={[props.name, 'kind']} style={{ marginBottom: 8 }}>
          <Segmented options={kindOptions} />
        </Form.Item>
        <Form.Item name={[props.name, 'required']} valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>必答</Checkbox>
        </Form.Item>
      </Space>
      <Form.Item
        name={[props.name, 'text']}
        rules={[{ required: true, whitespace: true, message: '请填写题目' }]}
        style={{ marginBottom: 8 }}
      >
        <Input placeholder="题目" maxLength={200} />
      </Form.Item>
      {kind !== 'text' && (
        <Form.Item
          name={[props.name, 'options']}
          extra="输入选项后回车，至少 2 个"
          rules={[{ type: 'array', min: 2, message: '选择题至少需要 2 个选项' }]}
          style={{ marginBottom: 0 }}
        >
          <Select mode="tags" open={false} suffixIcon={null} placeholder="选项" tokenSeparators={['、', '，', ',']} />
        </Form.Item>
      )}
    </Card>
  );
}

/** 需求问卷: the community's surveys for its service weeks by month and status, and a new one. */
export default function QuestionnairesPage() {
  const user = useUser();
  const { community, communityName } = useCommunity();
  const [filters, setFilters] = useUrlFilters(['month', 'status'] as const);
  const [defining, setDefining] = useState(false);
  const status = questionnaireStatusOptions.some((option) => option.value === filters.status)
    ? (filters.status as Questionnaire['status'])
    : undefined;
  const query = { community: community ?? '', ...(filters.month ? { month: filters.month } : {}), ...(status ? { status } : {}) };
  const list = usePagedList<Questionnaire>({
    key: ['questionnaires', query],
    enabled: Boolean(community),
    fetch: (cursor) =>
      call(api.GET('/cases/questionnaires', { params: { query: { ...query, limit: 20, ...(cursor ? { cursor } : {}) } } })),
  });
  if (!community) return <NoCommunity what="需求问卷" />;
  const columns: ColumnsType<Questionnaire> = [
    { title: '服务周月份', dataIndex: 'month', width: 130, render: (month: string) => monthText(month) },
    {
      title: '问卷',
      dataIndex: 'title',
      render: (title: string, questionnaire) => <Link to={`/case/questionnaires/${questionnaire.id}`}>{title}</Link>,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      render: (value: Questionnaire['status']) => <QuestionnaireStatusTag status={value} />,
    },
    {
      title: '题目',
      dataIndex: 'questions',
      width: 80,
      align: 'right',
      render: (questions: unknown[]) => `${questions.length} 道`,
    },
    { title: '发放时间', dataIndex: 'openedAt', render: (at?: string) => (at ? dateTimeText(at) : '—') },
    { title: '结束时间', dataIndex: 'closedAt', render: (at?: string) => (at ? dateTimeText(at) : '—') },
  ];
  return (
    <PageContainer
      title="需求问卷"
      subTitle={`${communityName ?? ''} 服务周前向居民了解需求，按需求组织服务`}
      extra={
        mayCall(user.role, 'createQuestionnaire')
          ? [
              <Button
                key="new"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDefining(true)}
                data-testid="questionnaire-new"
              >
                设计问卷
              </Button>,
            ]
          : []
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <DatePicker
            picker="month"
            placeholder="全部月份"
            value={filters.month ? dayjs(`${filters.month}-01`) : null}
            onChange={(value) => setFilters({ month: value?.format('YYYY-MM') })}
            aria-label="月份"
          />
          <Segmented
            value={status ?? 'all'}
            onChange={(value) => setFilters({ status: value === 'all' ? undefined : String(value) })}
            options={[{ value: 'all', label: '全部' }, ...questionnaireStatusOptions]}
          />
        </Space>
        <PagedTable<Questionnaire>
          rowKey="id"
          columns={columns}
          list={list}
          failure="读取需求问卷失败"
          empty={
            filters.month || status
              ? '没有符合条件的问卷'
              : '还没有需求问卷：点“设计问卷”，可先“填入常用题目”再修改，发放后居民在手机上填写'
          }
        />
      </Card>
      <DefineQuestionnaireDrawer open={defining} community={community} onClose={() => setDefining(false)} />
    </PageContainer>
  );
}
