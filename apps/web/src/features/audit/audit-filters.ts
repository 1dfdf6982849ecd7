import type { AuditFilters } from './queries';

/** What the audit page shows, read from its address: the filters and how many pages are loaded. */
export interface AuditState {
  filters: AuditFilters;
  pages: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Values a shared or edited address cannot mean are ignored, not sent to the API. */
export function readAuditState(params: URLSearchParams): AuditState {
  const q = params.get('q')?.trim();
  const userId = params.get('userId') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const pages = Number(params.get('pages'));
  return {
    filters: {
      ...(q ? { q } : {}),
      ...(UUID.test(userId) ? { userId } : {}),
      ...(DAY.test(from) ? { from } : {}),
      ...(DAY.test(to) ? { to } : {}),
    },
    pages: Number.isInteger(pages) && pages > 1 && pages <= 20 ? pages : 1,
  };
}

/** The address of a state; what is not filtered is left out. */
export function auditSearch(state: AuditState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['q', 'userId', 'from', 'to'] as const) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.pages > 1) params.set('pages', String(state.pages));
  return params;
}
