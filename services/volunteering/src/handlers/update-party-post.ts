import { ConcurrentModificationError } from '@shequ/ddb';
import { assertInScope, httpHandler, NotFound } from '@shequ/kit';
import { updatePartyPost as route } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { getPartyPost, partyPostHolder, savePartyPost } from '../store/teams.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    const post = await getPartyPost(d, params.id);
    if (!post) throw new NotFound('未找到该党员岗位');
    assertInScope(caller, post.community);
    if (post.version !== body.version) throw new ConcurrentModificationError();
    const holder = await partyPostHolder(d, post.community, body.holderPersonId);
    const next = {
      ...post,
      name: body.name,
      holderPersonId: holder.personId,
      holderName: holder.name,
      duties: body.duties,
      updatedAt: d.now().toISOString(),
    };
    return { body: await savePartyPost(d, next, caller.subject, post.version) };
  });
}

export const handler = createHandler();
