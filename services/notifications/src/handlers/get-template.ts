import { httpHandler, NotFound } from '@shequ/kit';
import { builtInTemplate } from '../domain/templates.ts';
import { getTemplate as route, toTemplateView, toVersionSummary } from '../schemas/templates.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { currentTemplate, templateVersions } from '../store/templates.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params }) => {
    const d = deps();
    const current = await currentTemplate(d, params.key);
    if (!current) throw new NotFound(`没有消息模板 ${params.key}`);
    const versions = await templateVersions(d, params.key);
    const builtIn = builtInTemplate(params.key);
    // The built-in text stays in the history as version 0, the oldest.
    const history = [...versions, ...(builtIn ? [{ ...builtIn, version: 0, source: 'built-in' as const }] : [])];
    return { body: { current: toTemplateView(current), versions: history.map(toVersionSummary) } };
  });
}

export const handler = createHandler();
