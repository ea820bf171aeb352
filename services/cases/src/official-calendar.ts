import chineseDays from 'chinese-days';
import type { OfficialCalendar } from './domain/civic-calendar.ts';

/**
 * The State Council's working-day calendar from the maintained `chinese-days` package: holidays and the
 * weekends made working days (调休). A year whose notice is not out yet has no holidays in it and falls back
 * to plain weekends; updating the package is how a district picks up next year's notice.
 */
const known = new Map<number, boolean>();

export const officialCalendar: OfficialCalendar = {
  isWorkday: (day) => chineseDays.isWorkday(day),
  knowsYear(year) {
    let answer = known.get(year);
    if (answer === undefined) {
      answer = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
      known.set(year, answer);
    }
    return answer;
  },
};
