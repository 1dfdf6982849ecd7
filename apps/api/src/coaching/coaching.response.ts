import { ApiProperty } from '@nestjs/swagger';
import { NORM_UNITS, RISK_LEVELS, SESSION_KINDS, type NormUnit, type RiskLevel, type SessionKind } from '@app/coaching';
import { REGIONS } from '@app/shared';
import { ProgrammeResponse } from '../programmes/programme.response';

export class CoachResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: REGIONS, isArray: true }) regions!: string[];
  @ApiProperty() maxCaseload!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Programmes currently assigned.' }) caseload!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAssignedAt!: Date | null;
}

class AssignmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) coachId!: string;
  @ApiProperty() coachName!: string;
  @ApiProperty({ example: '2025-10-01' }) fromDate!: string;
  @ApiProperty({ type: String, nullable: true }) untilDate!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) assignedAt!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: the assignment job.' }) assignedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) overrideReason!: string | null;
}

export class CoachingSessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty({ example: '2026-03-10' }) date!: string;
  @ApiProperty() minutes!: number;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: SessionKind;
  @ApiProperty() note!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ description: 'Whether the viewer may still edit or delete it: its author, within 30 days of logging it.' }) mayChange!: boolean;
}

class StudyYearProgressResponse {
  @ApiProperty() studyYear!: number;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: Number, nullable: true }) normHours!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The norm pro rata to today.' }) dueHours!: number | null;
  @ApiProperty() loggedHours!: number;
  @ApiProperty({ type: Number, nullable: true }) percentOfDue!: number | null;
  @ApiProperty({ description: 'Behind the pro-rata norm by more than 25%.' }) behind!: boolean;
}

export class RiskFlagResponse {
  @ApiProperty({ enum: RISK_LEVELS }) level!: RiskLevel;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'uuid' }) flaggedBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) flaggedAt!: Date;
}

class CurrentCoachResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
}

export class ProgrammeCoachingResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ type: CurrentCoachResponse, nullable: true }) coach!: CurrentCoachResponse | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) needsCoachSince!: Date | null;
  @ApiProperty({ type: [AssignmentResponse] }) history!: AssignmentResponse[];
  @ApiProperty({ type: [CoachingSessionResponse] }) sessions!: CoachingSessionResponse[];
  @ApiProperty({ type: [StudyYearProgressResponse] }) progress!: StudyYearProgressResponse[];
  @ApiProperty({ type: RiskFlagResponse, nullable: true }) risk!: RiskFlagResponse | null;
}

export class CaseloadItemResponse {
  @ApiProperty({ type: ProgrammeResponse }) programme!: ProgrammeResponse;
  @ApiProperty({ type: [StudyYearProgressResponse] }) progress!: StudyYearProgressResponse[];
  @ApiProperty({ type: RiskFlagResponse, nullable: true }) risk!: RiskFlagResponse | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-10', description: 'The date of the latest session.' }) lastSessionOn!: string | null;
  @ApiProperty({
    enum: ['behind_norm', 'no_recent_session', 'at_risk'],
    isArray: true,
    description: 'Behind the pro-rata norm by more than 25%; no session for 28 days (a running programme); flagged at risk.',
  })
  attention!: string[];
}

export class NeedingCoachResponse {
  @ApiProperty({ type: ProgrammeResponse }) programme!: ProgrammeResponse;
  @ApiProperty({ type: String, format: 'date-time' }) since!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) lastTriedAt!: Date;
}

export class AtRiskResponse {
  @ApiProperty({ type: ProgrammeResponse }) programme!: ProgrammeResponse;
  @ApiProperty({ type: RiskFlagResponse }) risk!: RiskFlagResponse;
  @ApiProperty({ type: String, nullable: true }) coachName!: string | null;
}

export class NormResponse {
  @ApiProperty() route!: string;
  @ApiProperty() studyYear!: number;
  @ApiProperty() hoursPerUnit!: number;
  @ApiProperty({ enum: NORM_UNITS }) unit!: NormUnit;
  @ApiProperty({ description: 'The school weeks of a study year a weekly norm counts (configuration).', example: 40 }) weeksPerStudyYear!: number;
  @ApiProperty({ description: "The whole study year's norm in hours.", example: 160 }) yearHours!: number;
}

export class CreatedSessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
}
