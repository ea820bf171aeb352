import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalScheduler, type ScheduledJob } from '../src/scheduler.ts';

const MINUTE = 60_000;

/** A promise the test settles by hand, to play a slow job. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function setup(jobs: ScheduledJob[], extra: { setTimer?: (callback: () => void, delayMs: number) => unknown } = {}) {
  const logs: Record<string, unknown>[] = [];
  const scheduler = new LocalScheduler({ jobs, log: (entry) => logs.push(entry), ...extra });
  const messages = (message: string) => logs.filter((entry) => entry.message === message);
  return { scheduler, logs, messages };
}

describe('LocalScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Tuesday 2026-11-24 08:00 in Shanghai.
    vi.setSystemTime(new Date('2026-11-24T00:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a job at its Shanghai time and re-arms it', async () => {
    const run = vi.fn(async (_now: Date) => {});
    const { scheduler } = setup([{ id: 'statistics.daily', cron: 'cron(0 9 * * ? *)', run }]);
    expect(scheduler.nextRuns()).toEqual([{ id: 'statistics.daily', next: new Date('2026-11-24T01:00:00Z') }]);
    scheduler.start();
    expect(vi.getTimerCount()).toBe(1);

    await vi.advanceTimersByTimeAsync(60 * MINUTE - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]?.[0]).toEqual(new Date('2026-11-24T01:00:00Z'));
    expect(scheduler.nextRuns()).toEqual([{ id: 'statistics.daily', next: new Date('2026-11-25T01:00:00Z') }]);

    await vi.advanceTimersByTimeAsync(24 * 60 * MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
    expect(run.mock.calls[1]?.[0]).toEqual(new Date('2026-11-25T01:00:00Z'));
    await scheduler.stop();
  });

  it('lists every job for the start banner', () => {
    const run = async () => {};
    const { scheduler } = setup([
      { id: 'a.monthly', cron: 'cron(0 2 1 * ? *)', run },
      { id: 'b.weekdays', cron: 'cron(0 9 ? * MON-FRI *)', run },
      { id: 'c.rate', cron: 'rate(5 minutes)', run },
    ]);
    scheduler.start();
    expect(scheduler.nextRuns()).toEqual([
      { id: 'a.monthly', next: new Date('2026-11-30T18:00:00Z') },
      { id: 'b.weekdays', next: new Date('2026-11-24T01:00:00Z') },
      { id: 'c.rate', next: new Date('2026-11-24T00:05:00Z') },
    ]);
    expect(vi.getTimerCount()).toBe(3);
    return scheduler.stop();
  });

  it('runs rate schedules every interval from start', async () => {
    vi.setSystemTime(new Date('2026-11-24T00:00:20Z'));
    const run = vi.fn(async (_now: Date) => {});
    const { scheduler } = setup([{ id: 'a.rate', cron: 'rate(5 minutes)', run }]);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(16 * MINUTE);
    expect(run.mock.calls.map(([now]) => now.toISOString())).toEqual([
      '2026-11-24T00:05:20.000Z',
      '2026-11-24T00:10:20.000Z',
      '2026-11-24T00:15:20.000Z',
    ]);
    await scheduler.stop();
  });

  it('skips a run while the previous one is still going', async () => {
    const slow = deferred();
    const run = vi.fn(() => slow.promise);
    const { scheduler, messages } = setup([{ id: 'a.slow', cron: 'cron(* * * * ? *)', run }]);
    scheduler.start();

    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    expect(messages('run skipped, previous run still in progress').map((entry) => entry.due)).toEqual([
      '2026-11-24T00:02:00.000Z',
      '2026-11-24T00:03:00.000Z',
    ]);
    expect(messages('run skipped, previous run still in progress')[0]).toMatchObject({ level: 'warn', job: 'a.slow' });

    slow.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(messages('run finished')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(run).toHaveBeenCalledTimes(2);
    await scheduler.stop();
  });

  it('logs a failing job and keeps running it', async () => {
    let calls = 0;
    const { scheduler, messages } = setup([
      {
        id: 'a.failing',
        cron: 'cron(* * * * ? *)',
        run: async () => {
          calls++;
          throw new Error(`boom ${calls}`);
        },
      },
      {
        id: 'b.throws-synchronously',
        cron: 'cron(* * * * ? *)',
        run: () => {
          throw new Error('sync boom');
        },
      },
    ]);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(calls).toBe(3);
    const failures = messages('run failed');
    expect(failures).toHaveLength(6);
    expect(failures[0]).toMatchObject({ level: 'error', job: 'a.failing', error: 'Error: boom 1', component: 'scheduler' });
    expect(failures.filter((entry) => entry.job === 'b.throws-synchronously')).toHaveLength(3);
    expect(messages('run skipped, previous run still in progress')).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(2);
    await scheduler.stop();
  });

  it('stop() clears the timers and waits for running jobs', async () => {
    const slow = deferred();
    const run = vi.fn(() => slow.promise);
    const { scheduler } = setup([
      { id: 'a.slow', cron: 'cron(* * * * ? *)', run },
      { id: 'b.idle', cron: 'cron(0 2 1 * ? *)', run: async () => {} },
    ]);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(run).toHaveBeenCalledTimes(1);

    let stopped = false;
    const stopping = scheduler.stop().then(() => {
      stopped = true;
    });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(stopped).toBe(false);
    slow.resolve();
    await stopping;
    expect(stopped).toBe(true);

    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('can be started again after stop()', async () => {
    const run = vi.fn(async () => {});
    const { scheduler } = setup([{ id: 'a.minutely', cron: 'cron(* * * * ? *)', run }]);
    scheduler.start();
    scheduler.start();
    expect(vi.getTimerCount()).toBe(1);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(run).not.toHaveBeenCalled();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(run).toHaveBeenCalledTimes(1);
    await scheduler.stop();
  });

  it('waits longer than setTimeout allows by re-arming', async () => {
    const delays: number[] = [];
    const run = vi.fn(async (_now: Date) => {});
    const { scheduler } = setup([{ id: 'a.new-year', cron: 'cron(0 0 1 1 ? 2027)', run }], {
      setTimer: (callback, delayMs) => {
        delays.push(delayMs);
        return setTimeout(callback, delayMs);
      },
    });
    scheduler.start();
    // 2027-01-01 00:00 Shanghai is 37 days 16 hours away, beyond the 24.8-day limit.
    const due = new Date('2026-12-31T16:00:00Z').getTime();
    expect(delays[0]).toBe(2_147_483_647);

    await vi.advanceTimersByTimeAsync(due - Date.now() - 1);
    expect(run).not.toHaveBeenCalled();
    expect(delays).toHaveLength(2);
    expect(delays.every((delay) => delay <= 2_147_483_647)).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]?.[0]).toEqual(new Date(due));
    // The year field allows no further run: nothing left to arm.
    expect(vi.getTimerCount()).toBe(0);
    expect(scheduler.nextRuns()).toEqual([]);
    await scheduler.stop();
  });

  it('runs on an injected clock and timer', async () => {
    let now = new Date('2026-11-24T00:00:00Z');
    const timers: { callback: () => void; delayMs: number }[] = [];
    const cleared: unknown[] = [];
    const run = vi.fn(async (_now: Date) => {});
    const scheduler = new LocalScheduler({
      jobs: [{ id: 'a.daily', cron: 'cron(0 9 * * ? *)', run }],
      now: () => now,
      setTimer: (callback, delayMs) => timers.push({ callback, delayMs }),
      clearTimer: (handle) => cleared.push(handle),
    });
    scheduler.start();
    expect(timers).toHaveLength(1);
    expect(timers[0]?.delayMs).toBe(60 * MINUTE);

    now = new Date('2026-11-24T01:00:00.004Z');
    timers[0]?.callback();
    expect(run).toHaveBeenCalledWith(new Date('2026-11-24T01:00:00Z'));
    expect(timers[1]?.delayMs).toBe(24 * 60 * MINUTE - 4);
    await scheduler.stop();
    expect(cleared).toEqual([2]);
  });

  it('waits again when a timer fires before the wall clock reaches the run', () => {
    let now = new Date('2026-11-24T00:00:00Z');
    const timers: { callback: () => void; delayMs: number }[] = [];
    const run = vi.fn(async (_now: Date) => {});
    const scheduler = new LocalScheduler({
      jobs: [{ id: 'a.daily', cron: 'cron(0 9 * * ? *)', run }],
      now: () => now,
      setTimer: (callback, delayMs) => timers.push({ callback, delayMs }),
    });
    scheduler.start();
    now = new Date('2026-11-24T00:59:59.998Z');
    timers[0]?.callback();
    expect(run).not.toHaveBeenCalled();
    expect(timers[1]?.delayMs).toBe(2);
    now = new Date('2026-11-24T01:00:00Z');
    timers[1]?.callback();
    expect(run).toHaveBeenCalledTimes(1);
    return scheduler.stop();
  });

  it('fails at construction on a bad expression or a duplicate id', () => {
    const run = async () => {};
    expect(
      () =>
        new LocalScheduler({
          jobs: [
            { id: 'ok.daily', cron: 'cron(0 9 * * ? *)', run },
            { id: 'bad.both-days', cron: 'cron(0 2 * * * *)', run },
            { id: 'bad.minute', cron: 'cron(61 2 * * ? *)', run },
          ],
        }),
    ).toThrow(/invalid schedules[\s\S]*bad\.both-days: invalid schedule expression[\s\S]*bad\.minute: .*minutes field "61"/);
    expect(
      () =>
        new LocalScheduler({
          jobs: [
            { id: 'a.job', cron: 'cron(0 9 * * ? *)', run },
            { id: 'a.job', cron: 'rate(1 hour)', run },
          ],
        }),
    ).toThrow(/a\.job: duplicate job id/);
  });
});

describe('LocalScheduler.catchUp (the training clock jumps forward)', () => {
  // The system time stays 2026-12-03; the training clock shows 2026-11-30 23:50 in Shanghai.
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const moveTo = (time: Date) => {
    offset = time.getTime() - Date.now();
  };
  const at = (text: string) => new Date(`${text}+08:00`);

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-03T09:00:00Z'));
    offset = at('2026-11-30T23:50:00').getTime() - Date.now();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  function recording(id: string, cron: string, seen: { job: string; due: string; clock: string }[]) {
    return {
      id,
      cron,
      run: async (due: Date) => {
        seen.push({ job: id, due: due.toISOString(), clock: now().toISOString() });
      },
    };
  }

  it('runs each skipped occurrence once, in time order, at its own time; jobs more often than hourly once per hour', async () => {
    const seen: { job: string; due: string; clock: string }[] = [];
    const scheduler = new LocalScheduler({
      jobs: [
        recording('cases.escalate-overdue', 'cron(30 8 * * ? *)', seen),
        recording('subsidies.run-payments', 'cron(0 2 5 * ? *)', seen),
        recording('notifications.release-held', 'cron(0/15 * * * ? *)', seen),
      ],
      now,
    });
    scheduler.start();
    let settled = 0;
    const runs = await scheduler.catchUp(at('2026-12-05T09:00:00'), {
      moveTo,
      settle: async () => {
        settled++;
      },
    });

    const daily = runs.filter((run) => run.job === 'cases.escalate-overdue').map((run) => run.at);
    expect(daily).toEqual(['01', '02', '03', '04', '05'].map((day) => at(`2026-12-${day}T08:30:00`)));
    expect(runs.filter((run) => run.job === 'subsidies.run-payments').map((run) => run.at)).toEqual([at('2026-12-05T02:00:00')]);
    const held = runs.filter((run) => run.job === 'notifications.release-held').map((run) => run.at);
    // Four whole days and ten hours of the fifth: the last quarter of each hour, and 09:00 itself.
    expect(held).toHaveLength(4 * 24 + 10);
    expect(held[0]).toEqual(at('2026-12-01T00:45:00'));
    expect(held.at(-2)).toEqual(at('2026-12-05T08:45:00'));
    expect(held.at(-1)).toEqual(at('2026-12-05T09:00:00'));

    // In time order across jobs, each run receiving its scheduled time with the clock standing there.
    const times = runs.map((run) => run.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(seen.every((entry) => entry.due === entry.clock)).toBe(true);
    expect(runs.every((run) => run.ok)).toBe(true);
    expect(settled).toBe(runs.length);

    // The clock ends at the target and every job is armed after it.
    expect(now()).toEqual(at('2026-12-05T09:00:00'));
    expect(scheduler.nextRuns()).toEqual([
      { id: 'cases.escalate-overdue', next: at('2026-12-06T08:30:00') },
      { id: 'subsidies.run-payments', next: at('2027-01-05T02:00:00') },
      { id: 'notifications.release-held', next: at('2026-12-05T09:15:00') },
    ]);
    seen.length = 0;
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(seen).toEqual([
      {
        job: 'notifications.release-held',
        due: at('2026-12-05T09:15:00').toISOString(),
        clock: at('2026-12-05T09:15:00').toISOString(),
      },
    ]);
    await scheduler.stop();
  });

  it('reports a failing run and goes on with the rest', async () => {
    const seen: { job: string; due: string; clock: string }[] = [];
    const scheduler = new LocalScheduler({
      jobs: [
        {
          id: 'a.failing',
          cron: 'cron(0 8 * * ? *)',
          run: async () => {
            throw new Error('boom');
          },
        },
        recording('b.daily', 'cron(0 9 * * ? *)', seen),
      ],
      now,
      log: () => undefined,
    });
    scheduler.start();
    const runs = await scheduler.catchUp(at('2026-12-02T12:00:00'), { moveTo });
    expect(runs.map(({ job, at: time, ok, error }) => ({ job, at: time, ok, error }))).toEqual([
      { job: 'a.failing', at: at('2026-12-01T08:00:00'), ok: false, error: 'Error: boom' },
      { job: 'b.daily', at: at('2026-12-01T09:00:00'), ok: true, error: undefined },
      { job: 'a.failing', at: at('2026-12-02T08:00:00'), ok: false, error: 'Error: boom' },
      { job: 'b.daily', at: at('2026-12-02T09:00:00'), ok: true, error: undefined },
    ]);
    expect(seen).toHaveLength(2);
    await scheduler.stop();
  });

  it('waits for a run in progress before catching up, and only moves the clock when not started', async () => {
    const slow = deferred();
    const order: string[] = [];
    const scheduler = new LocalScheduler({
      jobs: [
        {
          id: 'a.midnight',
          cron: 'cron(0 0 * * ? *)',
          run: async (due) => {
            order.push(`start ${due.toISOString()}`);
            if (order.length === 1) await slow.promise;
            order.push(`end ${due.toISOString()}`);
          },
        },
      ],
      now,
    });
    scheduler.start();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(order).toEqual([`start ${at('2026-12-01T00:00:00').toISOString()}`]);
    const catchingUp = scheduler.catchUp(at('2026-12-02T06:00:00'), { moveTo });
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toHaveLength(1);
    slow.resolve();
    const runs = await catchingUp;
    expect(runs.map((run) => run.at)).toEqual([at('2026-12-02T00:00:00')]);
    expect(order).toEqual([
      `start ${at('2026-12-01T00:00:00').toISOString()}`,
      `end ${at('2026-12-01T00:00:00').toISOString()}`,
      `start ${at('2026-12-02T00:00:00').toISOString()}`,
      `end ${at('2026-12-02T00:00:00').toISOString()}`,
    ]);
    await scheduler.stop();

    const idle = new LocalScheduler({ jobs: [{ id: 'a.never', cron: 'cron(0 0 * * ? *)', run: async () => {} }], now });
    expect(await idle.catchUp(at('2026-12-04T00:00:00'), { moveTo })).toEqual([]);
    expect(now()).toEqual(at('2026-12-04T00:00:00'));
  });

  it('stops catching up when the scheduler stops, leaving the clock and the timers alone', async () => {
    const slow = deferred();
    const run = vi.fn(() => slow.promise);
    const scheduler = new LocalScheduler({ jobs: [{ id: 'a.daily', cron: 'cron(0 9 * * ? *)', run }], now });
    scheduler.start();
    const catchingUp = scheduler.catchUp(at('2026-12-05T12:00:00'), { moveTo });
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
    const stopping = scheduler.stop();
    slow.resolve();
    await stopping;
    expect((await catchingUp).map((entry) => entry.at)).toEqual([at('2026-12-01T09:00:00')]);
    expect(run).toHaveBeenCalledTimes(1);
    expect(now().getTime()).toBeLessThan(at('2026-12-02T00:00:00').getTime());
    expect(vi.getTimerCount()).toBe(0);
  });
});
