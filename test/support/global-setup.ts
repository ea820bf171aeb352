import { startDynamoLocal } from '@shequ/local/dynamo-local';

/**
 * One in-memory DynamoDB Local for the whole test run, on a free port; every test file gets its own
 * table prefix (setup-env.ts), so files run in parallel without meeting each other's data.
 */
export default async function setup({ provide }: { provide: (key: 'dynamoEndpoint', value: string) => void }) {
  const dynamo = await startDynamoLocal({ inMemory: true });
  provide('dynamoEndpoint', dynamo.endpoint);
  return async () => {
    await dynamo.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
