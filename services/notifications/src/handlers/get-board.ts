import { shanghaiDay } from '@shequ/contracts';
import { publicHttpHandler } from '@shequ/kit';
import { publicNotice } from '../domain/board.ts';
import { getBoard as route } from '../schemas/board.ts';
import { boardNotices } from '../store/board.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return publicHttpHandler(route, async ({ query }) => {
    const d = deps();
    const day = shanghaiDay(d.now());
    const notices = await boardNotices(d, query.area, day);
    return { body: { area: query.area, day, notices: notices.map(publicNotice) } };
  });
}

export const handler = createHandler();
