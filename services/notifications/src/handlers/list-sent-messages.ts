import { key, queryAll } from '@shequ/ddb';
import { httpHandler } from '@shequ/kit';
import { listSentMessages as route } from '../schemas/messages.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ query }) => {
    const items = await queryAll(deps(), {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': key('SINK', query.channel) },
      ScanIndexForward: false,
    });
    return {
      body: {
        items: items.map((item) => ({
          deliveryId: String(item.deliveryId),
          to: String(item.to),
          title: String(item.title),
          body: String(item.body),
          at: String(item.at),
        })),
      },
    };
  });
}

export const handler = createHandler();
