import { shanghaiDay } from '@shequ/contracts';
import { publicHttpHandler } from '@shequ/kit';
import { noticeBoard, noticePage } from '../notice-board.ts';
import { printNoticeBoard as route } from '../schemas/notices.ts';
import { postedApplications } from '../store/applications.ts';
import { defaultSubsidiesDeps, type SubsidiesDeps } from '../store/deps.ts';

export function createHandler(deps: () => SubsidiesDeps = defaultSubsidiesDeps) {
  return publicHttpHandler(route, async ({ query }) => {
    const d = deps();
    const board = noticeBoard(query.area, await postedApplications(d, query.area));
    const html = noticePage(board, query.round as 1 | 2 | 3, shanghaiDay(d.now()));
    return { file: { contentType: 'text/html; charset=utf-8', content: html } };
  });
}

export const handler = createHandler();
