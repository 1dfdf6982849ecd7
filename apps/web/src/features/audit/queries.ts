import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** What the audit page filters on, as the API names it. */
export interface AuditFilters {
  q?: string;
  userId?: string;
  from?: string;
  to?: string;
}

const PAGE_SIZE = 50;

export function useAuditEntries(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/audit', { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** The users who acted in the log: the choices of the user filter. */
export function useAuditActors() {
  return useQuery({ queryKey: ['audit', 'actors'], queryFn: () => unwrap(api.GET('/api/audit/actors')) });
}
