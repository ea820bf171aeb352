import { ClockCircleOutlined, EnvironmentOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { errorMessage } from '../../api/problem';
import { useUser } from '../../auth/auth-context';
import { todayText } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { type Activity, activityTime, type SignUp, SignUpTag } from './volunteer-common';

/** One activity as a card with its places and the resident's own button. */
function ActivityCard(props: { activity: Activity; mine: SignUp | undefined; personId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const { activity, mine } = props;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['my-sign-ups'] });
    void queryClient.invalidateQueries({ queryKey: ['open-activities'] });
  };
  const signUp = async () => {
    try {
      const answer = await call(
        api.POST('/volunteering/activities/{id}/sign-ups', {
          params: { path: { id: activity.id }, header: idempotency.header },
          body: { personId: props.personId },
        }),
      );
      idempotency.renew();
      if (answer.status === 'confirmed') message.success('报名成功，活动前一天会提醒您');
      else message.info(`名额已满，您排在候补第 ${answer.position ?? ''} 位；有人取消时按顺序自动递补`);
      refresh();
    } catch (error) {
      message.error({ content: errorMessage(error, '报名失败，请重试'), duration: 8 });
    }
  };
  const active = mine && mine.status !== 'cancelled';
  return (
    <Card size="small" data-testid={`activity-${activity.title}`}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {activity.title}
          </Typography.Text>
          <Tag color="blue">{activity.kindLabel}</Tag>
        </Space>
        <Typography.Text type="secondary">
          <ClockCircleOutlined /> {activityTime(activity)}
        </Typography.Text>
        <Typography.Text type="secondary">
          <EnvironmentOutlined /> {activity.place}
        </Typography.Text>
        {activity.description && <Typography.Paragraph style={{ margin: 0 }}>{activity.description}</Typography.Paragraph>}
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 4 }}>
          <Typography.Text style={{ flex: 1 }} data-testid="places">
            {activity.available > 0
              ? `剩余 ${activity.available} 个名额（共 ${activity.capacity}）`
              : `名额已满${activity.waitlisted > 0 ? `，${activity.waitlisted} 人候补` : ''}`}
          </Typography.Text>
          {active ? (
            <SignUpTag signUp={mine} />
          ) : (
            <Button type="primary" onClick={signUp}>
              {activity.available > 0 ? '报名' : '候补报名'}
            </Button>
          )}
        </div>
      </Space>
    </Card>
  );
}

function MySignUp(props: { signUp: SignUp; personId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { signUp } = props;
  const cancel = async () => {
    try {
      await call(
        api.POST('/volunteering/activities/{id}/sign-ups/{personId}/cancel', {
          params: { path: { id: signUp.activityId, personId: props.personId } },
        }),
      );
      message.success('已取消报名');
      void queryClient.invalidateQueries({ queryKey: ['my-sign-ups'] });
      void queryClient.invalidateQueries({ queryKey: ['open-activities'] });
    } catch (error) {
      message.error({ content: errorMessage(error, '取消失败，请重试'), duration: 8 });
    }
  };
  const upcoming = signUp.day >= todayText();
  return (
    <div
      data-testid={`my-sign-up-${signUp.title}`}
      style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <div>{signUp.title}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {signUp.day}
          {signUp.checkedInAt ? ' · 已签到' : ''}
          {signUp.reason ? ` · ${signUp.reason}` : ''}
        </Typography.Text>
      </div>
      <SignUpTag signUp={signUp} />
      {upcoming && signUp.status !== 'cancelled' && !signUp.checkedInAt && (
        <Popconfirm
          title="取消这次报名？"
          description={signUp.status === 'confirmed' ? '您的名额会让给候补的居民。' : undefined}
          okText="取消报名"
          cancelText="不取消"
          onConfirm={cancel}
        >
          <Button size="small">取消</Button>
        </Popconfirm>
      )}
    </div>
  );
}

/** The resident's activities: what can be signed up for in the community, and their own sign-ups. */
export default function MyActivitiesPage() {
  const user = useUser();
  const personId = user.person;
  const community = user.areas[0]?.slice(0, 12);
  const open = useQuery({
    queryKey: ['open-activities', community],
    enabled: Boolean(community),
    queryFn: () =>
      call(
        api.GET('/volunteering/activities', { params: { query: { community: community ?? '', from: todayText(), limit: 50 } } }),
      ),
  });
  const mine = useQuery({
    queryKey: ['my-sign-ups', personId],
    enabled: Boolean(personId),
    queryFn: () =>
      call(
        api.GET('/volunteering/persons/{personId}/sign-ups', {
          params: { path: { personId: personId ?? '' }, query: { limit: 50 } },
        }),
      ),
  });
  if (!personId) {
    return (
      <Empty description="您的账号还没有关联到社区登记的人员信息，请带身份证到社区居委会办理关联。" style={{ marginTop: 48 }} />
    );
  }
  const byActivity = new Map((mine.data?.items ?? []).map((signUp) => [signUp.activityId, signUp]));
  const now = (open.data?.items ?? []).filter((activity) => Date.parse(activity.endsAt) > Date.now());
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Link to="/me/hours">
        <Card size="small" hoverable>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <span>我的志愿服务时长</span>
            <RightOutlined />
          </Space>
        </Card>
      </Link>
      <Card size="small" title="我的报名">
        {mine.error && <Alert type="error" showIcon message={errorMessage(mine.error, '读取报名记录失败')} />}
        {mine.isLoading ? (
          <Skeleton active />
        ) : (mine.data?.items ?? []).length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有报名活动，在下面挑一场吧。" />
        ) : (
          mine.data?.items.map((signUp) => <MySignUp key={signUp.activityId} signUp={signUp} personId={personId} />)
        )}
      </Card>
      <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
        近期活动
      </Typography.Title>
      {open.error && <Alert type="error" showIcon message={errorMessage(open.error, '读取活动失败')} />}
      {open.isLoading ? (
        <Skeleton active />
      ) : now.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="社区近期还没有安排活动，过几天再来看看。" />
      ) : (
        now.map((activity) => (
          <ActivityCard key={activity.id} activity={activity} mine={byActivity.get(activity.id)} personId={personId} />
        ))
      )}
    </Space>
  );
}
