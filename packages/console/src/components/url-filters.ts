import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** Filters live in the URL, so a list can be bookmarked, shared and found again with the back button. */
export function useUrlFilters<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () => Object.fromEntries(names.map((name) => [name, params.get(name) ?? undefined])) as Record<K, string | undefined>,
    [names, params],
  );
  const set = useCallback(
    (changes: Partial<Record<K, string | undefined>>) => {
      const next = new URLSearchParams(params);
      for (const [name, value] of Object.entries(changes) as [K, string | undefined][]) {
        if (value === undefined || value === '') next.delete(name);
        else next.set(name, value);
      }
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return [values, set] as const;
}
