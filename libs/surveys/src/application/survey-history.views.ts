import type { SurveyOccasion } from '../domain/survey';

/** A survey answer as the export writes it. */
export interface ExportedAnswer {
  candidateId: string;
  programmeId: string;
  occasion: SurveyOccasion;
  answeredOn: string;
  score: number;
  comment: string | null;
}

/** A survey answered before the product (issue 15); the import checked the score (1–10) and the programme. */
export interface ImportedAnswer extends ExportedAnswer {
  /** The moment of the answer. */
  at: Date;
}
