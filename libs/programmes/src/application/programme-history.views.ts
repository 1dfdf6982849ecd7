import type { ProgrammeStatus } from '../domain/outcome.policy';

/** A programme as it happened (issue 15); `at` is its start's moment, `endedAt` its outcome's. */
export interface ImportedProgramme {
  boardId: string;
  placementId: string;
  placementStartDate: string;
  route: string;
  durationMonths: number;
  startDate: string;
  conductCertificateDate: string | null;
  status: ProgrammeStatus;
  endedOn: string | null;
  dropoutReason: string | null;
  extensionMonths: number;
  extensionReason: string | null;
  subsidy: { appliedOn: string; amount: number; decision: string | null; decidedOn: string | null; amountSpent: number } | null;
  at: Date;
  endedAt: Date | null;
}

export interface ExportedProgramme {
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
  subsidyAppliedOn: string | null;
  subsidyAmount: number | null;
  subsidyDecision: string | null;
  subsidyDecidedOn: string | null;
  subsidySpent: number | null;
}
