import { describe, expect, it } from 'vitest';
import {
  type Application,
  type ApplicationCommand,
  type ApplyResult,
  apply,
  submitApplication,
} from '../src/domain/applications.ts';

// 09:00 Asia/Shanghai on a given day.
const at = (day: string) => new Date(`${day}T01:00:00Z`);
const worker = { id: 'worker-lin' };
const chief = { id: 'subdistrict-chen' };

function ok(result: ApplyResult): Application {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result.application;
}

function run(app: Application, steps: [ApplicationCommand, string, { id: string }?][]): Application {
  return steps.reduce((a, [command, day, actor]) => ok(apply(a, command, actor ?? worker, at(day))), app);
}

const passedVisit = { visitedOn: '2026-11-03', by: 'worker-lin', findings: '家中无贵重财产，收入属实', passed: true };

/** An application posted for round 1 on 2026-11-05. */
function inRound1(): Application {
  const app = submitApplication({ id: 'app-1', programmeId: 'dibao', applicantId: 'p-1' }, worker, at('2026-11-01'));
  return run(app, [
    [{ type: 'start-review' }, '2026-11-02'],
    [{ type: 'record-home-visit', visit: passedVisit }, '2026-11-03'],
    [{ type: 'post-notice' }, '2026-11-05'],
  ]);
}

