import type { AttentionReason, Phase } from '../domain/programme-dates.policy';
import type { DropoutReason, ProgrammeStatus } from '../domain/outcome.policy';
import type { SubsidyDecision } from '../domain/subsidy.policy';

/** A programme as stored; dates are calendar days 'YYYY-MM-DD'. */
export interface ProgrammeRow {
  id: string;
  candidateId: string;
  boardId: string;
  placementId: string;
  placementStartDate: string;
  route: string;
  /** The route's duration when the programme started. */
  durationMonths: number;
  startDate: string;
  conductCertificateDate: string | null;
  cohort: string;
  originalPlannedEnd: string;
  extensionMonths: number;
  plannedEnd: string;
  status: ProgrammeStatus;
  endedOn: string | null;
  dropoutReason: DropoutReason | null;
  dropoutPhase: Phase | null;
  previousProgrammeId: string | null;
  nextProgrammeId: string | null;
  createdAt: Date;
}

export interface ExtensionView {
  months: number;
  reason: string;
  plannedEndBefore: string;
  plannedEndAfter: string;
  createdAt: Date;
}

export interface SubsidyView {
  programmeId: string;
  appliedOn: string;
  amount: number;
  decision: SubsidyDecision | null;
  decidedOn: string | null;
  amountSpent: number;
}

/** A task the board must mark done, e.g. telling DUO that a subsidised person stopped early. */
export interface TaskView {
  id: string;
  programmeId: string;
  boardId: string;
  kind: 'report_repayment_to_duo';
  createdAt: Date;
  doneAt: Date | null;
}

/** A task with the names a list shows. */
export interface TaskListItem extends TaskView {
  candidateId: string;
  candidateName: string;
  candidateReference: string;
  boardName: string;
  repaymentRisk: number | null;
}

/** The phase boundaries a timeline draws: each the last day of its part. */
export interface ProgrammeTimeline {
  softLandingEndsOn: string;
  yearOneEndsOn: string;
  yearTwoEndsOn: string;
}

/** A programme as the API shows it: stored facts, names and what the clock derives from them today. */
export interface ProgrammeView extends ProgrammeRow {
  candidateName: string;
  candidateReference: string;
  boardName: string;
  routeName: string;
  timeline: ProgrammeTimeline;
  /** The phase today, or on the last day for a programme that ended; null before the start. */
  phase: Phase | null;
  studyYear: number | null;
  /** Whole months until the planned end (0 in the last month, after the end and once ended). */
  monthsLeft: number;
  attention: AttentionReason[];
  extensions: ExtensionView[];
  subsidy: SubsidyView | null;
  /** The unspent subsidy at risk of repayment: only for a dropout with a subsidy that was not refused. */
  repaymentRisk: number | null;
  repaymentTask: TaskView | null;
}

export interface ProgrammeListQuery {
  status?: ProgrammeStatus;
  boardId?: string;
  cohort?: string;
}

export interface StartProgrammeInput {
  candidateId: string;
  route: string;
  startDate: string;
  conductCertificateDate?: string | null;
}

export interface SubsidyInputView {
  appliedOn: string;
  amount: number;
  decision?: SubsidyDecision | null;
  decidedOn?: string | null;
  amountSpent?: number | null;
}

/** A placed candidate whose programme can be started (or is waiting for a condition). */
export interface ReadyCandidateView {
  candidateId: string;
  candidateName: string;
  candidateReference: string;
  stage: string;
  placementId: string;
  boardId: string;
  boardName: string;
  placementStartDate: string;
}

/** Uitval of one cohort (R11, SPEC §5): people, not programme records. */
export interface UitvalView {
  cohort: string;
  started: number;
  qualified: number;
  droppedOut: number;
  termExpired: number;
  /** People whose path includes a route switch; shown apart, not as uitval. */
  routeSwitched: number;
  running: number;
  /** Running past their planned end: shown as running overdue, not as uitval. */
  runningOverdue: number;
  /** Dropped out + term expired. */
  uitval: number;
  /** Uitval ÷ started as a percentage with one decimal (half up); null when nobody started. */
  rate: number | null;
  /** The convenant target: a rate below 10%. */
  targetMet: boolean | null;
}

export interface UitvalFilter {
  /** Only what is dated on or before this day counts (SPEC §5 "As of"). */
  asOf: string;
  cohort?: string | null;
  boardId?: string | null;
  route?: string | null;
}
