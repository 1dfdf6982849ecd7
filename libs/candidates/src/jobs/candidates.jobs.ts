import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Confirms an application to the candidate and tells the desk. */
    'candidates.application-received': { candidateId: string };
  }
}

export const CANDIDATE_JOBS = ['candidates.application-received'] as const satisfies readonly JobName[];
