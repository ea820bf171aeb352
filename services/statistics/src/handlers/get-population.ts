import { shanghaiDay } from '@shequ/contracts';
import { assertInScope, httpHandler } from '@shequ/kit';
import { getPopulation as route } from '../schemas/population.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { areaName, childPopulationFigures, populationFigures } from '../store/population-report.ts';

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const day = shanghaiDay(d.now());
    const [figures, children] = await Promise.all([
      populationFigures(d, query.area, day),
      childPopulationFigures(d, query.area, day),
    ]);
    return {
      body: {
        area: query.area,
        name: areaName(query.area),
        asOf: day,
        ...figures,
        children: children.map((child) => ({ area: child.area, name: child.name, ...child.figures })),
      },
    };
  });
}

export const handler = createHandler();
