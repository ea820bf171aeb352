import type { PiiProtector } from '@shequ/kit';
import { ageOn } from './domain/citizen-id.ts';
import { derivedGroups, isListed } from './domain/persons.ts';
import type { DeathRecordView, PersonView } from './schemas/persons.ts';
import type { DeathRecord, PersonRecord } from './store/persons.ts';

/** A citizen ID as lists show it (`350203********1234`), from the parts kept in clear for that. */
export function maskedCitizenId(record: Pick<PersonRecord, 'citizenIdArea' | 'citizenIdLast4'>): string {
  return `${record.citizenIdArea}********${record.citizenIdLast4}`;
}

/** Where in the community a person lives, as one cell: `1号楼 101`. */
export function addressOf(person: { building?: string | undefined; room?: string | undefined }): string {
  return [person.building, person.room].filter(Boolean).join(' ');
}

/**
 * What callers see of a person: numbers masked unless `reveal` (already authorised and audited). Callers
 * reach a view only as the person themselves or as staff in scope, so the derived groups (60+, women
 * 15–49, computed for `today`) go to both; they are left out for closed records.
 */
export async function toPersonView(
  record: PersonRecord,
  options: { reveal: boolean; pii: PiiProtector; today: Date },
): Promise<PersonView> {
  const citizenId = options.reveal ? await options.pii.decrypt(record.citizenIdCipher) : maskedCitizenId(record);
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
    status: record.status,
    ...(record.movedOut ? { movedOut: { date: record.movedOut.date, destination: record.movedOut.destination } } : {}),
    ...(record.death ? { death: record.death } : {}),
    ...(isListed(record.status) ? derivedGroups(record.birthDate, record.sex, options.today) : {}),
    version: record.version,
    createdAt: record.createdAt,
    ...(record.updatedAt ? { updatedAt: record.updatedAt } : {}),
  };
}

/** A ledger entry as staff see it: the citizen ID masked like everywhere else. */
export function toDeathRecordView(record: DeathRecord): DeathRecordView {
  return {
    personId: record.personId,
    name: record.name,
    citizenId: maskedCitizenId(record),
    sex: record.sex,
    birthDate: record.birthDate,
    ageAtDeath: record.ageAtDeath,
    residence: record.residence,
    area: record.area,
    dateOfDeath: record.dateOfDeath,
    ...(record.placeOfDeath ? { placeOfDeath: record.placeOfDeath } : {}),
    ...(record.cause ? { cause: record.cause } : {}),
    ...(record.burial ? { burial: record.burial } : {}),
    recordedAt: record.recordedAt,
    recordedBy: record.recordedBy,
  };
}

/** Columns of the person list spreadsheet, headers as the communities' own 台帐 name them. */
export const personSheetColumns = [
  { header: '姓名', key: 'name', width: 12 },
  { header: '公民身份号码(脱敏)', key: 'citizenId', width: 22 },
  { header: '性别', key: 'sex', width: 6 },
  { header: '出生日期', key: 'birthDate', width: 12 },
  { header: '年龄', key: 'age', width: 6 },
  { header: '户籍类型', key: 'residence', width: 10 },
  { header: '地址', key: 'address', width: 20 },
  { header: '网格', key: 'grid', width: 18 },
  { header: '电话(脱敏)', key: 'phone', width: 14 },
] as const;

export const sexNames = { male: '男', female: '女' } as const;
const residenceNames = { registered: '户籍', migrant: '流动' } as const;

/** One spreadsheet row of a person, from the masked view (never from the record, so nothing unmasked can slip in). */
export function toPersonSheetRow(view: PersonView): Record<(typeof personSheetColumns)[number]['key'], string | number> {
  return {
    name: view.name,
    citizenId: view.citizenId,
    sex: sexNames[view.sex],
    birthDate: view.birthDate,
    age: view.age,
    residence: residenceNames[view.residence],
    address: addressOf(view),
    grid: view.area.length > 12 ? view.area : '',
    phone: view.phone ?? '',
  };
}
