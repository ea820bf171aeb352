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
