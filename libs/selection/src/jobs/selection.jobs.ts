import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** The invitation (sequence 0) or an update (a higher sequence) to the candidate and the panel. */
    'selection.interview-invitation': { interviewId: string; sequence: number };
    /** METHOD:CANCEL for the version `sequence`: to everyone, or to the people it took off the panel. */
    'selection.interview-cancellation': { interviewId: string; sequence: number };
    /** The candidate's mail about the outcome of the interview. */
    'selection.outcome-mail': { interviewId: string };
    /** The reminder the day before, for the version `sequence`. */
    'selection.interview-reminder': { interviewId: string; sequence: number };
  }
}

/** The selection module's jobs; the worker refuses to start unless each has exactly one handler. */
export const SELECTION_JOBS = [
  'selection.interview-invitation',
  'selection.interview-cancellation',
  'selection.outcome-mail',
  'selection.interview-reminder',
] as const satisfies readonly JobName[];

/** The hourly sweep that queues tomorrow's interview reminders. */
export const INTERVIEW_REMINDER_SWEEP = 'selection.interview-reminders';
