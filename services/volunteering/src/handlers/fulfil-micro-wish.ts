import { shanghaiDay } from '@shequ/contracts';
import { Conflict, Forbidden, httpHandler, inScope, isStaff, NotFound, ValidationFailed } from '@shequ/kit';
import { fulfilRefusal } from '../domain/wishes.ts';
import { presentWish, fulfilWish as route } from '../schemas/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { fulfilWish, getWish } from '../store/wishes.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const today = shanghaiDay(d.now());
    const wish = await getWish(d, params.wishId, true);
    if (!wish) throw new NotFound('未找到该心愿');
    const staff = isStaff(caller) && inScope(caller, wish.area);
    // A claimant whose claim ran out is still told why below, rather than that they are a stranger to it.
    const claimedByCaller = wish.claim?.by === caller.subject || wish.lapsedClaims.some((claim) => claim.by === caller.subject);
    if (!staff && !claimedByCaller) throw new Forbidden('只有认领人或社区工作人员可以登记心愿实现');
    const refusal = fulfilRefusal(wish, caller.subject, staff, today);
    if (refusal) throw new Conflict('wish-not-claimed', refusal);
    // The proof must be a photo uploaded for this wish, not one from another record.
    if (!body.photoKey.startsWith(`volunteering/wishes/${wish.id}/`)) {
      throw ValidationFailed.field('body.photoKey', '照片须通过本心愿的上传地址上传');
    }
    const fulfilled = await fulfilWish(d, wish, {
      photoKey: body.photoKey,
      ...(body.note ? { note: body.note } : {}),
      fulfilledOn: today,
      by: caller.subject,
    });
    return { body: presentWish(fulfilled, today, { staff, subject: caller.subject }) };
  });
}

export const handler = createHandler();
