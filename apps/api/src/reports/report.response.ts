import { ApiProperty } from '@nestjs/swagger';
import { REGIONS, type Region } from '@app/shared';
import {
  CAPACITY_STATUSES,
  FUNNEL_STAGES,
  type CapacityRowView,
  type CapacityStatus,
  type CoachingRowView,
  type FunnelReportView,
  type FunnelSourceView,
  type FunnelStageView,
  type FunnelStepView,
  type FunnelYearView,
  type KpiReportView,
  type RateView,
  type ReportFilters,
  type SatisfactionRowView,
  type StartsRowView,
  type UitvalRowView,
} from '@app/reporting';

export class RateResponse implements RateView {
  @ApiProperty() numerator!: number;
  @ApiProperty() denominator!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 16.7,
    description: 'Numerator ÷ denominator in percent, one decimal, half up; null when the denominator is 0.',
  })
  percentage!: number | null;
}

export class ReportFiltersResponse implements ReportFilters {
  @ApiProperty({ type: String, nullable: true, example: '2025-2026' }) schoolYear!: string | null;
  @ApiProperty({ enum: REGIONS, nullable: true }) region!: Region | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: "A board user's own board, always." }) boardId!: string | null;
  @ApiProperty({ type: String, nullable: true }) route!: string | null;
  @ApiProperty({ example: '2026-07-31' }) asOf!: string;
}

export class StartsRowResponse implements StartsRowView {
  @ApiProperty({ example: '2025-2026' }) schoolYear!: string;
  @ApiProperty({ description: 'People who started (a route switch is no new start).' }) started!: number;
  @ApiProperty({ example: 40, description: 'The convenant target for the school year.' }) target!: number;
  @ApiProperty({ description: 'Started at or above the target.' }) met!: boolean;
}

export class UitvalRowResponse implements UitvalRowView {
  @ApiProperty({ example: '2025-2026' }) cohort!: string;
  @ApiProperty() started!: number;
  @ApiProperty() qualified!: number;
  @ApiProperty() droppedOut!: number;
  @ApiProperty() termExpired!: number;
  @ApiProperty({ description: 'People with a route switch: shown apart, not uitval.' }) routeSwitched!: number;
  @ApiProperty() running!: number;
  @ApiProperty({ description: 'Running past the planned end: not uitval.' }) runningOverdue!: number;
  @ApiProperty({ description: 'People with at least one extension.' }) extended!: number;
  @ApiProperty({ type: RateResponse, description: '(Dropped out + term expired) ÷ started.' }) rate!: RateResponse;
  @ApiProperty({ example: 10 }) targetBelowPercent!: number;
  @ApiProperty({ description: 'The rate is below the target.' }) met!: boolean;
}

export class SatisfactionRowResponse implements SatisfactionRowView {
  @ApiProperty({ example: '2025-2026' }) cohort!: string;
  @ApiProperty({ type: RateResponse, description: 'Satisfied scores ÷ answered surveys.' }) rate!: RateResponse;
  @ApiProperty({ example: 7 }) satisfiedScore!: number;
  @ApiProperty({ example: 75 }) targetAtLeastPercent!: number;
  @ApiProperty({ description: 'The rate is at or above the target.' }) met!: boolean;
}

export class CoachingRowResponse implements CoachingRowView {
  @ApiProperty({ example: '2025-2026' }) cohort!: string;
  @ApiProperty({ example: 1, description: '1, 2, or 3 for every year past the second (no norm).' }) studyYear!: number;
  @ApiProperty() programmes!: number;
  @ApiProperty({ example: 62.5 }) loggedHours!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The norm pro rata by calendar days.' }) normHours!: number | null;
  @ApiProperty({ type: RateResponse, nullable: true, description: 'Logged ÷ norm hours.' }) rate!: RateResponse | null;
  @ApiProperty({ type: Number, nullable: true, example: 4 }) hoursPerWeek!: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Logged at least the pro-rata norm.' }) met!: boolean | null;
}

