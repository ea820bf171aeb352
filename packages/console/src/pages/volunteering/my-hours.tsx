import { ProFormDatePicker, ProFormDigit, ProFormTextArea } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem, api, call } from '../../api/client';
import { errorMessage, showProblemAtFields } from '../../api/problem';
import { dayOf } from '../../components/date-text';
import { useIdempotencyKey } from '../../components/idempotency';
import { PendingHours } from './hours-review';
import { availabilityText, hoursText, type Volunteer, VolunteerStatusTag } from './volunteer-common';
import { VolunteerHoursCard } from './volunteer-hours-card';
import { ProfileFields, type ProfileValues, profileBody } from './volunteer-profile-fields';

/** Not a volunteer yet: the survey's questions, sent for the community's review. */
function RegisterCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const [busy, setBusy] = useState(false);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  return (
    <Card size="small" title="注册成为志愿者">
      <Typography.Paragraph type="secondary">
        填写您的特长和可服务时间，社区审核通过后就可以参加志愿服务、记录服务时长。
      </Typography.Paragraph>
      <Form<ProfileValues>
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          setBusy(true);
          try {
            await call(
              api.POST('/volunteering/volunteers', { params: { header: idempotency.header }, body: profileBody(values) }),
            );
            idempotency.renew();
            message.success('已提交，请等待社区审核');
            void queryClient.invalidateQueries({ queryKey: ['my-volunteer'] });
          } catch (error) {
            message.error({ content: showProblemAtFields(form, error), duration: 8 });
          } finally {
            setBusy(false);
          }
        }}
      >
        <ProfileFields />
        <Button type="primary" htmlType="submit" block loading={busy}>
          提交注册
        </Button>
      </Form>
    </Card>
  );
}

interface LogValues {
  date: Dayjs;
  hours: number;
  what: string;
}

/** Hours served outside an activity's check-in (a home visit, a night patrol), for a team leader to confirm. */
function LogHoursCard(props: { volunteer: Volunteer }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<LogValues>();
  const [busy, setBusy] = useState(false);
  const idempotency = useIdempotencyKey();
  const queryClient = useQueryClient();
  return (
    <Card size="small" title="登记服务时长">
      <Form<LogValues>
        form={form}
        layout="vertical"
        initialValues={{ date: dayjs() }}
        onFinish={async (values) => {
          setBusy(true);
          try {
            const entry = await call(
              api.POST('/volunteering/volunteers/{id}/hours', {
                params: { path: { id: props.volunteer.volunteerId }, header: idempotency.header },
                body: { date: dayOf(values.date) ?? '', hours: values.hours, what: values.what },
              }),
            );
            idempotency.renew();
            message.success(`已登记 ${hoursText(entry.hours)}，等待队长审核`);
            form.resetFields();
            void queryClient.invalidateQueries({ queryKey: ['hours'] });
          } catch (error) {
            message.error({ content: showProblemAtFields(form, error), duration: 8 });
          } finally {
            setBusy(false);
          }
        }}
      >
        <ProFormDatePicker
          name="date"
          label="服务日期"
          fieldProps={{ style: { width: '100%' }, disabledDate: (day: Dayjs) => day.isAfter(dayjs(), 'day') }}
          rules={[{ required: true, message: '请选择服务日期' }]}
        />
        <ProFormDigit
          name="hours"
          label="时长（小时）"
          min={0.5}
          max={12}
          fieldProps={{ step: 0.5, precision: 1 }}
          extra="以半小时为单位，一次最多 12 小时"
          rules={[{ required: true, message: '请填写时长' }]}
        />
        <ProFormTextArea
          name="what"
          label="服务内容"
          placeholder="如：陪同独居老人就医"
          fieldProps={{ maxLength: 300, rows: 2 }}
          rules={[{ required: true, whitespace: true, message: '请填写服务内容' }]}
        />
        <Button type="primary" htmlType="submit" block loading={busy}>
          提交
        </Button>
      </Form>
    </Card>
  );
}

/** For a team leader: the month's hours the team's members logged, to confirm or send back. */
function LeaderReview(props: { teamId: string }) {
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const monthKey = month.format('YYYY-MM');
  const hours = useQuery({
    queryKey: ['hours', 'team', props.teamId, monthKey],
    retry: false,
    queryFn: () =>
      call(api.GET('/volunteering/teams/{id}/hours', { params: { path: { id: props.teamId }, query: { month: monthKey } } })),
  });
  // Only the team's leaders may read its hours: a plain member's teams show nothing here.
  if (hours.error instanceof ApiProblem && hours.error.status === 403) return null;
  if (hours.error) return <Alert type="error" showIcon message={errorMessage(hours.error, '读取队伍时长失败')} />;
  if (!hours.data) return <Skeleton active />;
  const names = new Map(hours.data.members.map((member) => [member.volunteerId, member.name]));
  return (
    <Card
      size="small"
      title="队员时长审核（我是队长）"
      extra={
        <DatePicker
          picker="month"
          format="YYYY年M月"
          allowClear={false}
          value={month}
          onChange={(value) => value && setMonth(value)}
          style={{ width: 120 }}
          aria-label="月份"
        />
      }
      data-testid="leader-review"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        全队本月已确认 {hoursText(hours.data.totalHours)}：
        {hours.data.members.map((member) => `${member.name} ${hoursText(member.hours)}`).join('，') || '暂无'}
      </Typography.Paragraph>
      <PendingHours entries={hours.data.pending} names={names} compact />
    </Card>
  );
}

/** My volunteer record: status, my year's hours (with the certificate), logging hours, and my team's reviews if I lead. */
export default function MyHoursPage() {
  const me = useQuery({
    queryKey: ['my-volunteer'],
    retry: false,
    queryFn: () => call(api.GET('/volunteering/volunteers/me')),
  });
  if (me.isLoading) return <Skeleton active />;
  if (me.error instanceof ApiProblem && me.error.status === 404) return <RegisterCard />;
  if (me.error) return <Alert type="error" showIcon message={errorMessage(me.error, '读取志愿者档案失败')} />;
  const volunteer = me.data;
  if (!volunteer) return <Empty />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text strong>{volunteer.name}</Typography.Text>
          <VolunteerStatusTag status={volunteer.status} />
        </Space>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[...volunteer.skillLabels, ...(volunteer.otherSkills ? [volunteer.otherSkills] : [])].join('、') || '未填写特长'} ·{' '}
            {availabilityText(volunteer.availability)}
          </Typography.Text>
        </div>
        {volunteer.status === 'pending' && (
          <Alert style={{ marginTop: 8 }} type="info" showIcon message="您的志愿者注册正在等待社区审核。" />
        )}
        {volunteer.rejectReason && (
          <Alert style={{ marginTop: 8 }} type="warning" showIcon message={`注册未通过：${volunteer.rejectReason}`} />
        )}
        <div style={{ marginTop: 8 }}>
          <Link to="/me/activities">← 返回活动</Link>
        </div>
      </Card>
      {volunteer.status === 'approved' && (
        <>
          {(volunteer.teamIds ?? []).map((teamId) => (
            <LeaderReview key={teamId} teamId={teamId} />
          ))}
          <VolunteerHoursCard volunteerId={volunteer.volunteerId} phone />
          <LogHoursCard volunteer={volunteer} />
        </>
      )}
    </Space>
  );
}
