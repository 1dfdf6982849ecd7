import type { components } from '../../api/schema';
import {
  CAPACITY_STATUS_LABELS as DOMAIN_CAPACITY_STATUS_LABELS,
  FUNNEL_STAGE_LABELS as DOMAIN_FUNNEL_STAGE_LABELS,
} from '../../../../../libs/reporting/src/domain/report-definitions';

type CapacityStatus = components['schemas']['CapacityRowResponse']['status'];
type FunnelStage = components['schemas']['FunnelStageResponse']['stage'];

/**
 * The names the exports use too: one table for the page and the CSV/XLSX (a pure domain file,
 * bundled from the library, as `shared/labels.ts` does for the stages). A status or stage the
 * schema adds and the table lacks fails to compile.
 */
export const CAPACITY_STATUS_LABELS: Record<CapacityStatus, string> = DOMAIN_CAPACITY_STATUS_LABELS;
export const FUNNEL_STAGE_LABELS: Record<FunnelStage, string> = DOMAIN_FUNNEL_STAGE_LABELS;

/** The study year of a coaching row: 3 stands for every year past the second. */
export function studyYearLabel(studyYear: number): string {
  return studyYear >= 3 ? 'Leerjaar 3 en later' : `Leerjaar ${studyYear}`;
}
