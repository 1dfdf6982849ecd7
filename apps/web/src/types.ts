export interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  boardId: string | null;
  /** Older stored sessions lack it until `/api/me` refreshes them. */
  instituteId?: string | null;
}

export interface ManagedUser extends User {
  active: boolean;
}

export interface Board {
  id: string;
  name: string;
  region: string;
}

export interface CandidateListItem {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  region: string;
  stage: string;
  appliedAt: string;
  updatedAt: string;
}

export interface CandidatePage {
  items: CandidateListItem[];
  nextCursor: string | null;
}

export interface CandidateDocument {
  id: string;
  kind: 'motivation_letter' | 'cv';
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface CandidateDetail {
  id: string;
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  degreeLevel: string;
  degreeField: string;
  region: string;
  stage: string;
  consentToKeep: boolean;
  appliedAt: string;
  previousCandidateId: string | null;
  documents: CandidateDocument[];
  allowedCommands: string[];
  /** Only filled for staff and administrators. */
  disclosures?: Disclosure[];
}

export interface Disclosure {
  partyKind: string;
  partyId: string;
  purpose: string;
  disclosed: string;
  grantedBy: string | null;
  grantedAt: string;
  revokedAt: string | null;
}

export interface Institute {
  id: string;
  name: string;
}

/** An active user from `GET /api/users/directory`. */
export interface DirectoryUser {
  id: string;
  name: string;
  role: string;
  boardId: string | null;
}

export interface BoardAdvice {
  advice: 'positive' | 'negative';
  wouldEmploy: boolean;
  motivation: string;
  recordedAt: string;
  recordedBy: string | null;
}

export interface PanelBoard {
  boardId: string;
  boardName: string;
  representativeUserId: string;
  representativeName: string;
  advice: BoardAdvice | null;
}

export interface Interview {
  id: string;
  candidateId: string;
  status: 'scheduled' | 'cancelled' | 'completed';
  startsAt: string;
  startsAtLocal: string;
  durationMinutes: number;
  location: string;
  sequence: number;
  staff: { userId: string; name: string }[];
  boards: PanelBoard[];
  outcome: null | { outcome: 'positive' | 'negative'; motivation: string; recordedAt: string };
  cancelledAt: string | null;
  cancellationReason: string | null;
}

export interface Assessment {
  id: string;
  candidateId: string;
  boardId: string;
  boardName: string;
  instituteId: string;
  instituteName: string;
  requestedOn: string;
  plannedPracticeDay: string | null;
  status: 'requested' | 'completed';
  outcome: 'suitable' | 'not_suitable' | null;
  decidedOn: string | null;
  declarationDate: string | null;
  validUntil: string | null;
  requiredTraining: string | null;
  requiredSupport: string | null;
  createdAt: string;
}

export interface StageHistoryEntry {
  fromStage: string | null;
  toStage: string;
  actorName: string | null;
  at: string;
  reason: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  changedFields: string[];
}
