import { assertInScope, httpHandler } from '@shequ/kit';
import { ALL_PROGRAMMES } from '../domain/benefits.ts';
import { yuan } from '../domain/civil-affairs.ts';
import { getBenefitStatistics as route } from '../schemas/drill-down.ts';
import { BENEFITS_BUCKET } from '../store/benefits.ts';
import { type Deltas, readCounter } from '../store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { areaName, childCounters } from '../store/population-report.ts';

const figuresOf = (numbers: Deltas, programme: string) => ({
  households: numbers[`${programme}:households`] ?? 0,
  persons: numbers[`${programme}:persons`] ?? 0,
  monthlyYuan: yuan(numbers[`${programme}:monthlyFen`] ?? 0),
});

/** The programmes with something in force (the stock counters are named `<programme>:households|persons|monthlyFen`). */
function programmesOf(numbers: Deltas) {
  const codes = new Set(
    Object.keys(numbers)
      .map((name) => name.split(':')[0] ?? '')
      .filter((code) => code !== '' && code !== ALL_PROGRAMMES),
  );
  return [...codes]
    .sort()
    .map((programme) => ({ programme, ...figuresOf(numbers, programme) }))
    .filter((figures) => figures.households > 0 || figures.persons > 0);
}

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const [numbers, children] = await Promise.all([
      readCounter(d, query.area, BENEFITS_BUCKET),
      childCounters(d, query.area, BENEFITS_BUCKET),
    ]);
    return {
      body: {
        area: query.area,
        name: areaName(query.area),
        ...figuresOf(numbers, ALL_PROGRAMMES),
        programmes: programmesOf(numbers),
        children: children.map((child) => ({ area: child.area, name: child.name, ...figuresOf(child.numbers, ALL_PROGRAMMES) })),
      },
    };
  });
}

export const handler = createHandler();
