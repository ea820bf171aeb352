import { httpHandler } from '@shequ/kit';
import { groupLabel } from '../domain/groups.ts';
import { leaveGroup as route } from '../schemas/groups.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { groupGuard, leaveGroup } from '../store/groups.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, body, caller }) => {
    const d = deps();
    await leaveGroup(
      d,
      { personId: params.id, group: params.group, ...body },
      { actor: caller.subject, guard: groupGuard(caller) },
    );
    return {
      body: { personId: params.id, group: params.group, label: groupLabel(params.group), leftAt: d.now().toISOString() },
    };
  });
}

export const handler = createHandler();
