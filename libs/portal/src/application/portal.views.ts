import type { Stage } from '@app/candidates';
import type { PortalRequestKind } from '../domain/portal.policy';

/** The upcoming selection interview, as the candidate reads it. */
export interface PortalInterview {
  /** ISO instant in UTC. */
  startsAt: string;
  /** Wall-clock time in Europe/Amsterdam, 'YYYY-MM-DDTHH:mm'. */
  startsAtLocal: string;
  durationMinutes: number;
  location: string;
}

export interface PortalDataRequest {
  kind: PortalRequestKind;
  /** 'YYYY-MM-DD' */
  receivedOn: string;
  /** The desk answers by this day: one month after receipt. */
  deadline: string;
  status: 'open' | 'completed';
}

/** What the candidate sees on `/mijn-aanmelding`: their own dossier, in plain Dutch, nothing of the desk's notes. */
export interface PortalOverview {
  reference: string;
  firstName: string;
  stage: Stage;
  /** Where the application stands, in plain Dutch. */
  status: string;
  appliedAt: string;
  /** The candidate may still withdraw (before the programme). */
  canWithdraw: boolean;
  consentToKeep: boolean;
  interview: PortalInterview | null;
  /** The names of the documents they sent. */
  documents: { kind: 'motivation_letter' | 'cv'; fileName: string }[];
  dataRequests: PortalDataRequest[];
}
