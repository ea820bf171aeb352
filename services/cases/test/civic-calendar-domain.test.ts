import { describe, expect, it } from 'vitest';
import {
  defaultServiceWeekStart,
  nextCivicDay,
  nextWorkingDay,
  type OfficialCalendar,
  planMonth,
  serviceWeekProblem,
  topicAgendaItem,
  weekdayOf,
} from '../src/domain/civic-calendar.ts';
import { officialCalendar } from '../src/official-calendar.ts';

/** Weekends off, plus the holidays and make-up working days a test names; `known` years have a notice. */
function fakeCalendar(input: { holidays?: string[]; workdays?: string[]; known?: number[] } = {}): OfficialCalendar {
  const holidays = new Set(input.holidays ?? []);
  const workdays = new Set(input.workdays ?? []);
  return {
    isWorkday: (day) => workdays.has(day) || (!holidays.has(day) && weekdayOf(day) !== 0 && weekdayOf(day) !== 6),
    knowsYear: (year) => (input.known ?? [2031]).includes(year),
  };
}

const dates = (month: ReturnType<typeof planMonth>) => month.days.map((day) => `${day.kind} ${day.date}`);

describe('五日一周 planned from a calendar port', () => {
  // 2031-07: the 2nd is a Wednesday, the 5th a Saturday, the 15th a Tuesday, the 28th a Monday.
  it('keeps the fixed days on working days and moves a weekend day to the Monday, saying why', () => {
    const plan = planMonth('2031-07', fakeCalendar());
    expect(dates(plan)).toEqual([
      'reception 2031-07-02',
      'disclosure 2031-07-07',
      'publicity 2031-07-15',
      'service-week 2031-07-21',
      'deliberation 2031-07-28',
    ]);
    expect(plan.days.find((day) => day.kind === 'disclosure')).toMatchObject({
      nominal: '2031-07-05',
      movedBecause: '2031-07-05 是星期六，顺延至下一个工作日 2031-07-07',
    });
    expect(plan.days.find((day) => day.kind === 'reception')?.movedBecause).toBeUndefined();
    expect(plan.officialCalendarKnown).toBe(true);
  });

  it('holds evaluation day only in a quarter’s last month, and moves a day through a holiday run', () => {
    const calendar = fakeCalendar({ holidays: ['2031-09-29', '2031-09-30', '2031-10-01', '2031-10-02', '2031-10-03'] });
    const september = planMonth('2031-09', calendar);
    // The 30th is a holiday: evaluation day is held on the first working day after, in October.
    expect(september.days.find((day) => day.kind === 'evaluation')).toMatchObject({
      nominal: '2031-09-30',
      date: '2031-10-06',
      movedBecause: '2031-09-30 在法定节假日内，顺延至节后第一个工作日 2031-10-06',
    });
    expect(planMonth('2031-08', calendar).days.map((day) => day.kind)).not.toContain('evaluation');
    expect(planMonth('2031-12', calendar).days.map((day) => day.kind)).toContain('evaluation');
  });

  it('counts a weekend made a working day (调休) as a working day', () => {
    // 2031-06-28 is a Saturday; made a working day, deliberation day stays on it.
    expect(
      planMonth('2031-06', fakeCalendar({ workdays: ['2031-06-28'] })).days.find((d) => d.kind === 'deliberation'),
    ).toMatchObject({ date: '2031-06-28' });
    expect(planMonth('2031-06', fakeCalendar()).days.find((d) => d.kind === 'deliberation')?.date).toBe('2031-06-30');
  });

  it('plans one service week: the first Monday from the 16th, its holidays skipped, a lost week moved on', () => {
    expect(defaultServiceWeekStart('2031-07')).toBe('2031-07-21');
    const partly = planMonth('2031-07', fakeCalendar({ holidays: ['2031-07-21', '2031-07-23'] }));
    expect(partly.days.find((day) => day.kind === 'service-week')).toMatchObject({
      nominal: '2031-07-21',
      date: '2031-07-22',
      days: ['2031-07-22', '2031-07-24', '2031-07-25'],
    });
    const lost = planMonth(
      '2031-07',
      fakeCalendar({ holidays: ['2031-07-21', '2031-07-22', '2031-07-23', '2031-07-24', '2031-07-25'] }),
    );
    expect(lost.days.find((day) => day.kind === 'service-week')).toMatchObject({
      nominal: '2031-07-21',
      date: '2031-07-28',
      days: ['2031-07-28', '2031-07-29', '2031-07-30', '2031-07-31', '2031-08-01'],
    });
    expect(lost.days.filter((day) => day.kind === 'service-week')).toHaveLength(1);
    const moved = planMonth('2031-07', fakeCalendar(), '2031-07-07');
    expect(moved.days.find((day) => day.kind === 'service-week')).toMatchObject({ nominal: '2031-07-07', date: '2031-07-07' });
  });

  it('accepts as a service week only a Monday of that month with a working day in its week', () => {
    const calendar = fakeCalendar({ holidays: ['2031-07-14', '2031-07-15', '2031-07-16', '2031-07-17', '2031-07-18'] });
    expect(serviceWeekProblem('2031-07', '2031-07-07', calendar)).toBeUndefined();
    expect(serviceWeekProblem('2031-07', '2031-07-08', calendar)).toBe('服务周须从星期一开始，2031-07-08 是星期二');
    expect(serviceWeekProblem('2031-07', '2031-08-04', calendar)).toBe('服务周须在 2031-07 月内开始');
    expect(serviceWeekProblem('2031-07', '2031-07-14', calendar)).toBe('2031-07-14 起的一周都是法定节假日，请另选一周');
  });

  it('says so when the year’s holiday notice is not known', () => {
    expect(planMonth('2032-03', fakeCalendar()).officialCalendarKnown).toBe(false);
  });

  it('finds the next day of a kind and words a recurring topic for the agenda', () => {
    const calendar = fakeCalendar();
    expect(nextWorkingDay('2031-07-05', calendar)).toBe('2031-07-07');
    expect(nextCivicDay('evaluation', '2031-07-01', calendar)?.date).toBe('2031-09-30');
    expect(topicAgendaItem({ categoryLabel: '环境卫生', topic: '楼道堆物', caseCount: 3 })).toBe('环境卫生：楼道堆物（3 件）');
  });
});

