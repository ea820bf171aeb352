import {
  type ApplicationStateName,
  ApplicationStatusChanged,
  createEvent,
  type EventEnvelope,
  PaymentMade,
} from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqsBatch } from '../../../test/support/events.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { createHandler } from '../src/handlers/count-benefits.ts';
import { BENEFITS_BUCKET } from '../src/store/benefits.ts';
import { flowBucket, readCounter } from '../src/store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../src/store/deps.ts';

const clock = { now: new Date('2026-05-20T02:00:00Z') };
const deps = (): StatisticsDeps => ({ ...defaultStatisticsDeps(), now: () => clock.now });
const countBenefits = createHandler(deps);

interface StatusOptions {
  programme?: string;
  area: string;
  amountFen?: number;
  persons?: number;
  programmePeriod?: 'monthly' | 'yearly' | 'one-off';
  at: string;
}

/** One ApplicationStatusChanged of an application, raised at `at`. */
function status(
  applicationId: string,
  from: ApplicationStateName | undefined,
  to: ApplicationStateName,
  options: StatusOptions,
): EventEnvelope {
  const programme = options.programme ?? 'dibao';
  return createEvent(ApplicationStatusChanged, {
    id: newId(new Date(options.at)),
    district: '350203',
    area: options.area,
    occurredAt: new Date(options.at),
    data: {
      applicationId,
      programme,
      programmeName: programme === 'dibao' ? '最低生活保障' : programme,
      personId: `p-${applicationId}`,
      area: options.area,
      ...(from ? { from } : {}),
      to,
      command: to,
      by: 'worker',
      ...(options.amountFen !== undefined ? { amountFen: options.amountFen } : {}),
      programmePeriod: options.programmePeriod ?? 'monthly',
      ...(programme === 'dibao' ? { householdId: `h-${applicationId}` } : {}),
      personsCovered: options.persons ?? 1,
    },
  });
}

function payment(applicationId: string, area: string, amountFen: number, month: string, programme = 'dibao'): EventEnvelope {
  return createEvent(PaymentMade, {
    id: newId(),
    district: '350203',
    area,
    data: {
      paymentId: newId(),
      applicationId,
      programme,
      personId: `p-${applicationId}`,
      area,
      period: month,
      month,
      amountFen,
      form: 'cash',
    },
  });
}

async function deliver(...events: EventEnvelope[]): Promise<void> {
  const out = await countBenefits(sqsBatch(events));
  expect(out.batchItemFailures).toEqual([]);
}

/** The steps of an application from submission to an active benefit, at one-minute intervals from `start`. */
function approval(applicationId: string, options: Omit<StatusOptions, 'at'> & { start: string }): EventEnvelope[] {
  const steps: [ApplicationStateName | undefined, ApplicationStateName][] = [
    [undefined, 'submitted'],
    ['submitted', 'community-review'],
    ['community-review', 'notice-1'],
    ['notice-1', 'notice-2'],
    ['notice-2', 'notice-3'],
    ['notice-3', 'subdistrict-approval'],
    ['subdistrict-approval', 'active'],
  ];
  const start = Date.parse(options.start);
  return steps.map(([from, to], index) =>
    status(applicationId, from, to, { ...options, at: new Date(start + index * 60_000).toISOString() }),
  );
}

beforeAll(async () => {
  await createServiceTables();
});

