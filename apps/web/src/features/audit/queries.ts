import { useQuery } from '@tanstack/react-query';
import { api, unwrapUndocumented } from '../../api/client';
import type { AuditPage } from '../../api/models';

export interface AuditFilters {
  entity?: string;
  entityId?: string;
}

const AUDIT_LIMIT = 50;

export function useAuditEntries(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', filters],
    // TODO(contract): the audit answer is not documented yet.
    queryFn: async () => {
      const page = await unwrapUndocumented<AuditPage>(api.GET('/api/audit', { params: { query: { ...filters, limit: AUDIT_LIMIT } } }));
      return page.items ?? [];
    },
  });
}
