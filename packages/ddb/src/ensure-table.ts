import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { indexKeys, PARTITION_KEY, SORT_KEY, type TableSpec, TTL_ATTRIBUTE } from './table-spec.ts';

/**
 * Creates a service's table from its spec as the data stack would, or adds indexes the spec gained since
 * (a restart of the local platform after a pull keeps the data and catches up the schema).
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  spec: TableSpec,
): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await describe(client, tableName);
  if (!existing) {
    await client.send(new CreateTableCommand(createInput(tableName, spec)));
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    );
    return 'created';
  }
  const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  const missing = spec.indexes.filter((index) => !present.has(index));
  for (const index of missing) {
    const keys = indexKeys(index);
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: keys.partitionKey, AttributeType: 'S' },
          { AttributeName: keys.sortKey, AttributeType: 'S' },
        ],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: index,
              KeySchema: [
                { AttributeName: keys.partitionKey, KeyType: 'HASH' },
                { AttributeName: keys.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    );
  }
  return missing.length > 0 ? 'updated' : 'unchanged';
}

async function describe(client: DynamoDBClient, tableName: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

function createInput(tableName: string, spec: TableSpec): CreateTableCommandInput {
  const attributes = new Set([PARTITION_KEY, SORT_KEY]);
  for (const index of spec.indexes) {
    const keys = indexKeys(index);
    attributes.add(keys.partitionKey);
    attributes.add(keys.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
      { AttributeName: SORT_KEY, KeyType: 'RANGE' },
    ],
    ...(spec.indexes.length > 0
      ? {
          GlobalSecondaryIndexes: spec.indexes.map((index) => {
            const keys = indexKeys(index);
            return {
              IndexName: index,
              KeySchema: [
                { AttributeName: keys.partitionKey, KeyType: 'HASH' as const },
                { AttributeName: keys.sortKey, KeyType: 'RANGE' as const },
              ],
              Projection: { ProjectionType: 'ALL' as const },
            };
          }),
        }
      : {}),
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
  };
}
