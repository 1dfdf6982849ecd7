import type { ProgrammeStatus } from '../domain/outcome.policy';

/** What the import and the export say alike about a programme: its route, dates, outcome and extension. */
interface HistoricalProgramme {
  id: string;
  candidateId: string;
  route: string;
  startDate: string;
  conductCertificateDate: string | null;
  status: ProgrammeStatus;
  endedOn: string | null;
  dropoutReason: string | null;
  extensionMonths: number;
  extensionReason: string | null;
}

/** A programme as it happened (issue 15); `at` is its start's moment, `endedAt` its outcome's. */
export interface ImportedProgramme extends HistoricalProgramme {
  /** Chosen by the import, so a session or the programme after a route switch can name it. */
  id: string;
  /** The programme this one follows after a route switch, and the start of the first one (the cohort). */
  previousProgrammeId: string | null;
  cohortStartDate: string;
  boardId: string;
  placementId: string;
  placementStartDate: string;
  durationMonths: number;
  subsidy: { appliedOn: string; amount: number; decision: string | null; decidedOn: string | null; amountSpent: number } | null;
  at: Date;
  endedAt: Date | null;
}

export interface ExportedProgramme extends HistoricalProgramme {
  subsidyAppliedOn: string | null;
  subsidyAmount: number | null;
  subsidyDecision: string | null;
  subsidyDecidedOn: string | null;
  subsidySpent: number | null;
}
