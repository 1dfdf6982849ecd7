import type { ProgrammeView } from '@app/programmes';
import type { NormUnit, StudyYearProgress } from '../domain/progress.policy';
import type { RiskLevel, SessionKind } from '../domain/session.policy';

export interface CoachRow {
  userId: string;
  regions: string[];
  maxCaseload: number;
  active: boolean;
  caseload: number;
  lastAssignedAt: Date | null;
}

export interface CoachView extends CoachRow {
  name: string;
  email: string;
}

export interface CoachInput {
  userId: string;
  regions: string[];
  maxCaseload: number;
  active: boolean;
}

export interface AssignmentView {
  id: string;
  programmeId: string;
  coachId: string;
  coachName?: string;
  fromDate: string;
  untilDate: string | null;
  assignedAt: Date;
  assignedBy: string | null;
  overrideReason: string | null;
}

export interface SessionView {
  id: string;
  programmeId: string;
  authorId: string;
  authorName?: string;
  date: string;
  minutes: number;
  kind: SessionKind;
  note: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SessionInput {
  date: string;
  minutes: number;
  kind: SessionKind;
  note?: string;
}

export interface RiskFlagView {
  programmeId: string;
  level: RiskLevel;
  note: string;
  flaggedBy: string;
  flaggedAt: Date;
}

export interface NormView {
  route: string;
  studyYear: number;
  hoursPerUnit: number;
  unit: NormUnit;
}

/** What the "Begeleiding" card of a programme shows. */
export interface ProgrammeCoachingView {
  programmeId: string;
  coach: { userId: string; name: string } | null;
  needsCoachSince: Date | null;
  history: AssignmentView[];
  sessions: SessionView[];
  progress: StudyYearProgress[];
  risk: RiskFlagView | null;
}

/** What needs a coach's attention on a programme of their caseload. */
export type CaseloadAttention = 'behind_norm' | 'no_recent_session' | 'at_risk';

/** One programme of a caseload, with its progress and what needs attention. */
export interface CaseloadItem {
  programme: ProgrammeView;
  progress: StudyYearProgress[];
  risk: RiskFlagView | null;
  /** The date of the latest session, if any. */
  lastSessionOn: string | null;
  attention: CaseloadAttention[];
}

export interface NeedingCoachItem {
  programme: ProgrammeView;
  since: Date;
  lastTriedAt: Date;
}
