import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { ageBands } from '../domain/age-bands.ts';
import { type BirthCounts, birthYearsFor, type Sex } from '../domain/ages.ts';
import { getAgeStructure as route } from '../schemas/drill-down.ts';
import { birthsBucket, readCounterRange } from '../store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { areaName } from '../store/population-report.ts';

/** Every birthday counter of one sex in the area: one range read. */
async function births(deps: StatisticsDeps, area: string, sex: Sex, day: string): Promise<BirthCounts[]> {
  const { from, to } = birthYearsFor(day, 0);
  const items = await readCounterRange(deps, area, birthsBucket(sex, from), birthsBucket(sex, to));
  return items.map(({ bucket, numbers }) => ({ sex, year: Number(bucket.split('#')[2]), days: numbers }));
}

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const day = shanghaiDay(d.now());
    const [men, women] = await Promise.all([births(d, query.area, 'male', day), births(d, query.area, 'female', day)]);
    return { body: { area: query.area, name: areaName(query.area), asOf: day, bands: ageBands([...men, ...women], day) } };
  });
}

export const handler = createHandler();
