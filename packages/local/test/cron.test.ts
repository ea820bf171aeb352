import { describe, expect, it } from 'vitest';
import { type CronSchedule, matches, nextRun, parseCron } from '../src/cron.ts';

const next = (expression: string, after: string, anchor?: string) =>
  nextRun(parseCron(expression), new Date(after), anchor ? new Date(anchor) : undefined).toISOString();

/** The next `count` runs, each strictly after the previous one. */
function runs(expression: string, after: string, count: number): string[] {
  const schedule = parseCron(expression);
  const result: string[] = [];
  let at = new Date(after);
  for (let i = 0; i < count; i++) {
    at = nextRun(schedule, at);
    result.push(at.toISOString());
  }
  return result;
}

/** Shanghai wall-clock date of an instant, as YYYY-MM-DD and weekday (0 = Sunday). */
function shanghaiDay(iso: string): { date: string; weekday: number; day: number } {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return { date: shifted.toISOString().slice(0, 10), weekday: shifted.getUTCDay(), day: shifted.getUTCDate() };
}

describe('parseCron', () => {
  it('reads the six fields, names and wildcards', () => {
    const schedule = parseCron('cron(0 9 ? JAN-MAR MON-FRI 2026-2030)');
    expect(schedule.kind).toBe('cron');
    if (schedule.kind !== 'cron') return;
    expect(schedule.minutes.flatMap((on, value) => (on ? [value] : []))).toEqual([0]);
    expect(schedule.months.flatMap((on, value) => (on ? [value] : []))).toEqual([1, 2, 3]);
    expect(schedule.dayOfMonth).toEqual({ type: 'any' });
    expect(schedule.dayOfWeek.type).toBe('values');
    expect(schedule.years.flatMap((on, value) => (on ? [value] : []))).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it('accepts lower-case names and extra spaces', () => {
    expect(next('cron( 0  9  ?  *  mon-fri  * )', '2026-11-27T02:00:00Z')).toBe('2026-11-30T01:00:00.000Z');
  });

  it.each([
    ['cron(0 2 * * * *)', /exactly one of day-of-month .* must be "\?"/],
    ['cron(0 2 ? * ? *)', /exactly one of day-of-month/],
    ['cron(0 2 1 * 2 *)', /exactly one of day-of-month/],
    ['cron(61 2 * * ? *)', /minutes field "61": 61 is out of range 0-59/],
    ['cron(0 24 * * ? *)', /hours field "24": 24 is out of range 0-23/],
    ['cron(0 2 0 * ? *)', /day-of-month field "0": 0 is out of range 1-31/],
    ['cron(0 2 32 * ? *)', /day-of-month field "32"/],
    ['cron(0 2 1 13 ? *)', /month field "13": 13 is out of range 1-12 or JAN-DEC/],
    ['cron(0 2 1 FOO ? *)', /month field "FOO": "FOO" is not a value/],
    ['cron(0 2 ? * 0 *)', /day-of-week field "0": 0 is out of range 1-7 or SUN-SAT/],
    ['cron(0 2 ? * 8 *)', /day-of-week field "8"/],
    ['cron(0 2 1 * ? 1969)', /year field "1969": 1969 is out of range 1970-2199/],
    ['cron(0 2 1 * ? 2200)', /year field "2200"/],
    ['cron(0 2 1 * ?)', /six fields .* got 5/],
    ['cron(0 2 1 * ? * *)', /six fields .* got 7/],
    ['cron()', /six fields .* got 0/],
    ['0 2 1 * ? *', /expected cron\(/],
    ['cron(? 2 1 * ? *)', /minutes field "\?": "\?" is only allowed in day-of-month or day-of-week/],
    ['cron(*/0 2 1 * ? *)', /minutes field "\*\/0": step "0" must be a positive integer/],
    ['cron(1/2/3 2 1 * ? *)', /more than one "\/"/],
    ['cron(0 22-2 * * ? *)', /hours field "22-2": range "22-2" runs backwards/],
    ['cron(0 2 1-5-7 * ? *)', /not a range/],
    ['cron(0,,5 2 1 * ? *)', /empty list item/],
    ['cron(0 2 ? * */2 *)', /day-of-week field "\*\/2": "\/" steps are not allowed/],
    ['cron(0 2 L-3 * ? *)', /day-of-month field "L-3": L and W stand alone/],
    ['cron(0 2 LW * ? *)', /L-n, LW .* not supported/],
    ['cron(0 2 1,L * ? *)', /day-of-month field "1,L"/],
    ['cron(0 2 0W * ? *)', /day-of-month field "0W": 0 is out of range/],
    ['cron(0 2 ? * 3#1,6#3 *)', /day-of-week field "3#1,6#3": L and # stand alone/],
    ['cron(0 2 ? * 6#6 *)', /occurrence after # must be 1-5/],
    ['cron(0 2 ? * 8#1 *)', /day-of-week field "8#1": 8 is out of range/],
    ['cron(0 2 ? * 8L *)', /day-of-week field "8L"/],
    ['rate(0 minutes)', /rate value must be a positive integer/],
    ['rate(5 weeks)', /rate unit "weeks" must be minute\(s\), hour\(s\) or day\(s\)/],
    ['rate(1 minutes)', /singular unit "minute"/],
    ['rate(5 hour)', /plural unit "hours"/],
    ['rate(five minutes)', /rate\(value unit\)/],
    ['at(2026-12-01T02:00:00)', /at\(\.\.\.\) schedules are not supported/],
  ])('rejects %s', (expression, message) => {
    expect(() => parseCron(expression)).toThrow(message);
    expect(() => parseCron(expression)).toThrow('定时表达式无效');
    expect(() => parseCron(expression)).toThrow(expression);
  });
});

describe('nextRun for cron, in Asia/Shanghai time', () => {
  it('runs 02:00 Shanghai on the 1st, which is 18:00 UTC the day before', () => {
    expect(next('cron(0 2 1 * ? *)', '2026-11-24T00:00:00Z')).toBe('2026-11-30T18:00:00.000Z');
    expect(runs('cron(0 2 1 * ? *)', '2026-11-30T18:00:00Z', 3)).toEqual([
      '2026-12-31T18:00:00.000Z',
      '2027-01-31T18:00:00.000Z',
      '2027-02-28T18:00:00.000Z',
    ]);
  });

  it('is strictly after, at minute precision', () => {
    expect(next('cron(0 2 1 * ? *)', '2026-11-30T17:59:59.999Z')).toBe('2026-11-30T18:00:00.000Z');
    expect(next('cron(0 2 1 * ? *)', '2026-11-30T18:00:00Z')).toBe('2026-12-31T18:00:00.000Z');
    expect(next('cron(0 2 1 * ? *)', '2026-11-30T18:00:30Z')).toBe('2026-12-31T18:00:00.000Z');
    expect(next('cron(* * * * ? *)', '2026-11-24T00:00:30Z')).toBe('2026-11-24T00:01:00.000Z');
  });

  it('uses the Shanghai weekday, not the UTC one', () => {
    const weekdays = 'cron(0 9 ? * MON-FRI *)';
    // Tuesday 08:00 in Shanghai.
    expect(next(weekdays, '2026-11-24T00:00:00Z')).toBe('2026-11-24T01:00:00.000Z');
    // Friday 09:00 exactly: the next is Monday.
    expect(next(weekdays, '2026-11-27T01:00:00Z')).toBe('2026-11-30T01:00:00.000Z');
    // Sunday 20:00 UTC is already Monday 04:00 in Shanghai.
    expect(next(weekdays, '2026-11-29T20:00:00Z')).toBe('2026-11-30T01:00:00.000Z');
    expect(next('cron(0 9 ? * 2-6 *)', '2026-11-27T01:00:00Z')).toBe('2026-11-30T01:00:00.000Z');
    expect(next('cron(0 9 ? * SUN *)', '2026-11-24T00:00:00Z')).toBe('2026-11-29T01:00:00.000Z');
    expect(next('cron(0 9 ? * 1 *)', '2026-11-24T00:00:00Z')).toBe('2026-11-29T01:00:00.000Z');
  });

  it('runs midnight Shanghai at 16:00 UTC', () => {
    expect(runs('cron(0 0 * * ? *)', '2026-11-24T00:00:00Z', 2)).toEqual([
      '2026-11-24T16:00:00.000Z',
      '2026-11-25T16:00:00.000Z',
    ]);
  });

  it('follows a day list across months', () => {
    expect(runs('cron(0 8 2,5,15,28 * ? *)', '2026-11-24T00:00:00Z', 5)).toEqual([
      '2026-11-28T00:00:00.000Z',
      '2026-12-02T00:00:00.000Z',
      '2026-12-05T00:00:00.000Z',
      '2026-12-15T00:00:00.000Z',
      '2026-12-28T00:00:00.000Z',
    ]);
  });

  it('handles steps and ranges in minutes and hours', () => {
    expect(runs('cron(1/10 * * * ? *)', '2026-11-24T00:00:00Z', 7).map((iso) => iso.slice(11, 16))).toEqual([
      '00:01',
      '00:11',
      '00:21',
      '00:31',
      '00:41',
      '00:51',
      '01:01',
    ]);
    // Shanghai 08:00-12:00 every 2 hours, on the quarter hour: 00, 02, 04 UTC.
    expect(runs('cron(0/15 8-12/2 * * ? *)', '2026-11-23T23:59:00Z', 13).map((iso) => iso.slice(11, 16))).toEqual([
      '00:00',
      '00:15',
      '00:30',
      '00:45',
      '02:00',
      '02:15',
      '02:30',
      '02:45',
      '04:00',
      '04:15',
      '04:30',
      '04:45',
      '00:00',
    ]);
    expect(runs('cron(0 9 */10 * ? *)', '2026-11-24T00:00:00Z', 3)).toEqual([
      '2026-12-01T01:00:00.000Z',
      '2026-12-11T01:00:00.000Z',
      '2026-12-21T01:00:00.000Z',
    ]);
    expect(runs('cron(0 9 1 */5 ? *)', '2026-01-01T02:00:00Z', 3)).toEqual([
      '2026-06-01T01:00:00.000Z',
      '2026-11-01T01:00:00.000Z',
      '2027-01-01T01:00:00.000Z',
    ]);
  });

  it('runs L on the last day of the month, Feb 29 in a leap year', () => {
    expect(runs('cron(0 10 L * ? *)', '2028-01-31T02:00:00Z', 3)).toEqual([
      '2028-02-29T02:00:00.000Z',
      '2028-03-31T02:00:00.000Z',
      '2028-04-30T02:00:00.000Z',
    ]);
    expect(next('cron(0 10 L * ? *)', '2027-02-01T00:00:00Z')).toBe('2027-02-28T02:00:00.000Z');
    // 2100 is not a leap year.
    expect(next('cron(0 10 L FEB ? *)', '2100-01-01T00:00:00Z')).toBe('2100-02-28T02:00:00.000Z');
  });

  it('finds Feb 29 across the eight-year gap around 2100', () => {
    expect(next('cron(0 0 29 2 ? *)', '2096-03-01T00:00:00Z')).toBe('2104-02-28T16:00:00.000Z');
  });

  it('runs n#k on the k-th weekday n of the month', () => {
    // 6#3 = third Friday: 2026-12-18, 2027-01-15.
    expect(runs('cron(30 9 ? * 6#3 *)', '2026-11-24T00:00:00Z', 2)).toEqual([
      '2026-12-18T01:30:00.000Z',
      '2027-01-15T01:30:00.000Z',
    ]);
    expect(next('cron(30 9 ? * 6#3 *)', '2026-11-01T00:00:00Z')).toBe('2026-11-20T01:30:00.000Z');
    // A fifth Friday exists only in some months.
    for (const run of runs('cron(0 9 ? * 6#5 *)', '2026-01-01T00:00:00Z', 6)) {
      const { weekday, day } = shanghaiDay(run);
      expect(weekday).toBe(5);
      expect(day).toBeGreaterThanOrEqual(29);
    }
  });

  it('runs nL on the last weekday n of the month, and L alone on Saturdays', () => {
    expect(runs('cron(0 18 ? * 6L *)', '2026-11-24T00:00:00Z', 2)).toEqual([
      '2026-11-27T10:00:00.000Z',
      '2026-12-25T10:00:00.000Z',
    ]);
    expect(next('cron(0 9 ? * L *)', '2026-11-24T00:00:00Z')).toBe('2026-11-28T01:00:00.000Z');
  });

  it('runs nW on the weekday nearest day n, without leaving the month', () => {
    // 2026-08-15 is a Saturday: Friday the 14th.
    expect(next('cron(0 9 15W * ? *)', '2026-08-01T00:00:00Z')).toBe('2026-08-14T01:00:00.000Z');
    // 2026-11-15 is a Sunday: Monday the 16th.
    expect(next('cron(0 9 15W * ? *)', '2026-11-01T00:00:00Z')).toBe('2026-11-16T01:00:00.000Z');
    // 2026-07-15 is a Wednesday.
    expect(next('cron(0 9 15W * ? *)', '2026-07-01T00:00:00Z')).toBe('2026-07-15T01:00:00.000Z');
    // 2026-08-01 is a Saturday: Monday the 3rd, not Friday in July.
    expect(next('cron(0 9 1W * ? *)', '2026-07-02T00:00:00Z')).toBe('2026-08-03T01:00:00.000Z');
    // 2026-05-31 is a Sunday: Friday the 29th, not Monday in June.
    expect(next('cron(0 9 31W * ? *)', '2026-05-01T00:00:00Z')).toBe('2026-05-29T01:00:00.000Z');
    // June has no 31st; July 31st 2026 is a Friday.
    expect(next('cron(0 9 31W * ? *)', '2026-06-01T00:00:00Z')).toBe('2026-07-31T01:00:00.000Z');
  });

  it('respects the year field and gives up when no run remains', () => {
    expect(next('cron(0 0 1 1 ? 2027)', '2026-11-24T00:00:00Z')).toBe('2026-12-31T16:00:00.000Z');
    expect(() => next('cron(0 0 1 1 ? 2027)', '2026-12-31T16:00:00Z')).toThrow(/has no run after/);
    expect(next('cron(0 0 1 1 ? 2199)', '2026-11-24T00:00:00Z')).toBe('2198-12-31T16:00:00.000Z');
    expect(runs('cron(0 0 1 1 ? 2030/5)', '2026-11-24T00:00:00Z', 2)).toEqual([
      '2029-12-31T16:00:00.000Z',
      '2034-12-31T16:00:00.000Z',
    ]);
    expect(next('cron(0 0 1 1 ? 2028,2026-2027)', '2027-06-01T00:00:00Z')).toBe('2027-12-31T16:00:00.000Z');
  });

  it('gives up quickly on a date that never comes', () => {
    const started = performance.now();
    expect(() => next('cron(0 0 30 2 ? *)', '2026-11-24T00:00:00Z')).toThrow(/no run in the 10 years/);
    expect(() => next('cron(0 0 31 4,6,9,11 ? *)', '2026-11-24T00:00:00Z')).toThrow(/定时表达式不会触发/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('agrees with a minute-by-minute search', () => {
    const expressions = [
      'cron(0 9 ? * MON-FRI *)',
      'cron(*/7 3-5 * * ? *)',
      'cron(0 10 L * ? *)',
      'cron(45 23 ? * 6#3 *)',
      'cron(5 0 15W * ? *)',
      'cron(0 0 ? * 2L *)',
      'cron(30 12 1,15 JAN,JUL ? *)',
    ];
    const start = new Date('2027-12-20T07:13:00Z').getTime();
    for (const expression of expressions) {
      const schedule = parseCron(expression);
      let at = start;
      for (let run = 0; run < 4; run++) {
        const found = nextRun(schedule, new Date(at)).getTime();
        let minute = at + 60_000;
        while (!matches(schedule, new Date(minute))) minute += 60_000;
        expect(new Date(found).toISOString(), expression).toBe(new Date(minute).toISOString());
        at = found;
      }
    }
  });

  it('is fast for frequent and rare schedules', () => {
    const started = performance.now();
    const every = parseCron('cron(* * * * ? *)');
    let at = new Date('2026-11-24T00:00:00Z');
    for (let i = 0; i < 10_000; i++) at = nextRun(every, at);
    expect(at.toISOString()).toBe('2026-11-30T22:40:00.000Z');
    for (let i = 0; i < 100; i++) next('cron(0 0 29 2 ? *)', '2026-03-01T00:00:00Z');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('matches', () => {
  const weekdays = parseCron('cron(0 9 ? * MON-FRI *)');

  it('matches the whole minute, in Shanghai time', () => {
    expect(matches(weekdays, new Date('2026-11-24T01:00:00Z'))).toBe(true);
    expect(matches(weekdays, new Date('2026-11-24T01:00:59.999Z'))).toBe(true);
    expect(matches(weekdays, new Date('2026-11-24T01:01:00Z'))).toBe(false);
    expect(matches(weekdays, new Date('2026-11-24T09:00:00Z'))).toBe(false);
    // Saturday in Shanghai.
    expect(matches(weekdays, new Date('2026-11-28T01:00:00Z'))).toBe(false);
  });

  it('checks the day rules', () => {
    expect(matches(parseCron('cron(0 10 L * ? *)'), new Date('2028-02-29T02:00:00Z'))).toBe(true);
    expect(matches(parseCron('cron(0 10 L * ? *)'), new Date('2028-02-28T02:00:00Z'))).toBe(false);
    expect(matches(parseCron('cron(30 9 ? * 6#3 *)'), new Date('2026-12-18T01:30:00Z'))).toBe(true);
    expect(matches(parseCron('cron(30 9 ? * 6#3 *)'), new Date('2026-12-11T01:30:00Z'))).toBe(false);
    expect(matches(parseCron('cron(0 0 1 1 ? 2027)'), new Date('2026-12-31T16:00:00Z'))).toBe(true);
    expect(matches(parseCron('cron(0 0 1 1 ? 2027)'), new Date('2027-12-31T16:00:00Z'))).toBe(false);
  });
});

describe('rate expressions', () => {
  const anchor = '2026-11-24T00:00:00Z';

  it('runs every interval after the anchor', () => {
    expect(next('rate(5 minutes)', anchor, anchor)).toBe('2026-11-24T00:05:00.000Z');
    expect(next('rate(5 minutes)', '2026-11-24T00:07:30Z', anchor)).toBe('2026-11-24T00:10:00.000Z');
    expect(next('rate(5 minutes)', '2026-11-24T00:10:00Z', anchor)).toBe('2026-11-24T00:15:00.000Z');
    expect(next('rate(1 minute)', '2026-11-24T00:00:10Z', '2026-11-24T00:00:10Z')).toBe('2026-11-24T00:01:10.000Z');
    expect(next('rate(1 hour)', '2026-11-24T03:20:00Z', anchor)).toBe('2026-11-24T04:00:00.000Z');
    expect(next('rate(2 days)', '2026-11-25T00:00:00Z', anchor)).toBe('2026-11-26T00:00:00.000Z');
    expect(next('rate(1 day)', '2026-11-20T00:00:00Z', anchor)).toBe('2026-11-25T00:00:00.000Z');
  });

  it('counts from the Unix epoch without an anchor', () => {
    expect(next('rate(1 hour)', '2026-11-24T03:20:00Z')).toBe('2026-11-24T04:00:00.000Z');
  });

  it('matches the minutes of its runs', () => {
    const schedule: CronSchedule = parseCron('rate(15 minutes)');
    const from = new Date(anchor);
    expect(matches(schedule, new Date('2026-11-24T00:15:00Z'), from)).toBe(true);
    expect(matches(schedule, new Date('2026-11-24T00:15:40Z'), from)).toBe(true);
    expect(matches(schedule, new Date('2026-11-24T00:16:00Z'), from)).toBe(false);
    expect(matches(schedule, new Date(anchor), from)).toBe(false);
  });
});
