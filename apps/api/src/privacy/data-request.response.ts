import { ApiProperty } from '@nestjs/swagger';
import {
  DATA_REQUEST_KINDS,
  DATA_REQUEST_STATUSES,
  type DataRequestKind,
  type DataRequestList,
  type DataRequestStatus,
  type DataRequestView,
  type RetentionTerms,
} from '@app/privacy';

/** The OpenAPI description of a DataRequestView; dates are calendar days 'YYYY-MM-DD'. */
export class DataRequestResponse implements DataRequestView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ description: 'First and last name; empty when the candidate has been erased.' }) candidateName!: string;
  @ApiProperty({ example: 'ZI-2027-00301' }) candidateReference!: string;
  @ApiProperty({ enum: DATA_REQUEST_KINDS }) kind!: DataRequestKind;
  @ApiProperty({ example: '2027-01-31' }) receivedOn!: string;
  @ApiProperty({ example: '2027-02-28', description: 'Receipt + 1 month (clamped), or + 1 + the extension.' }) deadline!: string;
  @ApiProperty({ type: 'integer', nullable: true }) extendedByMonths!: number | null;
  @ApiProperty({ type: String, nullable: true }) extensionReason!: string | null;
  @ApiProperty({ enum: DATA_REQUEST_STATUSES }) status!: DataRequestStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ description: 'Open and past its deadline.' }) overdue!: boolean;
}

export class RetentionTermsResponse implements RetentionTerms {
  @ApiProperty({ type: 'integer', description: 'Days a rejected or withdrawn applicant is kept after closing.' }) applicantDays!: number;
  @ApiProperty({ type: 'integer', description: 'Months with the recorded consent to keep.' }) consentMonths!: number;
  @ApiProperty({ type: 'integer', description: 'Years a programme participant is kept after the programme ends.' }) programmeYears!: number;
}

export class DataRequestListResponse implements DataRequestList {
  @ApiProperty({ type: [DataRequestResponse] }) requests!: DataRequestResponse[];
  @ApiProperty({ type: RetentionTermsResponse }) retention!: RetentionTermsResponse;
}
