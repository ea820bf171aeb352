import { createEvent, GroupMembershipChanged, HouseholdChanged, type PersonFacts, PersonRegistered } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { sqsBatch } from '../../../test/support/events.ts';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createHandler as actAt } from '../src/handlers/act-on-application.ts';
import { createHandler as getAt } from '../src/handlers/get-application.ts';
import { handler as keepRegistryFacts } from '../src/handlers/keep-registry-facts.ts';
import { createHandler as submitAt } from '../src/handlers/submit-application.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../src/store/deps.ts';

export { sqsBatch } from '../../../test/support/events.ts';
export { call, claimsFor } from '../../../test/support/http.ts';
export { outboxEvents } from '../../../test/support/outbox.ts';
export { createServiceTables } from '../../../test/support/tables.ts';

/** A clock tests move by hand; handlers built with `at(clock)` read it on every request. */
export interface Clock {
  now: Date;
}

export const clockAt = (iso: string): Clock => ({ now: new Date(iso) });

/** Sets the clock to 10:00 in Shanghai on `day`. */
export function setDay(clock: Clock, day: string): void {
  clock.now = new Date(`${day}T02:00:00Z`);
}

/** `day` plus `n` calendar days. */
export const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Dependencies whose `now` is the test's clock. */
export const at = (clock: Clock) => (): SubsidiesDeps => ({ ...defaultSubsidiesDeps(), now: () => clock.now });

let sequence = 0;

export interface ResidentInput {
  area?: string;
  name?: string;
  birthDate?: string;
  sex?: 'male' | 'female';
  residence?: 'registered' | 'migrant';
  groups?: { group: string; attributes?: Record<string, unknown> }[];
  /** The household this resident heads; others join through `joins`. */
  household?: { size: number; perCapitaIncome?: number; joins?: string[] };
}

/**
 * A resident as this service learns of them: the registry's PersonRegistered, group and household events
 * through the real consumer, so the facts are kept exactly as in production.
 */
export async function knownResident(
  input: ResidentInput = {},
): Promise<{ personId: string; householdId?: string; facts: PersonFacts }> {
  sequence++;
  const personId = newId();
  const area = input.area ?? '350203006029-03';
  const facts: PersonFacts = {
    personId,
    name: input.name ?? `居民${sequence}`,
    citizenIdMasked: `350203********${String(1000 + sequence).slice(-4)}`,
    area,
    birthDate: input.birthDate ?? '1970-05-01',
    sex: input.sex ?? 'male',
    residence: input.residence ?? 'registered',
  };
  const events = [createEvent(PersonRegistered, { id: newId(), district: '350203', area, data: facts })];
  for (const { group, attributes = {} } of input.groups ?? []) {
    events.push(
      createEvent(GroupMembershipChanged, {
        id: newId(),
        district: '350203',
        area,
        data: { personId, area, group, change: 'joined', attributes, birthDate: facts.birthDate, sex: facts.sex },
      }) as never,
    );
  }
  let householdId: string | undefined;
  if (input.household) {
    householdId = newId();
    const memberIds = [personId, ...(input.household.joins ?? [])];
    events.push(
      createEvent(HouseholdChanged, {
        id: newId(),
        district: '350203',
        area,
        data: {
          householdId,
          area,
          change: 'created',
          version: 1,
          size: input.household.size,
          ...(input.household.perCapitaIncome !== undefined ? { perCapitaIncome: input.household.perCapitaIncome } : {}),
          housingHardship: { kind: 'none' },
          memberIds,
          headPersonId: personId,
        },
      }) as never,
    );
  }
  const result = await keepRegistryFacts(sqsBatch(events));
  if (result.batchItemFailures.length > 0) throw new Error('registry facts were not kept');
  return { personId, facts, ...(householdId ? { householdId } : {}) };
}

export const account = (holder: string) => ({ bank: '中国工商银行厦门思明支行', holder, number: '6222020402001234567' });

const community = '350203006029';
export const testGrid = `${community}-03`;
export const communityWorker = claimsFor('community-worker', [community]);
export const subdistrictStaff = claimsFor('subdistrict-staff', ['350203006']);

/**
 * The application handlers on one test clock, and the steps most tests take: submit a 低保 application,
 * act on it at its current version, and take it through review and the three rounds.
 */
export function workflow(clock: Clock) {
  const deps = at(clock);
  const submit = submitAt(deps);
  const act = actAt(deps);
  const get = getAt(deps);

  const application = async (id: string) =>
    (await call(get, 'GET', '/subsidies/applications/{id}', { params: { id }, claims: communityWorker })).json;

  const command = async (id: string, body: Record<string, unknown>, claims = communityWorker) => {
    const { version } = await application(id);
    return call(act, 'POST', '/subsidies/applications/{id}/commands', { params: { id }, claims, body: { version, ...body } });
  };

  const applyForDibao = (personId: string, name: string, extra: Record<string, unknown> = {}, claims = communityWorker) =>
    call(submit, 'POST', '/subsidies/applications', {
      claims,
      body: { programme: 'dibao', personId, statement: '家庭人均收入低于低保标准', account: account(name), ...extra },
    });

  /** Review, home visit and the three rounds of `noticeDays` each, posted on `start`; returns the day round 3 closed. */
  const throughNotice = async (id: string, start: string, noticeDays = 7) => {
    setDay(clock, start);
    await command(id, { type: 'start-review' });
    await command(id, { type: 'record-home-visit', visit: { visitedOn: start, findings: '入户核实属实', passed: true } });
    await command(id, { type: 'post-notice' });
    let on = start;
    for (let round = 1; round <= 3; round++) {
      on = plusDays(on, noticeDays);
      setDay(clock, on);
      const closed = await command(id, { type: 'close-notice' });
      if (closed.status !== 200) throw new Error(`round ${round} did not close: ${JSON.stringify(closed.json)}`);
    }
    return on;
  };

  /** A resident heading a household of `size` at `income` a head, their 低保 application on the sub-district's desk. */
  const awaitingApproval = async (
    name: string,
    income: number,
    start: string,
    options: { size?: number; noticeDays?: number } = {},
  ) => {
    setDay(clock, start);
    const resident = await knownResident({
      area: testGrid,
      name,
      household: { size: options.size ?? 1, perCapitaIncome: income },
    });
    const created = await applyForDibao(resident.personId, name);
    if (created.status !== 201) throw new Error(`not submitted: ${JSON.stringify(created.json)}`);
    await throughNotice(created.json.id, start, options.noticeDays);
    return { id: created.json.id as string, personId: resident.personId, householdId: resident.householdId };
  };

  /** The same, approved by the sub-district to start on `startsOn`. */
  const approvedDibao = async (
    name: string,
    income: number,
    start: string,
    startsOn: string,
    options: { size?: number; noticeDays?: number } = {},
  ) => {
    const pending = await awaitingApproval(name, income, start, options);
    const approved = await command(pending.id, { type: 'approve', startsOn }, subdistrictStaff);
    if (approved.status !== 200) throw new Error(`not approved: ${JSON.stringify(approved.json)}`);
    return { ...pending, approved: approved.json, amountYuan: approved.json.amountYuan as number };
  };

  return { deps, submit, act, get, application, command, applyForDibao, throughNotice, awaitingApproval, approvedDibao };
}
