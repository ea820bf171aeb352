import { MobileOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  List,
  Popconfirm,
  Progress,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { mayCall } from '../../auth/access';
import { useUser } from '../../auth/auth-context';
import { dateTimeText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { PersonLink } from '../../components/person-link';
import { type Person, PersonPicker, PersonSummary } from '../../components/person-picker';
import { useDrawerWidth } from '../../components/responsive';
import { uploadWithProgress } from '../../components/upload';
import { useVersionConflict, VersionConflictAlert } from '../../components/version-conflict';
import { useAreaName } from '../../layout/work-area';
import { type Activity, type Attendance, activityTime, hoursText, type SignUp, SignUpTag } from './volunteer-common';

const photoTypes = ['image/jpeg', 'image/png', 'image/webp'];

/** A staff member signs a resident up (one who came to the office): found by citizen ID. */
function SignUpDrawer(props: { activity: Activity; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [person, setPerson] = useState<Person>();
  const [busy, setBusy] = useState(false);
  const width = useDrawerWidth(520);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  const close = () => {
    setPerson(undefined);
    props.onClose();
  };
  const submit = async () => {
    if (!person) return;
    setBusy(true);
    try {
      const signUp = await call(
        api.POST('/volunteering/activities/{id}/sign-ups', {
          params: { path: { id: props.activity.id }, header: idempotency.header },
          body: { personId: person.id },
        }),
      );
      idempotency.renew();
      message.success(
        signUp.status === 'confirmed'
          ? `${signUp.name} 已报名成功`
          : `名额已满，${signUp.name} 排在候补第 ${signUp.position ?? ''} 位`,
      );
      void queryClient.invalidateQueries({ queryKey: ['activity', props.activity.id] });
      close();
    } catch (error) {
      message.error({ content: errorMessage(error, '报名失败，请重试'), duration: 8 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer
      open={props.open}
      width={width}
      title={`代为报名：${props.activity.title}`}
      onClose={close}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={close}>取消</Button>
          <Button type="primary" disabled={!person} loading={busy} onClick={submit}>
            报名
          </Button>
        </Space>
      }
    >
      {person ? (
        <PersonSummary person={person} onChange={() => setPerson(undefined)} />
      ) : (
        <PersonPicker label="报名居民的公民身份号码（孩子报名填孩子的）" onPick={setPerson} />
      )}
    </Drawer>
  );
}

function SignUps(props: { activity: Activity; signUps: SignUp[] }) {
  const user = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [tab, setTab] = useState('confirmed');
  const [busy, setBusy] = useState<string>();
  const [adding, setAdding] = useState(false);
  const canCancel = mayCall(user.role, 'cancelActivitySignUp');
  const cancel = async (signUp: SignUp) => {
    setBusy(signUp.personId);
    try {
      const answer = await call(
        api.POST('/volunteering/activities/{id}/sign-ups/{personId}/cancel', {
          params: { path: { id: props.activity.id, personId: signUp.personId } },
        }),
      );
      message.success(
        answer.promoted
          ? `已取消 ${signUp.name} 的报名，候补的 ${answer.promoted.name} 递补获得名额`
          : `已取消 ${signUp.name} 的报名`,
      );
      void queryClient.invalidateQueries({ queryKey: ['activity', props.activity.id] });
    } catch (error) {
      message.error({ content: errorMessage(error, '取消失败，请重试'), duration: 8 });
    } finally {
      setBusy(undefined);
    }
  };
  const byStatus = (status: SignUp['status']) => props.signUps.filter((signUp) => signUp.status === status);
  const waitlist = byStatus('waitlisted').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const shown = tab === 'waitlisted' ? waitlist : byStatus(tab as SignUp['status']);
  const columns: ColumnsType<SignUp> = [
    ...(tab === 'waitlisted' ? [{ title: '顺位', dataIndex: 'position', render: (position?: number) => position ?? '—' }] : []),
    { title: '姓名', dataIndex: 'name', render: (name: string, signUp) => <PersonLink id={signUp.personId} name={name} /> },
    { title: '报名时间', dataIndex: 'signedUpAt', render: (at: string) => dateTimeText(at) },
    ...(tab === 'confirmed'
      ? [
          {
            title: '签到 / 签退',
            key: 'attendance',
            render: (_: unknown, signUp: SignUp) =>
              signUp.checkedInAt
                ? `${dateTimeText(signUp.checkedInAt).slice(11)} – ${signUp.checkedOutAt ? dateTimeText(signUp.checkedOutAt).slice(11) : '未签退'}`
                : '未签到',
          },
        ]
      : []),
    ...(tab === 'cancelled'
      ? [
          { title: '取消时间', dataIndex: 'cancelledAt', render: (at?: string) => dateTimeText(at) },
          { title: '原因', dataIndex: 'reason', render: (reason?: string) => reason ?? '本人取消' },
        ]
      : []),
    { title: '状态', key: 'status', render: (_, signUp) => <SignUpTag signUp={signUp} /> },
    ...(canCancel && tab !== 'cancelled'
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, signUp: SignUp) =>
              !signUp.checkedInAt && (
                <Popconfirm
                  title={`取消 ${signUp.name} 的${signUp.status === 'waitlisted' ? '候补' : '报名'}？`}
                  description={signUp.status === 'confirmed' ? '名额会自动递补给候补第一位。' : undefined}
                  okText="取消报名"
                  cancelText="不取消"
                  onConfirm={() => cancel(signUp)}
                >
                  <Button size="small" danger loading={busy === signUp.personId}>
                    取消报名
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title="报名名单"
      extra={
        mayCall(user.role, 'signUpForActivity') && (
          <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
            代为报名
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'confirmed', label: `已获名额（${byStatus('confirmed').length}）` },
          { key: 'waitlisted', label: `候补（${waitlist.length}）` },
          { key: 'cancelled', label: `已取消（${byStatus('cancelled').length}）` },
        ]}
      />
      <Table<SignUp>
        rowKey="personId"
        columns={columns}
        dataSource={shown}
        pagination={false}
        scroll={{ x: 700 }}
        data-testid={`sign-ups-${tab}`}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                tab === 'confirmed'
                  ? '还没有人报名。居民在手机“活动”页报名，或点右上角“代为报名”。'
                  : tab === 'waitlisted'
                    ? '没有候补：名额报满后再报名的居民会排在这里。'
                    : '没有取消的报名。'
              }
            />
          ),
        }}
      />
      <SignUpDrawer activity={props.activity} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

function Served(props: { volunteers: Attendance[] }) {
  return (
    <Card title="服务志愿者">
      <Table<Attendance>
        rowKey="volunteerId"
        pagination={false}
        dataSource={props.volunteers}
        columns={[
          {
            title: '志愿者',
            dataIndex: 'name',
            render: (name: string | undefined, row) => <Link to={`/volunteers/${row.volunteerId}`}>{name ?? '志愿者'}</Link>,
          },
          { title: '签到', dataIndex: 'checkedInAt', render: (at: string) => dateTimeText(at) },
          { title: '签退', dataIndex: 'checkedOutAt', render: (at?: string) => (at ? dateTimeText(at) : '未签退') },
          { title: '记入时长', dataIndex: 'hours', render: (hours?: number) => (hours === undefined ? '—' : hoursText(hours)) },
        ]}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="活动当天在“签到”页为服务的志愿者签到签退，时长自动记入。" />
          ),
        }}
      />
    </Card>
  );
}