describe('application state machine', () => {
  it('walks the happy path through three notice rounds to active and ended', () => {
    const app = run(inRound1(), [
      [{ type: 'close-notice' }, '2026-11-12'],
      [{ type: 'close-notice' }, '2026-11-19'],
      [{ type: 'close-notice' }, '2026-11-26'],
      [{ type: 'approve', startsOn: '2026-12-01' }, '2026-11-27', chief],
      [{ type: 'end', reason: '家庭收入超过低保标准' }, '2027-06-30'],
    ]);
    expect(app.state).toBe('ended');
    expect(app.rounds).toEqual([
      { round: 1, postedOn: '2026-11-05', days: 7, closedOn: '2026-11-12' },
      { round: 2, postedOn: '2026-11-12', days: 7, closedOn: '2026-11-19' },
      { round: 3, postedOn: '2026-11-19', days: 7, closedOn: '2026-11-26' },
    ]);
    expect(app.approvedOn).toBe('2026-11-27');
    expect(app.startsOn).toBe('2026-12-01');
    expect(app.endsOn).toBe('2027-06-30');
    expect(app.history.map((h) => h.to)).toEqual([
      'submitted',
      'community-review',
      'community-review',
      'notice-1',
      'notice-2',
      'notice-3',
      'subdistrict-approval',
      'active',
      'ended',
    ]);
  });

  it('records who and when for every step', () => {
    const app = run(inRound1(), [[{ type: 'close-notice' }, '2026-11-12', chief]]);
    expect(app.history).toEqual([
      { from: 'submitted', to: 'submitted', command: 'submit', by: 'worker-lin', at: '2026-11-01T01:00:00.000Z' },
      { from: 'submitted', to: 'community-review', command: 'start-review', by: 'worker-lin', at: '2026-11-02T01:00:00.000Z' },
      {
        from: 'community-review',
        to: 'community-review',
        command: 'record-home-visit',
        by: 'worker-lin',
        at: '2026-11-03T01:00:00.000Z',
      },
      { from: 'community-review', to: 'notice-1', command: 'post-notice', by: 'worker-lin', at: '2026-11-05T01:00:00.000Z' },
      { from: 'notice-1', to: 'notice-2', command: 'close-notice', by: 'subdistrict-chen', at: '2026-11-12T01:00:00.000Z' },
    ]);
  });

  it('refuses to close round 1 a day early, naming the last day of the period', () => {
    const result = apply(inRound1(), { type: 'close-notice' }, worker, at('2026-11-11'));
    expect(result).toEqual({
      ok: false,
      code: 'notice-period-not-over',
      message: '第一榜公示期未满（至 2026-11-11 止），不能结束公示',
    });
  });

  it('uses the Shanghai calendar day: 23:30 UTC on the 11th is already the 12th', () => {
    const result = apply(inRound1(), { type: 'close-notice' }, worker, new Date('2026-11-11T23:30:00Z'));
    expect(result.ok && result.application.state).toBe('notice-2');
  });

  it('honours a programme notice period other than 7 days', () => {
    const app = submitApplication({ id: 'a', programmeId: 'p', applicantId: 'x', noticeDays: 5 }, worker, at('2026-11-01'));
    const r1 = run(app, [
      [{ type: 'start-review' }, '2026-11-01'],
      [{ type: 'record-home-visit', visit: passedVisit }, '2026-11-01'],
      [{ type: 'post-notice' }, '2026-11-02'],
    ]);
    expect(apply(r1, { type: 'close-notice' }, worker, at('2026-11-06')).ok).toBe(false);
    expect(apply(r1, { type: 'close-notice' }, worker, at('2026-11-07')).ok).toBe(true);
  });

  it('blocks closing round 2 while an objection is unresolved, then allows it', () => {
    const r2 = run(inRound1(), [
      [{ type: 'close-notice' }, '2026-11-12'],
      [{ type: 'raise-objection', content: '申请人有一辆出租车在营运' }, '2026-11-14'],
    ]);
    expect(r2.objections[0]).toMatchObject({ id: 'r2-1', round: 2, raisedOn: '2026-11-14', recordedBy: 'worker-lin' });
    expect(apply(r2, { type: 'close-notice' }, worker, at('2026-11-19'))).toEqual({
      ok: false,
      code: 'objection-unresolved',
      message: '第二榜有未处理的异议，处理后才能结束公示',
    });
    const resolved = ok(
      apply(
        r2,
        { type: 'resolve-objection', objectionId: 'r2-1', outcome: 'dismissed', note: '核实车辆已于 2025 年转让' },
        worker,
        at('2026-11-17'),
      ),
    );
    expect(resolved.objections[0]?.resolution).toEqual({
      resolvedOn: '2026-11-17',
      by: 'worker-lin',
      outcome: 'dismissed',
      note: '核实车辆已于 2025 年转让',
    });
    expect(
      apply(resolved, { type: 'resolve-objection', objectionId: 'r2-1', outcome: 'upheld', note: 'x' }, worker, at('2026-11-18')),
    ).toMatchObject({ code: 'objection-already-resolved' });
    expect(ok(apply(resolved, { type: 'close-notice' }, worker, at('2026-11-19'))).state).toBe('notice-3');
  });

  it('refuses a round-2 early close with the round-2 message', () => {
    const r2 = run(inRound1(), [[{ type: 'close-notice' }, '2026-12-02']]);
    expect(apply(r2, { type: 'close-notice' }, worker, at('2026-12-08'))).toMatchObject({
      code: 'notice-period-not-over',
      message: '第二榜公示期未满（至 2026-12-08 止），不能结束公示',
    });
  });

  it('withdraws from round 2 with a reason, and then accepts nothing more', () => {
    const r2 = run(inRound1(), [[{ type: 'close-notice' }, '2026-11-12']]);
    expect(apply(r2, { type: 'withdraw', reason: '  ' }, worker, at('2026-11-13'))).toMatchObject({ code: 'reason-required' });
    const withdrawn = ok(apply(r2, { type: 'withdraw', reason: '申请人已找到工作，主动撤回' }, worker, at('2026-11-13')));
    expect(withdrawn.state).toBe('withdrawn');
    expect(withdrawn.history.at(-1)).toEqual({
      from: 'notice-2',
      to: 'withdrawn',
      command: 'withdraw',
      by: 'worker-lin',
      at: '2026-11-13T01:00:00.000Z',
      reason: '申请人已找到工作，主动撤回',
    });
    expect(apply(withdrawn, { type: 'close-notice' }, worker, at('2026-11-20'))).toMatchObject({ code: 'not-allowed' });
  });

  it('cannot approve a rejected application', () => {
    const rejected = ok(apply(inRound1(), { type: 'reject', reason: '家庭人均收入超过标准' }, worker, at('2026-11-06')));
    expect(apply(rejected, { type: 'approve' }, chief, at('2026-11-30'))).toEqual({
      ok: false,
      code: 'not-allowed',
      message: '申请当前状态为「已驳回」，不能审批通过',
    });
  });

  it('will not post a notice without a passed home visit', () => {
    const app = submitApplication({ id: 'a', programmeId: 'p', applicantId: 'x' }, worker, at('2026-11-01'));
    const review = ok(apply(app, { type: 'start-review' }, worker, at('2026-11-01')));
    expect(apply(review, { type: 'post-notice' }, worker, at('2026-11-02'))).toMatchObject({ code: 'home-visit-required' });
    const failed = ok(
      apply(review, { type: 'record-home-visit', visit: { ...passedVisit, passed: false } }, worker, at('2026-11-02')),
    );
    expect(apply(failed, { type: 'post-notice' }, worker, at('2026-11-02'))).toMatchObject({ code: 'home-visit-failed' });
  });

  it('refuses approval before all three rounds, and reject/withdraw once active', () => {
    expect(apply(inRound1(), { type: 'approve' }, chief, at('2026-11-30'))).toMatchObject({ code: 'not-allowed' });
    const active = run(inRound1(), [
      [{ type: 'close-notice' }, '2026-11-12'],
      [{ type: 'close-notice' }, '2026-11-19'],
      [{ type: 'close-notice' }, '2026-11-26'],
      [{ type: 'approve' }, '2026-11-27', chief],
    ]);
    expect(apply(active, { type: 'reject', reason: 'x' }, worker, at('2026-12-01'))).toMatchObject({ code: 'not-allowed' });
    expect(apply(active, { type: 'resume' }, worker, at('2026-12-01'))).toMatchObject({ code: 'not-allowed' });
  });

  it('suspends and resumes an active benefit, keeping the suspension window', () => {
    const active = run(inRound1(), [
      [{ type: 'close-notice' }, '2026-11-12'],
      [{ type: 'close-notice' }, '2026-11-19'],
      [{ type: 'close-notice' }, '2026-11-26'],
      [{ type: 'approve' }, '2026-11-27', chief],
    ]);
    expect(apply(active, { type: 'suspend', reason: '' }, worker, at('2027-01-05'))).toMatchObject({ code: 'reason-required' });
    const resumed = run(active, [
      [{ type: 'suspend', reason: '年度复核材料未交' }, '2027-01-05'],
      [{ type: 'resume', reason: '材料已补交' }, '2027-03-02'],
    ]);
    expect(resumed.state).toBe('active');
    expect(resumed.suspensions).toEqual([{ from: '2027-01-05', to: '2027-03-02' }]);
    expect(resumed.history.at(-2)).toMatchObject({ from: 'active', to: 'suspended', reason: '年度复核材料未交' });
  });

  it('does not mutate the application it is given', () => {
    const before = inRound1();
    const snapshot = structuredClone(before);
    apply(before, { type: 'close-notice' }, worker, at('2026-11-12'));
    expect(before).toEqual(snapshot);
  });
});
