/** When a candidate is asked for their satisfaction (R12): at the end of study year 1 and on qualification. */
export const SURVEY_OCCASIONS = ['end_of_year_1', 'qualification'] as const;
export type SurveyOccasion = (typeof SURVEY_OCCASIONS)[number];

/** How long a survey link works after it was sent (issue 13, item 6). */
export const SURVEY_LINK_DAYS = 30;

export const LOWEST_SCORE = 1;
export const HIGHEST_SCORE = 10;
export const COMMENT_MAX_LENGTH = 2000;

/** What a link can still do: be answered, or nothing any more. */
export type SurveyState = 'open' | 'answered' | 'expired';

/** Answered wins over expired: a candidate who answered in time is told so, also after the 30 days. */
export function surveyState(survey: { answeredAt: Date | null; expiresAt: Date }, now: Date): SurveyState {
  if (survey.answeredAt !== null) return 'answered';
  return survey.expiresAt.getTime() > now.getTime() ? 'open' : 'expired';
}

/** The link works 30 days from the invitation. */
export function linkExpiresAt(invitedAt: Date): Date {
  return new Date(invitedAt.getTime() + SURVEY_LINK_DAYS * 24 * 3600 * 1000);
}

/** Satisfied means a score at or above the threshold (SPEC §2: 7 by default, configurable). */
export function isSatisfied(score: number, satisfiedScore: number): boolean {
  return score >= satisfiedScore;
}
