import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { claimsFor } from '../../../test/support/http.ts';
import { withCheckCharacter } from '../src/domain/citizen-id.ts';

export { call, claimsFor } from '../../../test/support/http.ts';
export { createServiceTables } from '../../../test/support/tables.ts';

let sequence = 0;

/**
 * A valid citizen ID never handed out before in this test process: the birth date is the caller's, the
 * 3-digit sequence and a per-process day offset keep them apart (odd sequences are men, even women).
 */
export function nextCitizenId(birth = '19800101', sex?: 'male' | 'female'): string {
  sequence++;
  let value = (process.pid * 7 + sequence * 2) % 1000;
  if (sex === 'male' && value % 2 === 0) value = (value + 1) % 1000;
  if (sex === 'female' && value % 2 === 1) value = (value + 1) % 1000;
  const area = String(350203 + (sequence % 3)).padStart(6, '0');
  return withCheckCharacter(`${area}${birth}${String(value).padStart(3, '0')}`);
}

export const communityWorker = (community = '350203006029') => claimsFor('community-worker', [community]);

/** A registration body with sensible defaults, for tests that need people to exist. */
export function personBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '林秀英',
    citizenId: nextCitizenId('19560312'),
    residence: 'registered',
    area: '350203006029-03',
    ...overrides,
  };
}

/** A person's audit trail as stored, oldest first. */
export async function auditOf(personId: string): Promise<Record<string, any>[]> {
  const out = await sharedDocumentClient().send(
    new QueryCommand({
      TableName: tableOf('registry'),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `AUDIT#${personId}` },
    }),
  );
  return out.Items ?? [];
}
