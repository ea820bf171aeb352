import { useQuery } from '@tanstack/react-query';
import { areaQuery, communityOf } from './work-area';

/** The grids of the community a work area lies in, with their names, for filters and labels. */
export function useGrids(area: string | undefined) {
  const community = area ? communityOf(area) : undefined;
  const query = useQuery(areaQuery(community));
  const grids = (query.data?.children ?? []).filter((child) => child.level === 'grid');
  const gridName = (code: string) => grids.find((grid) => grid.code === code)?.name;
  return { community, communityName: query.data?.name, grids, gridName, isLoading: query.isLoading };
}
