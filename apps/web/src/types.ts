export interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  boardId: string | null;
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
