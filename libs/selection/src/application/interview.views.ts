import type { AdviceValue, InterviewStatus, OutcomeValue, PanelBoard } from '../domain/interview.policy';

export interface InterviewStaffView {
  userId: string;
  name: string;
}

export interface BoardAdviceView {
  advice: AdviceValue;
  wouldEmploy: boolean;
  motivation: string;
  recordedAt: string;
  recordedBy: string | null;
}

export interface InterviewBoardView {
  boardId: string;
  boardName: string;
  representativeUserId: string;
  representativeName: string;
  /** Null until the board records it; a board user sees only its own board's advice. */
  advice: BoardAdviceView | null;
}

export interface InterviewOutcomeView {
  outcome: OutcomeValue;
  motivation: string;
  recordedAt: string;
}

/** A selection interview as the API shows it. */
export interface InterviewView {
  id: string;
  candidateId: string;
  status: InterviewStatus;
  /** ISO instant in UTC. */
  startsAt: string;
  /** Wall-clock time in Europe/Amsterdam, 'YYYY-MM-DDTHH:mm'. */
  startsAtLocal: string;
  durationMinutes: number;
  location: string;
  sequence: number;
  staff: InterviewStaffView[];
  boards: InterviewBoardView[];
  outcome: InterviewOutcomeView | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
}

export interface ScheduleInterviewInput {
  /** Wall-clock time in Europe/Amsterdam, 'YYYY-MM-DDTHH:mm'. */
  startsAt: string;
  durationMinutes?: number;
  location: string;
  staffUserIds: string[];
  boards: PanelBoard[];
}

export type RescheduleInterviewInput = Partial<ScheduleInterviewInput>;

export interface AdviceInput {
  advice: AdviceValue;
  wouldEmploy: boolean;
  motivation: string;
  /** Required for staff; a board user records for the board of the session. */
  boardId?: string;
}

export interface OutcomeInput {
  outcome: OutcomeValue;
  motivation: string;
}
