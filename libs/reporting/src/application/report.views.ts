import type { Region } from '@app/shared';

/** The filters of a report (SPEC §5); every one optional but the as-of day. */
export interface ReportFilters {
  /** The cohort (KPIs) or the school year of application (funnel). */
  schoolYear: string | null;
  region: Region | null;
  boardId: string | null;
  route: string | null;
  /** Only what is dated on or before this day counts (the day included). */
  asOf: string;
}

/** A rate with what it is made of: percentage with one decimal, rounded half up; null when the denominator is 0. */
export interface RateView {
  numerator: number;
  denominator: number;
  percentage: number | null;
}

export interface StartsRowView {
  schoolYear: string;
  /** People who started a programme in the school year (a route switch is no new start). */
  started: number;
  target: number;
  met: boolean;
}

/** The people of a cohort by how their programmes ended (the uitval table and its query's rows). */
export interface CohortOutcomes {
  cohort: string;
  started: number;
  qualified: number;
  droppedOut: number;
  termExpired: number;
  /** People with more than one programme: shown apart, not uitval. */
  routeSwitched: number;
  running: number;
  /** Running past the planned end (as it stood on the as-of day): not uitval. */
  runningOverdue: number;
  /** People with at least one extension of their term. */
  extended: number;
}

export interface UitvalRowView extends CohortOutcomes {
  /** (Dropped out + term expired) ÷ started. */
  rate: RateView;
  /** Met below this percentage. */
  targetBelowPercent: number;
  met: boolean;
}

export interface SatisfactionRowView {
  cohort: string;
  /** Scores at or above `satisfiedScore` ÷ answered surveys. */
  rate: RateView;
  satisfiedScore: number;
  /** Met at or above this percentage. */
  targetAtLeastPercent: number;
  met: boolean;
}

export interface CoachingRowView {
  cohort: string;
  /** 1, 2, or 3 for every year past the second (no norm). */
  studyYear: number;
  /** Programmes whose study year had begun on the as-of day. */
  programmes: number;
  loggedHours: number;
  /** The norm pro rata by calendar days; null past the second year. */
  normHours: number | null;
  /** Logged ÷ norm hours; null past the second year. */
  rate: RateView | null;
  hoursPerWeek: number | null;
  /** Logged at least the pro-rata norm; null past the second year. */
  met: boolean | null;
}

export const CAPACITY_STATUSES = ['under', 'full', 'over', 'undeclared'] as const;
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];

export interface CapacityRowView {
  boardId: string;
  boardName: string;
  region: Region;
  schoolYear: string;
  declared: number | null;
  used: number;
  status: CapacityStatus;
  /** Within capacity: `under` or `full`. */
  met: boolean;
}

export interface KpiReportView {
  asOf: string;
  filters: ReportFilters;
  starts: StartsRowView[];
  uitval: UitvalRowView[];
  satisfaction: SatisfactionRowView[];
  coaching: CoachingRowView[];
  capacity: CapacityRowView[];
  /** How each figure is counted, in Dutch, including the choices the definitions leave open. */
  help: string[];
}

export interface FunnelStageView {
  stage: string;
  /** People (dossiers) who reached the stage on or before the as-of day. */
  reached: number;
}

export interface FunnelStepView {
  from: string;
  to: string;
  /** Reached both ÷ reached `from`. */
  conversion: RateView;
  /** Median calendar days from first reaching `from` to first reaching `to`, over those who reached both; one decimal. */
  medianDays: number | null;
}

export interface FunnelYearView {
  schoolYear: string;
  stages: FunnelStageView[];
  steps: FunnelStepView[];
  rejected: number;
  withdrawn: number;
}

/** One source within a school year of application: the funnel's stage counts and the conversion from applied to started. */
export interface FunnelSourceView {
  schoolYear: string;
  /** The source's code; null when the applicant gave none. */
  source: string | null;
  /** The source's Dutch name (a retired source's too); "Niet opgegeven" for none. */
  label: string;
  stages: FunnelStageView[];
  /** Reached 'in_programme' (started) ÷ applied. */
  appliedToStarted: RateView;
  rejected: number;
  withdrawn: number;
}

export interface FunnelReportView {
  asOf: string;
  filters: ReportFilters;
  schoolYears: FunnelYearView[];
  /** The funnel split by source: per school year of application, the sources in the list's order, none given last. */
  sources: FunnelSourceView[];
  help: string[];
}
