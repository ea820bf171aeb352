import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clock } from '@shequ/contracts';
import { sharedDocumentClient } from '@shequ/ddb';
import { type PiiProtector, serviceEnv, sharedPiiProtector, tableOf } from '@shequ/kit';

export interface RegistryDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  district: string;
  pii: PiiProtector;
  now: () => Date;
}

/** Built once per process on first use, from the environment. */
export function defaultRegistryDeps(): RegistryDeps {
  const env = serviceEnv();
  return {
    client: sharedDocumentClient(),
    tableName: tableOf('registry', env),
    district: env.DISTRICT,
    pii: sharedPiiProtector(),
    now: () => clock.now(),
  };
}
