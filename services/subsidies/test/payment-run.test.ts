import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createEvent, PersonDeceased } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { createLogger } from '@shequ/kit';
import { readWorkbook } from '@shequ/sheets';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler as exportAt } from '../src/handlers/export-bank-file.ts';
import { createHandler as ledgerAt } from '../src/handlers/get-ledger.ts';
import { createHandler as keepRegistryFactsAt } from '../src/handlers/keep-registry-facts.ts';
import { createHandler as budgetsAt } from '../src/handlers/list-budgets.ts';
import { createHandler as paymentsAt } from '../src/handlers/list-payments.ts';
import { createHandler as setBudgetAt } from '../src/handlers/set-budget.ts';
import { runPayments } from '../src/jobs/run-payments.ts';
import type { SubsidiesDeps } from '../src/store/deps.ts';
import { account, call, claimsFor, clockAt, createServiceTables, outboxEvents, setDay, sqsBatch, workflow } from './support.ts';

const community = '350203006029';
const worker = claimsFor('community-worker', [community]);
const subdistrict = claimsFor('subdistrict-staff', ['350203006']);
const districtAdmin = claimsFor('district-admin', ['350203']);

const clock = clockAt('2026-05-04T02:00:00Z');
const { deps, submit, application, command, awaitingApproval, approvedDibao } = workflow(clock);
const ledger = ledgerAt(deps);
const payments = paymentsAt(deps);
const bankFile = exportAt(deps);
const setBudget = setBudgetAt(deps);
const budgets = budgetsAt(deps);
const keepRegistryFacts = keepRegistryFactsAt(deps);
const log = createLogger({ test: 'payment-run' });

const day = (d: string) => setDay(clock, d);

/** A run whose process dies at its (writes + 1)th transaction; `settled` waits for the writes already on the wire. */
function crashingAfter(writes: number): SubsidiesDeps & { settled: () => Promise<unknown> } {
  const real = deps();
  let done = 0;
  const inFlight: Promise<unknown>[] = [];
  const client = {
    send(commandToSend: unknown) {
      if (commandToSend instanceof TransactWriteCommand && ++done > writes) return Promise.reject(new Error('simulated crash'));
      const sent = real.client.send(commandToSend as never);
      inFlight.push(sent);
      return sent;
    },
  };
  return { ...real, client: client as unknown as SubsidiesDeps['client'], settled: () => Promise.allSettled(inFlight) };
}

const paymentsOf = async (id: string) => ((await application(id)).payments ?? []) as { period: string; amountYuan: number }[];

let benefits: { id: string; personId: string; amountYuan: number }[] = [];

beforeAll(async () => {
  await createServiceTables();
  benefits = [
    await approvedDibao('林阿婆', 580, '2026-05-04', '2026-06-01', { size: 1 }),
    await approvedDibao('陈伯', 600, '2026-05-04', '2026-06-01', { size: 1 }),
    await approvedDibao('张家', 750, '2026-05-04', '2026-06-01', { size: 2 }),
    await approvedDibao('李家', 761, '2026-05-04', '2026-06-01', { size: 1 }),
  ];
});

