import { type PopulationCount, PopulationCounted, parseEvent, shanghaiDay } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { POPULATION_BUCKET } from '../domain/population.ts';
import { populationDrift } from '../domain/reconciliation.ts';
import { readCounter } from '../store/counters.ts';
import { defaultStatisticsDeps, type StatisticsDeps } from '../store/deps.ts';
import { alreadyReconciled, correctPopulation, markReconciled } from '../store/reconciliation.ts';

/** Areas checked at once: reads and small transactions, kept modest so a large district does not throttle. */
const CONCURRENCY = 8;

/**
 * Checks the POPULATION counters against the registry's daily count (PopulationCounted) and corrects every
 * area that differs, reporting the drift. A correction is conditioned on the counter still holding what was
 * read; if a person event moved it meanwhile, the area is reported 'busy' and left for the next count.
 *
 * Limit: the registry's count is not of one instant. A person registered (or moved) while the registry was
 * scanning may be in the count while its event has not yet reached the counter, or the other way round; the
 * correction then puts the counter one off until that event lands, and the next day's count puts it right.
 * Areas the registry does not know (neither seeded nor with a person) are not in the count and not checked.
 */
export function createHandler(deps: () => StatisticsDeps = defaultStatisticsDeps) {
  return eventConsumer('reconcile-population', async (envelope, log) => {
    const event = parseEvent(PopulationCounted, envelope);
    const d = deps();
    if (await alreadyReconciled(d, event.id)) {
      log.info('count already reconciled, skipped');
      return;
    }
    const day = shanghaiDay(new Date(event.data.countedAt));
    const outcomes = { checked: 0, corrected: 0, busy: 0, already: 0 };
    const reconcile = async (count: PopulationCount) => {
      const found = await readCounter(d, count.area, POPULATION_BUCKET);
      outcomes.checked++;
      const fields = populationDrift(count, found);
      if (fields.length === 0) return;
      const outcome = await correctPopulation(
        d,
        { day, countedAt: event.data.countedAt, area: count.area, fields, eventId: event.id },
        found,
      );
      outcomes[outcome]++;
      if (outcome !== 'already') log.warn('population counter drifted', { area: count.area, fields, outcome });
    };
    const pending = [...event.data.areas];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let count = pending.shift(); count !== undefined; count = pending.shift()) await reconcile(count);
      }),
    );
    await markReconciled(d, event.id);
    log.info('population reconciled', { part: event.data.part, parts: event.data.parts, ...outcomes });
  });
}

export const handler = createHandler();
