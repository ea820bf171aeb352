import { assertInScope, httpHandler } from '@shequ/kit';
import { GROUPS_BUCKET, groupLabels, LEFT_BEHIND } from '../domain/population.ts';
import { getGroups as route } from '../schemas/population.ts';
import type { Deltas } from '../store/counters.ts';
import { readCounter } from '../store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { areaName, childCounters } from '../store/population-report.ts';

/** Members per group: the counters named after a group (not the disabled breakdowns, not the left-behind persons). */
function groupsOf(numbers: Deltas): Record<string, number> {
  const known = Object.fromEntries(Object.keys(groupLabels).map((group) => [group, numbers[group] ?? 0]));
  const others = Object.entries(numbers).filter(([name]) => !name.includes(':') && name !== LEFT_BEHIND && !(name in known));
  return { ...known, ...Object.fromEntries(others) };
}

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const [numbers, children] = await Promise.all([
      readCounter(d, query.area, GROUPS_BUCKET),
      childCounters(d, query.area, GROUPS_BUCKET),
    ]);
    return {
      body: {
        area: query.area,
        name: areaName(query.area),
        groups: Object.entries(groupsOf(numbers)).map(([group, members]) => ({
          group,
          label: groupLabels[group] ?? group,
          members,
        })),
        leftBehind: numbers[LEFT_BEHIND] ?? 0,
        children: children.map((child) => ({
          area: child.area,
          name: child.name,
          groups: groupsOf(child.numbers),
          leftBehind: child.numbers[LEFT_BEHIND] ?? 0,
        })),
      },
    };
  });
}

export const handler = createHandler();
