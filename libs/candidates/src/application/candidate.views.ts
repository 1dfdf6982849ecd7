import type { Region } from '@app/shared';
import type { DegreeLevel } from '@app/routes';
import type { Stage, StageCommand } from '../domain/stage';

/** Timestamps in these views are ISO 8601 text in UTC, as sent: '2026-03-02T09:15:00.123Z'. */
export type IsoTimestamp = string;

export interface CandidateListItem {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  region: Region;
  stage: Stage;
  appliedAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
  /** When the candidate entered the current stage: the latest stage change (or the application). */
  stageChangedAt: IsoTimestamp;
  /** When the personal data was erased (R13); names, address and the rest are then empty. */
  erasedAt: IsoTimestamp | null;
  /** Raised by every change: a bulk action sends it back, so a candidate changed meanwhile is reported, not overwritten. */
  version: number;
}

export interface CandidateDocumentView {
  id: string;
  kind: 'motivation_letter' | 'cv';
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface DisclosureView {
  id: string;
  partyKind: 'board' | 'institute' | 'coach';
  partyId: string;
  purpose: string;
  disclosed: string;
  grantedBy: string | null;
  grantedAt: IsoTimestamp;
  revokedAt: IsoTimestamp | null;
}

export interface CandidateDetail extends CandidateListItem {
  /** The code of the route the candidate intends to take; the desk can change it before the programme. */
  route: string;
  phone: string;
  degreeLevel: string;
  degreeField: string;
  consentToKeep: boolean;
  previousCandidateId: string | null;
  version: number;
  closingReason: string | null;
  /** How the applicant heard of Flevowijs (a code of GET /api/sources), null when not given. */
  source: string | null;
  /** The applicant's words with source `anders`; the desk's only. */
  sourceDetail: string | null;
  documents: CandidateDocumentView[];
  allowedCommands: StageCommand[];
  disclosures: DisclosureView[];
}

export interface StageHistoryEntry {
  fromStage: Stage | null;
  toStage: Stage;
  actorId: string | null;
  actorName: string | null;
  at: Date;
  reason: string | null;
}

export interface CandidateColumn {
  stage: Stage;
  count: number;
  /** The newest candidates of the stage, at most `perStage`. */
  items: CandidateListItem[];
}

export interface CandidateColumnsQuery {
  stage?: Stage;
  region?: Region;
  q?: string;
  perStage: number;
}

/** What a job needs to write to or about a candidate. */
export type CandidateContact = Pick<CandidateListItem, 'id' | 'reference' | 'firstName' | 'lastName' | 'email' | 'region' | 'stage'>;

/** What the public form gives (R1: nothing beyond what suitability needs). */
export interface ApplicationInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  degreeLevel: DegreeLevel;
  degreeField: string;
  region: Region;
  consentToKeep: boolean;
  /** The code of the route applied for (R1: the route decides which degree levels it accepts). */
  route: string;
  /** How the applicant heard of Flevowijs: a code of the sources list (issue 16); optional for programs. */
  source?: string;
  /** The applicant's own words, only with a source that asks for them (`anders`). */
  sourceDetail?: string;
}

export type AccessParty = 'board' | 'institute' | 'coach';

export interface AccessGrant {
  candidateId: string;
  partyKind: AccessParty;
  partyId: string;
  /** Why the party may see the candidate, e.g. 'selection_panel'; shown in the disclosure log. */
  purpose: string;
  /** What is disclosed, in words a person reads, e.g. 'naam, motivatiebrief, cv'. */
  disclosed: string;
}

/** The orders of the list: newest application first, by name (last name, first name), longest in the stage first. */
export const CANDIDATE_SORTS = ['appliedAt', 'name', 'daysInStage'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

export interface CandidateListQuery {
  stage?: Stage;
  region?: Region;
  q?: string;
  sort?: CandidateSort;
  cursor?: string;
  limit: number;
  /** Count every matching candidate on the first page (a scan: only when a screen shows it). */
  withTotal?: boolean;
}
