import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createHandler as applyAt } from '../src/handlers/apply-for-certificate.ts';
import { handler as getCertificate } from '../src/handlers/get-certificate.ts';
import { createHandler as handOverAt } from '../src/handlers/hand-over-archive-batch.ts';
import { createHandler as issueAt } from '../src/handlers/issue-certificate.ts';
import { handler as listArchiveBatches } from '../src/handlers/list-archive-batches.ts';
import { handler as listCertificates } from '../src/handlers/list-certificates.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { createHandler as revokeAt } from '../src/handlers/revoke-certificate.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { communityItemKey } from '../src/store/places.ts';
import { call, claimsFor, createServiceTables, nextCitizenId, personBody } from './support.ts';

const community = '350203006029';
const archiveCommunity = '350203006031';
const raceCommunity = '350203006032';
const staff = claimsFor('district-admin', ['350203']);
const worker = claimsFor('community-worker', [community]);

// 2026-03-10 is a Tuesday, 03-11 a Wednesday; 10:00 in Shanghai.
const tuesday = '2026-03-10T02:00:00Z';
const wednesday = '2026-03-11T02:00:00Z';
const at = (iso: string) => () => ({ ...defaultRegistryDeps(), now: () => new Date(iso) });

const table = () => tableOf('registry');

async function register(overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await call(registerPerson, 'POST', '/registry/persons', {
    body: personBody({ area: `${community}-03`, ...overrides }),
    claims: staff,
  });
  expect(response.status).toBe(201);
  return response.json.id;
}

const apply = (personId: string, body: Record<string, unknown>, when = wednesday, claims = worker) =>
  call(applyAt(at(when)), 'POST', '/registry/persons/{id}/certificates', { params: { id: personId }, body, claims });

const issue = (id: string, version: number, when = wednesday, claims: Record<string, unknown> = worker) =>
  call(issueAt(at(when)), 'POST', '/registry/certificates/{id}/issue', { params: { id }, body: { version }, claims });

const revoke = (id: string, body: Record<string, unknown>, claims: Record<string, unknown> = worker) =>
  call(revokeAt(at(wednesday)), 'POST', '/registry/certificates/{id}/revoke', { params: { id }, body, claims });

/** Applies and issues; returns the issued certificate. */
async function issued(personId: string, body: Record<string, unknown>, when = wednesday, claims = worker) {
  const applied = await apply(personId, body, when, claims);
  expect(applied.status).toBe(201);
  const response = await issue(applied.json.id, applied.json.version, when, claims);
  expect(response.status).toBe(200);
  return response.json;
}

/** The community's office hours as the places capability keeps them: certificates on Mon, Wed, Fri. */
async function setOfficeDays(code: string, certificateOfficeDays: number[]) {
  await sharedDocumentClient().send(
    new PutCommand({
      TableName: table(),
      Item: {
        ...communityItemKey(code, 'OFFICEHOURS'),
        entity: 'officehours',
        community: code,
        openDays: [1, 2, 3, 4, 5],
        periods: [{ from: '08:30', to: '12:00' }],
        certificateOfficeDays,
        version: 1,
      },
    }),
  );
}

const events = async (type: string, field: string, value: string) =>
  (await outboxEvents('registry', type, { [field]: value })).map((event) => event.data);

beforeAll(async () => {
  await createServiceTables();
  await setOfficeDays(community, [1, 3, 5]);
  await setOfficeDays(archiveCommunity, [1, 2, 3, 4, 5]);
});

