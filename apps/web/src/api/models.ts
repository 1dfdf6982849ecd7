/**
 * Names for the API's request and answer types, all taken from the generated schema.d.ts so they
 * cannot drift from the server.
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];

export type CandidateListItem = Schemas['CandidateListItemResponse'];
export type CandidateDetail = Schemas['CandidateDetailResponse'];
export type CandidateDocument = Schemas['CandidateDocumentResponse'];
export type Disclosure = Schemas['DisclosureResponse'];
export type CandidateFilters = NonNullable<paths['/api/candidates']['get']['parameters']['query']>;
export type StageHistoryEntry = Schemas['StageHistoryEntryResponse'];

export type Stage = CandidateListItem['stage'];
export type Region = CandidateListItem['region'];
export type Role = Schemas['SessionUserResponse']['role'];
export type DegreeLevel = Schemas['ApplicationRequest']['degreeLevel'];
export type DocumentKind = CandidateDocument['kind'];
export type PartyKind = Disclosure['partyKind'];
export type Verdict = Schemas['OutcomeRequest']['outcome'];

export type Assessment = Schemas['AssessmentResponse'];
export type AssessmentStatus = Assessment['status'];
export type AssessmentOutcome = Schemas['RecordOutcomeRequest']['outcome'];

export type User = Schemas['SessionUserResponse'];
export type OwnSession = Schemas['OwnSessionResponse'];
export type ManagedUser = Schemas['UserResponse'];
export type DirectoryUser = Schemas['DirectoryEntryResponse'];
export type DirectoryRole = paths['/api/users/directory']['get']['parameters']['query']['role'];
export type Board = Schemas['BoardResponse'];
export type Institute = Schemas['InstituteResponse'];
export type AuditEntry = Schemas['AuditRecordResponse'];
export type AuditActor = Schemas['AuditActorResponse'];
export type DeadJob = Schemas['DeadJobResponse'];

export type Interview = Schemas['InterviewResponse'];
export type InterviewStatus = Interview['status'];
export type PanelBoard = Schemas['InterviewBoardResponse'];

export type ApplicationReceived = Schemas['ApplicationReceivedResponse'];
export type Contact = Schemas['ContactResponse'];
export type OfferedRoute = Schemas['OfferedRouteResponse'];
export type Route = Schemas['RouteResponse'];
export type ApplicationRequest = NonNullable<paths['/api/applications']['post']['requestBody']>['content']['multipart/form-data'];

/** A request body by its schema name, e.g. `RequestBody<'LoginRequest'>`. */
export type RequestBody<Name extends Extract<keyof Schemas, `${string}Request`>> = Schemas[Name];

/** Why a candidate's data was shared. TODO(contract): documented as a plain string so far; an enum would let the labels follow it. */
export type DisclosurePurpose = 'selection_panel' | 'suitability_assessment' | 'matching' | 'placement' | 'coaching';

export type AppNotification = Schemas['NotificationResponse'];

export type ImportRecord = Schemas['ImportResponse'];
export type ImportProblem = Schemas['ImportProblemResponse'];
