import { useQueries } from '@tanstack/react-query';
import { useUser } from '../../auth/auth-context';
import { areaQuery, communityOf, useWorkArea } from '../../layout/work-area';

/**
 * The sub-district and community a drive or job list can be kept for: the user's own areas first (a
 * sub-district staff member's sub-district), then the community picked in the header and its sub-district
 * when the user's scope holds it. Named from the registry, never shown as codes.
 */
export function useScopeOptions() {
  const user = useUser();
  const { area } = useWorkArea();
  const codes: string[] = [];
  const add = (code: string | undefined) => {
    if (code && !codes.includes(code) && user.areas.some((scope) => code.startsWith(scope))) codes.push(code);
  };
  for (const own of user.areas) {
    const code = own.split('-')[0] ?? '';
    if (code.length === 9 || code.length === 12) add(code);
  }
  const community = area ? communityOf(area) : undefined;
  add(community);
  add(community?.slice(0, 9));
  const names = useQueries({ queries: codes.map((code) => areaQuery(code)) });
  const options = codes.map((code, index) => ({
    value: code,
    label: names[index]?.data?.name ?? (code.length === 9 ? '本街道' : '本社区'),
  }));
  return { options, first: codes[0], community: community ?? codes.find((code) => code.length === 12) };
}

/**
 * The communities a user may act for in a form: their own, the one picked in the header, and those of a
 * sub-district in their scope (read from the registry), each named.
 */
export function useCommunityChoices() {
  const user = useUser();
  const { area } = useWorkArea();
  const codes: string[] = [];
  const add = (code: string | undefined) => {
    if (code && code.length === 12 && !codes.includes(code)) codes.push(code);
  };
  const current = area ? communityOf(area) : undefined;
  add(current);
  for (const own of user.areas) add(own.split('-')[0]);
  const subdistricts = user.areas.filter((code) => code.length === 9);
  const parents = useQueries({ queries: subdistricts.map((code) => areaQuery(code)) });
  for (const parent of parents) for (const child of parent.data?.children ?? []) add(child.code);
  const named = useQueries({ queries: codes.map((code) => areaQuery(code)) });
  return {
    first: codes[0],
    options: codes.map((code, index) => ({ value: code, label: named[index]?.data?.name ?? '社区' })),
  };
}
