import { createEvent, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler as createAt } from '../src/handlers/create-activity.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { createHandler as signUpAt } from '../src/handlers/sign-up-for-activity.ts';
import { remindActivities } from '../src/jobs/remind-activities.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../src/store/deps.ts';

const community = '350203006034';
const area = `${community}-01`;
const worker = claimsFor('community-worker', [community]);
const clock = { now: new Date('2027-05-05T10:00:00Z') };
const deps = (): VolunteeringDeps => ({ ...defaultVolunteeringDeps(), now: () => clock.now });
const create = createAt(deps);
const signUp = signUpAt(deps);

async function resident(): Promise<string> {
  const personId = newId();
  const data = {
    personId,
    name: '居民',
    citizenIdMasked: '350203********0001',
    area,
    birthDate: '1960-01-01',
    sex: 'female' as const,
    residence: 'registered' as const,
  };
  await keepPersons(sqsBatch([createEvent(PersonRegistered, { id: newId(), district: '350203', area, data })]));
  return personId;
}

beforeAll(async () => {
  await createServiceTables();
});

describe('the day-before activity reminder', () => {
  it('reminds each confirmed participant of tomorrow’s activity once, not those waiting', async () => {
    const created = await call(create, 'POST', '/volunteering/activities', {
      claims: worker,
      body: {
        community,
        kind: 'lecture',
        title: '健康讲座',
        place: '社区活动室',
        startsAt: '2027-05-06T15:00:00+08:00',
        endsAt: '2027-05-06T16:30:00+08:00',
        capacity: 2,
      },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const people = [await resident(), await resident(), await resident()];
    for (const personId of people) {
      const answer = await call(signUp, 'POST', '/volunteering/activities/{id}/sign-ups', {
        claims: worker,
        params: { id: created.json.id },
        body: { personId },
      });
      expect(answer.status, JSON.stringify(answer.json)).toBe(201);
    }
    clock.now = new Date('2027-05-05T10:00:00Z');
    expect(await remindActivities(deps())).toEqual({ activities: 1, reminders: 2 });
    expect((await remindActivities(deps())).reminders).toBe(0);
    const events = await outboxEvents('volunteering', 'ActivityReminderDue', { activityId: created.json.id });
    expect(events.map((e) => e.data.personId).sort()).toEqual(people.slice(0, 2).sort());
    expect(events[0]?.data).toMatchObject({ title: '健康讲座', place: '社区活动室', day: '2027-05-06' });
  });
});
