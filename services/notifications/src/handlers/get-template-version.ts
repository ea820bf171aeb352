import { httpHandler, NotFound } from '@shequ/kit';
import { getTemplateVersion as route, toTemplateView } from '../schemas/templates.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { templateVersion } from '../store/templates.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params }) => {
    const found = await templateVersion(deps(), params.key, params.version);
    if (!found) throw new NotFound(`消息模板 ${params.key} 没有第 ${params.version} 版`);
    return { body: toTemplateView(found) };
  });
}

export const handler = createHandler();
