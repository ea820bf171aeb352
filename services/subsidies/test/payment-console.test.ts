import { createLogger } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler as noticeBoardAt } from '../src/handlers/get-notice-board.ts';
import { createHandler as runsAt } from '../src/handlers/list-payment-runs.ts';
import { createHandler as previewAt } from '../src/handlers/preview-payments.ts';
import { runPayments } from '../src/jobs/run-payments.ts';
import {
  call,
  claimsFor,
  clockAt,
  communityWorker,
  createServiceTables,
  knownResident,
  setDay,
  subdistrictStaff,
  workflow,
} from './support.ts';

/** What the console's 发放 and 公示栏 screens read: the run's preview and progress, and the board the public sees. */
const community = '350203006029';
const clock = clockAt('2026-08-03T02:00:00Z');
const { deps, awaitingApproval, approvedDibao, command, applyForDibao } = workflow(clock);
const preview = previewAt(deps);
const runs = runsAt(deps);
const board = noticeBoardAt(deps);
const log = createLogger({ test: 'payment-console' });

let paid: { id: string; amountYuan: number };

beforeAll(async () => {
  await createServiceTables();
  paid = await approvedDibao('周阿姨', 580, '2026-08-03', '2026-09-01', { size: 1 });
});

describe('the payment run as the console shows it', () => {
  it('previews what the month’s run will pay, and nothing it has paid', async () => {
    setDay(clock, '2026-09-04');
    const before = await call(preview, 'GET', '/subsidies/payments/preview', {
      claims: subdistrictStaff,
      query: { area: community },
    });
    expect(before.status, JSON.stringify(before.json)).toBe(200);
    expect(before.json.month).toBe('2026-09');
    const mine = before.json.items.find((item: { applicationId: string }) => item.applicationId === paid.id);
    expect(mine).toMatchObject({
      periods: ['2026-09'],
      amountYuan: paid.amountYuan,
      totalYuan: paid.amountYuan,
      applicantName: '周阿姨',
    });
    expect(mine.accountMasked).toMatch(/\*/);
    expect(before.json.totals.find((t: { programme: string }) => t.programme === 'dibao').totalYuan).toBeGreaterThanOrEqual(
      paid.amountYuan,
    );

    setDay(clock, '2026-09-05');
    await runPayments(deps(), log);
    const after = await call(preview, 'GET', '/subsidies/payments/preview', {
      claims: subdistrictStaff,
      query: { area: community, month: '2026-09' },
    });
    expect(after.json.items.find((item: { applicationId: string }) => item.applicationId === paid.id)).toBeUndefined();
  });

  it('keeps each run’s progress and result for the month', async () => {
    const listed = await call(runs, 'GET', '/subsidies/payment-runs', { claims: communityWorker, query: { month: '2026-09' } });
    expect(listed.status).toBe(200);
    const [run] = listed.json.items;
    expect(run).toMatchObject({ month: '2026-09', state: 'done' });
    expect(run.payments).toBeGreaterThanOrEqual(1);
    expect(run.paidYuan).toBeGreaterThanOrEqual(paid.amountYuan);
    expect(run.finishedAt).toBeDefined();
    const none = await call(runs, 'GET', '/subsidies/payment-runs', { claims: communityWorker, query: { month: '2026-10' } });
    expect(none.json.items).toEqual([]);
  });

  it('refuses a preview outside the caller’s areas and a preview of a sub-district', async () => {
    const elsewhere = await call(preview, 'GET', '/subsidies/payments/preview', {
      claims: claimsFor('community-worker', ['350203006030']),
      query: { area: community },
    });
    expect(elsewhere.status).toBe(403);
    const wide = await call(preview, 'GET', '/subsidies/payments/preview', {
      claims: subdistrictStaff,
      query: { area: '350203006' },
    });
    expect(wide.status).toBe(422);
    expect(wide.json.errors[0].message).toContain('12 位');
  });
});

