import { addDays, shanghaiDay } from '@shequ/contracts';
import { Conflict, httpHandler, NotFound } from '@shequ/kit';
import { CLAIM_DAYS, claimRefusal } from '../domain/wishes.ts';
import { presentWish, claimWish as route } from '../schemas/wishes.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { claimWish, getWish } from '../store/wishes.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const today = shanghaiDay(d.now());
    const wish = await getWish(d, params.wishId, true);
    if (!wish) throw new NotFound('未找到该心愿');
    const refusal = claimRefusal(wish, today);
    if (refusal) throw new Conflict('wish-unavailable', refusal);
    const claimed = await claimWish(
      d,
      wish,
      {
        by: caller.subject,
        ...(caller.personId ? { personId: caller.personId } : {}),
        ...(body.name ? { name: body.name } : {}),
        ...(body.contact ? { contact: body.contact } : {}),
        claimedOn: today,
        claimedUntil: addDays(today, CLAIM_DAYS),
      },
      today,
    );
    return { body: presentWish(claimed, today, { staff: false, subject: caller.subject }) };
  });
}

export const handler = createHandler();
