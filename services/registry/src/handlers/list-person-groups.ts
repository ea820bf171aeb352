import { Forbidden, httpHandler, mayReveal } from '@shequ/kit';
import { derivedGroupNames, groupLabel, inDerivedGroup } from '../domain/groups.ts';
import { isListed } from '../domain/persons.ts';
import { toHistoryView, toMembershipView } from '../group-view.ts';
import { personWithRecordsVisible } from '../person-access.ts';
import { listPersonGroups as route } from '../schemas/groups.ts';
import { recordReveal } from '../store/audit.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { personGroups, unsealed } from '../store/groups.ts';

export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps) {
  return httpHandler(route, async ({ params, query, caller }) => {
    const d = deps();
    // Memberships (disability, 低保, mental illness) are for staff and the person themself, not volunteers or units.
    const person = await personWithRecordsVisible(d, params.id, caller);
    const reveal = query.reveal === 'true';
    if (reveal && !mayReveal(caller)) throw new Forbidden('当前角色无权查看完整证号');
    const { memberships, history } = await personGroups(d, person.id);
    const withSealed = memberships.filter((membership) => Object.keys(membership.sealed ?? {}).length > 0);
    if (reveal && withSealed.length > 0) {
      const fields = withSealed.flatMap((membership) =>
        Object.keys(membership.sealed).map((name) => `groups.${membership.group}.${name}`),
      );
      await recordReveal(d, person.id, caller.subject, fields);
    }
    const today = d.now();
    return {
      body: {
        personId: person.id,
        memberships: await Promise.all(
          memberships.map(async (membership) =>
            toMembershipView(membership, reveal ? await unsealed(d, membership) : membership.attributes),
          ),
        ),
        derived: derivedGroupNames
          .filter((group) => isListed(person.status) && inDerivedGroup(group, person, today))
          .map((group) => ({ group, label: groupLabel(group) })),
        history: history.map(toHistoryView),
      },
    };
  });
}

export const handler = createHandler();
