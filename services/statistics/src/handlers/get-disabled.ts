import { assertInScope, httpHandler } from '@shequ/kit';
import { disabilityCategories, disabilityCategoryLabels, disabilityGrades, GROUPS_BUCKET } from '../domain/population.ts';
import { getDisabled as route } from '../schemas/population.ts';
import { readCounter } from '../store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { areaName, childCounters, disabledOf } from '../store/population-report.ts';

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const [numbers, children] = await Promise.all([
      readCounter(d, query.area, GROUPS_BUCKET),
      childCounters(d, query.area, GROUPS_BUCKET),
    ]);
    const { total, byCategory, byGrade, cells } = disabledOf(numbers);
    return {
      body: {
        area: query.area,
        name: areaName(query.area),
        total,
        byCategory,
        byGrade,
        categories: disabilityCategories.map((category) => ({
          category,
          label: disabilityCategoryLabels[category] ?? category,
          total: byCategory[category] ?? 0,
          byGrade: Object.fromEntries(disabilityGrades.map((grade) => [String(grade), cells[`${category}:${grade}`] ?? 0])),
        })),
        children: children.map((child) => {
          const figures = disabledOf(child.numbers);
          return {
            area: child.area,
            name: child.name,
            total: figures.total,
            byCategory: figures.byCategory,
            byGrade: figures.byGrade,
          };
        }),
      },
    };
  });
}

export const handler = createHandler();