describe('the monthly payment run', () => {
  it('pays each benefit once for the month, and a second run in the same month pays nothing', async () => {
    expect(benefits.map((b) => b.amountYuan)).toEqual([320, 300, 300, 139]);
    day('2026-06-05');
    const first = await runPayments(deps(), log);
    expect(first).toMatchObject({ month: '2026-06', payments: 4, paidYuan: 1059 });
    const second = await runPayments(deps(), log);
    expect(second).toMatchObject({ month: '2026-06', payments: 0, paidYuan: 0 });
    for (const benefit of benefits) {
      expect(await paymentsOf(benefit.id)).toEqual([
        expect.objectContaining({ period: '2026-06', amountYuan: benefit.amountYuan }),
      ]);
      expect(await outboxEvents('subsidies', 'PaymentMade', { applicationId: benefit.id })).toHaveLength(1);
    }
  });

  it('killed halfway and run again, pays every benefit exactly once', async () => {
    day('2026-07-05');
    const crashing = crashingAfter(2);
    // One benefit to a transaction, so the crash falls between benefits (payment-batches covers a crash within a batch).
    await expect(runPayments(crashing, log, { benefitsPerTransaction: 1 })).rejects.toThrow('simulated crash');
    // Payments run in parallel: a write sent before the crash may land after it, as on a real dying process.
    await crashing.settled();
    const paidBeforeRerun = (await Promise.all(benefits.map((b) => paymentsOf(b.id)))).filter((p) =>
      p.some((x) => x.period === '2026-07'),
    );
    expect(paidBeforeRerun.length).toBeGreaterThan(0);
    expect(paidBeforeRerun.length).toBeLessThan(benefits.length);

    const resumed = await runPayments(deps(), log);
    expect(resumed.payments).toBe(benefits.length - paidBeforeRerun.length);
    for (const benefit of benefits) {
      expect((await paymentsOf(benefit.id)).filter((p) => p.period === '2026-07')).toHaveLength(1);
      const events = await outboxEvents('subsidies', 'PaymentMade', { applicationId: benefit.id, period: '2026-07' });
      expect(events).toHaveLength(1);
    }
    const month = await call(ledger, 'GET', '/subsidies/ledger', {
      claims: worker,
      query: { month: '2026-07', area: community },
    });
    expect(month.json.totals).toEqual([expect.objectContaining({ programme: 'dibao', paidYuan: 1059, payments: 4 })]);
  });

  it('lists the month’s payments masked, and exports the bank file with full numbers and a total', async () => {
    const listed = await call(payments, 'GET', '/subsidies/payments', {
      claims: worker,
      query: { month: '2026-06', area: community },
    });
    expect(listed.json.items).toHaveLength(4);
    expect(listed.json.items[0].accountMasked).toBe('**** **** **** 4567');

    expect(
      (
        await call(bankFile, 'GET', '/subsidies/payments/bank-file', {
          claims: worker,
          query: { month: '2026-06', area: community },
        })
      ).status,
    ).toBe(403);
    const file = await call(bankFile, 'GET', '/subsidies/payments/bank-file', {
      claims: subdistrict,
      query: { month: '2026-06', area: community },
    });
    expect(file.status).toBe(200);
    const rows = await readWorkbook(Buffer.from(file.json, 'base64'));
    const flat = JSON.stringify(rows);
    expect(flat).toContain('6222020402001234567');
    expect(flat).toContain('1059');
  });

  it('低保渐退: keeps paying through the 3-month trial, then stops and shows the reduction in the ledger', async () => {
    const leaver = benefits[0] as (typeof benefits)[number];
    day('2026-07-20');
    const reported = await command(leaver.id, { type: 'report-work', reportedOn: '2026-07-15' });
    expect(reported.status, JSON.stringify(reported.json)).toBe(200);
    expect(reported.json.graduatedExit).toEqual({
      reportedWorkOn: '2026-07-15',
      trialFrom: '2026-08',
      trialTo: '2026-10',
      exitMonth: '2026-11',
    });
    expect(reported.json.endsOn).toBe('2026-10-31');
    expect((await command(leaver.id, { type: 'report-work', reportedOn: '2026-07-16' })).json.code).toBe('exit-already-reported');

    for (const month of ['2026-08', '2026-09', '2026-10']) {
      day(`${month}-05`);
      await runPayments(deps(), log);
    }
    day('2026-11-05');
    const november = await runPayments(deps(), log);
    expect(november.closed).toBeGreaterThanOrEqual(1);
    const periods = (await paymentsOf(leaver.id)).map((p) => p.period);
    expect(periods).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect((await application(leaver.id)).state).toBe('ended');

    const ledgerNovember = await call(ledger, 'GET', '/subsidies/ledger', {
      claims: subdistrict,
      query: { month: '2026-11', area: '350203006' },
    });
    expect(ledgerNovember.json.totals).toEqual([
      expect.objectContaining({ programme: 'dibao', paidYuan: 1059 - 320, exitYuan: 320, exits: 1 }),
    ]);
  });

  it('suspended months are not paid; resumed, the benefit is paid again', async () => {
    const paused = benefits[3] as (typeof benefits)[number];
    day('2026-11-20');
    expect((await command(paused.id, { type: 'suspend', reason: '年度复核材料未交' })).json.state).toBe('suspended');
    day('2026-12-05');
    await runPayments(deps(), log);
    day('2027-01-02');
    expect((await command(paused.id, { type: 'resume', reason: '材料已补交' })).json.state).toBe('active');
    day('2027-01-05');
    await runPayments(deps(), log);
    const periods = (await paymentsOf(paused.id)).map((p) => p.period);
    expect(periods).toContain('2026-11');
    expect(periods).not.toContain('2026-12');
    expect(periods).toContain('2027-01');
  });
});