describe('applying for the three certificates', () => {
  it('refuses an application outside the office days, naming the next office day', async () => {
    const personId = await register();
    const response = await apply(personId, { type: 'reproductive-health' }, tuesday);

    expect(response.status).toBe(422);
    expect(response.json.code).toBe('not-office-day');
    expect(response.json.detail).toBe(
      '今天（2026-03-10，周二）不是本社区三证办理日（每周周一、周三、周五），请于下一个办理日 2026-03-11（周三）前来办理',
    );
    expect(await events('CertificateApplied', 'personId', personId)).toHaveLength(0);
  });

  it('accepts it on an office day, and only one valid certificate of a type per person', async () => {
    const personId = await register();
    const response = await apply(personId, { type: 'only-child' });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ type: 'only-child', typeLabel: '独生子女证', status: 'applied', version: 1 });
    expect(response.json.appliedBy).toBe(worker.sub);
    expect(await events('CertificateApplied', 'personId', personId)).toEqual([
      expect.objectContaining({ certificateId: response.json.id, type: 'only-child', area: `${community}-03` }),
    ]);

    const again = await apply(personId, { type: 'only-child' });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('certificate-held');
    expect(again.json.detail).toContain(response.json.id);
  });

  it('refuses the three certificates in a community that has set no office days', async () => {
    const personId = await register({ area: '350203006002-01' });
    const response = await apply(personId, { type: 'migrant-marriage-fertility' }, wednesday, staff);
    expect(response.status).toBe(422);
    expect(response.json.detail).toContain('尚未设置三证办理日');
  });
});

describe('who may hold which card', () => {
  it('refuses the senior card to a 59-year-old and gives it at 60', async () => {
    const fiftyNine = await register({ citizenId: nextCitizenId('19660601') });
    const refused = await apply(fiftyNine, { type: 'senior-preferential' }, tuesday);
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({ code: 'not-eligible', title: '不符合办理条件' });
    expect(refused.json.detail).toBe('老年优待证面向60 周岁以上老年人：须年满 60 周岁，该人员现年 59 周岁');

    const sixty = await register({ citizenId: nextCitizenId('19660310') });
    expect((await apply(sixty, { type: 'senior-preferential' }, tuesday)).status).toBe(201);
  });

  it('gives the free bus card only to members of the disabled group', async () => {
    const personId = await register();
    const refused = await apply(personId, { type: 'disabled-free-bus' });
    expect(refused.status).toBe(422);
    expect(refused.json.detail).toContain('未登记为残疾人');

    // The membership item as the groups capability writes it.
    await sharedDocumentClient().send(
      new PutCommand({ TableName: table(), Item: { pk: `PERSON#${personId}`, sk: 'GROUP#disabled', entity: 'group-member' } }),
    );
    expect((await apply(personId, { type: 'disabled-free-bus' })).status).toBe(201);
  });

  it('needs the check-up discount on the all-in-one card, and only there', async () => {
    const personId = await register();
    const missing = await apply(personId, { type: 'all-in-one' });
    expect(missing.status).toBe(422);
    expect(missing.json.errors).toEqual([
      { field: 'body.details.discountPercent', message: '一卡通须填写体检费优惠比例（15–25）' },
    ]);
    const tooMuch = await apply(personId, { type: 'all-in-one', details: { discountPercent: 30 } });
    expect(tooMuch.json.errors[0].message).toBe('一卡通体检费优惠比例须在 15–25 之间');
    const elsewhere = await apply(personId, { type: 'rose', details: { discountPercent: 20 } });
    expect(elsewhere.status).toBe(422);

    const card = await issued(personId, { type: 'all-in-one', details: { discountPercent: 20 } });
    expect(card.details).toEqual({ discountPercent: 20 });
    expect(await events('CertificateIssued', 'certificateId', card.id)).toEqual([
      expect.objectContaining({ discountPercent: 20, number: card.number }),
    ]);
  });

  it('gives the warm card to women only', async () => {
    const man = await register({ citizenId: nextCitizenId('19900101', 'male') });
    const refused = await apply(man, { type: 'warm' });
    expect(refused.status).toBe(422);
    expect(refused.json.detail).toBe('温馨卡面向孕产妇：仅限女性办理');
  });
});

