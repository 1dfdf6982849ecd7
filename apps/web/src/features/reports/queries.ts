import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { reportSearch, type ReportFilters } from './report-filters';

type Schemas = components['schemas'];
export type KpiReport = Schemas['KpiReportResponse'];
export type FunnelReport = Schemas['FunnelReportResponse'];
export type StartsRow = Schemas['StartsRowResponse'];
export type UitvalRow = Schemas['UitvalRowResponse'];
export type SatisfactionRow = Schemas['SatisfactionRowResponse'];
export type CoachingRow = Schemas['CoachingRowResponse'];
export type CapacityRow = Schemas['CapacityRowResponse'];
export type FunnelYear = Schemas['FunnelYearResponse'];
export type FunnelSource = Schemas['FunnelSourceResponse'];

export type ReportName = 'kpis' | 'funnel';
export type ExportFormat = 'csv' | 'xlsx';

const reportKeys = {
  report: (name: ReportName, filters: ReportFilters) => ['reports', name, filters] as const,
};

// The routes also answer files (format=csv|xlsx), so the generated type is JSON or a file; the
// client asks for JSON (Accept: application/json) and sends no format, so the answer is the JSON.

export function useKpiReport(filters: ReportFilters) {
  return useQuery({
    queryKey: reportKeys.report('kpis', filters),
    queryFn: async () => (await unwrap(api.GET('/api/reports/kpis', { params: { query: filters } }))) as KpiReport,
  });
}

export function useFunnelReport(filters: ReportFilters) {
  return useQuery({
    queryKey: reportKeys.report('funnel', filters),
    queryFn: async () => (await unwrap(api.GET('/api/reports/funnel', { params: { query: filters } }))) as FunnelReport,
  });
}

/** The address of a report's export with the same filters: a plain link, which the session cookie signs in. */
export function exportHref(name: ReportName, filters: ReportFilters, format: ExportFormat): string {
  const params = reportSearch(filters);
  params.set('format', format);
  return `/api/reports/${name}?${params.toString()}`;
}
