import type { CapacityStatus, PlacementStatus, ProposalStatus } from '../domain/placement.policy';

/** A board's supernumerary places in one school year: declared (`places`, null when not declared) and in use. */
export interface CapacityView {
  boardId: string;
  boardName: string;
  schoolYear: string;
  places: number | null;
  used: number;
  status: CapacityStatus;
}

/** A placement as stored; dates are calendar days 'YYYY-MM-DD'. */
export interface PlacementRow {
  id: string;
  candidateId: string;
  boardId: string;
  schoolId: string;
  startDate: string;
  fte: number;
  supernumerary: boolean;
  schoolYear: string;
  status: PlacementStatus;
  /** Whether it takes one of the board's places in its school year (supernumerary, not cancelled). */
  holdsPlace: boolean;
  endedOn: string | null;
  endReason: string | null;
  cancelledAt: Date | null;
  cancellationReason: string | null;
  createdAt: Date;
}

/** A placement as the API shows it, with names and the last day of the soft landing. */
export interface PlacementView extends PlacementRow {
  candidateName: string;
  candidateReference: string;
  boardName: string;
  schoolName: string;
  /** The last day of the soft landing: the first 3 calendar months of the placement. */
  softLandingEndsOn: string;
}

/** What the programmes module reads of a candidate's active placement. */
export interface ActivePlacement {
  id: string;
  boardId: string;
  schoolId: string;
  startDate: string;
  softLandingEndsOn: string;
  supernumerary: boolean;
}

export interface PlacementInput {
  candidateId: string;
  schoolId: string;
  startDate: string;
  fte: number;
  supernumerary: boolean;
}

export interface PlacementListQuery {
  boardId?: string;
  schoolYear?: string;
}

export interface ProposalView {
  id: string;
  candidateId: string;
  candidateName: string;
  candidateReference: string;
  boardId: string;
  boardName: string;
  status: ProposalStatus;
  note: string | null;
  declineReason: string | null;
  placementId: string | null;
  proposedAt: Date;
  decidedAt: Date | null;
}

export interface ProposalInput {
  candidateId: string;
  boardId: string;
  note?: string | null;
}

/** A candidate in the matching pool: from interview_passed on, without an active placement. */
export interface PoolCandidateView {
  candidateId: string;
  name: string;
  reference: string;
  stage: string;
  region: string;
  /** The boards that advised positively and would employ the candidate (selection interview). */
  employingBoards: { boardId: string; boardName: string }[];
  /** Proposals made for this candidate, newest first. */
  proposals: { id: string; boardId: string; boardName: string; status: ProposalStatus }[];
}
