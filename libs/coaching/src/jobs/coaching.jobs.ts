import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** R9: assigns a coach to a programme that started. */
    'coaching.assign-coach': { programmeId: string };
    /** R9: tells staff that no coach fits a programme. */
    'coaching.needs-coach-mail': { programmeId: string };
    /** R12: tells the coach that the programme had no session for 28 days; `dueOn` is the day the gap reached 28 days. */
    'coaching.no-session-reminder': { programmeId: string; coachId: string; dueOn: string };
    /** R12: tells staff that the programme fell behind the pro-rata norm of a study year, for its `crossing`-th time. */
    'coaching.behind-norm-reminder': { programmeId: string; studyYear: number; crossing: number };
  }
}

/** The coaching module's jobs; the worker refuses to start unless each has exactly one handler. */
export const COACHING_JOBS = [
  'coaching.assign-coach',
  'coaching.needs-coach-mail',
  'coaching.no-session-reminder',
  'coaching.behind-norm-reminder',
] as const satisfies readonly JobName[];

/** The daily sweep: ends the assignments of programmes that ended and tries again for programmes without a coach. */
export const COACH_ASSIGNMENT_SWEEP = 'coaching.assignment-retry';

/** The daily sweep that queues the coach's reminder about a programme without a session for 28 days. */
export const NO_SESSION_REMINDERS_SWEEP = 'coaching.no-session-reminders';
/** The daily sweep that checks the programmes at their monthly check day against the pro-rata norm. */
export const NORM_WATCH_SWEEP = 'coaching.norm-watch';
