import { beforeAll, describe, expect, it } from 'vitest';
import { civicDaysOf, civicDaysOn } from '../src/domain/civic-days.ts';
import { createHandler as inboxAt } from '../src/handlers/list-inbox.ts';
import { createHandler as setAt } from '../src/handlers/set-civic-participants.ts';
import { remindCivicDays } from '../src/jobs/remind-civic-days.ts';
import { type Clock, call, claimsFor, createServiceTables, knownResident, shanghai, testDeps } from './support.ts';

const community = '350203006029';
const clock: Clock = { now: shanghai('2027-03-01', '09:00') };
const { deps } = testDeps(clock);
const setParticipants = setAt(deps);
const inbox = inboxAt(deps);
const worker = claimsFor('community-worker', [community]);

beforeAll(async () => {
  await createServiceTables();
});

describe('五日一周', () => {
  it('knows the days of a month, the evaluation day only at the end of a quarter', () => {
    expect(civicDaysOf('2027-02').map((d) => `${d.date} ${d.name}`)).toEqual([
      '2027-02-02 接待日',
      '2027-02-05 公开日',
      '2027-02-15 宣传日',
      '2027-02-28 议事日',
    ]);
    expect(civicDaysOf('2027-03').map((d) => d.name)).toContain('评议日');
    expect(civicDaysOn('2027-06-30')).toEqual([expect.objectContaining({ kind: 'evaluation' })]);
    expect(civicDaysOn('2027-07-30')).toEqual([]);
  });

  it('reminds the participants the day before, once however often the job runs', async () => {
    const representative = await knownResident({ name: '居民代表甲' });
    const set = await call(setParticipants, 'PUT', '/notifications/civic-days/{community}/participants', {
      claims: worker,
      params: { community },
      body: { persons: [representative.personId, representative.personId], staff: ['worker-029'], version: 0 },
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json).toMatchObject({ persons: [representative.personId], staff: ['worker-029'], version: 1 });
    expect(
      (
        await call(setParticipants, 'PUT', '/notifications/civic-days/{community}/participants', {
          claims: claimsFor('community-worker', ['350203006030']),
          params: { community },
          body: { persons: [], version: 1 },
        })
      ).status,
    ).toBe(403);

    clock.now = shanghai('2027-03-03', '09:00');
    expect(await remindCivicDays(deps())).toEqual({ days: [], reminders: 0 });
    clock.now = shanghai('2027-03-01', '09:00');
    expect(await remindCivicDays(deps())).toEqual({ days: ['2027-03-02 接待日'], reminders: 2 });
    expect((await remindCivicDays(deps())).reminders).toBe(0);

    const box = await call(inbox, 'GET', '/notifications/inbox', {
      claims: claimsFor('resident', [], { person: representative.personId }),
    });
    expect(box.json.items).toEqual([
      expect.objectContaining({
        title: '明天是社区接待日',
        body: '2027年3月2日 是社区接待日：社区干部集中接待居民来访，受理诉求。请按时参加。',
      }),
    ]);
    const staffBox = await call(inbox, 'GET', '/notifications/inbox', {
      claims: claimsFor('community-worker', [community], { sub: 'worker-029' }),
    });
    expect(staffBox.json.items).toHaveLength(1);
  });
});
