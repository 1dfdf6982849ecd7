import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Removes an erased candidate's files from storage, once the erasure has committed (the keys are random ids). */
    'privacy.remove-documents': { candidateId: string; storageKeys: string[] };
  }
}

/** The privacy module's jobs; the worker refuses to start unless each has exactly one handler. */
export const PRIVACY_JOBS = ['privacy.remove-documents'] as const satisfies readonly JobName[];

/** The daily sweep that erases what has passed its retention term (R13). */
export const RETENTION_SWEEP = 'privacy.retention';
