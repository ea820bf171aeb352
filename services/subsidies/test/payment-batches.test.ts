import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { addMonths } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { createLogger } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { submitApplication } from '../src/domain/applications.ts';
import { runPayments } from '../src/jobs/run-payments.ts';
import { type ApplicationRecord, createApplication, getApplication, lastPaidKey } from '../src/store/applications.ts';
import type { SubsidiesDeps } from '../src/store/deps.ts';
import { ledgerOfMonth } from '../src/store/ledger.ts';
import { type PayableBenefit, payBenefits } from '../src/store/payments.ts';
import { at, clockAt, createServiceTables, outboxEvents, setDay } from './support.ts';

/**
 * The payment run's batches: many benefits to a transaction, a cancellation that names some of them paid,
 * a crash between a batch's transactions, and the last paid period kept on each benefit.
 */

const clock = clockAt('2026-03-05T02:00:00Z');
const deps = at(clock);
const log = createLogger({ test: 'payment-batches' });

/** Each test pays benefits of a community of its own, so its ledger row is its own. */
let communitySequence = 10;
/** Every benefit stored so far, by community: a whole run pays them all. */
const seeded = new Map<string, ApplicationRecord[]>();

/** Active 低保 benefits stored as approval leaves them (the workflow is tested elsewhere). */
async function activeBenefits(
  count: number,
  startsOn: string,
  over: Partial<ApplicationRecord> = {},
): Promise<ApplicationRecord[]> {
  const community = `3502030060${communitySequence++}`;
  const now = deps().now();
  const records: ApplicationRecord[] = [];
  for (let index = 0; index < count; index++) {
    const base = submitApplication({ id: newId(now), programmeId: 'dibao', applicantId: newId(now) }, { id: 'test' }, now);
    records.push(
      await createApplication(deps(), {
        ...base,
        state: 'active',
        programmeName: '最低生活保障（低保）',
        form: 'cash',
        period: 'monthly',
        area: `${community}-01`,
        community,
        applicantName: `居民${index}`,
        applicantIdMasked: '350203********0000',
        statement: '家庭人均收入低于低保标准',
        amountFen: 30_000 + index * 100,
        approvedOn: startsOn,
        startsOn,
        version: 1,
        ...over,
      }),
    );
  }
  seeded.set(community, records);
  return records;
}

