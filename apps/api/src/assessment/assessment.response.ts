import { ApiProperty } from '@nestjs/swagger';
import { ASSESSMENT_OUTCOMES, ASSESSMENT_STATUSES, type AssessmentOutcome, type AssessmentStatus, type AssessmentView } from '@app/assessment';

/** The OpenAPI description of an AssessmentView; dates are calendar days 'YYYY-MM-DD'. */
export class AssessmentResponse implements AssessmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ description: 'First and last name; empty when the candidate has been erased.' }) candidateName!: string;
  @ApiProperty({ example: 'ZI-2026-00301' }) candidateReference!: string;
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ format: 'uuid' }) instituteId!: string;
  @ApiProperty() instituteName!: string;
  @ApiProperty({ example: '2026-03-02' }) requestedOn!: string;
  @ApiProperty({ type: String, nullable: true }) plannedPracticeDay!: string | null;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status!: AssessmentStatus;
  @ApiProperty({ enum: ASSESSMENT_OUTCOMES, nullable: true }) outcome!: AssessmentOutcome | null;
  @ApiProperty({ type: String, nullable: true }) decidedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) declarationDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) validUntil!: string | null;
  @ApiProperty({ type: String, nullable: true }) requiredTraining!: string | null;
  @ApiProperty({ type: String, nullable: true }) requiredSupport!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The institute's motivation of the outcome; for the central desk only, null for everyone else." })
  motivation!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
}
