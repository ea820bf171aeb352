import { DeliveryQueued, parseEvent } from '@shequ/contracts';
import { eventConsumer } from '@shequ/kit';
import { deliver } from '../delivery.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return eventConsumer('deliver', async (envelope, log) => {
    const { data } = parseEvent(DeliveryQueued, envelope);
    await deliver(deps(), data.messageId, data.channel, log);
  });
}

export const handler = createHandler();