describe('issuing, numbering and revoking', () => {
  it('issues with a number, issuer and time, and CertificateIssued', async () => {
    const personId = await register();
    const card = await issued(personId, { type: 'long-term-medication' });

    expect(card).toMatchObject({
      status: 'issued',
      number: `${community}-2026-CQFY-0001`,
      issuedBy: worker.sub,
      issuedAt: '2026-03-11T02:00:00.000Z',
      version: 2,
    });
    expect(await events('CertificateIssued', 'certificateId', card.id)).toEqual([
      {
        certificateId: card.id,
        personId,
        area: `${community}-03`,
        type: 'long-term-medication',
        // The printed name travels with the event, so a message about it needs no catalogue.
        typeLabel: '长期服药卡',
        number: card.number,
        issuedAt: card.issuedAt,
      },
    ]);
    const again = await issue(card.id, card.version);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('certificate-issued');
  });

  it('numbers 10 parallel issues 1..10 exactly', async () => {
    const applications = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const applied = await apply(
          await register({ area: `${raceCommunity}-01` }),
          { type: 'senior-preferential' },
          wednesday,
          staff,
        );
        expect(applied.status).toBe(201);
        return applied.json;
      }),
    );
    const results = await Promise.all(applications.map((card) => issue(card.id, card.version, wednesday, staff)));

    expect(results.map((result) => result.status)).toEqual(Array(10).fill(200));
    const numbers = results.map((result) => result.json.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => `${raceCommunity}-2026-LNYD-${String(i + 1).padStart(4, '0')}`));
    const counter = await sharedDocumentClient().send(
      new GetCommand({ TableName: table(), Key: { pk: `CERTSEQ#${raceCommunity}#senior-preferential#2026`, sk: 'CERTSEQ' } }),
    );
    expect(counter.Item?.last).toBe(10);
  });

  it('refuses a stale version and issuers outside the area', async () => {
    const personId = await register({ citizenId: nextCitizenId('19980101', 'female') });
    const applied = (await apply(personId, { type: 'clarity' })).json;
    expect(applied.status).toBe('applied');
    expect((await issue(applied.id, applied.version + 1)).status).toBe(409);
    expect((await issue(applied.id, applied.version, wednesday, claimsFor('community-worker', ['350203006002']))).status).toBe(
      403,
    );
    expect((await issue(applied.id, applied.version, wednesday, claimsFor('grid-worker', [`${community}-03`]))).status).toBe(403);
  });

  it('revokes with a reason, frees the type for a new application, and refuses a second revoke', async () => {
    const personId = await register();
    const card = await issued(personId, { type: 'rose' });
    const missingReason = await revoke(card.id, { version: card.version });
    expect(missingReason.status).toBe(422);

    const revoked = await revoke(card.id, { reason: '证件遗失，补办', version: card.version });
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({
      status: 'revoked',
      revokeReason: '证件遗失，补办',
      revokedBy: worker.sub,
      number: card.number,
    });
    expect(await events('CertificateRevoked', 'certificateId', card.id)).toEqual([
      expect.objectContaining({ reason: '证件遗失，补办', number: card.number, type: 'rose' }),
    ]);

    const twice = await revoke(card.id, { reason: '再次作废', version: revoked.json.version });
    expect(twice.status).toBe(409);
    expect(twice.json.detail).toBe('该证件已作废，不能再办理');
    expect((await apply(personId, { type: 'rose' })).status).toBe(201);
    const shown = await call(getCertificate, 'GET', '/registry/certificates/{id}', { params: { id: card.id }, claims: worker });
    expect(shown.json.status).toBe('revoked');
  });

  it('lists a community’s certificates by type, status and month', async () => {
    const list = (query: Record<string, string>, claims = worker) =>
      call(listCertificates, 'GET', '/registry/certificates', { query, claims });
    const issuedMedication = await list({ area: community, type: 'long-term-medication', month: '2026-03', status: 'issued' });
    expect(issuedMedication.status).toBe(200);
    expect(issuedMedication.json.items.map((item: { number: string }) => item.number)).toEqual([`${community}-2026-CQFY-0001`]);

    const revoked = await list({ area: community, status: 'revoked', month: '2026-03' });
    expect(revoked.json.items.map((item: { type: string }) => item.type)).toEqual(['rose']);
    expect((await list({ area: community, month: '2026-04' })).json.items).toEqual([]);
    expect((await list({ area: community }, claimsFor('grid-worker', [`${community}-03`]))).status).toBe(403);
    expect((await list({ area: community, month: '2026-13' })).status).toBe(422);
  });
});

