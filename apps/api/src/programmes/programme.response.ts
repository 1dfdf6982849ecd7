import { ApiProperty } from '@nestjs/swagger';
import {
  ATTENTION_REASONS,
  DROPOUT_REASON_CODES,
  PHASES,
  PROGRAMME_STATUSES,
  SUBSIDY_DECISIONS,
  type AttentionReason,
  type DropoutReason,
  type ExtensionView,
  type Phase,
  type ProgrammeStatus,
  type ProgrammeTimeline,
  type ProgrammeView,
  type ReadyCandidateView,
  type SubsidyDecision,
  type SubsidyView,
  type TaskListItem,
  type TaskView,
  type UitvalView,
} from '@app/programmes';

const TASK_KINDS: TaskView['kind'][] = ['report_repayment_to_duo'];

class ExtensionResponse implements ExtensionView {
  @ApiProperty() months!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ example: '2027-09-30' }) plannedEndBefore!: string;
  @ApiProperty({ example: '2028-03-31' }) plannedEndAfter!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}

class SubsidyResponse implements SubsidyView {
  @ApiProperty({ format: 'uuid', description: 'The programme the subsidy is kept on (once per person).' }) programmeId!: string;
  @ApiProperty({ example: '2025-11-01' }) appliedOn!: string;
  @ApiProperty({ example: 20000 }) amount!: number;
  @ApiProperty({ enum: SUBSIDY_DECISIONS, nullable: true }) decision!: SubsidyDecision | null;
  @ApiProperty({ type: String, nullable: true }) decidedOn!: string | null;
  @ApiProperty({ example: 5000 }) amountSpent!: number;
}

export class TaskResponse implements TaskView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty({ enum: TASK_KINDS }) kind!: TaskView['kind'];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) doneAt!: Date | null;
}

export class TaskListItemResponse extends TaskResponse implements TaskListItem {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty() candidateReference!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ type: Number, nullable: true }) repaymentRisk!: number | null;
}

class TimelineResponse implements ProgrammeTimeline {
  @ApiProperty({ example: '2025-12-31', description: 'Last day of the soft landing (placement start + 3 months − 1 day).' }) softLandingEndsOn!: string;
  @ApiProperty({ example: '2026-09-30', description: 'Last day of study year 1.' }) yearOneEndsOn!: string;
  @ApiProperty({ example: '2027-09-30', description: 'Last day of study year 2.' }) yearTwoEndsOn!: string;
}

export class ProgrammeResponse implements ProgrammeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty() candidateReference!: string;
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ format: 'uuid' }) placementId!: string;
  @ApiProperty({ example: '2025-10-01' }) placementStartDate!: string;
  @ApiProperty({ example: 'ad_pep' }) route!: string;
  @ApiProperty() routeName!: string;
  @ApiProperty({ example: 24 }) durationMonths!: number;
  @ApiProperty({ example: '2025-10-01' }) startDate!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Issue date of the VOG.' }) conductCertificateDate!: string | null;
  @ApiProperty({ example: '2025-2026', description: 'School year of the start of the person’s first programme.' }) cohort!: string;
  @ApiProperty({ example: '2027-09-30', description: 'Start + the route’s duration − 1 day.' }) originalPlannedEnd!: string;
  @ApiProperty() extensionMonths!: number;
  @ApiProperty({ example: '2027-09-30', description: 'The planned end with the extensions.' }) plannedEnd!: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status!: ProgrammeStatus;
  @ApiProperty({ type: String, nullable: true }) endedOn!: string | null;
  @ApiProperty({ enum: DROPOUT_REASON_CODES, nullable: true }) dropoutReason!: DropoutReason | null;
  @ApiProperty({ enum: PHASES, nullable: true, description: 'The phase on the dropout date.' }) dropoutPhase!: Phase | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previousProgrammeId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) nextProgrammeId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: TimelineResponse }) timeline!: TimelineResponse;
  @ApiProperty({ enum: PHASES, nullable: true, description: 'Today (or on the last day once ended); null before the start.' }) phase!: Phase | null;
  @ApiProperty({ type: Number, nullable: true }) studyYear!: number | null;
  @ApiProperty() monthsLeft!: number;
  @ApiProperty({ enum: ATTENTION_REASONS, isArray: true }) attention!: AttentionReason[];
  @ApiProperty({ type: [ExtensionResponse] }) extensions!: ExtensionResponse[];
  @ApiProperty({ type: SubsidyResponse, nullable: true }) subsidy!: SubsidyResponse | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Unspent subsidy at risk of repayment after a dropout.' }) repaymentRisk!: number | null;
  @ApiProperty({ type: TaskResponse, nullable: true }) repaymentTask!: TaskResponse | null;
}

export class ReadyCandidateResponse implements ReadyCandidateView {
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty() candidateName!: string;
  @ApiProperty() candidateReference!: string;
  @ApiProperty() stage!: string;
  @ApiProperty({ format: 'uuid' }) placementId!: string;
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ example: '2025-10-01' }) placementStartDate!: string;
}

export class ProgrammeRouteResponse {
  @ApiProperty({ example: 'ad_pep' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 24 }) durationMonths!: number;
  @ApiProperty() assessmentRequired!: boolean;
}

export class UitvalResponse implements UitvalView {
  @ApiProperty({ example: '2025-2026' }) cohort!: string;
  @ApiProperty({ description: 'People who started a programme in the cohort.' }) started!: number;
  @ApiProperty() qualified!: number;
  @ApiProperty() droppedOut!: number;
  @ApiProperty() termExpired!: number;
  @ApiProperty({ description: 'People with a route switch: shown apart, not uitval.' }) routeSwitched!: number;
  @ApiProperty() running!: number;
  @ApiProperty({ description: 'Running past their planned end: not uitval.' }) runningOverdue!: number;
  @ApiProperty({ description: 'Dropped out + term expired.' }) uitval!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Uitval ÷ started, percent with one decimal (half up).' }) rate!: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Below the convenant target of 10%.' }) targetMet!: boolean | null;
}