describe('benefits in force', () => {
  it('counts a 低保 household with its persons and monthly amount at every level once it is active', async () => {
    const grid = '350203006029-03';
    const events = approval('app-1', { area: grid, amountFen: 120_000, persons: 3, start: '2026-05-10T02:00:00Z' });
    await deliver(...events.slice(0, 6));
    expect(await readCounter(deps(), grid, BENEFITS_BUCKET)).toEqual({});
    await deliver(events[6] as EventEnvelope);
    for (const area of [grid, '350203006029', '350203006', '350203']) {
      expect(await readCounter(deps(), area, BENEFITS_BUCKET)).toEqual({
        'dibao:households': 1,
        'dibao:persons': 3,
        'dibao:monthlyFen': 120_000,
        'all:households': 1,
        'all:persons': 3,
        'all:monthlyFen': 120_000,
      });
    }
    expect(await readCounter(deps(), grid, flowBucket('2026-05'))).toEqual({ 'benefits:dibao:new': 1, 'benefits:all:new': 1 });

    // Redelivered, the whole history changes nothing.
    await deliver(...events);
    expect((await readCounter(deps(), '350203006029', BENEFITS_BUCKET))['dibao:households']).toBe(1);
    expect((await readCounter(deps(), grid, flowBucket('2026-05')))['benefits:dibao:new']).toBe(1);
  });

  it('follows suspension, resumption, a review adjusting the amount and the end; a resumption is not a new benefit', async () => {
    const community = '350203006030';
    await deliver(...approval('app-2', { area: community, amountFen: 50_000, persons: 2, start: '2026-05-01T02:00:00Z' }));
    const stock = () => readCounter(deps(), community, BENEFITS_BUCKET);
    await deliver(
      status('app-2', 'active', 'suspended', { area: community, amountFen: 50_000, persons: 2, at: '2026-05-02T02:00:00Z' }),
    );
    expect((await stock())['dibao:households']).toBe(0);
    await deliver(
      status('app-2', 'suspended', 'active', { area: community, amountFen: 50_000, persons: 2, at: '2026-05-03T02:00:00Z' }),
    );
    expect(await stock()).toMatchObject({ 'dibao:households': 1, 'dibao:persons': 2, 'dibao:monthlyFen': 50_000 });
    await deliver(
      status('app-2', 'active', 'active', { area: community, amountFen: 65_000, persons: 2, at: '2026-05-04T02:00:00Z' }),
    );
    expect(await stock()).toMatchObject({ 'dibao:households': 1, 'dibao:monthlyFen': 65_000 });
    await deliver(
      status('app-2', 'active', 'ended', { area: community, amountFen: 65_000, persons: 2, at: '2026-06-02T02:00:00Z' }),
    );
    expect(await stock()).toMatchObject({ 'dibao:households': 0, 'dibao:persons': 0, 'dibao:monthlyFen': 0 });
    expect(await readCounter(deps(), community, flowBucket('2026-05'))).toEqual({
      'benefits:dibao:new': 1,
      'benefits:all:new': 1,
    });
    expect(await readCounter(deps(), community, flowBucket('2026-06'))).toEqual({
      'benefits:dibao:ended': 1,
      'benefits:all:ended': 1,
    });
  });

  it('ends up right whatever order the events arrive in', async () => {
    const community = '350203006031';
    const events = [
      ...approval('app-3', { area: community, amountFen: 80_000, persons: 4, start: '2026-05-05T02:00:00Z' }),
      status('app-3', 'active', 'ended', { area: community, amountFen: 80_000, persons: 4, at: '2026-05-25T02:00:00Z' }),
    ];
    await deliver(...[...events].reverse());
    // The end came first: the late steps before it never put the benefit in force.
    expect(await readCounter(deps(), community, BENEFITS_BUCKET)).toEqual({});
    expect(await readCounter(deps(), community, flowBucket('2026-05'))).toEqual({
      'benefits:dibao:new': 1,
      'benefits:all:new': 1,
      'benefits:dibao:ended': 1,
      'benefits:all:ended': 1,
    });
  });

  it('keeps a yearly programme out of the monthly amount but counts its recipients', async () => {
    const community = '350203006032';
    await deliver(
      ...approval('app-4', {
        programme: 'mental-medication',
        area: community,
        amountFen: 240_000,
        programmePeriod: 'yearly',
        start: '2026-05-05T02:00:00Z',
      }),
    );
    expect(await readCounter(deps(), community, BENEFITS_BUCKET)).toEqual({
      'mental-medication:households': 1,
      'mental-medication:persons': 1,
      'all:households': 1,
      'all:persons': 1,
    });
  });

  it('counts many applications of one area delivered at once, each exactly once', async () => {
    const community = '350203006033';
    const all = Array.from({ length: 8 }, (_, index) =>
      approval(`app-5-${index}`, { area: community, amountFen: 10_000, persons: 2, start: '2026-05-06T02:00:00Z' }),
    ).flat();
    await Promise.all([deliver(...all), deliver(...all)]);
    expect(await readCounter(deps(), community, BENEFITS_BUCKET)).toMatchObject({
      'dibao:households': 8,
      'dibao:persons': 16,
      'dibao:monthlyFen': 80_000,
    });
  });
});

describe('payments', () => {
  it('adds each payment to the month it was paid in, once, by programme and in total', async () => {
    const community = '350203006034';
    const payments = [
      payment('a', `${community}-01`, 120_050, '2026-05'),
      payment('b', `${community}-02`, 98_000, '2026-05'),
      payment('c', community, 28_500, '2026-05', 'price-subsidy'),
    ];
    await deliver(...payments);
    await deliver(payments[0] as EventEnvelope);
    expect(await readCounter(deps(), community, flowBucket('2026-05'))).toEqual({
      'payments:dibao:count': 2,
      'payments:dibao:fen': 218_050,
      'payments:price-subsidy:count': 1,
      'payments:price-subsidy:fen': 28_500,
      'payments:all:count': 3,
      'payments:all:fen': 246_550,
    });
    expect((await readCounter(deps(), `${community}-01`, flowBucket('2026-05')))['payments:dibao:fen']).toBe(120_050);
  });
});
