import { Inject, Injectable } from '@nestjs/common';
import { Clock, NotFoundError, today, ValidationFailedError, type Actor } from '@app/shared';
import { APP_CONFIG, targetsFor, type AppConfig } from '@app/infra';
import { SourceReader } from '@app/sources';
import { FUNNEL_HELP, FUNNEL_STAGES, KPI_HELP, NO_SOURCE_LABEL } from '../domain/report-definitions';
import { ReportRepository, type CoachingRow, type FunnelRow, type FunnelSourceRow, type NormPeriods, type PeopleRow } from '../persistence/report.repository';
import type {
  CoachingRowView,
  FunnelReportView,
  FunnelSourceView,
  FunnelYearView,
  KpiReportView,
  RateView,
  ReportFilters,
  StartsRowView,
} from './report.views';

/** What a report request asks for; the as-of day defaults to today. */
export type ReportQuery = Partial<ReportFilters>;

/**
 * The convenant's reports (SPEC §5): every figure counted by the database (report.queries.ts),
 * assembled with the targets of the convenant period of its school year. Staff and administrators
 * see everything; a board user the same reports limited to its own board (another board's id
 * answers 404, R14); nobody else any.
 */
@Injectable()
export class ReportsReader {
  constructor(
    private readonly reports: ReportRepository,
    private readonly clock: Clock,
    private readonly sources: SourceReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The filters within the actor's scope: a board user's board is forced. */
  scopedFilters(actor: Actor, query: ReportQuery): ReportFilters {
    const now = today(this.clock.now());
    if (query.asOf !== undefined && query.asOf > now) {
      throw new ValidationFailedError([{ field: 'asOf', message: 'Peildatum mag niet in de toekomst liggen.' }], 'Controleer: Peildatum.');
    }
    const filters: ReportFilters = {
      schoolYear: query.schoolYear ?? null,
      region: query.region ?? null,
      boardId: query.boardId ?? null,
      route: query.route ?? null,
      asOf: query.asOf ?? now,
    };
    if (actor.role === 'staff' || actor.role === 'admin' || actor.role === 'system') return filters;
    if (actor.role === 'board' && actor.boardId && (filters.boardId === null || filters.boardId === actor.boardId)) {
      return { ...filters, boardId: actor.boardId };
    }
    throw new NotFoundError('board');
  }

  async kpis(actor: Actor, query: ReportQuery): Promise<KpiReportView> {
    return this.kpisFor(this.scopedFilters(actor, query));
  }

  async funnel(actor: Actor, query: ReportQuery): Promise<FunnelReportView> {
    return this.funnelFor(this.scopedFilters(actor, query));
  }

  /** The KPI report for filters already scoped (the snapshot sweep: everything). */
  async kpisFor(filters: ReportFilters): Promise<KpiReportView> {
    const periods = this.config.reports.targets;
    const norms: NormPeriods = {
      fromSchoolYears: periods.map((period) => period.fromSchoolYear),
      year1HoursPerWeek: periods.map((period) => period.coachingHoursPerWeek[0]),
      year2HoursPerWeek: periods.map((period) => period.coachingHoursPerWeek[1]),
      weeksPerStudyYear: this.config.coaching.weeksPerStudyYear,
    };
    const [people, satisfaction, coaching, capacity] = await Promise.all([
      this.reports.people(filters),
      this.reports.satisfaction(filters, this.config.satisfiedScore),
      this.reports.coaching(filters, norms),
      this.reports.capacity(filters),
    ]);
    return {
      asOf: filters.asOf,
      filters,
      starts: this.starts(filters, people),
      uitval: people.map(({ percentage, uitval, ...row }) => {
        const target = targetsFor(periods, row.cohort).uitvalBelowPercent;
        return { ...row, rate: { numerator: uitval, denominator: row.started, percentage }, targetBelowPercent: target, met: percentage < target };
      }),
      satisfaction: satisfaction.map((row) => {
        const target = targetsFor(periods, row.cohort).satisfiedAtLeastPercent;
        return {
          cohort: row.cohort,
          rate: { numerator: row.satisfied, denominator: row.answered, percentage: row.percentage },
          satisfiedScore: this.config.satisfiedScore,
          targetAtLeastPercent: target,
          met: row.percentage >= target,
        };
      }),
      coaching: coaching.map(coachingView),
      capacity: capacity.map((row) => ({ ...row, met: row.status === 'under' || row.status === 'full' })),
      help: [...KPI_HELP],
    };
  }

  /** Starts per school year; a school year asked for without starts shows 0 against its target. */
  private starts(filters: ReportFilters, people: PeopleRow[]): StartsRowView[] {
    const periods = this.config.reports.targets;
    const rows = people.map(({ cohort, started }) => ({ schoolYear: cohort, started }));
    if (filters.schoolYear !== null && rows.length === 0) rows.push({ schoolYear: filters.schoolYear, started: 0 });
    return rows.map(({ schoolYear, started }) => {
      const target = targetsFor(periods, schoolYear).startsPerSchoolYear;
      return { schoolYear, started, target, met: started >= target };
    });
  }

  /** The funnel for filters already scoped. */
  async funnelFor(filters: ReportFilters): Promise<FunnelReportView> {
    const [rows, bySource, labels] = await Promise.all([this.reports.funnel(filters), this.reports.funnelBySource(filters), this.sources.labels()]);
    return {
      asOf: filters.asOf,
      filters,
      schoolYears: rows.map(funnelYear),
      sources: bySource.map((row) => funnelSource(row, labels)),
      help: [...FUNNEL_HELP],
    };
  }
}

function coachingView(row: CoachingRow): CoachingRowView {
  const rate: RateView | null = row.normHours === null ? null : { numerator: row.loggedHours, denominator: row.normHours, percentage: row.percentage };
  return {
    cohort: row.cohort,
    studyYear: row.studyYear,
    programmes: row.programmes,
    loggedHours: row.loggedHours,
    normHours: row.normHours,
    rate,
    hoursPerWeek: row.hoursPerWeek,
    met: row.met,
  };
}

function funnelYear(row: FunnelRow): FunnelYearView {
  return {
    schoolYear: row.schoolYear,
    stages: FUNNEL_STAGES.map((stage, index) => ({ stage, reached: row.reached[index] })),
    steps: FUNNEL_STAGES.slice(0, -1).map((from, index) => ({
      from,
      to: FUNNEL_STAGES[index + 1],
      conversion: { numerator: row.reachedBoth[index], denominator: row.reached[index], percentage: row.percentage[index] },
      medianDays: row.medianDays[index],
    })),
    rejected: row.rejected,
    withdrawn: row.withdrawn,
  };
}

function funnelSource(row: FunnelSourceRow, labels: Map<string, string>): FunnelSourceView {
  return {
    schoolYear: row.schoolYear,
    source: row.source,
    label: row.source === null ? NO_SOURCE_LABEL : (labels.get(row.source) ?? row.source),
    stages: FUNNEL_STAGES.map((stage, index) => ({ stage, reached: row.reached[index] })),
    appliedToStarted: { numerator: row.started, denominator: row.applied, percentage: row.percentage },
    rejected: row.rejected,
    withdrawn: row.withdrawn,
  };
}
