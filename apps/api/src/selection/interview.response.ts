import { ApiProperty } from '@nestjs/swagger';
import {
  ADVICE_VALUES,
  INTERVIEW_STATUSES,
  OUTCOME_VALUES,
  type AdviceValue,
  type BoardAdviceView,
  type InterviewBoardView,
  type InterviewOutcomeView,
  type InterviewStaffView,
  type InterviewStatus,
  type InterviewView,
  type OutcomeValue,
} from '@app/selection';

export class InterviewStaffResponse implements InterviewStaffView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
}

export class BoardAdviceResponse implements BoardAdviceView {
  @ApiProperty({ enum: ADVICE_VALUES }) advice!: AdviceValue;
  @ApiProperty() wouldEmploy!: boolean;
  @ApiProperty() motivation!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recordedBy!: string | null;
}

export class InterviewBoardResponse implements InterviewBoardView {
  @ApiProperty({ format: 'uuid' }) boardId!: string;
  @ApiProperty() boardName!: string;
  @ApiProperty({ format: 'uuid' }) representativeUserId!: string;
  @ApiProperty() representativeName!: string;
  @ApiProperty({ type: BoardAdviceResponse, nullable: true, description: "Null until the board records it; a board user sees only its own board's advice." })
  advice!: BoardAdviceResponse | null;
}

export class InterviewOutcomeResponse implements InterviewOutcomeView {
  @ApiProperty({ enum: OUTCOME_VALUES }) outcome!: OutcomeValue;
  @ApiProperty() motivation!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
}

/** A selection interview as the API shows it. */
export class InterviewResponse implements InterviewView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ enum: INTERVIEW_STATUSES }) status!: InterviewStatus;
  @ApiProperty({ format: 'date-time', description: 'The instant, in UTC.' }) startsAt!: string;
  @ApiProperty({ example: '2027-03-25T10:00', description: 'Wall-clock time in Europe/Amsterdam, without offset.' }) startsAtLocal!: string;
  @ApiProperty({ type: 'integer' }) durationMinutes!: number;
  @ApiProperty() location!: string;
  @ApiProperty({ type: 'integer', description: 'Calendar invitation sequence; goes up with every change.' }) sequence!: number;
  @ApiProperty({ type: [InterviewStaffResponse] }) staff!: InterviewStaffResponse[];
  @ApiProperty({ type: [InterviewBoardResponse] }) boards!: InterviewBoardResponse[];
  @ApiProperty({ type: InterviewOutcomeResponse, nullable: true }) outcome!: InterviewOutcomeResponse | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason!: string | null;
}
