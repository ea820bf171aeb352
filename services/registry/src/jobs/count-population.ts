import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { POPULATION_COUNT_AREAS_PER_EVENT, type PopulationCount, PopulationCounted } from '@shequ/contracts';
import { raiseEvent, writeWithEvents } from '@shequ/ddb';
import { scheduledJob } from '@shequ/kit';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';

interface Summary {
  areas: number;
  persons: number;
  events: number;
}

/**
 * Daily: counts the district's active persons per area by scanning the registry's own table, and raises
 * PopulationCounted (through the outbox, like every registry event) so statistics can check and correct the
 * counters it keeps from person events. Long districts go in several events of at most 500 areas each.
 * The count is not a snapshot of one instant: a registration written while a segment is being scanned may
 * or may not be in it, and its event may reach statistics before or after this one; statistics corrects to
 * this count, and the next day's count puts right anything that moved during the scan.
 */
export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return scheduledJob('count-population', async ({ now }): Promise<Summary> => {
    const d = { ...deps(), now: () => now };
    const counts = await countActivePopulation(d);
    const parts = Math.ceil(counts.length / POPULATION_COUNT_AREAS_PER_EVENT);
    for (let part = 0; part < parts; part++) {
      const areas = counts.slice(part * POPULATION_COUNT_AREAS_PER_EVENT, (part + 1) * POPULATION_COUNT_AREAS_PER_EVENT);
      const event = raiseEvent(d, PopulationCounted, d.district, { countedAt: now.toISOString(), part: part + 1, parts, areas });
      await writeWithEvents(d.client, d.tableName, [], [event]);
    }
    const district = counts.find((count) => count.area === d.district);
    return { areas: counts.length, persons: district?.total ?? 0, events: parts };
  });
}

/** Parallel scan segments: jobs may scan (never a request path, nor a store module), and four keep a large district quick. */
const POPULATION_SCAN_SEGMENTS = 4;

type Tally = Map<string, PopulationCount>;

const zero = (area: string): PopulationCount => ({ area, total: 0, registered: 0, migrant: 0, male: 0, female: 0 });

/** Every level an area rolls up into: 350203006029-03 → 350203, 350203006, 350203006029, itself. */
function levelsOf(area: string): string[] {
  return [area.slice(0, 6), area.slice(0, 9), area.slice(0, 12), area].filter(
    (code, index, all) => code.length >= 6 && all.indexOf(code) === index,
  );
}

function tallyOf(tally: Tally, area: string): PopulationCount {
  let count = tally.get(area);
  if (!count) {
    count = zero(area);
    tally.set(area, count);
  }
  return count;
}

/**
 * The active persons of the whole table counted per area at every level (district, sub-district, community,
 * grid), by a parallel Scan in `segments`. Areas and grids the registry knows are listed even where nobody
 * lives (zeros), so a counter elsewhere that still counts people there can be found wrong. Sorted by area.
 * Moved-out and deceased persons do not count; records older than statuses are active.
 */
async function countActivePopulation(deps: RegistryDeps, segments = POPULATION_SCAN_SEGMENTS): Promise<PopulationCount[]> {
  const parts = await Promise.all(Array.from({ length: segments }, (_, segment) => countSegment(deps, segment, segments)));
  const tally: Tally = new Map();
  for (const part of parts) {
    for (const count of part.values()) {
      const into = tallyOf(tally, count.area);
      into.total += count.total;
      into.registered += count.registered;
      into.migrant += count.migrant;
      into.male += count.male;
      into.female += count.female;
    }
  }
  return [...tally.values()].sort((a, b) => a.area.localeCompare(b.area));
}

async function countSegment(deps: RegistryDeps, segment: number, segments: number): Promise<Tally> {
  const tally: Tally = new Map();
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await deps.client.send(
      new ScanCommand({
        TableName: deps.tableName,
        Segment: segment,
        TotalSegments: segments,
        FilterExpression: '#entity IN (:person, :area, :grid)',
        ProjectionExpression: '#entity, #area, #code, #sex, #residence, #status',
        ExpressionAttributeNames: {
          '#entity': 'entity',
          '#area': 'area',
          '#code': 'code',
          '#sex': 'sex',
          '#residence': 'residence',
          '#status': 'status',
        },
        ExpressionAttributeValues: { ':person': 'person', ':area': 'area', ':grid': 'grid' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) {
      if (item.entity !== 'person') {
        for (const level of levelsOf(String(item.code))) tallyOf(tally, level);
        continue;
      }
      if ((item.status ?? 'active') !== 'active') continue;
      for (const level of levelsOf(String(item.area))) {
        const count = tallyOf(tally, level);
        count.total++;
        if (item.residence === 'migrant') count.migrant++;
        else count.registered++;
        if (item.sex === 'female') count.female++;
        else count.male++;
      }
    }
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return tally;
}

export const handler = createHandler();
