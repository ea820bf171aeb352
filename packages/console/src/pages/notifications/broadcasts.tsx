import { NotificationOutlined, SendOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Progress,
  Result,
  Select,
  Space,
  Statistic,
  Switch,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { useDrawerWidth } from '../../components/responsive';
import { useUrlFilters } from '../../components/url-filters';
import { enumLabel } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { useSegments } from './segments';

type Broadcast = components['schemas']['Broadcast'];

const statusColors: Record<string, string> = { queued: 'default', sending: 'processing', done: 'success', cancelled: 'warning' };
const running = (broadcast: Broadcast | undefined) => broadcast?.status === 'queued' || broadcast?.status === 'sending';

/** SMS not yet settled: waiting to go, held for quiet hours, or on their way. */
const pendingSms = (broadcast: Broadcast) =>
  broadcast.report.sms.queued + broadcast.report.sms.held + broadcast.report.sms.sending;

/** 群发通知: compose to a segment with its size known first, then watch the sending through to the report. */
export default function BroadcastsPage() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  const user = useUser();
  const [filters, setFilters] = useUrlFilters(['broadcast'] as const);
  const [composing, setComposing] = useState(false);
  const canSend = mayCall(user.role, 'createBroadcast') && Boolean(community);
  return (
    <PageContainer
      title="群发通知"
      extra={
        canSend && (
          <Button type="primary" icon={<SendOutlined />} onClick={() => setComposing(true)}>
            新建群发
          </Button>
        )
      }
    >
      {!community ? (
        <Alert type="info" showIcon message="请先在右上角选择一个社区：群发按社区发给其某一类人员或志愿服务队。" />
      ) : (
        <BroadcastList
          community={community}
          onOpen={(id) => setFilters({ broadcast: id })}
          onCompose={() => setComposing(true)}
        />
      )}
      {community && (
        <ComposeDrawer
          open={composing}
          community={community}
          onClose={() => setComposing(false)}
          onSent={(id) => {
            setComposing(false);
            setFilters({ broadcast: id });
          }}
        />
      )}
      <BroadcastDrawer id={filters.broadcast} community={community} onClose={() => setFilters({ broadcast: undefined })} />
    </PageContainer>
  );
}

function BroadcastList(props: { community: string; onOpen: (id: string) => void; onCompose: () => void }) {
  const segments = useSegments(props.community);
  const areaName = useAreaName(props.community);
  const list = usePagedList<Broadcast>({
    key: ['broadcasts', props.community],
    fetch: (cursor) =>
      call(
        api.GET('/notifications/broadcasts', {
          params: { query: { community: props.community, ...(cursor ? { cursor } : {}) } },
        }),
      ),
  });
  // A list with one still running refreshes itself, so its counts move without a click.
  const anyRunning = list.items.some(running);
  const { refetch } = list.query;
  useEffect(() => {
    if (!anyRunning) return;
    const timer = window.setInterval(() => void refetch(), 3_000);
    return () => window.clearInterval(timer);
  }, [anyRunning, refetch]);
  const columns: ColumnsType<Broadcast> = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (title: string, row) => <Typography.Link onClick={() => props.onOpen(row.id)}>{title}</Typography.Link>,
    },
    { title: '发送对象', dataIndex: 'group', render: (group: string) => segments.labelOf(group) },
    {
      title: '状态',
      dataIndex: 'status',
      render: (status: string, row) => (
        <Space size={4}>
          <Tag color={statusColors[status]}>{enumLabel('BroadcastStatus', status)}</Tag>
          {row.urgent && <Tag color="red">紧急</Tag>}
        </Space>
      ),
    },
    {
      title: '站内消息',
      key: 'recipients',
      render: (_, row) =>
        row.audience !== undefined ? `${row.report.recipients} / ${row.audience} 人` : `${row.report.recipients} 人`,
    },
    {
      title: '短信',
      key: 'sms',
      render: (_, row) => (
        <Typography.Text>
          已发 {row.report.sms.sent} · 失败{' '}
          <Typography.Text type={row.report.sms.failed > 0 ? 'danger' : undefined}>{row.report.sms.failed}</Typography.Text> ·
          待发 {pendingSms(row)}
        </Typography.Text>
      ),
    },
    { title: '发送时间', dataIndex: 'createdAt', render: (at: string) => dateTimeText(at) },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) => (
        <Button size="small" onClick={() => props.onOpen(row.id)}>
          {running(row) ? '查看进度' : '查看报告'}
        </Button>
      ),
    },
  ];
  return (
    <Card>
      <PagedTable<Broadcast>
        rowKey="id"
        columns={columns}
        scroll={{ x: 900 }}
        data-testid="broadcast-list"
        list={list}
        failure="读取群发记录失败"
        empty={`${areaName ?? '本社区'}还没有群发过通知。点右上角“新建群发”，选定发送对象（如全部残疾人），先看人数再发送。`}
      />
    </Card>
  );
}

