import { ConcurrentModificationError } from '@shequ/ddb';
import { scheduledJob } from '@shequ/kit';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { dueHeldDeliveries, moveDelivery, queueEvent } from '../store/messages.ts';

const PAGE = 100;

/**
 * Queues every held SMS and e-mail whose quiet hours are over, each with its DeliveryQueued event in the
 * same transaction. Run twice, or beside another run, a delivery is queued once: the move is conditioned
 * on the delivery still being held.
 */
export async function releaseHeld(deps: NotificationsDeps): Promise<{ released: number }> {
  let released = 0;
  const seen = new Set<string>();
  for (;;) {
    // The index may still list a delivery another run just moved: never look at one twice.
    const due = (await dueHeldDeliveries(deps, deps.now(), PAGE)).filter((delivery) => !seen.has(delivery.id));
    if (due.length === 0) return { released };
    for (const delivery of due) {
      seen.add(delivery.id);
      try {
        const { holdUntil: _until, ...rest } = delivery;
        await moveDelivery(deps, rest, { status: 'queued' }, [queueEvent(deps, delivery, deps.district)]);
        released++;
      } catch (error) {
        if (!(error instanceof ConcurrentModificationError)) throw error;
      }
    }
  }
}

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return scheduledJob('release-held', ({ now }) => releaseHeld({ ...deps(), now: () => now }));
}

export const handler = createHandler();
