import { BroadcastRequested, parseEvent } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { checkpoint, getBroadcast, requestedEvent } from '../store/broadcasts.ts';
import { segmentMembers } from '../store/contacts.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { createMessage } from '../store/messages.ts';

export interface FanOutOptions {
  /** Members per page (and per checkpoint). @default 50 */
  pageSize?: number;
  /** Well inside the consumer's 30 s: what is left goes on in a fresh invocation from the saved cursor. @default 20 s */
  budgetMs?: number;
}

/**
 * Writes one message per member of the broadcast's segment, a page at a time, saving the cursor after each
 * page. A retried page makes no second message (each is keyed by broadcast and recipient); when the time
 * budget is spent, a new BroadcastRequested carries on from the cursor; a cancelled broadcast stops.
 */
export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps, options: FanOutOptions = {}) {
  const pageSize = options.pageSize ?? 50;
  const budgetMs = options.budgetMs ?? 20_000;
  return eventConsumer('fan-out-broadcast', async (envelope, log) => {
    const d = deps();
    const { data } = parseEvent(BroadcastRequested, envelope);
    const started = Date.now();
    let broadcast = await getBroadcast(d, data.broadcastId);
    if (!broadcast) throw new Error(`broadcast ${data.broadcastId} not found`);
    let cursor = broadcast.cursor;
    while (broadcast.status === 'queued' || broadcast.status === 'sending') {
      const page = await segmentMembers(
        d,
        { community: broadcast.community, group: broadcast.group },
        { limit: pageSize, cursor },
      );
      for (const member of page.items) {
        await createMessage(d, {
          source: `broadcast:${broadcast.id}`,
          recipient: `person:${member.personId}`,
          personId: member.personId,
          templateKey: 'broadcast',
          variables: { title: broadcast.title, body: broadcast.body },
          broadcastId: broadcast.id,
          ...(broadcast.urgent ? { urgent: true } : {}),
        });
      }
      cursor = page.cursor;
      const outOfTime = Date.now() - started > budgetMs;
      await checkpoint(d, broadcast, cursor, cursor !== undefined && outOfTime ? requestedEvent(d, broadcast) : undefined);
      if (cursor === undefined || outOfTime) return;
      broadcast = (await getBroadcast(d, broadcast.id)) ?? broadcast;
    }
    log.info('broadcast not sending', { status: broadcast.status });
  });
}

export const handler = createHandler();
