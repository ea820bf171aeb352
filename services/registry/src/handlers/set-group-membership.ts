import { httpHandler } from '@shequ/kit';
import { toMembershipView } from '../group-view.ts';
import { setGroupMembership as route } from '../schemas/groups.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { groupGuard, setGroupMembership } from '../store/groups.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const joining = body.version === undefined;
    const result = await setGroupMembership(
      deps(),
      {
        personId: params.id,
        group: params.group,
        attributes: body.attributes,
        mode: joining ? 'join' : 'change',
        version: body.version,
      },
      { actor: caller.subject, guard: groupGuard(caller), attributesField: 'body.attributes', personField: 'path.personId' },
    );
    return { status: joining && result.changed ? 201 : 200, body: toMembershipView(result.membership) };
  });
}

export const handler = createHandler();
