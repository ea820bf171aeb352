import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, AutoComplete, Button, Card, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { useDrawerWidth } from '../../components/responsive';
import {
  dayText,
  type Evaluation,
  EvaluationStatusTag,
  NoCommunity,
  quarterEndOf,
  quarterText,
  useCommunity,
  useRepresentatives,
} from './civic-parts';

/** The items a card scores when the worker names none: the API's own defaults, shown so they can be changed. */
const defaultItems = ['服务态度', '办事效率', '工作实绩', '廉洁自律'];
const commonTitles = [
  '社区党委书记、居委会主任',
  '社区党委副书记',
  '居委会副主任',
  '社区工作者',
  '网格员',
  '残疾人专职委员',
  '计生专干',
  '民政专干',
].map((value) => ({ value }));

interface CreateValues {
  month: string;
  workers: { name: string; title: string }[];
  items: string[];
}

/** 创建评议: the quarter, the workers to be evaluated (last quarter's by default) and the items each is scored on. */
function CreateEvaluationDrawer(props: {
  open: boolean;
  community: string;
  previous: Evaluation | undefined;
  taken: readonly string[];
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateValues>();
  const idempotency = useIdempotencyKey();
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const width = useDrawerWidth(640);
  const thisQuarter = quarterEndOf(dayjs());
  // Last year's quarters too: an evaluation held on paper is sometimes entered afterwards.
  const year = dayjs().year();
  const months = [year - 1, year, year + 1].flatMap((each) => ['03', '06', '09', '12'].map((month) => `${each}-${month}`));
  const submit = async (values: CreateValues) => {
    setFormError(undefined);
    setSaving(true);
    try {
      const created = await call(
        api.POST('/cases/evaluations', {
          body: {
            community: props.community,
            month: values.month,
            workers: values.workers.map((worker) => ({ name: worker.name.trim(), title: worker.title.trim() })),
            items: values.items.map((item) => item.trim()).filter(Boolean),
          },
          headers: idempotency.header,
        }),
      );
      idempotency.renew();
      navigate(`/case/evaluations/${created.id}`);
    } catch (error) {
      setFormError(showProblemAtFields(form, error, { 'evaluation-exists': 'month' }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open={props.open}
      width={width}
      title="创建季度评议"
      onClose={props.onClose}
      destroyOnHidden
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="evaluation-create-submit">
          创建
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        评议日为每季度末月 30
        日（遇节假日顺延）。创建后向居民代表发放评议卡，每位代表对每名工作人员的每个项目评满意、基本满意或不满意。
      </Typography.Paragraph>
      {formError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={formError} data-testid="form-error" />}
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          month: props.taken.includes(thisQuarter) ? undefined : thisQuarter,
          workers: props.previous?.workers.map(({ name, title }) => ({ name, title })) ?? [{ name: '', title: '' }],
          items: props.previous?.items.map((item) => item.name) ?? defaultItems,
        }}
      >
        <Form.Item
          name="month"
          label="季度"
          rules={[{ required: true, message: '请选择评议的季度' }]}
          extra="评议日为该季度末月 30 日，遇周末、节假日顺延至下一个工作日"
        >
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: 300 }}
            options={months.map((month) => ({
              value: month,
              label: `${quarterText(month)}（${Number(month.slice(5))} 月 30 日）`,
              disabled: props.taken.includes(month),
            }))}
          />
        </Form.Item>
        <Form.List
          name="workers"
          rules={[
            {
              validator: async (_, workers?: unknown[]) => {
                if (!workers || workers.length === 0) throw new Error('请至少列出一名被评议的工作人员');
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={`被评议的工作人员（${fields.length} 人）`} required>
              {props.previous && (
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  已按{quarterText(props.previous.month)}的名单填好，可增删修改。
                </Typography.Paragraph>
              )}
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }} wrap>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input placeholder="姓名" maxLength={20} style={{ width: 140 }} data-testid={`worker-${index}-name`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'title']}
                    rules={[{ required: true, whitespace: true, message: '请填写职务' }]}
                    style={{ marginBottom: 8 }}
                  >
                    <AutoComplete options={commonTitles} style={{ width: 280 }} filterOption>
                      <Input placeholder="职务，如 网格员" maxLength={30} data-testid={`worker-${index}-title`} />
                    </AutoComplete>
                  </Form.Item>
                  <Button type="text" icon={<DeleteOutlined />} aria-label="删去此人" onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', title: '' })}
                disabled={fields.length >= 30}
                data-testid="worker-add"
              >
                添加工作人员
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        <Form.Item
          name="items"
          label="评议项目"
          rules={[{ required: true, type: 'array', min: 1, message: '请至少设置一个评议项目' }]}
          extra="输入项目名称后回车添加，最多 8 项"
        >
          <Select mode="tags" open={false} suffixIcon={null} maxCount={8} tokenSeparators={['、', ',', '，']} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** 评议日: the community's quarterly evaluations by resident representatives, newest first, and a new one. */
export default function EvaluationsPage() {
  const user = useUser();
  const { community, communityName } = useCommunity();
  const representatives = useRepresentatives(community);
  const [creating, setCreating] = useState(false);
  const list = usePagedList<Evaluation>({
    key: ['evaluations', community],
    enabled: Boolean(community),
    fetch: (cursor) =>
      call(
        api.GET('/cases/evaluations', {
          params: { query: { community: community ?? '', limit: 20, ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
  if (!community) return <NoCommunity what="季度评议" />;
  const latest = [...list.items].sort((a, b) => b.month.localeCompare(a.month))[0];
  const columns: ColumnsType<Evaluation> = [
    {
      title: '季度',
      dataIndex: 'month',
      render: (month: string, evaluation) => <Link to={`/case/evaluations/${evaluation.id}`}>{quarterText(month)}</Link>,
    },
    { title: '评议日', dataIndex: 'date', render: (date: string) => dayText(date) },
    { title: '状态', dataIndex: 'status', render: (status: Evaluation['status']) => <EvaluationStatusTag status={status} /> },
    {
      title: '被评议人员',
      dataIndex: 'workers',
      render: (workers: Evaluation['workers']) => workers.map((worker) => worker.name).join('、'),
    },
    { title: '评议项目', dataIndex: 'items', render: (items: Evaluation['items']) => items.map((item) => item.name).join('、') },
    { title: '评议卡', dataIndex: 'cardsIssued', align: 'right', render: (count: number) => `${count} 张` },
  ];
  const noRepresentatives = representatives.data && representatives.data.persons.length === 0;
  return (
    <PageContainer
      title="评议日"
      subTitle={`${communityName ?? ''} 每季度末月 30 日，居民代表评议社区工作人员`}
      extra={
        mayCall(user.role, 'createEvaluation')
          ? [
              <Button
                key="new"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="evaluation-new"
              >
                创建评议
              </Button>,
            ]
          : []
      }
    >
      {noRepresentatives && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="本社区还没有居民代表名单"
          description={
            <span>
              评议卡发给每位居民代表，请先到<Link to="/case/representatives">接待日与连心卡</Link>设置居民代表。
            </span>
          }
        />
      )}
      <Card>
        <PagedTable<Evaluation>
          rowKey="id"
          columns={columns}
          list={list}
          failure="读取评议失败"
          empty="还没有季度评议：点“创建评议”，列出被评议的工作人员，评议日前发放评议卡"
        />
      </Card>
      <CreateEvaluationDrawer
        open={creating}
        community={community}
        previous={latest}
        taken={list.items.map((evaluation) => evaluation.month)}
        onClose={() => setCreating(false)}
      />
    </PageContainer>
  );
}
