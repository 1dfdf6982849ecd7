import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** R9: assigns a coach to a programme that started. */
    'coaching.assign-coach': { programmeId: string };
    /** R9: tells staff that no coach fits a programme. */
    'coaching.needs-coach-mail': { programmeId: string };
  }
}

/** The coaching module's jobs; the worker refuses to start unless each has exactly one handler. */
export const COACHING_JOBS = ['coaching.assign-coach', 'coaching.needs-coach-mail'] as const satisfies readonly JobName[];

/** The daily sweep: ends the assignments of programmes that ended and tries again for programmes without a coach. */
export const COACH_ASSIGNMENT_SWEEP = 'coaching.assignment-retry';
