import { z } from 'zod';

export const SCORES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

const SCORE_MESSAGE = 'Kies een cijfer van 1 tot en met 10.';

/** The survey's fields as the form holds them (the score as the chosen radio button's text) and as the API takes them. */
export const surveySchema = z.object({
  score: z.enum(SCORES, { message: SCORE_MESSAGE }).transform(Number),
  comment: z
    .string()
    .max(2000, 'Toelichting is te lang (maximaal 2000 tekens).')
    .transform((text) => text.trim() || undefined),
});

export type SurveyValues = z.input<typeof surveySchema>;
export type SurveyAnswer = z.output<typeof surveySchema>;

export const SURVEY_DEFAULTS = { score: undefined, comment: '' } as unknown as SurveyValues;
