import { newId } from '@shequ/ddb';
import { assertInScope, httpHandler } from '@shequ/kit';
import type { PartyPost } from '../domain/teams.ts';
import { createPartyPost as route } from '../schemas/teams.ts';
import { defaultVolunteeringDeps, type VolunteeringDeps } from '../store/deps.ts';
import { partyPostHolder, savePartyPost } from '../store/teams.ts';

export function createHandler(deps: () => VolunteeringDeps = defaultVolunteeringDeps) {
  return httpHandler(route, async ({ body, caller }) => {
    const d = deps();
    assertInScope(caller, body.community);
    const holder = await partyPostHolder(d, body.community, body.holderPersonId);
    const now = d.now().toISOString();
    const post: PartyPost = {
      postId: newId(d.now()),
      community: body.community,
      name: body.name,
      holderPersonId: holder.personId,
      holderName: holder.name,
      duties: body.duties,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    return { status: 201, body: await savePartyPost(d, post, caller.subject) };
  });
}

export const handler = createHandler();
