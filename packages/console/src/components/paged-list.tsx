import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CursorPager, useCursorPages } from './cursor-pages';

interface Page<T> {
  items: T[];
  cursor?: string;
}

/**
 * One list page read by the API's cursor, with 上一页/下一页 below it. The key holds the filters: when
 * they change the list starts again at its first page.
 */
export function usePagedList<T>(options: {
  key: readonly unknown[];
  fetch: (cursor: string | undefined) => Promise<Page<T>>;
  enabled?: boolean;
}) {
  const pages = useCursorPages(JSON.stringify(options.key));
  const query = useQuery({
    queryKey: [...options.key, pages.cursor ?? ''],
    queryFn: () => options.fetch(pages.cursor),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
  const items = query.data?.items ?? [];
  const single = pages.page === 1 && !query.data?.cursor;
  const pager = single ? null : (
    <CursorPager
      page={pages.page}
      nextCursor={query.data?.cursor}
      onNext={pages.next}
      onPrevious={pages.previous}
      loading={query.isFetching}
      shown={items.length}
    />
  );
  return { query, items, pager, loading: query.isLoading || (query.isFetching && query.isPlaceholderData) };
}
