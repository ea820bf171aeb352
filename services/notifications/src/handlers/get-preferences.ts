import { httpHandler } from '@shequ/kit';
import { recipientOf } from '../recipients.ts';
import { getPreferences as route, toPreferencesView } from '../schemas/preferences.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { preferencesOf } from '../store/preferences.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ caller }) => ({
    body: toPreferencesView(await preferencesOf(deps(), recipientOf(caller))),
  }));
}

export const handler = createHandler();
