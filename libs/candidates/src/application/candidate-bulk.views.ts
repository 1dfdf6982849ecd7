import type { Region } from '@app/shared';
import type { Stage } from '../domain/stage';

/** What a bulk action takes: candidates chosen on the page (each with the version the page showed), or all matching the list's filters. */
export type BulkSelection = { candidates: { id: string; version: number }[] } | { filter: { stage?: Stage; region?: Region; q?: string } };

export interface BulkOutcome {
  id: string;
  /** Empty when the candidate does not exist. */
  reference: string;
}

export interface BulkFailure extends BulkOutcome {
  /** Why this candidate was left as it was, in Dutch. */
  reason: string;
}

/** A bulk action's result: what succeeded and what did not, with the reason. */
export interface BulkResult {
  succeeded: BulkOutcome[];
  failed: BulkFailure[];
}

/** A bulk rejection also names its batch (for the undo) and when the rejection mails go out. */
export interface BulkRejectResult extends BulkResult {
  batchId: string;
  mailDueAt: Date;
}
