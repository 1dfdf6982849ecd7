import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Tells the board's active users that the central desk proposed a candidate to them. */
    'placements.proposal-mail': { proposalId: string };
  }
}

/** The placements module's jobs; the worker refuses to start unless each has exactly one handler. */
export const PLACEMENT_JOBS = ['placements.proposal-mail'] as const satisfies readonly JobName[];
