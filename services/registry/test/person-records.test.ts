import { beforeAll, describe, expect, it } from 'vitest';
import { handler as addMember } from '../src/handlers/add-household-member.ts';
import { handler as applyForCertificate } from '../src/handlers/apply-for-certificate.ts';
import { handler as createHousehold } from '../src/handlers/create-household.ts';
import { handler as getPersonHousehold } from '../src/handlers/get-person-household.ts';
import { handler as issueCertificate } from '../src/handlers/issue-certificate.ts';
import { handler as listPersonCertificates } from '../src/handlers/list-person-certificates.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { handler as removeMember } from '../src/handlers/remove-household-member.ts';
import { handler as revokeCertificate } from '../src/handlers/revoke-certificate.ts';
import { call, claimsFor, createServiceTables, personBody } from './support.ts';

const community = '350203006041';
const grid = `${community}-02`;
const worker = claimsFor('community-worker', [community]);

async function person(name: string): Promise<string> {
  const response = await call(registerPerson, 'POST', '/registry/persons', {
    body: personBody({ name, area: grid }),
    claims: worker,
  });
  expect(response.status).toBe(201);
  return response.json.id;
}

const householdOf = (id: string, claims: Record<string, unknown> = worker) =>
  call(getPersonHousehold, 'GET', '/registry/persons/{id}/household', { params: { id }, claims });
const certificatesOf = (id: string, claims: Record<string, unknown> = worker) =>
  call(listPersonCertificates, 'GET', '/registry/persons/{id}/certificates', { params: { id }, claims });

/** The rules of GET /registry/persons/{id}, plus: volunteers and units see none of a person's own records. */
function refusesWhoMayNotSee(read: (id: string, claims: Record<string, unknown>) => ReturnType<typeof householdOf>) {
  return async (personId: string) => {
    expect((await read(personId, claimsFor('resident', [community], { person: personId }))).status).toBe(200);
    expect((await read(personId, claimsFor('resident', [community], { person: 'someoneelse' }))).status).toBe(404);
    expect((await read(personId, claimsFor('grid-worker', [grid]))).status).toBe(200);
    expect((await read(personId, claimsFor('grid-worker', [`${community}-01`]))).status).toBe(403);
    expect((await read(personId, claimsFor('community-worker', ['350203006002']))).status).toBe(403);
    expect((await read(personId, claimsFor('volunteer', [community]))).status).toBe(404);
    expect((await read('0000000000000000000', worker)).status).toBe(404);
    const malformed = await read('x', worker);
    expect(malformed.status).toBe(422);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
  };
}

beforeAll(createServiceTables);

describe('GET /registry/persons/{id}/household', () => {
  let head: string;
  let spouse: string;
  let alone: string;
  let householdId: string;

  beforeAll(async () => {
    [head, spouse, alone] = await Promise.all([person('黄志强'), person('吴美玲'), person('许独居')]);
    const created = await call(createHousehold, 'POST', '/registry/households', {
      body: {
        area: grid,
        headPersonId: head,
        perCapitaIncome: 1250.5,
        housingHardship: { kind: 'hardship', note: '两代同住 40 平米' },
      },
      claims: worker,
    });
    expect(created.status).toBe(201);
    householdId = created.json.id;
    const added = await call(addMember, 'POST', '/registry/households/{id}/members', {
      params: { id: householdId },
      body: { personId: spouse, relationship: 'spouse', version: created.json.version },
      claims: worker,
    });
    expect(added.status).toBe(201);
  });

  it('shows a member the household with its head, relationships, income and housing, numbers masked', async () => {
    const response = await householdOf(spouse);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      personId: spouse,
      household: {
        id: householdId,
        headPersonId: head,
        size: 2,
        perCapitaIncome: 1250.5,
        housingHardship: { kind: 'hardship', note: '两代同住 40 平米' },
        status: 'active',
      },
    });
    expect(
      response.json.household.members.map((member: { personId: string; relationshipLabel: string }) => [
        member.personId,
        member.relationshipLabel,
      ]),
    ).toEqual([
      [head, '户主'],
      [spouse, '配偶'],
    ]);
    for (const member of response.json.household.members) expect(member.person.citizenId).toMatch(/\*{8}/);
  });

  it('answers household null for a person in none, and once a member has left', async () => {
    expect((await householdOf(alone)).json).toEqual({ personId: alone, household: null });

    const current = await householdOf(head);
    const removed = await call(removeMember, 'DELETE', '/registry/households/{id}/members/{personId}', {
      params: { id: householdId, personId: spouse },
      query: { version: String(current.json.household.version) },
      claims: worker,
    });
    expect(removed.status).toBe(200);
    const after = await householdOf(spouse);
    expect(after.status).toBe(200);
    expect(after.json.household).toBeNull();
  });

  it('follows the access rules of the person', async () => {
    await refusesWhoMayNotSee(householdOf)(head);
  });
});

describe('GET /registry/persons/{id}/certificates', () => {
  let holder: string;
  let none: string;

  const apply = (personId: string, type: string) =>
    call(applyForCertificate, 'POST', '/registry/persons/{id}/certificates', {
      params: { id: personId },
      body: { type },
      claims: worker,
    });

  beforeAll(async () => {
    [holder, none] = await Promise.all([person('郭长青'), person('谢无证')]);
    const senior = await apply(holder, 'senior-preferential');
    expect(senior.status).toBe(201);
    const issued = await call(issueCertificate, 'POST', '/registry/certificates/{id}/issue', {
      params: { id: senior.json.id },
      body: { version: senior.json.version },
      claims: worker,
    });
    expect(issued.status).toBe(200);
    expect((await apply(holder, 'long-term-medication')).status).toBe(201);
    const rose = await apply(holder, 'rose');
    const revoked = await call(revokeCertificate, 'POST', '/registry/certificates/{id}/revoke', {
      params: { id: rose.json.id },
      body: { reason: '信息有误', version: rose.json.version },
      claims: worker,
    });
    expect(revoked.status).toBe(200);
  });

  it('lists the valid certificates with type, status, number and dates, newest application first', async () => {
    const response = await certificatesOf(holder);
    expect(response.status).toBe(200);
    expect(response.json.personId).toBe(holder);
    const [medication, senior] = response.json.items;
    expect(response.json.items).toHaveLength(2);
    expect(medication).toMatchObject({ type: 'long-term-medication', typeLabel: '长期服药卡', status: 'applied' });
    expect(medication.number).toBeUndefined();
    expect(medication.appliedAt).toEqual(expect.any(String));
    expect(senior).toMatchObject({ type: 'senior-preferential', typeLabel: '老年优待证', status: 'issued' });
    expect(senior.number).toMatch(new RegExp(`^${community}-\\d{4}-LNYD-\\d{4}$`));
    expect(senior.issuedAt).toEqual(expect.any(String));
  });

  it('answers an empty list for a person without certificates', async () => {
    expect((await certificatesOf(none)).json).toEqual({ personId: none, items: [] });
  });

  it('follows the access rules of the person', async () => {
    await refusesWhoMayNotSee(certificatesOf)(holder);
  });
});