export class CapacityRowResponse implements CapacityRowView {
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ enum: REGIONS }) region!: Region;
  @ApiProperty({ example: '2025-2026' }) schoolYear!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Declared places; null when none were declared.' }) declared!: number | null;
  @ApiProperty() used!: number;
  @ApiProperty({ enum: CAPACITY_STATUSES }) status!: CapacityStatus;
  @ApiProperty({ description: 'Within capacity (under or full).' }) met!: boolean;
}

export class KpiReportResponse implements KpiReportView {
  @ApiProperty({ example: '2026-07-31' }) asOf!: string;
  @ApiProperty({ type: ReportFiltersResponse }) filters!: ReportFiltersResponse;
  @ApiProperty({ type: [StartsRowResponse] }) starts!: StartsRowResponse[];
  @ApiProperty({ type: [UitvalRowResponse] }) uitval!: UitvalRowResponse[];
  @ApiProperty({ type: [SatisfactionRowResponse] }) satisfaction!: SatisfactionRowResponse[];
  @ApiProperty({ type: [CoachingRowResponse] }) coaching!: CoachingRowResponse[];
  @ApiProperty({ type: [CapacityRowResponse] }) capacity!: CapacityRowResponse[];
  @ApiProperty({ type: [String], description: 'How each figure is counted, in Dutch.' }) help!: string[];
}

export class FunnelStageResponse implements FunnelStageView {
  @ApiProperty({ enum: FUNNEL_STAGES }) stage!: string;
  @ApiProperty() reached!: number;
}

export class FunnelStepResponse implements FunnelStepView {
  @ApiProperty({ enum: FUNNEL_STAGES }) from!: string;
  @ApiProperty({ enum: FUNNEL_STAGES }) to!: string;
  @ApiProperty({ type: RateResponse, description: 'Reached both ÷ reached `from`.' }) conversion!: RateResponse;
  @ApiProperty({ type: Number, nullable: true, example: 14.5 }) medianDays!: number | null;
}

export class FunnelYearResponse implements FunnelYearView {
  @ApiProperty({ example: '2025-2026', description: 'School year of application.' }) schoolYear!: string;
  @ApiProperty({ type: [FunnelStageResponse] }) stages!: FunnelStageResponse[];
  @ApiProperty({ type: [FunnelStepResponse] }) steps!: FunnelStepResponse[];
  @ApiProperty() rejected!: number;
  @ApiProperty() withdrawn!: number;
}

export class FunnelSourceResponse implements FunnelSourceView {
  @ApiProperty({ example: '2025-2026', description: 'School year of application.' }) schoolYear!: string;
  @ApiProperty({ type: String, nullable: true, example: 'onderwijsloket', description: 'The source code; null when the applicant gave none.' })
  source!: string | null;
  @ApiProperty({ example: 'Het Onderwijsloket', description: 'The Dutch name (a retired source keeps its name); "Niet opgegeven" for none.' })
  label!: string;
  @ApiProperty({ type: [FunnelStageResponse] }) stages!: FunnelStageResponse[];
  @ApiProperty({ type: RateResponse, description: "Reached 'in_programme' (started) ÷ applied." }) appliedToStarted!: RateResponse;
  @ApiProperty() rejected!: number;
  @ApiProperty() withdrawn!: number;
}

export class FunnelReportResponse implements FunnelReportView {
  @ApiProperty({ example: '2026-07-31' }) asOf!: string;
  @ApiProperty({ type: ReportFiltersResponse }) filters!: ReportFiltersResponse;
  @ApiProperty({ type: [FunnelYearResponse] }) schoolYears!: FunnelYearResponse[];
  @ApiProperty({ type: [FunnelSourceResponse], description: 'The funnel split by source, per school year of application; none given last.' })
  sources!: FunnelSourceResponse[];
  @ApiProperty({ type: [String] }) help!: string[];
}

export class SnapshotResponse {
  @ApiProperty({ example: '2026-03-14', description: 'The as-of day of the figures.' }) takenOn!: string;
  @ApiProperty({ type: KpiReportResponse }) kpis!: KpiReportResponse;
  @ApiProperty({ type: FunnelReportResponse }) funnel!: FunnelReportResponse;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
