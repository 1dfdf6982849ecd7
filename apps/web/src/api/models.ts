/**
 * Names for the API's request and answer types, all taken from the generated schema.d.ts so they
 * cannot drift from the server. Where an answer is not documented yet, a narrow local type says so.
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];

/** The JSON answer of `method path` with a 200 or 201 status, as the OpenAPI document describes it. */
export type AnswerOf<Path extends keyof paths, Method extends 'get' | 'post'> = paths[Path][Method] extends {
  responses: infer Responses;
}
  ? Responses extends { 200: { content: { 'application/json': infer Body } } }
    ? Body
    : Responses extends { 201: { content: { 'application/json': infer Body } } }
      ? Body
      : never
  : never;

/**
 * The document lists the candidate fields without marking them required, though the server always sends them.
 * TODO(contract): remove once the contract marks them required (then this is a no-op).
 */
type Complete<T> = T extends (infer Item)[] ? Complete<Item>[] : T extends object ? { [Key in keyof T]-?: Complete<T[Key]> } : T;

export type CandidatePage = Complete<AnswerOf<'/api/candidates', 'get'>>;
export type CandidateListItem = CandidatePage['items'][number];
export type CandidateDetail = Complete<AnswerOf<'/api/candidates/{id}', 'get'>>;
export type CandidateDocument = CandidateDetail['documents'][number];
export type Disclosure = CandidateDetail['disclosures'][number];
export type CandidateFilters = NonNullable<paths['/api/candidates']['get']['parameters']['query']>;

export type Stage = CandidateListItem['stage'];
export type Region = Schemas['CreateBoardRequest']['region'];
export type Role = Schemas['CreateUserRequest']['role'];
export type DocumentKind = CandidateDocument['kind'];
export type PartyKind = Disclosure['partyKind'];
export type Verdict = Schemas['OutcomeRequest']['outcome'];

export type Assessment = Schemas['AssessmentResponse'] & {
  /** TODO(contract): being added to the assessments answer; absent until then. */
  candidateName?: string;
  candidateReference?: string;
};
export type AssessmentStatus = Assessment['status'];
export type AssessmentOutcome = Schemas['RecordOutcomeRequest']['outcome'];

export type LoginRequest = Schemas['LoginRequest'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
export type UpdateUserRequest = Schemas['UpdateUserRequest'];
export type CreateBoardRequest = Schemas['CreateBoardRequest'];
export type CreateSchoolRequest = Schemas['CreateSchoolRequest'];
export type CreateInstituteRequest = Schemas['CreateInstituteRequest'];
export type ScheduleInterviewRequest = Schemas['ScheduleInterviewRequest'];
export type CancelInterviewRequest = Schemas['CancelInterviewRequest'];
export type AdviceRequest = Schemas['AdviceRequest'];
export type OutcomeRequest = Schemas['OutcomeRequest'];
export type RequestAssessmentRequest = Schemas['RequestAssessmentRequest'];
export type RecordOutcomeRequest = Schemas['RecordOutcomeRequest'];
export type DirectoryRole = paths['/api/users/directory']['get']['parameters']['query']['role'];

// TODO(contract): the answers below are not documented yet; replace each with AnswerOf<…> after merging `contract`.

/** `GET /api/me`, and the `user` of the login answer. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  boardId: string | null;
  /** Older stored sessions lack it until `/api/me` refreshes them. */
  instituteId?: string | null;
}

export interface LoginAnswer {
  accessToken: string;
  user: User;
}

export interface ManagedUser extends User {
  active: boolean;
}

/** An active user from `GET /api/users/directory`. */
export interface DirectoryUser {
  id: string;
  name: string;
  role: Role;
  boardId: string | null;
}

export interface Board {
  id: string;
  name: string;
  region: Region;
}

export interface School {
  id: string;
  name: string;
  city: string;
}

export interface Institute {
  id: string;
  name: string;
}

export interface StageCounts {
  counts: Partial<Record<Stage, number>>;
}

export interface StageHistoryEntry {
  fromStage: Stage | null;
  toStage: Stage;
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

export interface AuditPage {
  items: AuditEntry[];
}

export type InterviewStatus = 'scheduled' | 'cancelled' | 'completed';

export interface PanelBoard {
  boardId: string;
  boardName: string;
  representativeUserId: string;
  representativeName: string;
  advice: null | { advice: Verdict; wouldEmploy: boolean; motivation: string; recordedAt: string; recordedBy: string | null };
}

export interface Interview {
  id: string;
  candidateId: string;
  status: InterviewStatus;
  startsAt: string;
  startsAtLocal: string;
  durationMinutes: number;
  location: string;
  sequence: number;
  staff: { userId: string; name: string }[];
  boards: PanelBoard[];
  outcome: null | { outcome: Verdict; motivation: string; recordedAt: string };
  cancelledAt: string | null;
  cancellationReason: string | null;
}

export interface ApplicationCreated {
  candidateId: string;
  reference: string;
}

/** The degree levels the public form offers. TODO(contract): the application request is not documented yet. */
export type DegreeLevel = 'hbo_bachelor' | 'hbo_master' | 'wo_bachelor' | 'wo_master' | 'associate_degree' | 'mbo' | 'other';

/** Why a candidate's data was shared. TODO(contract): documented as a plain string so far. */
export type DisclosurePurpose = 'selection_panel' | 'suitability_assessment' | 'placement' | 'coaching';
