import { shanghaiDay } from '@shequ/contracts';
import { scheduledJob } from '@shequ/kit';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { createMessage } from '../store/messages.ts';
import { allOfficeHours, pendingCertificates } from '../store/office-days.ts';

const CERTIFICATE_NAMES: Record<string, string> = {
  'reproductive-health': '生殖健康服务证',
  'only-child': '独生子女父母光荣证',
  'migrant-marriage-fertility': '流动人口婚育证明',
};
const WEEKDAYS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/**
 * The evening before a community's certificate office day, tells each person whose certificate waits for
 * one that they can come in tomorrow — once per certificate, however many office days pass.
 */
export async function remindOfficeDays(deps: NotificationsDeps): Promise<{ reminders: number }> {
  const tomorrow = shanghaiDay(new Date(deps.now().getTime() + 24 * 3600_000));
  const weekday = ((new Date(`${tomorrow}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  let reminders = 0;
  for (const hours of await allOfficeHours(deps)) {
    if (!hours.certificateOfficeDays.includes(weekday)) continue;
    for (const certificate of await pendingCertificates(deps, hours.community)) {
      const { created } = await createMessage(deps, {
        source: `office-day:${certificate.certificateId}`,
        recipient: `person:${certificate.personId}`,
        personId: certificate.personId,
        templateKey: 'office-day',
        variables: {
          date: tomorrow,
          weekday: WEEKDAYS[weekday] ?? '',
          certificate: CERTIFICATE_NAMES[certificate.type] ?? '证件',
          hours: hours.summary,
        },
      });
      if (created) reminders++;
    }
  }
  return { reminders };
}

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return scheduledJob('remind-office-days', ({ now }) => remindOfficeDays({ ...deps(), now: () => now }));
}

export const handler = createHandler();
