import { assertInScope, httpHandler } from '@shequ/kit';
import { ANY_HARDSHIP, HOUSEHOLDS_BUCKET, housingHardshipLabels } from '../domain/households.ts';
import { GROUPS_BUCKET, LEFT_BEHIND } from '../domain/population.ts';
import { getSpecialFigures as route } from '../schemas/figures.ts';
import { type Deltas, readCounter } from '../store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { areaName, childCounters } from '../store/population-report.ts';

/** The figures of one area from its HOUSEHOLDS and GROUPS counters. */
function figuresOf(households: Deltas, groups: Deltas) {
  const n = (numbers: Deltas, name: string) => numbers[name] ?? 0;
  const military = {
    militaryFamily: n(groups, 'military-family'),
    martyrFamily: n(groups, 'martyr-family'),
    activeMilitary: n(groups, 'active-military'),
    transferredOfficer: n(groups, 'transferred-officer'),
  };
  return {
    households: n(households, 'households'),
    householdPersons: n(households, 'persons'),
    housingHardship: n(households, `housing:${ANY_HARDSHIP}`),
    housingHardshipPersons: n(households, `housing:${ANY_HARDSHIP}:persons`),
    housing: Object.fromEntries(Object.keys(housingHardshipLabels).map((kind) => [kind, n(households, `housing:${kind}`)])),
    ...military,
    military: Object.values(military).reduce((total, value) => total + value, 0),
    leftBehind: n(groups, LEFT_BEHIND),
    leftBehindChildren: n(groups, 'left-behind-child'),
    leftBehindWomen: n(groups, 'left-behind-woman'),
    leftBehindElderly: n(groups, 'left-behind-elderly'),
  };
}

export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const [households, groups, householdChildren, groupChildren] = await Promise.all([
      readCounter(d, query.area, HOUSEHOLDS_BUCKET),
      readCounter(d, query.area, GROUPS_BUCKET),
      childCounters(d, query.area, HOUSEHOLDS_BUCKET),
      childCounters(d, query.area, GROUPS_BUCKET),
    ]);
    const children = new Map<string, { name: string; households: Deltas; groups: Deltas }>();
    for (const child of householdChildren) children.set(child.area, { name: child.name, households: child.numbers, groups: {} });
    for (const child of groupChildren) {
      const kept = children.get(child.area);
      children.set(child.area, { name: child.name, households: kept?.households ?? {}, groups: child.numbers });
    }
    return {
      body: {
        area: query.area,
        name: areaName(query.area),
        ...figuresOf(households, groups),
        housingKinds: Object.entries(housingHardshipLabels).map(([kind, label]) => ({
          kind,
          label,
          households: households[`housing:${kind}`] ?? 0,
          persons: households[`housing:${kind}:persons`] ?? 0,
        })),
        children: [...children.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([area, child]) => ({ area, name: child.name, ...figuresOf(child.households, child.groups) })),
      },
    };
  });
}

export const handler = createHandler();
