import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { ApiProblem, api, call } from '../api/client';

export const weekdayNames = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** ISO weekday (1 = Monday … 7 = Sunday) of a dayjs day. */
export function isoWeekday(day: dayjs.Dayjs): number {
  return day.day() === 0 ? 7 : day.day();
}

/**
 * A community's office hours and 三证 office days; `undefined` hours when none are set yet (the API
 * answers 404, which here is a state to explain, not an error).
 */
export function useOfficeHours(community: string | undefined) {
  const query = useQuery({
    queryKey: ['office-hours', community],
    enabled: Boolean(community),
    queryFn: async () => {
      try {
        return await call(
          api.GET('/registry/communities/{community}/office-hours', { params: { path: { community: community ?? '' } } }),
        );
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });
  const hours = query.data ?? undefined;
  const days = hours?.certificateOfficeDays ?? [];
  const today = dayjs();
  const officeDayToday = days.includes(isoWeekday(today));
  let next: dayjs.Dayjs | undefined;
  for (let offset = 1; offset <= 7 && days.length > 0; offset++) {
    const day = today.add(offset, 'day');
    if (days.includes(isoWeekday(day))) {
      next = day;
      break;
    }
  }
  return { query, hours, officeDayToday, nextOfficeDay: next, certificateDays: days };
}
