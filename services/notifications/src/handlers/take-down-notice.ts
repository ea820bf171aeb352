import { assertInScope, Conflict, httpHandler, NotFound } from '@shequ/kit';
import { noticeView, takeDownNotice as route } from '../schemas/board.ts';
import { noticeOf, takeDownNotice } from '../store/board.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const notice = await noticeOf(d, params.id);
    if (!notice) throw new NotFound(`没有编号为 ${params.id} 的公示`);
    assertInScope(caller, notice.area);
    // Subsidy rounds and case outcomes follow their own workflow's rules; pulling one by hand would break them.
    if (notice.source !== 'worker') {
      throw new Conflict('notice-not-manual', '该公示由业务流程张贴，随流程结束自动撤下，不能手动撤下');
    }
    const down = await takeDownNotice(d, notice.id, { at: d.now().toISOString(), by: caller.subject, reason: body.reason });
    return { body: noticeView.parse(down ?? (await noticeOf(d, notice.id)) ?? notice) };
  });
}

export const handler = createHandler();
