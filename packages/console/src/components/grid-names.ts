import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { communityOf } from '../layout/work-area';

/** The community's grids (a community has a handful, never more than 99), for names and pickers. */
export function useGrids(area: string | undefined) {
  const community = area ? communityOf(area) : undefined;
  const query = useQuery({
    queryKey: ['grids', community],
    enabled: Boolean(community),
    staleTime: 60_000,
    queryFn: () =>
      call(
        api.GET('/registry/communities/{community}/grids', {
          params: { path: { community: community ?? '' }, query: { limit: 100 } },
        }),
      ),
  });
  const grids = query.data?.items ?? [];
  /** `350203006029-03` → 第三网格（its own name), or 未划网格 for a community-level record. */
  const gridName = (code: string | undefined): string => {
    if (!code?.includes('-')) return '未划网格';
    return grids.find((grid) => grid.code === code)?.name ?? `第${Number(code.split('-')[1])}网格`;
  };
  return { query, grids, gridName, community };
}
