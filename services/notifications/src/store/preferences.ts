import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError, isConditionFailure, key, recordOf } from '@shequ/ddb';
import { DEFAULT_PREFERENCES, type Preferences } from '../domain/preferences.ts';
import type { NotificationsDeps } from './deps.ts';

/** A recipient's preferences as stored; `version` 0 means never set (the defaults apply). */
export interface PreferencesRecord extends Preferences {
  recipient: string;
  version: number;
}

const preferencesKey = (recipient: string) => ({ pk: key('PREFS', recipient), sk: 'PREFS' });

export async function preferencesOf(deps: NotificationsDeps, recipient: string): Promise<PreferencesRecord> {
  const out = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: preferencesKey(recipient) }));
  return out.Item ? recordOf<PreferencesRecord>(out.Item) : { recipient, ...DEFAULT_PREFERENCES, version: 0 };
}

export async function savePreferences(
  deps: NotificationsDeps,
  recipient: string,
  preferences: Preferences,
  expectedVersion: number,
): Promise<PreferencesRecord> {
  const record: PreferencesRecord = { recipient, ...preferences, version: expectedVersion + 1 };
  try {
    await deps.client.send(
      new PutCommand({
        TableName: deps.tableName,
        Item: { ...preferencesKey(recipient), entity: 'preferences', ...record },
        ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
        ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return record;
}
