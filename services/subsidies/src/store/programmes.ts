import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { putAtVersion, queryAll, recordOf } from '@shequ/ddb';
import { type Programme, type ProgrammeSettings, programmeByCode, programmes, withSettings } from '../domain/programmes.ts';
import type { SubsidiesDeps } from './deps.ts';

/**
 * The district's own figures for catalogue programmes (低保 line, fixed amounts, caps) and 公示 days, kept
 * in one small partition: the catalogue is code, the numbers are the district's.
 */

export interface ProgrammeSettingsRecord extends ProgrammeSettings {
  code: string;
  setBy: string;
  setAt: string;
  version: number;
}

const PARTITION = 'PROGRAMME-SETTINGS';
const settingsKey = (code: string) => ({ pk: PARTITION, sk: code });

async function allSettings(deps: SubsidiesDeps): Promise<Map<string, ProgrammeSettingsRecord>> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': PARTITION },
  });
  return new Map(items.map((item) => [String(item.sk), recordOf<ProgrammeSettingsRecord>(item)]));
}

/** Every catalogue programme as this district runs it, with the version of its settings (0: catalogue figures). */
export async function currentProgrammes(deps: SubsidiesDeps): Promise<{ programme: Programme; version: number }[]> {
  const settings = await allSettings(deps);
  return programmes.map((programme) => {
    const own = settings.get(programme.code);
    return { programme: withSettings(programme, own), version: own?.version ?? 0 };
  });
}

/** One programme as this district runs it, or undefined when the catalogue has no such code. */
export async function currentProgramme(deps: SubsidiesDeps, code: string): Promise<Programme | undefined> {
  const programme = programmeByCode(code);
  if (!programme) return undefined;
  const own = await deps.client.send(new GetCommand({ TableName: deps.tableName, Key: settingsKey(code) }));
  return withSettings(programme, own.Item ? recordOf<ProgrammeSettingsRecord>(own.Item) : undefined);
}

/** Saves the district's settings for a programme if they are still at `expectedVersion` (0 when never set). */
export async function saveProgrammeSettings(
  deps: SubsidiesDeps,
  code: string,
  settings: ProgrammeSettings,
  expectedVersion: number,
  actor: string,
): Promise<ProgrammeSettingsRecord> {
  const {
    pk: _pk,
    sk: _sk,
    entity: _entity,
    ...record
  } = await putAtVersion(
    deps,
    { ...settingsKey(code), entity: 'programme-settings', code, ...settings, setBy: actor, setAt: deps.now().toISOString() },
    expectedVersion,
  );
  return record;
}
