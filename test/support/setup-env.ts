import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, DynamoDBClient, paginateListTables } from '@aws-sdk/client-dynamodb';
import { afterAll, inject } from 'vitest';

// Set before any handler module reads its environment (parsed once, at first use).
process.env.DISTRICT ??= '350203';
// The run starts a fresh DynamoDB Local between files now and then (global-setup.ts), never while this file
// runs: the lease says which one this file uses.
const lease = inject('dynamoLease');
const endpoint = await (await fetch(`${lease}/start`, { method: 'POST' })).text();
process.env.DYNAMODB_ENDPOINT = endpoint;
const prefix = `t${process.pid}${Math.random().toString(36).slice(2, 6)}`;
process.env.TABLE_NAME_PREFIX = prefix;
process.env.PII_LOCAL_KEY_FILE ??= join(mkdtempSync(join(tmpdir(), 'shequ-test-')), 'pii.key');
process.env.LOG_LEVEL ??= 'warn';

// The run shares one DynamoDB Local: a file's tables (and their streams) go when it ends, so the files after
// it do not pay for hundreds of tables they never touch.
afterAll(async () => {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    for await (const page of paginateListTables({ client }, {})) {
      for (const name of page.TableNames ?? []) {
        if (name.startsWith(`${prefix}-`)) await client.send(new DeleteTableCommand({ TableName: name }));
      }
    }
  } finally {
    client.destroy();
    await fetch(`${lease}/done`, { method: 'POST' });
  }
});
