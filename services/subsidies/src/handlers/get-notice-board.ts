import { publicHttpHandler } from '@shequ/kit';
import { noticeBoard } from '../notice-board.ts';
import { getNoticeBoard as route } from '../schemas/notices.ts';
import { postedApplications } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return publicHttpHandler(route, async ({ query }) => {
    const posted = await postedApplications(deps(), query.area);
    return { body: noticeBoard(query.area, posted) };
  });
}

export const handler = createHandler();
