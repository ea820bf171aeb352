/**
 * Ages derived on the day asked from the birthday counters (one number per `MM-DD` per birth year and
 * sex), so the age-based figures stay right as people age without any event: a person is 15 on their
 * 15th birthday. Someone born on 29 February turns a year older on 1 March in a common year.
 */

export type Sex = 'male' | 'female';

/** The living counted by birthday in one birth year: `days` maps `MM-DD` to how many were born that day. */
export interface BirthCounts {
  sex: Sex;
  year: number;
  days: Record<string, number>;
}

export interface AgeFigures {
  /** 育龄妇女: women aged 15 to 49. */
  women15to49: number;
  /** 60 周岁以上老人. */
  elderly60plus: number;
  /** 80 周岁以上高龄老人. */
  elderly80plus: number;
}

export const WOMEN_MIN_AGE = 15;
export const WOMEN_MAX_AGE = 49;
export const ELDERLY_AGE = 60;
export const OLD_ELDERLY_AGE = 80;
/** Nobody counted is older than this: bounds the birth years a read needs. */
export const MAX_AGE = 130;

/** Age in full years on `day` (`YYYY-MM-DD`) of someone born in `year` on `monthDay` (`MM-DD`). */
export function ageOfBirthday(year: number, monthDay: string, day: string): number {
  const dayYear = Number(day.slice(0, 4));
  return dayYear - year - (monthDay > day.slice(5, 10) ? 1 : 0);
}

/** Age in full years on `day` of someone born on `birthDate` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, day: string): number {
  return ageOfBirthday(Number(birthDate.slice(0, 4)), birthDate.slice(5, 10), day);
}

/** The birth years (inclusive) in which a person may be between `minAge` and `maxAge` on `day`. */
export function birthYearsFor(day: string, minAge: number, maxAge: number = MAX_AGE): { from: number; to: number } {
  const year = Number(day.slice(0, 4));
  return { from: year - maxAge - 1, to: year - minAge };
}

/** How many of `births` are between `minAge` and `maxAge` (inclusive) on `day`, of `sex` when given. */
export function countAged(
  births: readonly BirthCounts[],
  day: string,
  minAge: number,
  maxAge: number = MAX_AGE,
  sex?: Sex,
): number {
  let count = 0;
  for (const year of births) {
    if (sex && year.sex !== sex) continue;
    for (const [monthDay, number] of Object.entries(year.days)) {
      const age = ageOfBirthday(year.year, monthDay, day);
      if (age >= minAge && age <= maxAge) count += number;
    }
  }
  return count;
}

/** The age-derived figures of an area on `day`. */
export function ageFigures(births: readonly BirthCounts[], day: string): AgeFigures {
  return {
    women15to49: countAged(births, day, WOMEN_MIN_AGE, WOMEN_MAX_AGE, 'female'),
    elderly60plus: countAged(births, day, ELDERLY_AGE),
    elderly80plus: countAged(births, day, OLD_ELDERLY_AGE),
  };
}
