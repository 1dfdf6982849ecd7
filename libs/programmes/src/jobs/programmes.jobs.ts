import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Tells staff that a programme's term passed without qualification. */
    'programmes.term-expired-mail': { programmeId: string };
    /** Tells the board's users of their task: report to DUO that a subsidised person stopped early. */
    'programmes.repayment-task-mail': { taskId: string };
  }
}

/** The programmes module's jobs; the worker refuses to start unless each has exactly one handler. */
export const PROGRAMME_JOBS = [
  'programmes.term-expired-mail',
  'programmes.repayment-task-mail',
  'programmes.end-reminder',
  'programmes.uitval-alert',
] as const satisfies readonly JobName[];

/** The daily sweep that ends programmes whose term passed without an outcome. */
export const TERM_EXPIRY_SWEEP = 'programmes.term-expiry';

declare module '@app/infra' {
  interface JobMap {
    /** A reminder about a programme's planned end (R12); `plannedEnd` is the end it was due for. */
    'programmes.end-reminder': { programmeId: string; kind: 'end_in_6_months' | 'end_in_3_months' | 'end_in_1_month' | 'past_end'; plannedEnd: string };
    /** Tells staff that a cohort's uitval rate reached the threshold, for its `crossing`-th time. */
    'programmes.uitval-alert': { cohort: string; crossing: number };
  }
}

/** The daily sweep that queues the reminders about planned ends (6, 3, 1 months before, and past it). */
export const END_REMINDERS_SWEEP = 'programmes.end-reminders';
/** The daily sweep that invites to the satisfaction survey the candidates whose study year 1 ended. */
export const YEAR_ONE_SURVEY_SWEEP = 'programmes.year-one-survey';
/** The nightly uitval watch per cohort. */
export const UITVAL_WATCH_SWEEP = 'programmes.uitval-watch';