describe('month-end archive batch', () => {
  const archiveWorker = claimsFor('community-worker', [archiveCommunity]);
  const monthEnd = '2026-03-31T09:00:00Z';
  let expected: string[];

  beforeAll(async () => {
    const person = () => register({ area: `${archiveCommunity}-02` });
    const [a, b, c] = await Promise.all([
      issued(await person(), { type: 'reproductive-health' }, wednesday, archiveWorker),
      issued(await person(), { type: 'reproductive-health' }, '2026-03-20T02:00:00Z', archiveWorker),
      issued(await person(), { type: 'only-child' }, wednesday, archiveWorker),
    ]);
    expected = [a.number, b.number, c.number].sort();
    // Revoked, only applied, issued in another month, or not one of the three: none of them is handed over.
    const revoked = await issued(await person(), { type: 'migrant-marriage-fertility' }, wednesday, archiveWorker);
    expect((await revoke(revoked.id, { reason: '信息有误', version: revoked.version }, archiveWorker)).status).toBe(200);
    await apply(await person(), { type: 'only-child' }, wednesday, archiveWorker);
    await issued(await person(), { type: 'only-child' }, '2026-04-01T02:00:00Z', archiveWorker);
    await issued(await person(), { type: 'long-term-medication' }, wednesday, archiveWorker);
  });

  const handOver = (body: Record<string, unknown>, when = monthEnd, claims = archiveWorker) =>
    call(handOverAt(at(when)), 'POST', '/registry/certificates/archive-batches', { body, claims });

  it('is refused before the month’s last day', async () => {
    const early = await handOver({ community: archiveCommunity, month: '2026-03' }, '2026-03-30T02:00:00Z');
    expect(early.status).toBe(422);
    expect(early.json.detail).toBe('2026-03 尚未到月末，2026-03-31 起才能移交该月档案');
  });

  it('hands the month’s issued three certificates to the sub-district with counts per type, once', async () => {
    const response = await handOver({ community: archiveCommunity, month: '2026-03' });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      community: archiveCommunity,
      subdistrict: '350203006',
      month: '2026-03',
      status: 'handed-over',
      counts: { 'reproductive-health': 2, 'only-child': 1, 'migrant-marriage-fertility': 0 },
      total: 3,
    });
    expect(response.json.certificates.map((certificate: { number: string }) => certificate.number).sort()).toEqual(expected);
    expect(await events('ArchiveBatchHandedOver', 'community', archiveCommunity)).toEqual([
      expect.objectContaining({ month: '2026-03', total: 3, counts: response.json.counts }),
    ]);

    const second = await handOver({ community: archiveCommunity, month: '2026-03' });
    expect(second.status).toBe(409);
    expect(second.json.code).toBe('archive-batch-exists');
  });

  it('refuses issuing one of the three in a month already handed over', async () => {
    const applied = await apply(
      await register({ area: `${archiveCommunity}-02` }),
      { type: 'only-child' },
      monthEnd,
      archiveWorker,
    );
    expect(applied.status).toBe(201);
    const late = await issue(applied.json.id, applied.json.version, monthEnd, archiveWorker);
    expect(late.status).toBe(409);
    expect(late.json.code).toBe('month-archived');
    const stored = await call(getCertificate, 'GET', '/registry/certificates/{id}', {
      params: { id: applied.json.id },
      claims: archiveWorker,
    });
    expect(stored.json).toMatchObject({ status: 'applied', version: 1 });
  });

  it('shows sub-district staff their communities’ batches, and nobody else’s', async () => {
    const list = (area: string, claims: Record<string, unknown>) =>
      call(listArchiveBatches, 'GET', '/registry/certificates/archive-batches', { query: { area }, claims });
    const subdistrict = await list('350203006', claimsFor('subdistrict-staff', ['350203006']));
    expect(subdistrict.status).toBe(200);
    expect(subdistrict.json.items.map((batch: { community: string; month: string }) => [batch.community, batch.month])).toEqual([
      [archiveCommunity, '2026-03'],
    ]);
    expect((await list(archiveCommunity, archiveWorker)).json.items).toHaveLength(1);
    expect((await list('350203006', claimsFor('subdistrict-staff', ['350203005']))).status).toBe(403);
    expect((await list('350203006', archiveWorker)).status).toBe(403);
    expect((await list('3502', archiveWorker)).status).toBe(422);
  });
});
