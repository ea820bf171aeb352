import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ConcurrentModificationError, getItem, isLostRace, key, queryAll, recordOf } from '@shequ/ddb';
import { builtInTemplate, builtInTemplates, type Template } from '../domain/templates.ts';
import type { NotificationsDeps } from './deps.ts';

/**
 * The district's own versions of message templates. Every save is a new immutable version item
 * (`TEMPLATE#<key>` / `V#000001`) and, in the same transaction, the key's entry in the `TEMPLATES`
 * partition, which holds a copy of the current version: the pipeline reads one item per message and the
 * list reads one partition, never a Scan. A key with no district version uses its built-in text (version 0).
 */

export type TemplateSource = 'built-in' | 'district';

/** A template as in force (or as it was): its version, where it comes from, and who saved a district version. */
export type TemplateVersion = Template & {
  version: number;
  source: TemplateSource;
  savedBy?: string;
  savedAt?: string;
};

const CURRENT_PARTITION = 'TEMPLATES';
const currentKey = (templateKey: string) => ({ pk: CURRENT_PARTITION, sk: templateKey });
// Zero-padded so the sort key orders versions numerically.
const versionKey = (templateKey: string, version: number) => ({
  pk: key('TEMPLATE', templateKey),
  sk: key('V', String(version).padStart(6, '0')),
});

const fromBuiltIn = (template: Template): TemplateVersion => ({ ...template, version: 0, source: 'built-in' });
const fromItem = (item: Record<string, unknown>): TemplateVersion => ({ ...recordOf<TemplateVersion>(item), source: 'district' });

/** The template messages use now: the district's newest version, else the built-in one; undefined for an unknown key. */
export async function currentTemplate(deps: NotificationsDeps, templateKey: string): Promise<TemplateVersion | undefined> {
  const own = await getItem<Omit<TemplateVersion, 'source'>>(deps, currentKey(templateKey));
  if (own) return { ...own, source: 'district' };
  const builtIn = builtInTemplate(templateKey);
  return builtIn ? fromBuiltIn(builtIn) : undefined;
}

/** The district's versions of a key, newest first (the built-in text, version 0, is not among them). */
export async function templateVersions(deps: NotificationsDeps, templateKey: string): Promise<TemplateVersion[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
    ExpressionAttributeValues: { ':pk': key('TEMPLATE', templateKey), ':v': 'V#' },
    ScanIndexForward: false,
  });
  return items.map(fromItem);
}

/** One version of a key: 0 is the built-in text; undefined when there is no such version. */
export async function templateVersion(
  deps: NotificationsDeps,
  templateKey: string,
  version: number,
): Promise<TemplateVersion | undefined> {
  if (version === 0) {
    const builtIn = builtInTemplate(templateKey);
    return builtIn ? fromBuiltIn(builtIn) : undefined;
  }
  const item = await getItem<Omit<TemplateVersion, 'source'>>(deps, versionKey(templateKey, version));
  return item ? { ...item, source: 'district' } : undefined;
}

/** Every template in force: the built-in keys in their order (each as the district last saved it), then the district's own keys. */
export async function listTemplates(deps: NotificationsDeps): Promise<TemplateVersion[]> {
  const items = await queryAll(deps, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': CURRENT_PARTITION },
  });
  const own = new Map(items.map((item) => [String(item.sk), fromItem(item)]));
  const builtIns = builtInTemplates.map((template) => own.get(template.key) ?? fromBuiltIn(template));
  const districtOnly = [...own.values()]
    .filter((template) => !builtInTemplate(template.key))
    .sort((a, b) => a.key.localeCompare(b.key));
  return [...builtIns, ...districtOnly];
}

/**
 * Saves a new version of a template if the current one is still `expectedVersion` (0: the built-in text,
 * or a new key). Two saves from the same version: one wins, the other gets ConcurrentModificationError
 * and nothing of it is stored. The caller checks the template first; this only stores it.
 */
export async function saveTemplate(
  deps: NotificationsDeps,
  template: Template,
  expectedVersion: number,
  actor: string,
): Promise<TemplateVersion> {
  const saved: Omit<TemplateVersion, 'source'> = {
    ...template,
    version: expectedVersion + 1,
    savedBy: actor,
    savedAt: deps.now().toISOString(),
  };
  try {
    await deps.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: deps.tableName,
              Item: { ...versionKey(template.key, saved.version), entity: 'template-version', ...saved },
              // Versions are immutable: a second writer of the same number loses here or on the pointer.
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: deps.tableName,
              Item: { ...currentKey(template.key), entity: 'template', ...saved },
              ...(expectedVersion === 0
                ? { ConditionExpression: 'attribute_not_exists(pk)' }
                : {
                    ConditionExpression: '#version = :expected',
                    ExpressionAttributeNames: { '#version': 'version' },
                    ExpressionAttributeValues: { ':expected': expectedVersion },
                  }),
            },
          },
        ],
      }),
    );
  } catch (error) {
    if (isLostRace(error)) throw new ConcurrentModificationError();
    throw error;
  }
  return { ...saved, source: 'district' };
}
