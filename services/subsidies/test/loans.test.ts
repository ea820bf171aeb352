import { createLogger } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { loanStage } from '../src/domain/loans.ts';
import { remindLoansDue } from '../src/jobs/remind-loans-due.ts';
import { runPayments } from '../src/jobs/run-payments.ts';
import {
  account,
  call,
  clockAt,
  communityWorker,
  createServiceTables,
  knownResident,
  outboxEvents,
  setDay,
  subdistrictStaff,
  testGrid,
  workflow,
} from './support.ts';

const clock = clockAt('2027-02-01T02:00:00Z');
const { deps, submit, application, command, throughNotice } = workflow(clock);
const log = createLogger({ test: 'loans' });

beforeAll(async () => {
  await createServiceTables();
});

describe('幸福工程 loans', () => {
  it('knows when a loan is coming due, due and overdue', () => {
    expect(loanStage('2029-03-01', '2029-01-29')).toBeUndefined();
    expect(loanStage('2029-03-01', '2029-01-30')).toBe('due-soon');
    expect(loanStage('2029-03-01', '2029-03-01')).toBe('due-today');
    expect(loanStage('2029-03-01', '2029-03-02')).toBe('overdue');
  });

  it('is disbursed once, reminded once per stage, and ends when repaid', async () => {
    const { personId } = await knownResident({
      area: testGrid,
      name: '黄秀梅',
      sex: 'female',
      household: { size: 1, perCapitaIncome: 500 },
    });
    const created = await call(submit, 'POST', '/subsidies/applications', {
      claims: communityWorker,
      body: {
        programme: 'happiness-project',
        personId,
        statement: '开办家庭养殖',
        requestedYuan: 5000,
        account: account('黄秀梅'),
      },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id;
    await throughNotice(id, '2027-02-01');
    const tooMuch = await command(id, { type: 'approve', startsOn: '2027-03-01', amountYuan: 6000 }, subdistrictStaff);
    expect(tooMuch.status).toBe(422);
    const approved = await command(id, { type: 'approve', startsOn: '2027-03-01', amountYuan: 5000 }, subdistrictStaff);
    expect(approved.json).toMatchObject({ state: 'active', amountYuan: 5000, loan: { dueOn: '2029-03-01' } });
    expect(approved.json.endsOn).toBeUndefined();

    setDay(clock, '2027-03-05');
    await runPayments(deps(), log);
    setDay(clock, '2027-04-05');
    await runPayments(deps(), log);
    const disbursed = await application(id);
    expect(disbursed.payments).toEqual([expect.objectContaining({ period: 'once', amountYuan: 5000, form: 'loan' })]);
    expect(disbursed.state).toBe('active');

    for (const [day, raised] of [
      ['2029-01-20', 0],
      ['2029-02-01', 1],
      ['2029-02-02', 0],
      ['2029-03-01', 1],
      ['2029-03-05', 1],
      ['2029-03-06', 0],
    ] as const) {
      setDay(clock, day);
      expect((await remindLoansDue(deps())).raised, day).toBe(raised);
    }
    const events = await outboxEvents('subsidies', 'LoanDue', { applicationId: id });
    expect(events.map((e) => e.data.stage).sort()).toEqual(['due-soon', 'due-today', 'overdue']);

    const repaid = await command(id, { type: 'record-repayment', repaidOn: '2029-03-06' });
    expect(repaid.json).toMatchObject({ state: 'ended', loan: { dueOn: '2029-03-01', repaidOn: '2029-03-06' } });
    setDay(clock, '2029-03-10');
    expect((await remindLoansDue(deps())).raised).toBe(0);
  });
});
