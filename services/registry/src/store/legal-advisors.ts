import { getItems, keyIdOf } from '@shequ/ddb';
import type { LegalAdvisorsView } from '../schemas/legal-advisors.ts';
import type { RegistryDeps } from './deps.ts';
import { communityItemKey, getArea } from './places.ts';
import type { LegalAdvisorRecord } from './units.ts';

/** The communities of an area as this district's division data names them: a community itself, or those below. */
async function communitiesIn(deps: RegistryDeps, area: string): Promise<{ code: string; name: string }[] | undefined> {
  const found = await getArea(deps, area);
  if (!found) return undefined;
  if (found.level === 'community') return [{ code: found.code, name: found.name }];
  if (found.level === 'subdistrict') return found.children.filter((child) => child.level === 'community');
  const subdistricts = found.children.filter((child) => child.level === 'subdistrict');
  const below = await Promise.all(subdistricts.map((subdistrict) => getArea(deps, subdistrict.code)));
  return below.flatMap((subdistrict) => (subdistrict?.children ?? []).filter((child) => child.level === 'community'));
}

/** A lawyer is the same person across communities when name and phone agree (spaces and dashes aside). */
const lawyerOf = (advisor: LegalAdvisorRecord) => `${advisor.name.trim()}\u0000${advisor.phone.replace(/[\s-]/g, '')}`;

/**
 * Every legal advisor of the communities in `area`, each with the communities they cover, and the communities
 * still without one: the area's communities from the division data, then one BatchGet per hundred of them.
 */
export async function legalAdvisorsOf(deps: RegistryDeps, area: string): Promise<LegalAdvisorsView | undefined> {
  const [self, communities] = await Promise.all([getArea(deps, area), communitiesIn(deps, area)]);
  if (!self || !communities) return undefined;
  const keys = communities.map((community) => communityItemKey(community.code, 'LEGALADVISOR'));
  const found = await getItems(deps, keys, false);
  const advisors = new Map<string, LegalAdvisorsView['advisors'][number]>();
  const uncovered: LegalAdvisorsView['uncovered'] = [];
  communities.forEach((community, index) => {
    const advisor = found.get(keyIdOf(keys[index] as Record<string, unknown>)) as LegalAdvisorRecord | undefined;
    if (!advisor) {
      uncovered.push({ community: community.code, name: community.name });
      return;
    }
    const lawyer = advisors.get(lawyerOf(advisor)) ?? {
      name: advisor.name,
      firm: advisor.firm,
      phone: advisor.phone,
      communities: [],
    };
    lawyer.communities.push({ community: community.code, name: community.name, serviceHours: advisor.serviceHours });
    advisors.set(lawyerOf(advisor), lawyer);
  });
  return {
    area,
    areaName: self.name,
    communities: communities.length,
    covered: communities.length - uncovered.length,
    advisors: [...advisors.values()].sort(
      (a, b) => b.communities.length - a.communities.length || a.name.localeCompare(b.name, 'zh-CN'),
    ),
    uncovered,
  };
}
