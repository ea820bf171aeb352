import { createEvent, type PersonFacts, PersonMovedOut, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { handler as keepPersons } from '../src/handlers/keep-persons.ts';
import { defaultVolunteeringDeps } from '../src/store/deps.ts';
import { personOf } from '../src/store/persons.ts';

const area = '350203006029-02';
const facts = (): PersonFacts => ({
  personId: newId(),
  name: '小明',
  citizenIdMasked: '350203********0012',
  phoneCipher: 'sealed',
  area,
  birthDate: '2026-01-15',
  sex: 'male',
  residence: 'registered',
});

beforeAll(async () => {
  await createServiceTables();
});

describe('the registry persons volunteering keeps', () => {
  it('keeps the newest facts, never the sealed phone, and ignores a late older event', async () => {
    const child = facts();
    const registered = createEvent(PersonRegistered, {
      id: newId(),
      district: '350203',
      area,
      occurredAt: new Date('2027-01-01T00:00:00Z'),
      data: child,
    });
    const movedOut = createEvent(PersonMovedOut, {
      id: newId(),
      district: '350203',
      area,
      occurredAt: new Date('2027-02-01T00:00:00Z'),
      data: { ...child, date: '2027-02-01', destination: '福建省泉州市' },
    });
    expect((await keepPersons(sqsBatch([movedOut, registered, registered]))).batchItemFailures).toEqual([]);
    const kept = await personOf(defaultVolunteeringDeps(), child.personId);
    expect(kept).toMatchObject({ name: '小明', birthDate: '2026-01-15', status: 'moved-out' });
    expect(kept).not.toHaveProperty('phoneCipher');
    expect(await personOf(defaultVolunteeringDeps(), newId())).toBeUndefined();
  });
});
