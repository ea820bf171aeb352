import { shanghaiDay } from '@shequ/contracts';
import { Forbidden, httpHandler, NotFound, ValidationFailed } from '@shequ/kit';
import { type HoursEntry, monthOf } from '../domain/hours.ts';
import { addDays } from '../domain/pairing.ts';
import { logHours as route, toEntryView } from '../schemas/hours.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { logHours, newLogId } from '../store/hours.ts';
import { assertApproved, getVolunteer, isSelf } from '../store/volunteers.ts';

/** Hours are logged while they can still be checked: a leader cannot vouch for a day long past. */
const LOG_WINDOW_DAYS = 90;

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const volunteer = await getVolunteer(d, params.id);
    if (!volunteer) throw new NotFound('未找到该志愿者');
    if (!isSelf(caller, volunteer)) throw new Forbidden('只能登记本人的服务时长');
    assertApproved(volunteer);
    const today = shanghaiDay(d.now());
    if (body.date > today) throw ValidationFailed.field('body.date', '服务日期不能晚于今天');
    if (body.date < addDays(today, -LOG_WINDOW_DAYS)) {
      throw ValidationFailed.field('body.date', `只能登记 ${LOG_WINDOW_DAYS} 天内的服务时长`);
    }
    const entry: HoursEntry = {
      volunteerId: volunteer.volunteerId,
      hours: body.hours,
      source: 'self',
      logId: newLogId(d),
      community: volunteer.community,
      month: monthOf(body.date),
      date: body.date,
      status: 'pending',
      what: body.what,
      loggedAt: d.now().toISOString(),
    };
    return { status: 201, body: toEntryView(await logHours(d, entry)) };
  });
}

export const handler = createHandler();
