import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export interface AuditFilters {
  entity?: string;
  entityId?: string;
}

const AUDIT_LIMIT = 50;

export function useAuditEntries(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    queryFn: async () => (await unwrap(api.GET('/api/audit', { params: { query: { ...filters, limit: AUDIT_LIMIT } } }))).items,
  });
}
