import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { CohortOutcomes, ReportFilters } from '../application/report.views';
import { CAPACITY_SQL, COACHING_SQL, FUNNEL_BY_SOURCE_SQL, FUNNEL_SQL, PEOPLE_PER_COHORT_SQL, SATISFACTION_SQL } from './report.queries';

export interface PeopleRow extends CohortOutcomes {
  uitval: number;
  percentage: number;
}

export interface SatisfactionRow {
  cohort: string;
  answered: number;
  satisfied: number;
  percentage: number;
}

export interface CoachingRow {
  cohort: string;
  studyYear: number;
  programmes: number;
  minutes: number;
  loggedHours: number;
  hoursPerWeek: number | null;
  normHours: number | null;
  percentage: number | null;
  met: boolean | null;
}

export interface CapacityRow {
  boardId: string;
  boardName: string;
  region: 'almere' | 'lelystad';
  schoolYear: string;
  declared: number | null;
  used: number;
  status: 'under' | 'full' | 'over' | 'undeclared';
}

/** One school year of the funnel: arrays in the order of the stages (reached) and of the steps between them. */
export interface FunnelRow {
  schoolYear: string;
  reached: number[];
  reachedBoth: number[];
  percentage: (number | null)[];
  medianDays: (number | null)[];
  rejected: number;
  withdrawn: number;
}

/** One school year and source of the funnel's split by source: reached in the order of the stages. */
export interface FunnelSourceRow {
  schoolYear: string;
  /** The code in `candidates.source`; null when none was given. */
  source: string | null;
  reached: number[];
  started: number;
  applied: number;
  percentage: number;
  rejected: number;
  withdrawn: number;
}

/** The convenant periods as the coaching query reads them. */
export interface NormPeriods {
  fromSchoolYears: string[];
  year1HoursPerWeek: number[];
  year2HoursPerWeek: number[];
  weeksPerStudyYear: number;
}

/** The reports' SQL (report.queries.ts): read-only, across the modules' tables (architecture.md). */
@Injectable()
export class ReportRepository {
  constructor(private readonly database: Database) {}

  people(filters: ReportFilters): Promise<PeopleRow[]> {
    return this.database.query<PeopleRow>(PEOPLE_PER_COHORT_SQL, parametersOf(filters));
  }

  satisfaction(filters: ReportFilters, satisfiedScore: number): Promise<SatisfactionRow[]> {
    return this.database.query<SatisfactionRow>(SATISFACTION_SQL, [...parametersOf(filters), satisfiedScore]);
  }

  coaching(filters: ReportFilters, norms: NormPeriods): Promise<CoachingRow[]> {
    return this.database.query<CoachingRow>(COACHING_SQL, [
      ...parametersOf(filters),
      norms.fromSchoolYears,
      norms.year1HoursPerWeek,
      norms.year2HoursPerWeek,
      norms.weeksPerStudyYear,
    ]);
  }

  capacity(filters: ReportFilters): Promise<CapacityRow[]> {
    return this.database.query<CapacityRow>(CAPACITY_SQL, parametersOf(filters));
  }

  funnel(filters: ReportFilters): Promise<FunnelRow[]> {
    return this.database.query<FunnelRow>(FUNNEL_SQL, parametersOf(filters));
  }

  funnelBySource(filters: ReportFilters): Promise<FunnelSourceRow[]> {
    return this.database.query<FunnelSourceRow>(FUNNEL_BY_SOURCE_SQL, parametersOf(filters));
  }
}

/** $1–$5 of every report query. */
function parametersOf(filters: ReportFilters): unknown[] {
  return [filters.asOf, filters.schoolYear, filters.region, filters.boardId, filters.route];
}
