import { CheckCircleFilled, LoginOutlined, LogoutOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Input, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { dateTimeText } from '../../components/date-text';
import { ActivityRecord } from './activity';
import {
  type Attendance,
  activityTime,
  hoursText,
  type SignUp,
  useApprovedVolunteers,
  VolunteerSelect,
} from './volunteer-common';

const timeOf = (at: string | undefined) => (at ? dateTimeText(at).slice(11) : '');

/** One participant with the one button that fits where they are: 签到, then 签退, then done. */
function ParticipantRow(props: {
  signUp: SignUp;
  busy: boolean;
  onAttend: (signUp: SignUp, step: 'check-in' | 'check-out') => void;
}) {
  const { signUp } = props;
  const done = Boolean(signUp.checkedOutAt);
  return (
    <div
      data-testid={`attendee-${signUp.name}`}
      style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {signUp.name}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {signUp.checkedInAt ? `签到 ${timeOf(signUp.checkedInAt)}` : '未签到'}
            {signUp.checkedOutAt ? ` · 签退 ${timeOf(signUp.checkedOutAt)}` : ''}
          </Typography.Text>
        </div>
      </div>
      {done ? (
        <Tag icon={<CheckCircleFilled />} color="success">
          已签退
        </Tag>
      ) : signUp.checkedInAt ? (
        <Button size="large" icon={<LogoutOutlined />} loading={props.busy} onClick={() => props.onAttend(signUp, 'check-out')}>
          签退
        </Button>
      ) : (
        <Button
          size="large"
          type="primary"
          icon={<LoginOutlined />}
          loading={props.busy}
          onClick={() => props.onAttend(signUp, 'check-in')}
        >
          签到
        </Button>
      )}
    </div>
  );
}

function VolunteerRow(props: { served: Attendance; busy: boolean; onCheckOut: (served: Attendance) => void }) {
  const { served } = props;
  return (
    <div
      data-testid={`served-${served.name ?? served.volunteerId}`}
      style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {served.name ?? '志愿者'}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            签到 {timeOf(served.checkedInAt)}
            {served.checkedOutAt ? ` · 签退 ${timeOf(served.checkedOutAt)}` : ''}
          </Typography.Text>
        </div>
      </div>
      {served.checkedOutAt ? (
        <Tag color="success">记入 {hoursText(served.hours)}</Tag>
      ) : (
        <Button size="large" icon={<LogoutOutlined />} loading={props.busy} onClick={() => props.onCheckOut(served)}>
          签退
        </Button>
      )}
    </div>
  );
}

/**
 * The organiser's page on the day, made for a phone held in one hand: every confirmed participant with a
 * big 签到/签退 button, the volunteers serving (their check-out credits hours), then the record.
 */
export default function ActivityDayPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [view, setView] = useState<'people' | 'volunteers' | 'record'>('people');
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState<string>();
  const [volunteer, setVolunteer] = useState<string>();
  const details = useQuery({
    queryKey: ['activity', id],
    queryFn: () => call(api.GET('/volunteering/activities/{id}/sign-ups', { params: { path: { id } } })),
    refetchInterval: 15_000,
  });
  const activity = details.data?.activity;
  const volunteers = useApprovedVolunteers(activity?.community);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['activity', id] });
  const attend = async (
    body: { personId: string } | { volunteerId: string; volunteerName?: string },
    step: 'check-in' | 'check-out',
    who: string,
  ) => {
    const key = 'personId' in body ? body.personId : body.volunteerId;
    setBusy(key);
    try {
      const path = step === 'check-in' ? '/volunteering/activities/{id}/check-ins' : '/volunteering/activities/{id}/check-outs';
      const answer = await call(api.POST(path, { params: { path: { id } }, body }));
      const credited = answer.volunteer?.hours;
      message.success(
        step === 'check-in'
          ? `${who} 已签到`
          : credited !== undefined
            ? `${who} 已签退，记入 ${hoursText(credited)}`
            : `${who} 已签退`,
      );
      await refresh();
    } catch (error) {
      message.error({ content: errorMessage(error, '操作失败，请重试'), duration: 8 });
    } finally {
      setBusy(undefined);
    }
  };
  if (details.error) return <Alert type="error" showIcon message={errorMessage(details.error, '读取活动失败')} />;
  if (!activity || !details.data) return <Skeleton active />;
  const confirmed = details.data.signUps.filter((signUp) => signUp.status === 'confirmed');
  const shown = confirmed.filter((signUp) => signUp.name.includes(search.trim()));
  const checkedIn = confirmed.filter((signUp) => signUp.checkedInAt).length;
  const serving = details.data.volunteers;
  return (
    <div style={{ maxWidth: 520, margin: '0 auto' }}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {activity.title}
        </Typography.Title>
        <Typography.Text type="secondary">
          {activityTime(activity)} · {activity.place}
        </Typography.Text>
        <div style={{ marginTop: 8 }}>
          <Tag color="blue">
            已签到 {checkedIn}/{confirmed.length}
          </Tag>
          <Tag>志愿者 {serving.length} 名</Tag>
          <Link to={`/activities/${activity.id}`}>报名和候补名单</Link>
        </div>
      </Card>
      <Segmented
        block
        size="large"
        value={view}
        onChange={(value) => setView(value as typeof view)}
        options={[
          { value: 'people', label: `参加者 ${confirmed.length}` },
          { value: 'volunteers', label: `志愿者 ${serving.length}` },
          { value: 'record', label: '活动记录' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {view === 'people' && (
        <Card size="small">
          <Input
            size="large"
            allowClear
            prefix={<SearchOutlined />}
            placeholder="输入姓名查找"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-label="查找参加者"
          />
          {shown.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={confirmed.length === 0 ? '这场活动还没有获得名额的报名。' : '没有这个名字的参加者'}
            />
          ) : (
            shown.map((signUp) => (
              <ParticipantRow
                key={signUp.personId}
                signUp={signUp}
                busy={busy === signUp.personId}
                onAttend={(row, step) => attend({ personId: row.personId }, step, row.name)}
              />
            ))
          )}
        </Card>
      )}
      {view === 'volunteers' && (
        <Card size="small">
          <Space.Compact style={{ width: '100%' }}>
            <VolunteerSelect
              community={activity.community}
              value={volunteer}
              onChange={(value) => setVolunteer(typeof value === 'string' ? value : undefined)}
              exclude={serving.map((served) => served.volunteerId)}
              placeholder="为来服务的志愿者签到"
            />
            <Button
              type="primary"
              size="large"
              disabled={!volunteer}
              loading={busy === volunteer}
              onClick={async () => {
                if (!volunteer) return;
                const name = volunteers.data?.find((candidate) => candidate.volunteerId === volunteer)?.name;
                await attend({ volunteerId: volunteer, ...(name ? { volunteerName: name } : {}) }, 'check-in', name ?? '志愿者');
                setVolunteer(undefined);
              }}
            >
              签到
            </Button>
          </Space.Compact>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
            签退时按签到到签退的时间（按半小时取整）记入志愿者的服务时长。
          </Typography.Paragraph>
          {serving.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有志愿者签到。" />
          ) : (
            serving.map((served) => (
              <VolunteerRow
                key={served.volunteerId}
                served={served}
                busy={busy === served.volunteerId}
                onCheckOut={(row) => attend({ volunteerId: row.volunteerId }, 'check-out', row.name ?? '志愿者')}
              />
            ))
          )}
        </Card>
      )}
      {view === 'record' && <ActivityRecord key={activity.version} activity={activity} />}
    </div>
  );
}
