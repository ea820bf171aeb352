import { useQuery } from '@tanstack/react-query';
import { Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { api, call } from '../../api/client';
import type { components } from '../../api/openapi';
import { enumLabel } from '../../labels';

export type Volunteer = components['schemas']['Volunteer'];
export type Team = components['schemas']['VolunteerTeam'];
export type Activity = components['schemas']['Activity'];
export type SignUp = components['schemas']['ActivitySignUp'];
export type Attendance = components['schemas']['ActivityAttendance'];
export type HoursEntry = components['schemas']['VolunteerHoursEntry'];

/** Hours read the way a certificate writes them: 2.5 小时. */
export function hoursText(hours: number | undefined): string {
  return `${hours ?? 0} 小时`;
}

export function monthText(month: string): string {
  return dayjs(`${month}-01`).format('YYYY年M月');
}

/** An activity's time on one line: 2027-05-06 09:00–11:30. */
export function activityTime(activity: Pick<Activity, 'startsAt' | 'endsAt'>): string {
  const start = dayjs(activity.startsAt);
  const end = dayjs(activity.endsAt);
  return start.isSame(end, 'day')
    ? `${start.format('YYYY-MM-DD HH:mm')}–${end.format('HH:mm')}`
    : `${start.format('YYYY-MM-DD HH:mm')} 至 ${end.format('YYYY-MM-DD HH:mm')}`;
}

const signUpColors: Record<string, string> = { confirmed: 'green', waitlisted: 'orange', cancelled: 'default' };

export function SignUpTag(props: { signUp: Pick<SignUp, 'status' | 'position'> }) {
  const { status, position } = props.signUp;
  const label = enumLabel('ActivitySignUpStatus', status);
  return <Tag color={signUpColors[status]}>{status === 'waitlisted' && position ? `候补第 ${position} 位` : label}</Tag>;
}

const hoursColors: Record<string, string> = { pending: 'orange', approved: 'green', rejected: 'red' };

export function HoursStatusTag(props: { status: HoursEntry['status'] }) {
  return <Tag color={hoursColors[props.status]}>{enumLabel('VolunteerHoursStatus', props.status)}</Tag>;
}

const volunteerColors: Record<string, string> = { pending: 'orange', approved: 'green', rejected: 'red' };

export function VolunteerStatusTag(props: { status: Volunteer['status'] }) {
  return <Tag color={volunteerColors[props.status]}>{enumLabel('VolunteerStatus', props.status)}</Tag>;
}

/** What a volunteer can give and when, as one line: 周二、周四 · 上午、下午. */
export function availabilityText(availability: Volunteer['availability']): string {
  const days = availability.weekdays.map((day) => enumLabel('VolunteerWeekday', day)).join('、');
  const slots = availability.slots.map((slot) => enumLabel('VolunteerTimeSlot', slot)).join('、');
  return `${days} · ${slots}${availability.note ? `（${availability.note}）` : ''}`;
}

/**
 * The community's approved volunteers (the first 100 by registration; a community's register is
 * far smaller), for pickers of team members, leaders and who served an activity.
 */
export function useApprovedVolunteers(community: string | undefined) {
  return useQuery({
    queryKey: ['volunteers', 'approved', community],
    enabled: Boolean(community),
    queryFn: () =>
      call(
        api.GET('/volunteering/volunteers', {
          params: { query: { community: community ?? '', status: 'approved', limit: 100 } },
        }),
      ).then((page) => page.items),
  });
}

/** A volunteer chosen by name (with skills to tell two of a name apart). */
export function VolunteerSelect(props: {
  community: string | undefined;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  multiple?: boolean;
  exclude?: readonly string[];
  placeholder?: string;
  id?: string;
}) {
  const volunteers = useApprovedVolunteers(props.community);
  const options = (volunteers.data ?? [])
    .filter((volunteer) => !props.exclude?.includes(volunteer.volunteerId))
    .map((volunteer) => ({
      value: volunteer.volunteerId,
      label:
        volunteer.skillLabels.length > 0
          ? `${volunteer.name}（${volunteer.skillLabels.slice(0, 2).join('、')}）`
          : volunteer.name,
    }));
  return (
    <Select
      id={props.id}
      mode={props.multiple ? 'multiple' : undefined}
      showSearch
      allowClear
      optionFilterProp="label"
      loading={volunteers.isLoading}
      value={props.value}
      onChange={props.onChange}
      options={options}
      placeholder={props.placeholder ?? '输入姓名查找已审核的志愿者'}
      notFoundContent={volunteers.isLoading ? '正在读取…' : '没有可选的志愿者：先在“志愿者”中登记或审核通过'}
      style={{ width: '100%' }}
    />
  );
}
