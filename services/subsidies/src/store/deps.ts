import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clock } from '@shequ/contracts';
import { sharedDocumentClient } from '@shequ/ddb';
import { type PiiProtector, serviceEnv, sharedPiiProtector, tableOf } from '@shequ/kit';

/** What the subsidies store needs: passed in, so tests set the clock and nothing reads the environment twice. */
export interface SubsidiesDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  district: string;
  /** Bank account numbers are personal data: stored encrypted, shown masked. */
  pii: PiiProtector;
  now: () => Date;
}

/** Built once per process on first use, from the environment. */
export function defaultSubsidiesDeps(): SubsidiesDeps {
  const env = serviceEnv();
  return {
    client: sharedDocumentClient(),
    tableName: tableOf('subsidies', env),
    district: env.DISTRICT,
    pii: sharedPiiProtector(),
    now: () => clock.now(),
  };
}
