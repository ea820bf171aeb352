import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { clock } from '@shequ/contracts';
import { sharedDocumentClient } from '@shequ/ddb';
import { type ObjectStore, serviceEnv, sharedObjectStore, tableOf } from '@shequ/kit';

/** What the volunteering store needs, passed in so tests set the clock. */
export interface VolunteeringDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  district: string;
  /** Photos of activities, fulfilled wishes and donated items: S3 in AWS, a directory locally (opened on first use). */
  objects: () => ObjectStore;
  now: () => Date;
}

export function defaultVolunteeringDeps(): VolunteeringDeps {
  const env = serviceEnv();
  return {
    client: sharedDocumentClient(),
    tableName: tableOf('volunteering', env),
    district: env.DISTRICT,
    objects: sharedObjectStore,
    now: () => clock.now(),
  };
}
