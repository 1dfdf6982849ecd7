import type { AssessmentOutcome, AssessmentStatus } from '../domain/assessment.policy';

/** One suitability assessment as the API shows it; dates are calendar days 'YYYY-MM-DD'. */
export interface AssessmentView {
  id: string;
  candidateId: string;
  /** "Firstname Lastname", so a list needs no request per row; empty once the candidate is erased. */
  candidateName: string;
  candidateReference: string;
  boardId: string;
  boardName: string;
  instituteId: string;
  instituteName: string;
  requestedOn: string;
  plannedPracticeDay: string | null;
  status: AssessmentStatus;
  outcome: AssessmentOutcome | null;
  decidedOn: string | null;
  declarationDate: string | null;
  validUntil: string | null;
  requiredTraining: string | null;
  requiredSupport: string | null;
  /** The institute's motivation ("Toelichting") of the outcome: for the central desk only, null for everyone else. */
  motivation: string | null;
  createdAt: Date;
}

export interface AssessmentRequestInput {
  /** Required for the central desk; a board user's board comes from the session. */
  boardId?: string;
  instituteId: string;
  requestedOn: string;
  plannedPracticeDay?: string | null;
}

export interface AssessmentOutcomeInput {
  outcome: AssessmentOutcome;
  decidedOn: string;
  declarationDate?: string | null;
  validUntil?: string | null;
  requiredTraining?: string | null;
  requiredSupport?: string | null;
  motivation?: string | null;
}

export interface AssessmentListQuery {
  status?: AssessmentStatus;
}
