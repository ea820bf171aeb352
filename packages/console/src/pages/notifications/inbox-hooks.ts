import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';

/** Every inbox read shares this key, so reading a message refreshes the list and the bell together. */
export const INBOX_KEY = ['inbox'] as const;

/** My unread count, refreshed every minute while the console is open (the bell and the list heading). */
export function useUnreadCount(enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...INBOX_KEY, 'unread'],
    queryFn: () => call(api.GET('/notifications/inbox', { params: { query: { limit: 1 } } })).then((page) => page.unread),
    refetchInterval: 60_000,
  });
}
