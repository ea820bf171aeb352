import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clock } from '@shequ/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatchUpRun } from '../src/scheduler.ts';
import { addDuration, ClockProblem, clockRoute, parseClockTime, shanghaiIso, TrainingClock } from '../src/training-clock.ts';

const at = (text: string) => new Date(text);

describe('parseClockTime', () => {
  it('reads times with an offset, in UTC, and without one as Asia/Shanghai', () => {
    expect(parseClockTime('2026-11-30T23:50+08:00')).toEqual(at('2026-11-30T15:50:00Z'));
    expect(parseClockTime('2026-11-30T15:50:30Z')).toEqual(at('2026-11-30T15:50:30Z'));
    expect(parseClockTime('2026-11-30 23:50')).toEqual(at('2026-11-30T15:50:00Z'));
    expect(parseClockTime('2026-12-05')).toEqual(at('2026-12-04T16:00:00Z'));
    expect(parseClockTime('2026-12-05T09:00:00+0800')).toEqual(at('2026-12-05T01:00:00Z'));
  });

  it('refuses what is not a time, in Chinese', () => {
    for (const text of ['tomorrow', '2026-02-30', '2026-11-30T24:10', '30/11/2026', '']) {
      expect(() => parseClockTime(text), text).toThrow(ClockProblem);
    }
    expect(() => parseClockTime('明天')).toThrow(/无法识别的时间“明天”/);
  });
});

describe('addDuration', () => {
  const from = at('2026-11-30T15:50:00Z'); // 2026-11-30 23:50 in Shanghai

  it('adds days, weeks, hours and minutes', () => {
    expect(addDuration(from, 'P1D')).toEqual(at('2026-12-01T15:50:00Z'));
    expect(addDuration(from, 'P1W')).toEqual(at('2026-12-07T15:50:00Z'));
    expect(addDuration(from, 'PT10M')).toEqual(at('2026-11-30T16:00:00Z'));
    expect(addDuration(from, 'P4DT9H10M')).toEqual(at('2026-12-05T01:00:00Z')); // 09:00 in Shanghai
  });

  it('adds calendar months in Shanghai, kept within the target month', () => {
    // 2026-11-30 23:50 + 1 month = 2026-12-30 23:50; 2026-01-31 09:00 + 1 month = 2026-02-28 09:00.
    expect(addDuration(from, 'P1M')).toEqual(at('2026-12-30T15:50:00Z'));
    expect(addDuration(at('2026-01-31T01:00:00Z'), 'P1M')).toEqual(at('2026-02-28T01:00:00Z'));
  });

  it('refuses what is not an ISO 8601 duration', () => {
    for (const text of ['1d', 'P', 'PT', 'P1DT', 'P-1D', 'one day'])
      expect(() => addDuration(from, text), text).toThrow(ClockProblem);
  });
});

