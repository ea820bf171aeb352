import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth/auth-context';
import { areaLevel, areaQuery } from '../../layout/work-area';

/** The levels above and including `area` (district, sub-district, community, grid) the user may open. */
export function levelsOf(area: string, scopes: readonly string[]): string[] {
  const chain = [area.slice(0, 6), area.slice(0, 9), area.slice(0, 12), area].filter(
    (code, index, all) => code.length >= 6 && all.indexOf(code) === index && area.startsWith(code),
  );
  return chain.filter((code) => scopes.some((scope) => code.startsWith(scope)));
}

/** The area a statistics screen opens on: the one in the URL when the user may see it, else their own. */
export function useStatisticsArea(fromUrl: string | undefined): string | undefined {
  const user = useUser();
  if (fromUrl && user.areas.some((scope) => fromUrl.startsWith(scope))) return fromUrl;
  return user.areas[0];
}

export const levelNames = { district: '区', subdistrict: '街道', community: '社区', grid: '网格' } as const;
export const childLevelName = (area: string) =>
  ({ district: '街道', subdistrict: '社区', community: '网格', grid: '' })[areaLevel(area)];

/** `350203006029-03` → 第3网格 when the registry has no name for it. */
export const gridFallback = (code: string) => (code.includes('-') ? `第${Number(code.split('-')[1])}网格` : code);

/** Names of an area's levels (for the breadcrumb), each read once per session. */
export function useLevelNames(codes: readonly string[]): Record<string, string | undefined> {
  const answers = useQueries({ queries: codes.map((code) => areaQuery(code)) });
  return Object.fromEntries(
    codes.map((code, index) => [
      code,
      answers[index]?.data?.name ?? (areaLevel(code) === 'grid' ? gridFallback(code) : undefined),
    ]),
  );
}

/** Names the child areas of `area` as the registry knows them (grids have names only there). */
export function useChildNames(area: string | undefined) {
  const known = useQuery(areaQuery(area));
  return (code: string, given?: string) =>
    known.data?.children.find((child) => child.code === code)?.name ?? (given && given !== code ? given : gridFallback(code));
}

/**
 * Filters in the URL, changed from the URL as it is when the change is made (a tab bar or a picker may hold
 * an older handler, whose filters would otherwise undo the newer ones).
 */
export function useUrlState<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((name) => [name, params.get(name) ?? undefined])) as Record<K, string | undefined>;
  const set = useCallback(
    (changes: Partial<Record<K, string | undefined>>) => {
      // The address bar's, not the router's `previous`: that one is the search of the render the handler was
      // made in, so an older handler's change would still undo the newer ones.
      const next = new URLSearchParams(window.location.search);
      for (const [name, value] of Object.entries(changes) as [K, string | undefined][]) {
        if (value === undefined || value === '') next.delete(name);
        else next.set(name, value);
      }
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [values, set] as const;
}
