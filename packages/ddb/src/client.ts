import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ClientOptions {
  /** DynamoDB Local's URL; when absent the SDK's regional endpoint is used. */
  endpoint?: string | undefined;
  region?: string | undefined;
}

/**
 * Builds a document client. Against DynamoDB Local the credentials are fixed dummies so that every
 * process (platform, tests, jobs) sees the same database regardless of the caller's AWS profile.
 */
export function createDocumentClient(options: ClientOptions = {}): DynamoDBDocumentClient {
  const local = options.endpoint !== undefined;
  const client = new DynamoDBClient({
    region: options.region ?? (local ? 'local' : undefined),
    ...(local ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

const shared = new Map<string, DynamoDBDocumentClient>();

/**
 * The process-wide client, created on first use at cold start (never inside a request) from
 * `DYNAMODB_ENDPOINT`, which only the local platform and tests set. Keyed by endpoint so a local
 * platform restarted in the same process reaches its new DynamoDB Local.
 */
export function sharedDocumentClient(): DynamoDBDocumentClient {
  const endpoint = process.env.DYNAMODB_ENDPOINT || undefined;
  let client = shared.get(endpoint ?? '');
  if (!client) {
    client = createDocumentClient({ endpoint });
    shared.set(endpoint ?? '', client);
  }
  return client;
}
