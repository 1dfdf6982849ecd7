import type { SurveyOccasion, SurveyState } from '../domain/survey';

/** What the public survey page needs to know about a link. */
export interface SurveyLinkView {
  occasion: SurveyOccasion;
  state: SurveyState;
  /** Until when the link works (an ISO instant). */
  expiresAt: string;
}

export interface SurveyAnswer {
  score: number;
  comment?: string | null;
}

/** Answers of one cohort and occasion, for the reports (§5: the share of scores at or above the threshold). */
export interface SurveyTally {
  cohort: string;
  occasion: SurveyOccasion;
  invited: number;
  answered: number;
  satisfied: number;
}

export interface SurveyInvitation {
  candidateId: string;
  programmeId: string;
  occasion: SurveyOccasion;
}
