import { ConcurrentModificationError } from '@shequ/ddb';
import { Conflict, httpHandler } from '@shequ/kit';
import { recipientOf } from '../recipients.ts';
import { setPreferences as route, toPreferencesView, withInApp } from '../schemas/preferences.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';
import { savePreferences } from '../store/preferences.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const preferences = { channels: withInApp(body.channels), quietHours: body.quietHours, dailyLimit: body.dailyLimit };
    try {
      return { body: toPreferencesView(await savePreferences(deps(), recipientOf(caller), preferences, body.version)) };
    } catch (error) {
      if (error instanceof ConcurrentModificationError) {
        throw new Conflict(
          'preferences-version-conflict',
          `消息设置已不是第 ${body.version} 版（可能在别处修改过），请重新读取后再修改`,
        );
      }
      throw error;
    }
  });
}

export const handler = createHandler();
