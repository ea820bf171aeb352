import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { clock, refuseTrainingClockOutsideLocal, TRAINING_CLOCK_VARIABLE, TrainingClockError } from '../src/clock.ts';
import { createEvent, defineEvent } from '../src/envelope.ts';

const REAL = new Date('2026-12-03T09:00:00Z');

describe('clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(REAL);
  });

  afterEach(() => {
    clock.stopTraining();
    vi.useRealTimers();
  });

  it('is the system time when no training clock runs', () => {
    expect(clock.training).toBe(false);
    expect(clock.now()).toEqual(REAL);
  });

  it('shows the training time, runs on at the normal pace and moves only forward', () => {
    clock.startTraining(new Date('2026-11-30T23:50:00+08:00'));
    expect(clock.training).toBe(true);
    expect(clock.now()).toEqual(new Date('2026-11-30T23:50:00+08:00'));

    vi.setSystemTime(REAL.getTime() + 10 * 60_000);
    expect(clock.now()).toEqual(new Date('2026-12-01T00:00:00+08:00'));

    clock.moveTrainingTo(new Date('2026-12-05T09:00:00+08:00'));
    expect(clock.now()).toEqual(new Date('2026-12-05T09:00:00+08:00'));
    expect(() => clock.moveTrainingTo(new Date('2026-12-04T09:00:00+08:00'))).toThrow(TrainingClockError);
    expect(clock.now()).toEqual(new Date('2026-12-05T09:00:00+08:00'));
    // Date.now() itself stays the system time: budgets, token expiry and TTLs keep reading it.
    expect(Date.now()).toBe(REAL.getTime() + 10 * 60_000);

    clock.stopTraining();
    expect(clock.now()).toEqual(new Date(REAL.getTime() + 10 * 60_000));
  });

  it('stamps events raised without a time with the training time', () => {
    clock.startTraining(new Date('2026-11-30T23:50:00+08:00'));
    const Noted = defineEvent('registry', 'Noted', z.object({ note: z.string() }));
    const event = createEvent(Noted, { id: 'e1', district: '350203', area: '350203006029-03', data: { note: '楼道堆物' } });
    expect(event.occurredAt).toBe('2026-11-30T15:50:00.000Z');
  });

  it('refuses a second training clock, an invalid time and moving a clock that is not running', () => {
    expect(() => clock.moveTrainingTo(new Date('2027-01-01T00:00:00Z'))).toThrow(/no training clock/);
    expect(() => clock.startTraining(new Date('nonsense'))).toThrow(TrainingClockError);
    clock.startTraining(new Date('2026-11-30T23:50:00+08:00'));
    expect(() => clock.startTraining(new Date('2026-12-01T00:00:00+08:00'))).toThrow(/already running/);
  });

  it('is refused in Lambda: a start there, and SHEQU_CLOCK in a function’s environment at cold start', () => {
    const lambda = { AWS_LAMBDA_FUNCTION_NAME: 'shequ-350203-cases-http', AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x' };
    expect(() => clock.startTraining(new Date('2026-11-30T23:50:00+08:00'), lambda)).toThrow(/仅限本地平台/);
    expect(clock.training).toBe(false);

    expect(() => refuseTrainingClockOutsideLocal({ ...lambda, [TRAINING_CLOCK_VARIABLE]: '2026-11-30T23:50+08:00' })).toThrow(
      TrainingClockError,
    );
    expect(() => refuseTrainingClockOutsideLocal({ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x', SHEQU_CLOCK: 'x' })).toThrow(
      /remove it from the function's environment/,
    );
    // Without it, or outside Lambda (the local platform's `SHEQU_CLOCK=… pnpm start`), nothing is refused.
    expect(() => refuseTrainingClockOutsideLocal(lambda)).not.toThrow();
    expect(() => refuseTrainingClockOutsideLocal({ [TRAINING_CLOCK_VARIABLE]: '2026-11-30T23:50+08:00' })).not.toThrow();
  });
});
