import { shanghaiDay } from '@shequ/contracts';
import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler, ValidationFailed } from '@shequ/kit';
import { type Notice, noticeKindLabels, personalNumberProblems, postingPeriodProblems } from '../domain/board.ts';
import { noticeView, postNotice as route } from '../schemas/board.ts';
import { postNotice } from '../store/board.ts';
import { defaultNotificationsDeps, type NotificationsDeps } from '../store/deps.ts';

export function createHandler(deps: () => NotificationsDeps = defaultNotificationsDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    assertInScope(caller, body.area);
    const d = deps();
    const now = d.now();
    const errors = [
      ...personalNumberProblems(body.title).map((message) => ({ field: 'body.title', message })),
      ...personalNumberProblems(body.body).map((message) => ({ field: 'body.body', message })),
      ...postingPeriodProblems(body, shanghaiDay(now)).map(({ field, message }) => ({ field: `body.${field}`, message })),
    ];
    if (errors.length > 0) throw new ValidationFailed(errors, errors.map((e) => e.message).join('；'));
    const notice: Notice = {
      id: newId(now),
      area: body.area,
      source: 'worker',
      kind: body.kind,
      kindLabel: noticeKindLabels[body.kind],
      title: body.title,
      body: body.body,
      postedFrom: body.postedFrom,
      postedUntil: body.postedUntil,
      postedAt: now.toISOString(),
      postedBy: caller.subject,
    };
    return { status: 201, body: noticeView.parse(await postNotice(d, notice)) };
  });
}

export const handler = createHandler();