describe('五日一周 on the State Council’s 2026 calendar', () => {
  it('moves February’s days out of the Spring Festival holiday and keeps the make-up Saturday; no evaluation day', () => {
    const plan = planMonth('2026-02', officialCalendar);
    expect(plan.officialCalendarKnown).toBe(true);
    expect(dates(plan)).toEqual([
      'reception 2026-02-02',
      'disclosure 2026-02-05',
      'publicity 2026-02-24',
      'service-week 2026-02-24',
      'deliberation 2026-02-28',
    ]);
    expect(plan.days.find((day) => day.kind === 'publicity')?.movedBecause).toBe(
      '2026-02-15 在法定节假日内，顺延至节后第一个工作日 2026-02-24',
    );
    expect(plan.days.find((day) => day.kind === 'service-week')?.days).toEqual([
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ]);
    // 2026-02-28 is a Saturday made a working day: deliberation day is held on it, not moved.
    expect(plan.days.find((day) => day.kind === 'deliberation')?.movedBecause).toBeUndefined();
  });

  it('holds June’s evaluation day on the 30th and moves the 28th, a Sunday, to the 29th', () => {
    const plan = planMonth('2026-06', officialCalendar);
    expect(plan.days.find((day) => day.kind === 'evaluation')).toMatchObject({ nominal: '2026-06-30', date: '2026-06-30' });
    expect(plan.days.find((day) => day.kind === 'deliberation')?.date).toBe('2026-06-29');
  });

  it('moves days out of New Year, Labour Day and National Day onto the first working day, a make-up Sunday included', () => {
    expect(planMonth('2026-01', officialCalendar).days[0]).toMatchObject({ kind: 'reception', date: '2026-01-04' });
    const may = planMonth('2026-05', officialCalendar).days;
    expect(may.slice(0, 2).map((day) => `${day.kind} ${day.date}`)).toEqual(['reception 2026-05-06', 'disclosure 2026-05-06']);
    const october = planMonth('2026-10', officialCalendar).days;
    expect(october.slice(0, 2).map((day) => day.date)).toEqual(['2026-10-08', '2026-10-08']);
  });
});
