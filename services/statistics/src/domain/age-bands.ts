import { ageOfBirthday, type BirthCounts, type Sex } from './ages.ts';

/** Ten-year bands, the last open (80 and over): the shape of a population pyramid. */
export const AGE_BAND_WIDTH = 10;
export const OPEN_BAND_FROM = 80;

export interface AgeBand {
  /** `0-9` … `70-79`, `80+`. */
  band: string;
  label: string;
  from: number;
  male: number;
  female: number;
}

const bandStarts = Array.from({ length: OPEN_BAND_FROM / AGE_BAND_WIDTH + 1 }, (_, index) => index * AGE_BAND_WIDTH);

function bandOf(from: number): Pick<AgeBand, 'band' | 'label' | 'from'> {
  if (from >= OPEN_BAND_FROM) return { band: `${from}+`, label: `${from} 岁及以上`, from };
  const to = from + AGE_BAND_WIDTH - 1;
  return { band: `${from}-${to}`, label: `${from}–${to} 岁`, from };
}

/** The living of `births` by age on `day` (`YYYY-MM-DD`) in ten-year bands and by sex, youngest first. */
export function ageBands(births: readonly BirthCounts[], day: string): AgeBand[] {
  const bands = bandStarts.map((from) => ({ ...bandOf(from), male: 0, female: 0 }));
  for (const year of births) {
    for (const [monthDay, number] of Object.entries(year.days)) {
      const age = ageOfBirthday(year.year, monthDay, day);
      if (age < 0) continue;
      const index = Math.min(Math.floor(age / AGE_BAND_WIDTH), bands.length - 1);
      const band = bands[index] as AgeBand;
      band[year.sex satisfies Sex] += number;
    }
  }
  return bands;
}
