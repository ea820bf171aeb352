import { shanghaiDay } from '@shequ/contracts';
import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, type FieldError, httpHandler, ValidationFailed } from '@shequ/kit';
import { civicDayRules, SERVICE_WEEK } from '../domain/civic-calendar.ts';
import { presentDay, recordCivicDay as route } from '../schemas/civic-calendar.ts';
import { type CivicDayRecord, communityMonthOf, saveCivicDay } from '../store/civic-calendar.ts';
import { type CasesDeps, defaultCasesDeps } from '../store/deps.ts';
import { representativesOf } from '../store/representatives.ts';

const nameOf = (kind: string) => civicDayRules.find((rule) => rule.kind === kind)?.name ?? SERVICE_WEEK.name;

/**
 * Keeps a planned day's agenda, attendance and minutes. The parts given replace what was kept, the rest stays;
 * attendance and minutes only once the day has come, and only the community's own representatives attend as such.
 */
export function createHandler(deps: () => CasesDeps = defaultCasesDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    assertInScope(caller, params.community);
    const d = deps();
    const today = shanghaiDay(d.now());
    const month = await communityMonthOf(d, params.community, params.month, true);
    const day = month.plan.days.find((planned) => planned.kind === params.kind);
    if (!day) {
      throw ValidationFailed.field(
        'path.kind',
        `${params.month} 没有${nameOf(params.kind)}：评议日只在季末月（3、6、9、12 月）的 30 日`,
      );
    }
    const stored = month.records.get(day.kind);
    if ((stored?.version ?? 0) !== body.version) throw new ConcurrentModificationError();

    const errors: FieldError[] = [];
    const notYet = `${day.name}在 ${day.date} 举行，当天或之后才能登记`;
    if (body.minutes !== undefined && today < day.date) errors.push({ field: 'body.minutes', message: `${notYet}纪要` });
    let attendance: CivicDayRecord['attendance'];
    if (body.attendance) {
      if (today < day.date) errors.push({ field: 'body.attendance', message: `${notYet}出席情况` });
      const representatives = await representativesOf(d, params.community);
      const names = new Map((representatives?.persons ?? []).map((person) => [person.personId, person.name]));
      const present: { personId: string; name: string }[] = [];
      body.attendance.representatives.forEach((personId, index) => {
        const field = `body.attendance.representatives.${index}`;
        const name = names.get(personId);
        if (!name) errors.push({ field, message: `${personId} 不在本社区居民代表名单中` });
        else if (present.some((person) => person.personId === personId)) errors.push({ field, message: `${name}重复登记` });
        else present.push({ personId, name });
      });
      attendance = {
        representatives: present,
        representativesTotal: names.size,
        staff: [...new Set(body.attendance.staff)],
        otherResidents: body.attendance.otherResidents,
        recordedBy: caller.subject,
        recordedAt: d.now().toISOString(),
      };
    }
    if (errors.length > 0) throw new ValidationFailed(errors, errors.length === 1 ? errors[0]?.message : undefined);

    const now = d.now().toISOString();
    const minutes =
      body.minutes !== undefined ? { text: body.minutes, recordedBy: caller.subject, recordedAt: now } : stored?.minutes;
    const attended = attendance ?? stored?.attendance;
    const saved = await saveCivicDay(
      d,
      {
        community: params.community,
        month: params.month,
        kind: day.kind,
        agenda: body.agenda ?? stored?.agenda ?? [],
        ...(attended ? { attendance: attended } : {}),
        ...(minutes ? { minutes } : {}),
        updatedBy: caller.subject,
        updatedAt: now,
      },
      body.version,
    );
    return { body: presentDay(day, { ...month, records: new Map(month.records).set(day.kind, saved) }, true) };
  });
}

export const handler = createHandler();
