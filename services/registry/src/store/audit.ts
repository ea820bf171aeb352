import { key, newId, type TransactItem, writeWithEvents } from '@shequ/ddb';
import type { RegistryDeps } from './deps.ts';

export interface AuditEntry {
  /** create, update, reveal, move, move-out, deceased, group, household, import… */
  action: string;
  actor: string;
  at: string;
  fields?: string[];
  /** Why, for changes that need one (a correction, a move, a death). */
  reason?: string;
}

/**
 * Audit entries are append-only (a new item each, never updated) and carry no TTL: they outlive the
 * 180-day minimum for as long as the person's record exists.
 */
export function auditPut(tableName: string, personId: string, entry: AuditEntry): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { pk: key('AUDIT', personId), sk: key(entry.at, newId()), entity: 'audit', personId, ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** Records that someone saw a person's unmasked numbers. */
export async function recordReveal(deps: RegistryDeps, personId: string, actor: string, fields: string[]): Promise<void> {
  const put = auditPut(deps.tableName, personId, { action: 'reveal', actor, at: deps.now().toISOString(), fields });
  await writeWithEvents(deps.client, deps.tableName, [put], []);
}
