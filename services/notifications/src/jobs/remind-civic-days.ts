import { shanghaiDay } from '@shequ/contracts';
import { scheduledJob } from '@shequ/kit';
import { civicDaysOn } from '../domain/civic-days.ts';
import { allParticipants } from '../store/civic-days.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { createMessage } from '../store/messages.ts';

/**
 * The day before each 五日一周 day, tells every community's participants. Each reminder's source names the
 * community, the day and the kind, so a second run the same day (or a retried one) tells nobody twice.
 */
export async function remindCivicDays(deps: NotificationsDeps): Promise<{ days: string[]; reminders: number }> {
  const tomorrow = shanghaiDay(new Date(deps.now().getTime() + 24 * 3600_000));
  const days = civicDaysOn(tomorrow);
  let reminders = 0;
  if (days.length === 0) return { days: [], reminders };
  for (const participants of await allParticipants(deps)) {
    const recipients = [
      ...participants.persons.map((personId) => ({ recipient: `person:${personId}`, personId })),
      ...participants.staff.map((subject) => ({ recipient: `user:${subject}` })),
    ];
    for (const day of days) {
      for (const to of recipients) {
        const { created } = await createMessage(deps, {
          source: `civic:${participants.community}:${day.date}:${day.kind}`,
          ...to,
          templateKey: 'civic-day',
          variables: { dayName: day.name, date: day.date, what: day.what },
        });
        if (created) reminders++;
      }
    }
  }
  return { days: days.map((day) => `${day.date} ${day.name}`), reminders };
}

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return scheduledJob('remind-civic-days', ({ now }) => remindCivicDays({ ...deps(), now: () => now }));
}

export const handler = createHandler();
