import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { manifest as registryManifest } from '@shequ/registry';
import { listCertificates } from '@shequ/registry/store/certificates';
import { defaultRegistryDeps } from '@shequ/registry/store/deps';
import { countGroupMembers, groupNames, listGroupMembers } from '@shequ/registry/store/groups';
import { listHouseholds } from '@shequ/registry/store/households';
import { listAllPersons } from '@shequ/registry/store/persons';
import { listDueVisits } from '@shequ/registry/store/visits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, startTestPlatform } from '../../../test/support/platform.ts';
import { givenNamePools, surnames } from '../src/demo/names.ts';
import { featuredRegister } from '../src/demo/population.ts';
import { DEMO_ACCOUNTS, type DemoSummary, loadDemoData, resolveDemoAccounts } from '../src/demo-data.ts';
import type { Platform } from '../src/platform.ts';

const XIAOXUE = '350203006029';
const year = new Date().getFullYear();

describe('the demo register (generated)', () => {
  const register = featuredRegister(year);

  it('gives every person a name from the pool of their sex, which the citizen ID states', () => {
    expect(register.persons.length).toBeGreaterThanOrEqual(2_900);
    for (const person of register.persons) {
      const sexFromId = Number(person.citizenId[16]) % 2 === 1 ? 'male' : 'female';
      expect(person.sex).toBe(sexFromId);
      expect(surnames.has(person.name.slice(0, 1))).toBe(true);
      const given = person.name.slice(1);
      expect(givenNamePools[person.sex].has(given), `${person.name} (${person.sex})`).toBe(true);
      expect(givenNamePools[person.sex === 'male' ? 'female' : 'male'].has(given), `${person.name} (${person.sex})`).toBe(false);
    }
  });

  it('has unique citizen IDs, about 30 % migrants and a plausible age pyramid', () => {
    const ids = new Set(register.persons.map((person) => person.citizenId));
    expect(ids.size).toBe(register.persons.length);
    const share = (test: (person: (typeof register.persons)[number]) => boolean) =>
      register.persons.filter(test).length / register.persons.length;
    const age = (birthDate: string) => year - 1 - Number(birthDate.slice(0, 4));
    expect(share((person) => person.residence === 'migrant')).toBeGreaterThan(0.22);
    expect(share((person) => person.residence === 'migrant')).toBeLessThan(0.38);
    expect(share((person) => age(person.birthDate) >= 60)).toBeGreaterThan(0.15);
    expect(share((person) => age(person.birthDate) >= 60)).toBeLessThan(0.32);
    expect(
      share((person) => person.sex === 'female' && age(person.birthDate) >= 15 && age(person.birthDate) <= 49),
    ).toBeGreaterThan(0.16);
    // Every migrant says where from and since when.
    for (const person of register.persons.filter((candidate) => candidate.residence === 'migrant')) {
      expect(person.migrant?.origin).toMatch(/省|市/);
      expect(person.migrant?.arrivalDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is the same every time', () => {
    const again = featuredRegister(year);
    expect(again.persons.map((person) => `${person.name}${person.citizenId}`)).toEqual(
      register.persons.map((person) => `${person.name}${person.citizenId}`),
    );
  });
});

describe('the demo district loaded into an empty store', () => {
  let platform: Platform;
  let summary: DemoSummary;
  const deps = () => defaultRegistryDeps();

  beforeAll(async () => {
    // Loaded before the platform starts, as fast as the store takes it, as at `pnpm start`.
    process.env.OBJECT_STORE_DIR ??= mkdtempSync(join(tmpdir(), 'shequ-demo-'));
    const client = new DynamoDBClient({
      endpoint: process.env.DYNAMODB_ENDPOINT,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await ensureTable(client, tableOf('registry'), registryManifest.table);
    client.destroy();
    summary = await loadDemoData('350203', { featuredResidents: 600 });
    // Registry only: statistics' counting of every registration event is proven by the statistics and
    // import e2e files; here it would be minutes of the suite for the same code path.
    platform = await startTestPlatform({ services: ['registry'] });
  }, 240_000);
  afterAll(() => platform?.stop());

  it('loads 小学社区 with its residents in households (600 here; about 3,000 at pnpm start), quickly', async () => {
    expect(summary.alreadyLoaded).toBe(false);
    expect(summary.featured.persons).toBeGreaterThanOrEqual(600);
    // About 2.8 residents a household, as in an old-town community.
    expect(summary.featured.households).toBeGreaterThan(summary.featured.persons / 3.5);
    expect(summary.persons).toBeGreaterThan(summary.featured.persons + 300);
    const listed = await listAllPersons(deps(), { area: XIAOXUE }, 10_000);
    expect(listed.items.length).toBe(summary.featured.persons);
    const households = await listHouseholds(deps(), { area: XIAOXUE, limit: 5 });
    expect(households.items.length).toBe(5);
    // Generous for a machine busy with other work; on two idle cores the full demo loads in well under a minute.
    expect(summary.loadMs).toBeLessThan(150_000);
  });

  it('has members in every special group, 63 disabled residents in the seed proportions', async () => {
    for (const group of groupNames) {
      const page = await listGroupMembers(deps(), { group, area: XIAOXUE, limit: 1 });
      expect(page.items.length, group).toBe(1);
      expect(summary.featured.groups[group], group).toBeGreaterThan(0);
    }
    const disabled = await countGroupMembers(deps(), { group: 'disabled', area: XIAOXUE });
    expect(disabled.total).toBe(63);
    expect(disabled.byCategory).toMatchObject({ limb: 29, intellectual: 11, visual: 4, hearing: 8, mental: 11 });
  });

  it('leaves visits due today and overdue, and certificates waiting for an office day', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const due = await listDueVisits(deps(), { area: XIAOXUE, before: `${today}~`, limit: 1000 });
    const overdue = due.items.filter((plan) => plan.nextDue < today);
    const dueToday = due.items.filter((plan) => plan.nextDue === today);
    expect(overdue.length).toBe(summary.featured.visitPlans.overdue);
    expect(dueToday.length).toBe(summary.featured.visitPlans.dueToday);
    expect(overdue.length).toBeGreaterThan(0);
    expect(dueToday.length).toBeGreaterThan(0);
    // The grid worker's own list (visits are assigned to the demo account's subject).
    const grid = DEMO_ACCOUNTS.find((account) => account.role === 'grid-worker');
    expect(due.items.some((plan) => plan.assignedTo === grid?.sub)).toBe(true);

    const waiting = await listCertificates(deps(), { area: XIAOXUE, type: 'reproductive-health', status: 'applied', limit: 100 });
    expect(waiting.items.some((certificate) => certificate.type === 'reproductive-health')).toBe(true);
    expect(summary.featured.certificates.waiting).toBeGreaterThan(5);
    expect(summary.featured.certificates.issued).toBeGreaterThan(10);
    expect(summary.featured.import).toMatchObject({ failed: 3, created: 22 });
  });

  it('signs the resident in as a real person of the register', async () => {
    const accounts = await resolveDemoAccounts(deps());
    const resident = accounts.find((account) => account.role === 'resident');
    expect(resident?.person).toMatch(/^[0-9a-z]+$/);
    const token = await platform.issuer.sign({
      sub: resident?.sub ?? '',
      role: 'resident',
      areas: resident?.areas ?? [],
      person: resident?.person,
    });
    const me = await apiClient(platform.url).request('GET', `/registry/persons/${resident?.person}`, { token });
    expect(me.status).toBe(200);
    expect(me.json.name).toBe('郑雅婷');
  });

  it('adds nothing when loaded again', async () => {
    const again = await loadDemoData('350203', { deps: deps() });
    expect(again.alreadyLoaded).toBe(true);
    expect(again.featured.persons).toBe(summary.featured.persons);
    const listed = await listAllPersons(deps(), { area: XIAOXUE }, 10_000);
    expect(listed.items.length).toBe(summary.featured.persons);
  }, 120_000);
});