interface ComposeValues {
  group: string;
  title: string;
  body: string;
  urgent: boolean;
}

function ComposeDrawer(props: { open: boolean; community: string; onClose: () => void; onSent: (id: string) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ComposeValues>();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const width = useDrawerWidth(560);
  const areaName = useAreaName(props.community);
  const segments = useSegments(props.community);
  const group = Form.useWatch('group', form);
  const [sending, setSending] = useState(false);
  const size = useQuery({
    queryKey: ['segment-size', props.community, group],
    enabled: props.open && Boolean(group),
    staleTime: 0,
    queryFn: () =>
      call(api.GET('/notifications/segments', { params: { query: { community: props.community, group: group ?? '' } } })),
  });
  const members = size.data?.members;
  const send = async () => {
    let values: ComposeValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSending(true);
    try {
      const created = await call(
        api.POST('/notifications/broadcasts', {
          params: { header: idempotency.header },
          body: { community: props.community, ...values, urgent: values.urgent ?? false },
        }),
      );
      idempotency.renew();
      message.success(`已开始群发，共 ${created.audience ?? members ?? 0} 人`);
      void queryClient.invalidateQueries({ queryKey: ['broadcasts', props.community] });
      form.resetFields();
      props.onSent(created.id);
    } catch (error) {
      message.error(showProblemAtFields(form, error));
    } finally {
      setSending(false);
    }
  };
  const audienceLabel = group ? segments.labelOf(group) : undefined;
  return (
    <Drawer
      open={props.open}
      width={width}
      title={`群发通知 · ${areaName ?? '本社区'}`}
      onClose={props.onClose}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={props.onClose}>取消</Button>
          <Popconfirm
            title={`发给 ${members ?? 0} 人？`}
            description="每人一条站内消息，并按本人设置发短信；发出后不能撤回，未发完前可以取消。"
            okText="发送"
            cancelText="再看看"
            disabled={!members}
            onConfirm={() => void send()}
          >
            <Button type="primary" icon={<SendOutlined />} disabled={!members} loading={sending}>
              发送
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Form<ComposeValues> form={form} layout="vertical" initialValues={{ urgent: false }}>
        <Form.Item name="group" label="发送对象" rules={[{ required: true, message: '请选择发给哪一类人员或哪支志愿服务队' }]}>
          <Select
            placeholder="选择特殊群体或志愿服务队"
            loading={segments.loading}
            showSearch
            optionFilterProp="label"
            options={[
              { label: '特殊群体', options: segments.groups },
              ...(segments.teams.length > 0 ? [{ label: '志愿服务队', options: segments.teams }] : []),
            ]}
          />
        </Form.Item>
        {group && (
          <Card size="small" style={{ marginBottom: 16 }} data-testid="segment-size">
            {size.isLoading ? (
              <Typography.Text type="secondary">正在统计人数…</Typography.Text>
            ) : size.error ? (
              <Alert type="error" showIcon message={errorMessage(size.error, '读取人数失败')} />
            ) : (
              <Space direction="vertical" size={4}>
                <Statistic title={`${areaName ?? '本社区'} · ${audienceLabel}`} value={members ?? 0} suffix="人将收到" />
                {members === 0 && (
                  <Typography.Text type="warning">名单上还没有人：请先在“特殊群体台账”登记，或选择其他发送对象。</Typography.Text>
                )}
              </Space>
            )}
          </Card>
        )}
        <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={40} showCount placeholder="如：助残日义诊活动" />
        </Form.Item>
        <Form.Item name="body" label="正文" rules={[{ required: true, whitespace: true, message: '请填写正文' }]}>
          <Input.TextArea
            maxLength={300}
            showCount
            autoSize={{ minRows: 4, maxRows: 10 }}
            placeholder="如：5 月 16 日上午社区服务站开展助残义诊，欢迎参加。"
          />
        </Form.Item>
        <Form.Item
          name="urgent"
          label="紧急通知"
          valuePropName="checked"
          extra="紧急通知不受免打扰时段和每日条数限制，夜间也会发短信；只在台风、停水等确需立即知晓时使用。"
        >
          <Switch />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** One broadcast: its progress while it runs (refreshed every two seconds), then its report. */
function BroadcastDrawer(props: { id: string | undefined; community: string | undefined; onClose: () => void }) {
  const { message } = App.useApp();
  const user = useUser();
  const queryClient = useQueryClient();
  const width = useDrawerWidth(600);
  const segments = useSegments(props.community);
  const [cancelling, setCancelling] = useState(false);
  const query = useQuery({
    queryKey: ['broadcasts', 'one', props.id],
    enabled: Boolean(props.id),
    queryFn: () => call(api.GET('/notifications/broadcasts/{id}', { params: { path: { id: props.id ?? '' } } })),
    refetchInterval: (current) => (running(current.state.data) ? 2_000 : false),
  });
  const broadcast = query.data;
  const finished = Boolean(broadcast && !running(broadcast));
  // The list behind the drawer shows the same report once the sending is over.
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: ['broadcasts', props.community] });
  }, [finished, queryClient, props.community]);
  const cancel = async () => {
    if (!broadcast) return;
    setCancelling(true);
    try {
      await call(api.POST('/notifications/broadcasts/{id}/cancel', { params: { path: { id: broadcast.id } } }));
      message.success('已取消：不再写入新消息，尚未发出的短信不再发送');
      void queryClient.invalidateQueries({ queryKey: ['broadcasts'] });
    } catch (error) {
      message.error(errorMessage(error, '取消失败，请重试'));
    } finally {
      setCancelling(false);
    }
  };
  return (
    <Drawer open={Boolean(props.id)} width={width} title={broadcast?.title ?? '群发'} onClose={props.onClose} destroyOnHidden>
      {query.error && <Alert type="error" showIcon message={errorMessage(query.error, '读取群发失败')} />}
      {broadcast && (
        <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="broadcast-report">
          <BroadcastProgress broadcast={broadcast} />
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'group', label: '发送对象', children: segments.labelOf(broadcast.group) },
              {
                key: 'status',
                label: '状态',
                children: (
                  <Space>
                    <Tag color={statusColors[broadcast.status]}>{enumLabel('BroadcastStatus', broadcast.status)}</Tag>
                    {broadcast.urgent && <Tag color="red">紧急</Tag>}
                  </Space>
                ),
              },
              { key: 'created', label: '发送时间', children: dateTimeText(broadcast.createdAt) },
              ...(broadcast.finishedAt
                ? [{ key: 'finished', label: '完成时间', children: dateTimeText(broadcast.finishedAt) }]
                : []),
              ...(broadcast.cancelledAt
                ? [{ key: 'cancelled', label: '取消时间', children: dateTimeText(broadcast.cancelledAt) }]
                : []),
              { key: 'body', label: '正文', children: <span style={{ whiteSpace: 'pre-wrap' }}>{broadcast.body}</span> },
            ]}
          />
          {running(broadcast) && mayCall(user.role, 'cancelBroadcast') && (
            <Popconfirm
              title="取消这次群发？"
              description="已发出的消息不能撤回；尚未写入的站内消息和尚未发出的短信不再发送。"
              okText="取消群发"
              cancelText="继续发送"
              okButtonProps={{ danger: true }}
              onConfirm={() => void cancel()}
            >
              <Button danger loading={cancelling}>
                取消群发
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
    </Drawer>
  );
}

