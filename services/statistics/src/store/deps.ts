import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clock } from '@shequ/contracts';
import { sharedDocumentClient } from '@shequ/ddb';
import { serviceEnv, tableOf } from '@shequ/kit';

/** What the statistics store needs, passed in so tests set the clock. */
export interface StatisticsDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  district: string;
  now: () => Date;
}

export function defaultStatisticsDeps(): StatisticsDeps {
  const env = serviceEnv();
  return {
    client: sharedDocumentClient(),
    tableName: tableOf('statistics', env),
    district: env.DISTRICT,
    now: () => clock.now(),
  };
}
