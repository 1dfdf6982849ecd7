import type { Region } from '../../api/models';
import { REGION_LABELS } from '../../shared/labels';
import { isSchoolYear } from './report-format';

/** The filters of both reports, as the API names them; what is absent is not filtered (as-of: today). */
export interface ReportFilters {
  schoolYear?: string;
  region?: Region;
  boardId?: string;
  route?: string;
  asOf?: string;
}

const FILTER_KEYS = ['schoolYear', 'region', 'boardId', 'route', 'asOf'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROUTE_CODE = /^[a-z][a-z0-9_]{1,39}$/;

const isRegion = (value: string): value is Region => Object.hasOwn(REGION_LABELS, value);

/**
 * The filters in the dashboard's address. Values a shared or edited address cannot mean are
 * ignored, not sent to the API. A board user's board and region are the server's to set (its own):
 * an address with another board would only answer 404, so they are left out for them.
 */
export function readReportFilters(params: URLSearchParams, ownBoardOnly: boolean): ReportFilters {
  const value = (key: string) => params.get(key)?.trim() ?? '';
  const schoolYear = value('schoolYear');
  const region = value('region');
  const boardId = value('boardId');
  const route = value('route');
  const asOf = value('asOf');
  return {
    ...(isSchoolYear(schoolYear) ? { schoolYear } : {}),
    ...(!ownBoardOnly && isRegion(region) ? { region } : {}),
    ...(!ownBoardOnly && UUID.test(boardId) ? { boardId } : {}),
    ...(ROUTE_CODE.test(route) ? { route } : {}),
    ...(DAY.test(asOf) ? { asOf } : {}),
  };
}

/** The query string of the filters (the page's address, the downloads' links); what is not filtered is left out. */
export function reportSearch(filters: ReportFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}
