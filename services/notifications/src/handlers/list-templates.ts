import { httpHandler } from '@shequ/kit';
import { listTemplates as route, toTemplateView } from '../schemas/templates.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { listTemplates } from '../store/templates.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async () => {
    const templates = await listTemplates(deps());
    return { body: { items: templates.map(toTemplateView) } };
  });
}

export const handler = createHandler();