interface PendingPhoto {
  name: string;
  percent: number;
  objectKey?: string;
  error?: string;
}

/** 活动记录: the text and photos a cultural event needs to count towards the site's four a year. */
export function ActivityRecord(props: { activity: Activity }) {
  const { message } = App.useApp();
  const user = useUser();
  const queryClient = useQueryClient();
  const { activity } = props;
  const [text, setText] = useState(activity.note?.text ?? '');
  const [photos, setPhotos] = useState<PendingPhoto[]>([]);
  const [saving, setSaving] = useState(false);
  const versionConflict = useVersionConflict();
  const canRecord = mayCall(user.role, 'recordActivity');
  const uploading = photos.some((photo) => !photo.objectKey && !photo.error);
  const upload = async (file: File) => {
    const entry: PendingPhoto = { name: file.name, percent: 0 };
    setPhotos((previous) => [...previous, entry]);
    const update = (change: Partial<PendingPhoto>) =>
      setPhotos((previous) => previous.map((photo) => (photo.name === file.name ? { ...photo, ...change } : photo)));
    try {
      const target = await call(
        api.POST('/volunteering/activities/{id}/photo-uploads', {
          params: { path: { id: activity.id } },
          body: { contentType: file.type as 'image/jpeg', size: file.size },
        }),
      );
      await uploadWithProgress(target.uploadUrl, file, target.headers, (percent) => update({ percent }));
      update({ percent: 100, objectKey: target.objectKey });
    } catch (error) {
      update({ error: errorMessage(error, error instanceof Error ? error.message : '上传失败') });
    }
  };
  const save = async () => {
    setSaving(true);
    versionConflict.reset();
    try {
      const photoKeys = [
        ...(activity.note?.photoKeys ?? []),
        ...photos.flatMap((photo) => (photo.objectKey ? [photo.objectKey] : [])),
      ];
      await call(
        api.PUT('/volunteering/activities/{id}/record', {
          params: { path: { id: activity.id } },
          body: { text, photoKeys, ...(activity.note ? { version: activity.version } : {}) },
        }),
      );
      setPhotos([]);
      message.success('活动记录已保存');
      void queryClient.invalidateQueries({ queryKey: ['activity', activity.id] });
    } catch (error) {
      if (!versionConflict.caught(error)) message.error({ content: errorMessage(error, '保存失败，请重试'), duration: 8 });
    } finally {
      setSaving(false);
    }
  };
  const kept = activity.note?.photoKeys.length ?? 0;
  return (
    <Card title="活动记录" extra={activity.note && <Tag color="green">已于 {dateTimeText(activity.note.recordedAt)} 记录</Tag>}>
      {versionConflict.shown && (
        <VersionConflictAlert onRefresh={() => void queryClient.invalidateQueries({ queryKey: ['activity'] })} />
      )}
      {activity.kind === 'cultural-event' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="文化活动须有文字记录和至少一张照片，才计入示范点每年不少于 4 场的要求。"
        />
      )}
      <Form layout="vertical" disabled={!canRecord}>
        <Form.Item label="文字记录" required>
          <Input.TextArea
            rows={4}
            value={text}
            maxLength={5000}
            showCount
            onChange={(event) => setText(event.target.value)}
            placeholder="活动经过、参加人数、居民反响……"
            aria-label="文字记录"
          />
        </Form.Item>
        <Form.Item label={`照片（已存 ${kept} 张）`}>
          <Upload
            accept={photoTypes.join(',')}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              if (!photoTypes.includes(file.type)) {
                message.error('照片须为 JPG、PNG 或 WebP 格式');
                return Upload.LIST_IGNORE;
              }
              if (file.size > 10 * 1024 * 1024) {
                message.error('照片不能超过 10 MB');
                return Upload.LIST_IGNORE;
              }
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>添加照片</Button>
          </Upload>
          {photos.length > 0 && (
            <List
              size="small"
              style={{ marginTop: 8 }}
              dataSource={photos}
              renderItem={(photo) => (
                <List.Item>
                  <Space direction="vertical" size={0} style={{ width: '100%' }}>
                    <Typography.Text>{photo.name}</Typography.Text>
                    {photo.error ? (
                      <Typography.Text type="danger">{photo.error}</Typography.Text>
                    ) : (
                      <Progress percent={photo.percent} size="small" />
                    )}
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Form.Item>
        {canRecord && (
          <Button type="primary" loading={saving} disabled={!text.trim() || uploading} onClick={save}>
            {uploading ? '照片上传中…' : '保存活动记录'}
          </Button>
        )}
      </Form>
    </Card>
  );
}

export default function ActivityPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const details = useQuery({
    queryKey: ['activity', id],
    queryFn: () => call(api.GET('/volunteering/activities/{id}/sign-ups', { params: { path: { id } } })),
  });
  const activity = details.data?.activity;
  const communityName = useAreaName(activity?.community);
  return (
    <PageContainer
      title={activity?.title ?? '活动详情'}
      onBack={() => history.back()}
      tags={activity ? <Tag color="blue">{activity.kindLabel}</Tag> : undefined}
      extra={
        activity &&
        mayCall(user.role, 'checkInToActivity') && (
          <Link to={`/activities/${activity.id}/on-the-day`}>
            <Button type="primary" icon={<MobileOutlined />}>
              当天签到签退
            </Button>
          </Link>
        )
      }
    >
      {details.error && <Alert type="error" showIcon message={errorMessage(details.error, '读取活动失败')} />}
      {!activity || !details.data ? (
        details.isLoading && <Skeleton active />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Card>
            <Space size={48} wrap style={{ marginBottom: 16 }}>
              <Statistic title="名额" value={activity.capacity} />
              <Statistic title="已获名额" value={activity.taken} />
              <Statistic title="剩余" value={activity.available} />
              <Statistic title="候补" value={activity.waitlisted} />
            </Space>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'time', label: '时间', children: activityTime(activity) },
                { key: 'place', label: '地点', children: activity.place },
                { key: 'community', label: '社区', children: communityName ?? '—' },
                ...(activity.usualSlot ? [{ key: 'slot', label: '惯常时间', children: activity.usualSlot }] : []),
                ...(activity.tradeLabel ? [{ key: 'trade', label: '培训工种', children: activity.tradeLabel }] : []),
                ...(activity.offeredBy ? [{ key: 'unit', label: '提供单位', children: activity.offeredBy.unitName }] : []),
                ...(activity.description ? [{ key: 'description', label: '介绍', children: activity.description }] : []),
              ]}
            />
          </Card>
          <SignUps activity={activity} signUps={details.data.signUps} />
          <Served volunteers={details.data.volunteers} />
          <ActivityRecord key={activity.version} activity={activity} />
        </Space>
      )}
    </PageContainer>
  );
}
