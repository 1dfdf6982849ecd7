import { DomainError, ValidationFailedError, parseWallClock, wallClockToInstant, type FieldProblem } from '@app/shared';
import { InterviewNotScheduledError, InterviewNotStartedError } from './selection.errors';

export const INTERVIEW_STATUSES = ['scheduled', 'cancelled', 'completed'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const ADVICE_VALUES = ['positive', 'negative'] as const;
export type AdviceValue = (typeof ADVICE_VALUES)[number];

export const OUTCOME_VALUES = ['positive', 'negative'] as const;
export type OutcomeValue = (typeof OUTCOME_VALUES)[number];

export const INTERVIEW_DURATION = { minimum: 15, maximum: 240, default: 60 } as const;

/** What the board on a panel shares of the candidate (R5 disclosure log, R14 scope). */
export const PANEL_PURPOSE = 'selection_panel';
export const PANEL_DISCLOSED = 'naam, contactgegevens, motivatiebrief en cv';

export interface PanelBoard {
  boardId: string;
  representativeUserId: string;
}

/** A joint panel: central-desk staff and at least one school board with the person who sits for it. */
export interface Panel {
  staffUserIds: string[];
  boards: PanelBoard[];
}

export interface PanelChange {
  addedBoardIds: string[];
  removedBoardIds: string[];
  /** People on the old panel who are not on the new one: they get a cancellation. */
  removedUserIds: string[];
}

/** R5: at least one staff member and one board, nobody twice. */
export function checkPanel(panel: Panel): void {
  const problems: FieldProblem[] = [];
  if (panel.staffUserIds.length === 0) {
    problems.push({
      field: 'staffUserIds',
      message: 'Medewerkers van Flevowijs in het panel: er moet minstens één medewerker van Flevowijs in het panel zitten.',
    });
  } else if (new Set(panel.staffUserIds).size !== panel.staffUserIds.length) {
    problems.push({ field: 'staffUserIds', message: 'Medewerkers van Flevowijs in het panel: een medewerker staat er twee keer in.' });
  }
  if (panel.boards.length === 0) {
    problems.push({
      field: 'boards',
      message: 'Schoolbesturen in het panel: een selectiegesprek is gezamenlijk; er moet minstens één schoolbestuur in het panel zitten.',
    });
  } else if (new Set(panel.boards.map((board) => board.boardId)).size !== panel.boards.length) {
    problems.push({ field: 'boards', message: 'Schoolbesturen in het panel: een schoolbestuur staat er twee keer in.' });
  }
  if (problems.length > 0) throw new ValidationFailedError(problems);
}

/**
 * The instant of a start given as Amsterdam wall-clock time ('YYYY-MM-DDTHH:mm'). Refuses a
 * malformed or non-existent time (the spring-forward gap) and a start that is not in the future.
 */
export function interviewStart(startsAt: string, now: Date): Date {
  const local = parseWallClock(startsAt);
  if (!local) {
    throw new ValidationFailedError([
      { field: 'startsAt', message: 'Datum en tijd moet een bestaande datum en tijd zijn als JJJJ-MM-DDTUU:mm, bijvoorbeeld 2027-03-25T10:00.' },
    ]);
  }
  const instant = wallClockToInstant(local);
  if (!instant) {
    throw new ValidationFailedError([
      {
        field: 'startsAt',
        message: `Datum en tijd ${startsAt} bestaat niet in Nederland: de klok gaat die nacht van 02:00 naar 03:00 (zomertijd). Kies een andere tijd.`,
      },
    ]);
  }
  if (instant.getTime() <= now.getTime()) {
    const message = 'Datum en tijd ligt in het verleden; plan het gesprek op een moment in de toekomst.';
    throw new DomainError('selection.start_in_past', 'unprocessable', message, [{ field: 'startsAt', message }]);
  }
  return instant;
}

export function checkDuration(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < INTERVIEW_DURATION.minimum || minutes > INTERVIEW_DURATION.maximum) {
    throw new ValidationFailedError([{ field: 'durationMinutes', message: 'Duur in minuten moet een geheel aantal minuten van 15 tot en met 240 zijn.' }]);
  }
}

/** Rescheduling, cancelling, advice and outcome are only possible while the interview is planned. */
export function assertScheduled(status: InterviewStatus): void {
  if (status !== 'scheduled') throw new InterviewNotScheduledError(status);
}

/** Advice and outcome are recorded from the start of the interview on, never before it. */
export function assertStarted(startsAt: Date, now: Date): void {
  if (now.getTime() < startsAt.getTime()) throw new InterviewNotStartedError(startsAt);
}

/** A board's advice as far as access is concerned. */
export interface BoardAdvice {
  boardId: string;
  advice: AdviceValue | null;
  wouldEmploy: boolean | null;
}

/**
 * Data minimisation once the outcome is recorded: a board that advised negatively or would not
 * employ the candidate has no purpose left with the candidate's data. A board without advice keeps it.
 */
export function boardsWithoutPurpose(boards: BoardAdvice[]): string[] {
  return boards.filter((board) => board.advice === 'negative' || board.wouldEmploy === false).map((board) => board.boardId);
}

/** Everyone on a panel: staff and each board's representative. */
export function panelUserIds(panel: Panel): string[] {
  return [...new Set([...panel.staffUserIds, ...panel.boards.map((board) => board.representativeUserId)])];
}

export function panelChange(before: Panel, after: Panel): PanelChange {
  const beforeBoards = new Set(before.boards.map((board) => board.boardId));
  const afterBoards = new Set(after.boards.map((board) => board.boardId));
  const afterUsers = new Set(panelUserIds(after));
  return {
    addedBoardIds: [...afterBoards].filter((boardId) => !beforeBoards.has(boardId)),
    removedBoardIds: [...beforeBoards].filter((boardId) => !afterBoards.has(boardId)),
    removedUserIds: panelUserIds(before).filter((userId) => !afterUsers.has(userId)),
  };
}
