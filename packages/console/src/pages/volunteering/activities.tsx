import { MobileOutlined, PlusOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormDigit, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Empty, Form, Progress, Select, Space, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { showProblemAtFields } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { todayText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { usePagedList } from '../../components/paged-list';
import { PagedTable } from '../../components/paged-table';
import { useUrlFilters } from '../../components/url-filters';
import { enumOptions } from '../../labels';
import { communityOf, useAreaName, useWorkArea } from '../../layout/work-area';
import { type Activity, activityTime } from './volunteer-common';

type ActivityKind = Activity['kind'];

interface ActivityValues {
  kind: ActivityKind;
  trade?: NonNullable<Activity['trade']>;
  title: string;
  description?: string;
  place: string;
  time: [Dayjs, Dayjs];
  capacity: number;
}

/** 发布活动: what, where, when and how many places; job training names its trade. */
function CreateActivityModal(props: { open: boolean; community: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityValues>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const kind = Form.useWatch('kind', form);
  return (
    <ModalForm<ActivityValues>
      form={form}
      open={props.open}
      title="发布活动"
      width={600}
      dateFormatter={false}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      submitter={{ searchConfig: { submitText: '发布', resetText: '取消' } }}
      onFinish={async (values) => {
        const [start, end] = values.time;
        try {
          const activity = await call(
            api.POST('/volunteering/activities', {
              params: { header: idempotency.header },
              body: {
                community: props.community,
                kind: values.kind,
                ...(values.kind === 'job-training' && values.trade ? { trade: values.trade } : {}),
                title: values.title,
                ...(values.description?.trim() ? { description: values.description.trim() } : {}),
                place: values.place,
                startsAt: start.second(0).format(),
                endsAt: end.second(0).format(),
                capacity: values.capacity,
              },
            }),
          );
          idempotency.renew();
          message.success(`已发布“${activity.title}”，居民现在可以在手机上报名`);
          void queryClient.invalidateQueries({ queryKey: ['activities'] });
          props.onClose();
          navigate(`/activities/${activity.id}`);
          return true;
        } catch (error) {
          const text = showProblemAtFields(form, error);
          // The time range is one picker: the API's endsAt or startsAt error belongs to it.
          const problem = error as { problem?: { errors?: { field: string; message: string }[] } };
          const timeError = problem.problem?.errors?.find((entry) => /body\.(startsAt|endsAt)/.test(entry.field));
          if (timeError) form.setFields([{ name: 'time', errors: [timeError.message] }]);
          message.error(text);
          return false;
        }
      }}
    >
      <ProFormSelect
        name="kind"
        label="活动类型"
        options={enumOptions('ActivityKind')}
        rules={[{ required: true, message: '请选择活动类型' }]}
        extra={
          kind === 'free-clinic'
            ? '义诊惯常在每周四上午'
            : kind === 'early-education'
              ? '免费早教仅限 0–36 月龄儿童，每名儿童免费 3 次'
              : undefined
        }
      />
      {kind === 'job-training' && (
        <ProFormSelect
          name="trade"
          label="培训工种"
          options={enumOptions('TrainingTrade')}
          rules={[{ required: true, message: '技能培训须选择培训工种' }]}
        />
      )}
      <ProFormText
        name="title"
        label="活动名称"
        placeholder="如：周四上午义诊"
        rules={[{ required: true, whitespace: true, message: '请填写活动名称' }]}
        fieldProps={{ maxLength: 100 }}
      />
      <ProFormText
        name="place"
        label="活动地点"
        placeholder="如：社区卫生服务站"
        rules={[{ required: true, whitespace: true, message: '请填写活动地点' }]}
        fieldProps={{ maxLength: 100 }}
      />
      <Form.Item name="time" label="活动时间" rules={[{ required: true, message: '请选择开始和结束时间' }]}>
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          placeholder={['开始时间', '结束时间']}
        />
      </Form.Item>
      <ProFormDigit
        name="capacity"
        label="名额"
        min={1}
        max={2000}
        fieldProps={{ precision: 0 }}
        extra="报满后居民进入候补，有人取消时按报名先后自动递补。"
        rules={[{ required: true, message: '请填写名额' }]}
      />
      <ProFormTextArea name="description" label="活动介绍" fieldProps={{ maxLength: 2000, showCount: true, rows: 3 }} />
    </ModalForm>
  );
}

function Places({ activity }: { activity: Activity }) {
  const percent = Math.round((activity.taken / activity.capacity) * 100);
  return (
    <Space direction="vertical" size={0} style={{ minWidth: 140 }}>
      <Progress percent={percent} size="small" showInfo={false} status={activity.available === 0 ? 'exception' : 'normal'} />
      <Typography.Text style={{ fontSize: 12 }}>
        已报 {activity.taken}/{activity.capacity}
        {activity.waitlisted > 0
          ? ` · 候补 ${activity.waitlisted}`
          : activity.available > 0
            ? ` · 余 ${activity.available}`
            : ' · 已满'}
      </Typography.Text>
    </Space>
  );
}

function ActivityList(props: { community: string }) {
  const user = useUser();
  const areaName = useAreaName(props.community);
  const [filters, setFilters] = useUrlFilters(['when', 'kind', 'month'] as const);
  const [creating, setCreating] = useState(false);
  const when = filters.when === 'all' ? 'all' : 'upcoming';
  const month = filters.month ? dayjs(`${filters.month}-01`) : undefined;
  const query = {
    community: props.community,
    ...(month
      ? { from: month.startOf('month').format('YYYY-MM-DD'), to: month.endOf('month').format('YYYY-MM-DD') }
      : when === 'upcoming'
        ? { from: todayText() }
        : {}),
    ...(filters.kind ? { kind: filters.kind as ActivityKind } : {}),
  };
  const list = usePagedList<Activity>({
    key: ['activities', query],
    fetch: (cursor) =>
      call(api.GET('/volunteering/activities', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } })),
  });
  const canCheckIn = mayCall(user.role, 'checkInToActivity');
  const columns: ColumnsType<Activity> = [
    {
      title: '活动',
      dataIndex: 'title',
      render: (title: string, activity) => (
        <Space direction="vertical" size={0}>
          <Link to={`/activities/${activity.id}`}>{title}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {activity.place}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kindLabel',
      render: (label: string, activity) => (
        <Tag color="blue">
          {label}
          {activity.tradeLabel ? ` · ${activity.tradeLabel}` : ''}
        </Tag>
      ),
    },
    { title: '时间', key: 'time', render: (_, activity) => activityTime(activity) },
    { title: '名额', key: 'places', render: (_, activity) => <Places activity={activity} /> },
    {
      title: '记录',
      dataIndex: 'note',
      render: (note?: Activity['note']) =>
        note ? (
          <Tag color="green">已记录 · {note.photoKeys.length} 张照片</Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...(canCheckIn
      ? [
          {
            title: '当天',
            key: 'day',
            render: (_: unknown, activity: Activity) =>
              activity.day === todayText() && (
                <Link to={`/activities/${activity.id}/on-the-day`}>
                  <Button size="small" type="primary" icon={<MobileOutlined />}>
                    签到
                  </Button>
                </Link>
              ),
          },
        ]
      : []),
  ];
  return (
    <Card>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Tabs
          activeKey={month ? 'month' : when}
          onChange={(key) => setFilters({ when: key === 'all' ? 'all' : undefined, month: undefined })}
          items={[
            { key: 'upcoming', label: '今天起' },
            { key: 'all', label: '全部' },
            ...(month ? [{ key: 'month', label: month.format('YYYY年M月') }] : []),
          ]}
        />
        <Space wrap>
          <DatePicker
            picker="month"
            format="YYYY年M月"
            placeholder="按月份查看"
            value={month ?? null}
            onChange={(value: Dayjs | null) => setFilters({ month: value ? value.format('YYYY-MM') : undefined })}
          />
          <Select
            allowClear
            placeholder="全部类型"
            style={{ width: 160 }}
            value={filters.kind}
            options={enumOptions('ActivityKind')}
            onChange={(kind?: string) => setFilters({ kind })}
            aria-label="活动类型"
          />
          {mayCall(user.role, 'createActivity') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              发布活动
            </Button>
          )}
        </Space>
      </Space>
      <PagedTable<Activity>
        rowKey="id"
        columns={columns}
        scroll={{ x: 900 }}
        list={list}
        failure="读取活动失败"
        empty={
          filters.kind || month
            ? '没有符合条件的活动，请调整上面的筛选条件。'
            : `${areaName ?? '本社区'}今天起还没有安排活动。点右上角“发布活动”：讲座、义诊、四点半课堂、文化活动……`
        }
      />
      <CreateActivityModal open={creating} community={props.community} onClose={() => setCreating(false)} />
    </Card>
  );
}

export default function ActivitiesPage() {
  const { area } = useWorkArea();
  const community = area ? communityOf(area) : undefined;
  return (
    <PageContainer title="活动" subTitle="发布社区活动，看报名和候补；活动当天在手机上签到签退，事后填写图文记录">
      {community ? <ActivityList community={community} /> : <Empty description="请先在页面顶部选择一个社区。" />}
    </PageContainer>
  );
}