function BroadcastProgress({ broadcast }: { broadcast: Broadcast }) {
  const { report } = broadcast;
  const audience = broadcast.audience ?? report.recipients;
  const percent = audience > 0 ? Math.min(100, Math.round((report.recipients / audience) * 100)) : 100;
  const pending = pendingSms(broadcast);
  const stats = (
    <Space size={32} wrap>
      <Statistic title="站内消息" value={report.recipients} suffix={`/ ${audience} 人`} />
      <Statistic title="短信已发" value={report.sms.sent} />
      <Statistic
        title="短信失败"
        value={report.sms.failed}
        valueStyle={report.sms.failed > 0 ? { color: '#cf1322' } : undefined}
      />
      <Statistic title="短信待发" value={pending} />
      <Statistic title="不发短信" value={report.sms.suppressed} />
    </Space>
  );
  const smsNote =
    report.sms.held > 0
      ? `${report.sms.held} 条短信在收件人的免打扰时段内，时段结束后发出。`
      : report.sms.suppressed > 0
        ? `${report.sms.suppressed} 条短信未发：收件人未登记手机号、已达每日条数上限或群发已取消；站内消息仍已送达。`
        : undefined;
  if (running(broadcast)) {
    return (
      <Card size="small" title="发送进度" data-testid="broadcast-progress">
        <Progress percent={percent} status="active" format={() => `${report.recipients} / ${audience}`} />
        {stats}
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          正在后台发送，本页每 2 秒刷新；可以离开本页，稍后在群发记录中查看。
        </Typography.Paragraph>
      </Card>
    );
  }
  const done = broadcast.status === 'done';
  return (
    <Card size="small" data-testid="broadcast-final">
      <Result
        style={{ padding: 8 }}
        status={done ? (report.sms.failed > 0 ? 'warning' : 'success') : 'info'}
        icon={done ? undefined : <NotificationOutlined />}
        title={done ? `群发完成：${report.recipients} 人收到站内消息` : `群发已取消：${report.recipients} 人已收到站内消息`}
        subTitle={`短信已发 ${report.sms.sent} 条，失败 ${report.sms.failed} 条，待发 ${pending} 条，不发送 ${report.sms.suppressed} 条`}
      />
      {stats}
      {smsNote && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {smsNote}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