describe('budgets', () => {
  it('refuses an approval that would exceed the year’s budget and changes nothing; a raised budget lets it through', async () => {
    day('2027-01-04');
    const set = await call(setBudget, 'PUT', '/subsidies/budgets/{programme}/{year}', {
      claims: districtAdmin,
      params: { programme: 'dibao', year: '2027' },
      body: { totalYuan: 3000, earmark: '区财政城乡低保专项资金' },
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    expect(set.json).toMatchObject({ totalYuan: 3000, availableYuan: 3000, reservedYuan: 0, version: 1 });
    expect(
      (
        await call(setBudget, 'PUT', '/subsidies/budgets/{programme}/{year}', {
          claims: subdistrict,
          params: { programme: 'dibao', year: '2027' },
          body: { totalYuan: 9000 },
        })
      ).status,
    ).toBe(403);

    // 300 a month from January: 3,600 for the year, more than the 3,000 there is.
    const pending = await awaitingApproval('赵大姐', 600, '2027-01-04');
    const refused = await command(pending.id, { type: 'approve', startsOn: '2027-01-01' }, subdistrict);
    expect(refused.status).toBe(422);
    expect(refused.json.code).toBe('budget-exceeded');
    expect(refused.json.detail).toContain('3600');
    expect((await application(pending.id)).state).toBe('subdistrict-approval');

    const raised = await call(setBudget, 'PUT', '/subsidies/budgets/{programme}/{year}', {
      claims: districtAdmin,
      params: { programme: 'dibao', year: '2027' },
      body: { totalYuan: 10_000, version: 1 },
    });
    expect(raised.json).toMatchObject({ totalYuan: 10_000, availableYuan: 10_000, version: 2 });
    const approved = await command(pending.id, { type: 'approve', startsOn: '2027-01-01' }, subdistrict);
    expect(approved.status).toBe(200);

    const year = await call(budgets, 'GET', '/subsidies/budgets', { claims: subdistrict, query: { year: '2027' } });
    expect(year.json.items).toEqual([
      expect.objectContaining({
        programme: 'dibao',
        totalYuan: 10_000,
        reservedYuan: 3600,
        availableYuan: 6400,
        earmark: '区财政城乡低保专项资金',
      }),
    ]);
    const tooLow = await call(setBudget, 'PUT', '/subsidies/budgets/{programme}/{year}', {
      claims: districtAdmin,
      params: { programme: 'dibao', year: '2027' },
      body: { totalYuan: 3000, version: 2 },
    });
    expect(tooLow.status).toBe(422);
    expect(tooLow.json.code).toBe('budget-below-reserved');

    // Ended at the end of March, the benefit gives back the nine months it will not pay.
    day('2027-03-31');
    expect((await command(pending.id, { type: 'end', reason: '家庭收入已超过低保标准' })).json.state).toBe('ended');
    const after = await call(budgets, 'GET', '/subsidies/budgets', { claims: subdistrict, query: { year: '2027' } });
    expect(after.json.items[0]).toMatchObject({ reservedYuan: 900, availableYuan: 9100 });
  });
});

describe('registry life events', () => {
  it('a death ends the benefit as of that day and closes applications still in progress', async () => {
    day('2027-04-06');
    const { id, personId } = await approvedDibao('孙爷爷', 700, '2027-04-06', '2027-05-01', { size: 1 }).then(async (b) => b);
    const second = await call(submit, 'POST', '/subsidies/applications', {
      claims: worker,
      body: { programme: 'temporary-relief', personId, statement: '突发疾病', requestedYuan: 2000, account: account('孙爷爷') },
    });
    // 临时救助 asks for a 低保 or 特困 household as the registry records the group; this person has none.
    expect(second.status).toBe(422);

    const dead = (await application(id)) as { area: string };
    const death = createEvent(PersonDeceased, {
      id: newId(),
      district: '350203',
      area: dead.area,
      data: {
        personId,
        name: '孙爷爷',
        citizenIdMasked: '350203********0001',
        area: dead.area,
        birthDate: '1940-01-01',
        sex: 'male',
        residence: 'registered',
        dateOfDeath: '2027-05-03',
      },
    });
    day('2027-05-10');
    const handled = await keepRegistryFacts(sqsBatch([death]));
    expect(handled.batchItemFailures).toEqual([]);
    const ended = await application(id);
    expect(ended).toMatchObject({ state: 'ended', endsOn: '2027-05-03' });
    expect(ended.history.at(-1)).toMatchObject({ command: 'end', by: 'system:registry', reason: '居民已去世' });
    // Delivered again, the event changes nothing.
    expect((await keepRegistryFacts(sqsBatch([death]))).batchItemFailures).toEqual([]);
    expect((await application(id)).version).toBe(ended.version);
  });
});
