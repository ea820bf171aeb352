import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { key, putAtVersion, recordOf } from '@shequ/ddb';
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
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    ...record
  } = await putAtVersion(
    deps,
    { ...preferencesKey(recipient), entity: 'preferences', recipient, ...preferences },
    expectedVersion,
  );
  return record;
}