/** Dependencies whose client counts what it sends, and can die at a transaction after sending it. */
function watched(options: { dieAfterSending?: number } = {}) {
  const real = deps();
  const sent = { transactions: 0, queries: 0 };
  const inFlight: Promise<unknown>[] = [];
  const client = {
    async send(command: unknown) {
      if (command instanceof QueryCommand) sent.queries++;
      if (!(command instanceof TransactWriteCommand)) return real.client.send(command as never);
      const number = ++sent.transactions;
      const landed = real.client.send(command as never);
      inFlight.push(landed);
      if (options.dieAfterSending !== undefined && number >= options.dieAfterSending) {
        // The write reaches DynamoDB; the process dies before it learns the answer.
        await landed.catch(() => undefined);
        throw new Error('simulated crash');
      }
      return landed;
    },
  };
  // Until nothing more is sent: the parallel segments of a dying run each finish the write they began.
  const settled = async () => {
    for (let seen = -1; seen !== inFlight.length; ) {
      seen = inFlight.length;
      await Promise.allSettled(inFlight);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  return { deps: { ...real, client: client as unknown as SubsidiesDeps['client'] }, sent, settled };
}

const lastPaidOf = async (id: string) =>
  (await deps().client.send(new GetCommand({ TableName: deps().tableName, Key: lastPaidKey(id) }))).Item?.lastPaidPeriod as
    | string
    | undefined;

/** The benefits as the run's Scan would find them now: each with its last-paid item and its payments of recent runs. */
const asScanned = (records: readonly ApplicationRecord[], month: string): Promise<PayableBenefit[]> =>
  Promise.all(
    records.map(async (benefit) => ({
      benefit,
      lastPaidPeriod: await lastPaidOf(benefit.id),
      recentlyPaid: (await paymentsOf(benefit.id))
        .filter((payment) => payment.month === month || payment.month === addMonths(month, -1))
        .map((payment) => payment.period),
    })),
  );

const paymentsOf = async (id: string) => (await getApplication(deps(), id))?.payments ?? [];

async function expectPaidOnce(benefits: readonly ApplicationRecord[], month: string) {
  for (const benefit of benefits) {
    expect((await paymentsOf(benefit.id)).filter((payment) => payment.period === month)).toHaveLength(1);
    expect(await outboxEvents('subsidies', 'PaymentMade', { applicationId: benefit.id, period: month })).toHaveLength(1);
  }
  const rows = await ledgerOfMonth(deps(), month, benefits[0]?.community as string);
  expect(rows).toEqual([
    expect.objectContaining({
      programme: 'dibao',
      payments: benefits.length,
      paidFen: benefits.reduce((sum, benefit) => sum + (benefit.amountFen ?? 0), 0),
    }),
  ]);
}

beforeAll(async () => {
  await createServiceTables();
});

describe('payment batches', () => {
  it('a cancellation naming some benefits of a batch as already paid pays the rest exactly once', async () => {
    setDay(clock, '2026-03-05');
    const benefits = await activeBenefits(10, '2026-03-01');
    // Another run pays three of them after this one read the ten: this run's view of them is stale.
    const read = await asScanned(benefits, '2026-03');
    const other = await payBenefits(
      deps(),
      await asScanned(
        [2, 5, 7].map((i) => benefits[i] as ApplicationRecord),
        '2026-03',
      ),
      '2026-03',
      newId(),
    );
    expect(other.payments).toBe(3);

    const run = watched();
    const outcome = await payBenefits(run.deps, read, '2026-03', newId());
    expect(outcome).toMatchObject({ payments: 7, alreadyPaid: 3 });
    // All ten went into one transaction, cancelled naming the three; the seven went again without them.
    expect(run.sent.transactions).toBe(2);
    await expectPaidOnce(benefits, '2026-03');
  });

  it('two runs at once pay each benefit once', async () => {
    setDay(clock, '2026-03-06');
    const benefits = await activeBenefits(12, '2026-03-01');
    const read = await asScanned(benefits, '2026-03');
    const [a, b] = await Promise.all([
      payBenefits(deps(), read, '2026-03', newId(), { benefitsPerTransaction: 4 }),
      payBenefits(deps(), [...read].reverse(), '2026-03', newId(), { benefitsPerTransaction: 4 }),
    ]);
    expect(a.payments + b.payments).toBe(12);
    // What either did not pay it found paid by the other.
    expect(a.alreadyPaid).toBe(12 - a.payments);
    expect(b.alreadyPaid).toBe(12 - b.payments);
    await expectPaidOnce(benefits, '2026-03');
  });

  it('a run that dies after sending a batch’s transaction is resumed by the next, which pays each benefit once', async () => {
    setDay(clock, '2026-03-07');
    const benefits = await activeBenefits(10, '2026-03-01');
    const dying = watched({ dieAfterSending: 2 });
    await expect(
      payBenefits(dying.deps, await asScanned(benefits, '2026-03'), '2026-03', newId(), { benefitsPerTransaction: 3 }),
    ).rejects.toThrow('simulated crash');
    await dying.settled();
    // The first two transactions landed (the second unanswered), the rest of the batch never went.
    const paidBefore = (await Promise.all(benefits.map((b) => paymentsOf(b.id)))).filter((p) => p.length > 0).length;
    expect(paidBefore).toBe(6);

    // Resumed, the run's Scan finds six benefits paid through March: it pays the four others, reading nothing more.
    const resumed = await payBenefits(deps(), await asScanned(benefits, '2026-03'), '2026-03', newId());
    expect(resumed).toMatchObject({ payments: 4, alreadyPaid: 0 });
    await expectPaidOnce(benefits, '2026-03');

    // Read before the crash, a stale view finds the six paid when it writes and pays nobody twice.
    const stale = await payBenefits(
      deps(),
      benefits.map((benefit) => ({ benefit })),
      '2026-03',
      newId(),
    );
    expect(stale).toMatchObject({ payments: 0, alreadyPaid: 10 });
    await expectPaidOnce(benefits, '2026-03');
  });

  it('the whole run, killed within its batches and run again, pays every benefit once', async () => {
    setDay(clock, '2026-04-05');
    const all = [...seeded.values()].flat();
    const dying = watched({ dieAfterSending: 3 });
    await expect(runPayments(dying.deps, log, { benefitsPerTransaction: 5 })).rejects.toThrow('simulated crash');
    await dying.settled();
    const paidBefore = (await Promise.all(all.map((b) => paymentsOf(b.id)))).filter((p) => p.some((x) => x.period === '2026-04'));
    expect(paidBefore.length).toBeGreaterThan(0);
    expect(paidBefore.length).toBeLessThan(all.length);

    const resumed = await runPayments(deps(), log);
    expect(resumed.payments).toBe(all.length - paidBefore.length);
    expect((await runPayments(deps(), log)).payments).toBe(0);
    for (const benefits of seeded.values()) await expectPaidOnce(benefits, '2026-04');
  });

  it('tells what each benefit owes from the Scan alone, reading a benefit’s payments once after a gap', async () => {
    setDay(clock, '2026-05-05');
    // Started two months back: the run pays March, April and May together.
    const [benefit] = await activeBenefits(1, '2026-03-01');
    const id = (benefit as ApplicationRecord).id;
    // Ended with May: June finds it paid by May's run; July no longer sees May's payments and reads them once.
    const ended = await activeBenefits(1, '2026-03-01', { state: 'ended', endsOn: '2026-05-31' });
    const endedId = (ended[0] as ApplicationRecord).id;
    const first = await runPayments(deps(), log);
    expect(first.payments).toBeGreaterThanOrEqual(6);
    for (const paid of [id, endedId]) {
      expect((await paymentsOf(paid)).map((payment) => payment.period)).toEqual(['2026-03', '2026-04', '2026-05']);
    }
    // Paid in one transaction with nothing read first, the payments themselves say how far: no last-paid item yet.
    expect(await lastPaidOf(id)).toBeUndefined();
    expect((await getApplication(deps(), id))?.application.version).toBe(1);

    const rerun = watched();
    expect(await runPayments(rerun.deps, log)).toMatchObject({ payments: 0, alreadyPaid: 0 });
    expect(rerun.sent).toEqual({ transactions: 0, queries: 0 });

    setDay(clock, '2026-06-05');
    const june = watched();
    expect((await runPayments(june.deps, log)).alreadyPaid).toBe(0);
    expect(june.sent.queries).toBe(0);
    expect((await paymentsOf(id)).map((payment) => payment.period)).toContain('2026-06');

    setDay(clock, '2026-07-05');
    const july = watched();
    expect((await runPayments(july.deps, log)).alreadyPaid).toBe(0);
    expect(july.sent.queries).toBe(1);
    expect(await lastPaidOf(endedId)).toBe('2026-05');

    setDay(clock, '2026-08-05');
    const august = watched();
    await runPayments(august.deps, log);
    expect(august.sent.queries).toBe(0);
    expect((await paymentsOf(endedId)).map((payment) => payment.period)).toEqual(['2026-03', '2026-04', '2026-05']);
    expect((await paymentsOf(id)).map((payment) => payment.period)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
    ]);
  });

  it('a benefit paid by runs long before is read once, paid what it still owes, then told by its own payments', async () => {
    const [benefit] = await activeBenefits(1, '2026-07-01');
    const id = (benefit as ApplicationRecord).id;
    // Paid July and August by their runs, then no run until November: its payments are outside the Scan's window.
    setDay(clock, '2026-07-05');
    await payBenefits(deps(), [{ benefit: benefit as ApplicationRecord }], '2026-07', newId());
    setDay(clock, '2026-08-05');
    await payBenefits(deps(), await asScanned([benefit as ApplicationRecord], '2026-08'), '2026-08', newId());
    expect(await lastPaidOf(id)).toBeUndefined();

    setDay(clock, '2026-11-05');
    const november = watched();
    const found = await payBenefits(
      november.deps,
      await asScanned([benefit as ApplicationRecord], '2026-11'),
      '2026-11',
      newId(),
    );
    expect(found).toMatchObject({ payments: 3, alreadyPaid: 0 });
    expect(november.sent.queries).toBe(1);
    expect((await paymentsOf(id)).map((payment) => payment.period)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    // November's payments tell December's run how far: no last-paid item needed, and nothing read.
    expect(await lastPaidOf(id)).toBeUndefined();
    setDay(clock, '2026-12-05');
    const december = watched();
    const paid = await payBenefits(december.deps, await asScanned([benefit as ApplicationRecord], '2026-12'), '2026-12', newId());
    expect(paid).toMatchObject({ payments: 1, alreadyPaid: 0 });
    expect(december.sent).toEqual({ transactions: 1, queries: 0 });
  });
});