describe('the 公示栏 without signing in', () => {
  it('answers with no token and shows only what a paper notice shows', async () => {
    setDay(clock, '2026-09-07');
    const posted = await awaitingApproval('吴大姐', 600, '2026-09-07');
    // A second applicant still on round 1, with an objection on record.
    const resident = await knownResident({
      area: `${community}-03`,
      name: '郑先生',
      household: { size: 1, perCapitaIncome: 610 },
    });
    const created = await applyForDibao(resident.personId, '郑先生');
    await command(created.json.id, { type: 'start-review' });
    await command(created.json.id, {
      type: 'record-home-visit',
      visit: { visitedOn: '2026-09-28', findings: '属实', passed: true },
    });
    await command(created.json.id, { type: 'post-notice' });
    await command(created.json.id, { type: 'raise-objection', content: '邻居反映其有经营收入' });
    expect(posted.id).toBeDefined();

    const answer = await call(board, 'GET', '/subsidies/notices', { query: { area: community } });
    expect(answer.status).toBe(200);
    const entries = answer.json.rounds.flatMap((round: { entries: Record<string, unknown>[] }) => round.entries);
    const zheng = entries.find((entry: { applicantName: string }) => entry.applicantName === '郑先生');
    expect(zheng).toMatchObject({ programmeName: '最低生活保障（低保）', objections: 1 });
    const paperFields = [
      'programme',
      'programmeName',
      'applicantName',
      'applicantIdMasked',
      'householdSize',
      'amountYuan',
      'postedOn',
      'lastDay',
      'objections',
    ];
    for (const entry of entries) {
      expect(
        Object.keys(entry).every((field) => paperFields.includes(field)),
        JSON.stringify(entry),
      ).toBe(true);
      expect(entry.applicantIdMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    }
    const text = JSON.stringify(answer.json);
    // No record ids, accounts, statements, objection texts or who recorded them.
    for (const secret of [created.json.id, resident.personId, '6222020402001234567', '家庭人均收入', '经营收入', 'worker'])
      expect(text).not.toContain(secret);
  });
});

describe('the commands an application offers', () => {
  it('lists only what its state allows today and the caller’s role may give', async () => {
    setDay(clock, '2026-10-08');
    const resident = await knownResident({
      area: `${community}-03`,
      name: '冯奶奶',
      household: { size: 1, perCapitaIncome: 500 },
    });
    const created = await applyForDibao(resident.personId, '冯奶奶');
    expect(created.json.commands).toBeUndefined();
    const { get } = workflow(clock);
    const read = async (claims: Record<string, unknown>) =>
      (await call(get, 'GET', '/subsidies/applications/{id}', { params: { id: created.json.id }, claims })).json.commands;
    expect(await read(communityWorker)).toEqual(['start-review', 'reject', 'withdraw']);
    expect(await read(claimsFor('grid-worker', [`${community}-03`]))).toEqual([]);
    const started = await command(created.json.id, { type: 'start-review' });
    expect(started.json.commands).toEqual(['record-home-visit', 'reject', 'withdraw']);
    await command(created.json.id, {
      type: 'record-home-visit',
      visit: { visitedOn: '2026-10-08', findings: '属实', passed: true },
    });
    const posted = await command(created.json.id, { type: 'post-notice' });
    // Round 1 just went up: objections may be recorded, it may not close before its days are over.
    expect(posted.json.commands).toEqual(['raise-objection', 'reject', 'withdraw']);
    setDay(clock, '2026-10-15');
    const objected = await command(created.json.id, { type: 'raise-objection', content: '有人反映其子女有赡养能力' });
    expect(objected.json.commands).toEqual(['raise-objection', 'resolve-objection', 'reject', 'withdraw']);
    const resolved = await command(created.json.id, {
      type: 'resolve-objection',
      objectionId: 'r1-1',
      outcome: 'dismissed',
      note: '经核实子女均无固定收入',
    });
    expect(resolved.json.commands).toEqual(['raise-objection', 'close-notice', 'reject', 'withdraw']);
    expect(await read(subdistrictStaff)).toEqual(['raise-objection', 'close-notice', 'reject', 'withdraw']);
  });
});