describe('TrainingClock', () => {
  let dir: string;
  const stateFile = () => join(dir, 'training-clock.json');
  const noRuns = async (_to: Date): Promise<CatchUpRun[]> => [];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2026-12-03T09:00:00Z'));
    dir = mkdtempSync(join(tmpdir(), 'shequ-clock-'));
  });

  afterEach(() => {
    clock.stopTraining();
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts the shared clock, moves it forward through the catch-up and remembers where it stood', async () => {
    const training = new TrainingClock({ at: '2026-11-30T23:50+08:00', stateFile: stateFile() });
    expect(clock.now()).toEqual(at('2026-11-30T15:50:00Z'));
    expect(training.status()).toMatchObject({ training: true, now: '2026-11-30T23:50:00+08:00' });

    const targets: Date[] = [];
    const moved = await training.advance({ advance: 'P1D' }, async (to) => {
      targets.push(to);
      clock.moveTrainingTo(to);
      return [
        { job: 'cases.escalate-overdue', at: at('2026-12-01T00:30:00Z'), ok: true, result: { escalated: [] }, durationMs: 3 },
      ];
    });
    expect(targets).toEqual([at('2026-12-01T15:50:00Z')]);
    expect(moved).toEqual({
      from: '2026-11-30T23:50:00+08:00',
      to: '2026-12-01T23:50:00+08:00',
      now: '2026-12-01T23:50:00+08:00',
      runs: [
        { job: 'cases.escalate-overdue', at: '2026-12-01T08:30:00+08:00', ok: true, result: { escalated: [] }, durationMs: 3 },
      ],
    });
    expect(JSON.parse(readFileSync(stateFile(), 'utf8'))).toMatchObject({
      time: '2026-12-01T23:50:00+08:00',
      startedFrom: '2026-11-30T23:50:00+08:00',
    });

    training.stop();
    expect(clock.training).toBe(false);
    // A restart without --clock runs on the system time and tells how to go on.
    const restarted = new TrainingClock({ stateFile: stateFile() });
    expect(restarted.training).toBe(false);
    expect(clock.now()).toEqual(at('2026-12-03T09:00:00Z'));
    expect(restarted.bannerLines('http://127.0.0.1:3000').join('\n')).toContain('pnpm start --clock 2026-12-01T23:50:00+08:00');
    expect(restarted.status()).toMatchObject({ training: false, previous: { time: '2026-12-01T23:50:00+08:00' } });
  });

  it('refuses to move back, too far, without a clock, with a bad body and while moving', async () => {
    const refused = async (training: TrainingClock, body: unknown) => {
      try {
        await training.advance(body, noRuns);
      } catch (error) {
        if (error instanceof ClockProblem) return { status: error.status, code: error.code, detail: error.message };
        throw error;
      }
      throw new Error('not refused');
    };
    const plain = new TrainingClock({});
    expect(await refused(plain, { advance: 'P1D' })).toMatchObject({ status: 409, code: 'no-training-clock' });

    const training = new TrainingClock({ at: '2026-11-30T23:50+08:00' });
    expect(await refused(training, { to: '2026-11-29T09:00+08:00' })).toMatchObject({
      status: 409,
      code: 'clock-backwards',
      detail: expect.stringContaining('只能向前拨'),
    });
    expect(await refused(training, { to: '2026-11-30T23:50+08:00' })).toMatchObject({ code: 'clock-backwards' });
    expect(await refused(training, { advance: 'P2M' })).toMatchObject({ status: 400, code: 'advance-too-far' });
    expect(await refused(training, {})).toMatchObject({ status: 400, code: 'invalid-clock-request' });
    expect(await refused(training, { advance: 'P1D', to: '2026-12-05' })).toMatchObject({ code: 'invalid-clock-request' });
    expect(await refused(training, { advance: 1 })).toMatchObject({ code: 'invalid-clock-request' });
    expect(await refused(training, { advance: 'tomorrow' })).toMatchObject({ status: 400, code: 'invalid-duration' });

    let release = () => {};
    const first = training.advance({ advance: 'P1D' }, (to) => {
      clock.moveTrainingTo(to);
      return new Promise((resolve) => {
        release = () => resolve([]);
      });
    });
    expect(await refused(training, { advance: 'P1D' })).toMatchObject({ status: 409, code: 'clock-busy' });
    release();
    await first;
    expect(clock.now()).toEqual(at('2026-12-01T15:50:00Z'));
    expect(shanghaiIso(clock.now())).toBe('2026-12-01T23:50:00+08:00');
  });

  it('answers the route as problem+json in Chinese', async () => {
    const training = new TrainingClock({ at: '2026-11-30T23:50+08:00' });
    const shown = await clockRoute(training, { method: 'GET' }, Buffer.alloc(0), noRuns);
    expect(shown.status).toBe(200);
    expect(JSON.parse(String(shown.body))).toMatchObject({ training: true, now: '2026-11-30T23:50:00+08:00' });

    const back = await clockRoute(training, { method: 'POST' }, Buffer.from('{"to":"2026-01-01"}'), noRuns);
    expect(back.status).toBe(409);
    expect(back.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(String(back.body))).toMatchObject({ code: 'clock-backwards', title: '时钟只能向前拨', status: 409 });

    const garbled = await clockRoute(training, { method: 'POST' }, Buffer.from('{advance'), noRuns);
    expect(garbled.status).toBe(400);
    expect(JSON.parse(String(garbled.body))).toMatchObject({ code: 'invalid-json' });
  });
});
