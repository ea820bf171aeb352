import { ensureTable, sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { allManifests } from '@shequ/manifests';

/** Creates every service's table under this test file's prefix in the run's DynamoDB Local. */
export async function createServiceTables(): Promise<void> {
  const client = sharedDocumentClient();
  for (const manifest of allManifests) {
    await ensureTable(client, tableOf(manifest.service), manifest.table);
  }
}
