import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Tells the board's active users that the central desk proposed a candidate to them. */
    'placements.proposal-mail': { proposalId: string };
    /** Tells the board's users that a placement's soft landing ends in 14 days (R12); `softLandingEndsOn` is its last day. */
    'placements.soft-landing-reminder': { placementId: string; softLandingEndsOn: string };
  }
}

/** The placements module's jobs; the worker refuses to start unless each has exactly one handler. */
export const PLACEMENT_JOBS = ['placements.proposal-mail', 'placements.soft-landing-reminder'] as const satisfies readonly JobName[];

/** The daily sweep that tells boards of soft landings ending in 14 days. */
export const SOFT_LANDING_SWEEP = 'placements.soft-landing-reminders';
