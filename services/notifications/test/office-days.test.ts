import { CertificateApplied, CertificateIssued, createEvent, OfficeHoursSet } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler as keepOfficeDaysAt } from '../src/handlers/keep-office-days.ts';
import { createHandler as inboxAt } from '../src/handlers/list-inbox.ts';
import { remindOfficeDays } from '../src/jobs/remind-office-days.ts';
import { type Clock, call, claimsFor, createServiceTables, knownResident, shanghai, sqsBatch, testDeps } from './support.ts';

const community = '350203006032';
const area = `${community}-01`;
const clock: Clock = { now: shanghai('2027-03-01', '17:00') };
const { deps } = testDeps(clock);
const keepOfficeDays = keepOfficeDaysAt(deps);
const inbox = inboxAt(deps);

const applied = (personId: string, type: 'only-child' | 'senior-preferential', certificateId = newId()) =>
  createEvent(CertificateApplied, {
    id: newId(),
    district: '350203',
    area,
    data: { certificateId, personId, area, type, appliedAt: '2027-03-01T01:00:00.000Z' },
  });

beforeAll(async () => {
  await createServiceTables();
});

describe('certificate office days', () => {
  it('reminds an applicant the evening before the next office day, once; not for certificates handled any day or already issued', async () => {
    const waiting = await knownResident({ area, name: '刘女士' });
    const anyDay = await knownResident({ area, name: '张大爷' });
    const issuedMeanwhile = await knownResident({ area, name: '吴先生' });
    const issuedId = newId();
    const hours = createEvent(OfficeHoursSet, {
      id: newId(),
      district: '350203',
      area: community,
      data: {
        community,
        openDays: [1, 2, 3, 4, 5],
        certificateOfficeDays: [1, 3, 5],
        summary: '周一至周五 08:30–12:00；三证办理日：周一、周三、周五',
        version: 1,
      },
    });
    const issued = createEvent(CertificateIssued, {
      id: newId(),
      district: '350203',
      area,
      occurredAt: new Date('2027-03-01T05:00:00Z'),
      data: {
        certificateId: issuedId,
        personId: issuedMeanwhile.personId,
        area,
        type: 'only-child',
        number: 'N1',
        issuedAt: '2027-03-01T05:00:00.000Z',
      },
    });
    const batch = sqsBatch([
      hours,
      applied(waiting.personId, 'only-child'),
      applied(anyDay.personId, 'senior-preferential'),
      // Issued before its application arrives: the late "applied" must not make it wait again.
      issued,
      createEvent(CertificateApplied, {
        id: newId(),
        district: '350203',
        area,
        occurredAt: new Date('2027-03-01T01:00:00Z'),
        data: {
          certificateId: issuedId,
          personId: issuedMeanwhile.personId,
          area,
          type: 'only-child',
          appliedAt: '2027-03-01T01:00:00.000Z',
        },
      }),
    ]);
    expect((await keepOfficeDays(batch)).batchItemFailures).toEqual([]);

    // Monday evening: Tuesday is no certificate day.
    expect(await remindOfficeDays(deps())).toEqual({ reminders: 0 });
    clock.now = shanghai('2027-03-02', '17:00');
    expect(await remindOfficeDays(deps())).toEqual({ reminders: 1 });
    clock.now = shanghai('2027-03-04', '17:00');
    expect(await remindOfficeDays(deps())).toEqual({ reminders: 0 });

    const box = await call(inbox, 'GET', '/notifications/inbox', {
      claims: claimsFor('resident', [], { person: waiting.personId }),
    });
    expect(box.json.items).toEqual([
      expect.objectContaining({
        title: '明天是社区三证办理日',
        body: '2027年3月3日（周三）是社区三证办理日，您申请的独生子女父母光荣证可以办理。办公时间：周一至周五 08:30–12:00；三证办理日：周一、周三、周五。',
      }),
    ]);
    for (const other of [anyDay, issuedMeanwhile]) {
      const theirs = await call(inbox, 'GET', '/notifications/inbox', {
        claims: claimsFor('resident', [], { person: other.personId }),
      });
      expect(theirs.json.items).toEqual([]);
    }
  });
});
