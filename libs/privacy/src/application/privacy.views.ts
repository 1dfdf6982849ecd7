import type { DataRequestKind, DataRequestStatus } from '../domain/data-request.policy';

/** A data subject's request as stored; dates are calendar days 'YYYY-MM-DD'. */
export interface DataRequestRow {
  id: string;
  candidateId: string;
  kind: DataRequestKind;
  receivedOn: string;
  deadline: string;
  extendedByMonths: number | null;
  extensionReason: string | null;
  status: DataRequestStatus;
  completedAt: Date | null;
  createdAt: Date;
}

/** A request as the desk's list shows it. */
export interface DataRequestView extends DataRequestRow {
  /** Empty once the candidate is erased. */
  candidateName: string;
  candidateReference: string;
  /** Open with its deadline before today. */
  overdue: boolean;
}

/** The retention terms of R13, as the desk's page explains them. */
export interface RetentionTerms {
  applicantDays: number;
  consentMonths: number;
  programmeYears: number;
}

export interface DataRequestList {
  requests: DataRequestView[];
  retention: RetentionTerms;
}

export interface DataRequestInput {
  candidateId: string;
  kind: DataRequestKind;
  receivedOn: string;
}

export interface DataRequestExtension {
  months: number;
  reason: string;
}
