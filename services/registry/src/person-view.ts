import type { PiiProtector } from '@shequ/kit';
import { ageOn } from './domain/citizen-id.ts';
import type { PersonView } from './schemas/persons.ts';
import type { PersonRecord } from './store/persons.ts';

/** What callers see of a person: numbers masked unless `reveal` (already authorised and audited). */
export async function toPersonView(
  record: PersonRecord,
  options: { reveal: boolean; pii: PiiProtector; today: Date },
): Promise<PersonView> {
  const citizenId = options.reveal
    ? await options.pii.decrypt(record.citizenIdCipher)
    : `${record.citizenIdArea}********${record.citizenIdLast4}`;
  const phone = record.phoneCipher
    ? options.reveal
      ? await options.pii.decrypt(record.phoneCipher)
      : `${record.phonePrefix}****${record.phoneLast4}`
    : undefined;
  return {
    id: record.id,
    name: record.name,
    citizenId,
    ...(phone ? { phone } : {}),
    birthDate: record.birthDate,
    sex: record.sex,
    age: ageOn(record.birthDate, options.today),
    residence: record.residence,
    ...(record.migrant ? { migrant: record.migrant } : {}),
    area: record.area,
    ...(record.building ? { building: record.building } : {}),
    ...(record.room ? { room: record.room } : {}),
    version: record.version,
    createdAt: record.createdAt,
  };
}
