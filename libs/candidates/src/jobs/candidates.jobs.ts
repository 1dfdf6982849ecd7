import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Confirms an application to the candidate and tells the desk. */
    'candidates.application-received': { candidateId: string };
    /** Tells the owner of an address with an open dossier that the form `submissionId` made no second dossier (R3). */
    'candidates.application-duplicate': { candidateId: string; submissionId: string };
    /** Tells the candidate that the desk rejected them, or confirms their withdrawal. */
    'candidates.closing-mail': { candidateId: string };
    /** The rejection mail of a bulk rejection, sent when its delay has passed unless the desk undid it. */
    'candidates.bulk-rejection-mail': { rejectionId: string };
  }
}

export const CANDIDATE_JOBS = [
  'candidates.application-received',
  'candidates.application-duplicate',
  'candidates.closing-mail',
  'candidates.bulk-rejection-mail',
] as const satisfies readonly JobName[];

/** The daily sweep that sends the desk the applications waiting over 5 working days. */
export const APPLICATIONS_WAITING_SWEEP = 'candidates.applications-waiting-digest';
