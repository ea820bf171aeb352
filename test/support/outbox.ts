import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { EventEnvelope } from '@shequ/contracts';
import { outboxEventsOf, sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';

/**
 * The events a service's table has written to its outbox in this test file, oldest first, optionally
 * of one type and with given data fields. Tests may scan their own tables; request paths never do.
 */
export async function outboxEvents(
  service: string,
  type?: string,
  where: Record<string, unknown> = {},
): Promise<EventEnvelope<Record<string, any>>[]> {
  const events: EventEnvelope<Record<string, any>>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await sharedDocumentClient().send(
      new ScanCommand({
        TableName: tableOf(service),
        FilterExpression: 'entity = :outbox',
        ExpressionAttributeValues: { ':outbox': 'outbox' },
        ExclusiveStartKey: start,
      }),
    );
    events.push(...(page.Items ?? []).flatMap((item) => outboxEventsOf(item) as EventEnvelope<Record<string, any>>[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return events
    .filter((event) => !type || event.type === type)
    .filter((event) => Object.entries(where).every(([field, value]) => event.data[field] === value))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
}
