import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CalendarDay, MultiLine, OptionalUuid } from '../http/request-fields';
import { ASSESSMENT_OUTCOMES, ASSESSMENT_STATUSES, type AssessmentOutcome, type AssessmentStatus } from '@app/assessment';

/** Trims text; an empty text counts as absent, so "" never overwrites with nothing. */
const trimmedOrAbsent = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

function OptionalText(field: string) {
  return applyDecorators(
    IsOptional(),
    Transform(trimmedOrAbsent),
    MultiLine(),
    IsString({ message: `${field} moet tekst zijn.` }),
    MaxLength(2000, { message: `${field} is te lang (maximaal 2000 tekens).` }),
  );
}

export class RequestAssessmentRequest {
  @OptionalUuid('boardId moet een id zijn.', {
    format: 'uuid',
    description: 'Verplicht voor Flevowijs; een schoolbestuur vraagt aan voor zichzelf.',
  })
  boardId?: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'instituteId is verplicht en moet een id zijn.' }) instituteId!: string;
  @ApiProperty({ example: '2026-03-02' }) @CalendarDay('requestedOn') requestedOn!: string;
  @ApiPropertyOptional({ example: '2026-03-16' }) @IsOptional() @CalendarDay('plannedPracticeDay') plannedPracticeDay?: string;
}

export class RecordOutcomeRequest {
  @ApiProperty({ enum: ASSESSMENT_OUTCOMES })
  @IsIn(ASSESSMENT_OUTCOMES, { message: 'outcome moet suitable (geschikt) of not_suitable (niet geschikt) zijn.' })
  outcome!: AssessmentOutcome;

  @ApiProperty({ example: '2026-04-20' }) @CalendarDay('decidedOn') decidedOn!: string;
  @ApiPropertyOptional({ example: '2026-04-21', description: 'Verplicht bij suitable; niet bij not_suitable.' })
  @IsOptional()
  @CalendarDay('declarationDate')
  declarationDate?: string;

  @ApiPropertyOptional({ example: '2028-04-21' }) @IsOptional() @CalendarDay('validUntil') validUntil?: string;
  @ApiPropertyOptional() @OptionalText('requiredTraining') requiredTraining?: string;
  @ApiPropertyOptional() @OptionalText('requiredSupport') requiredSupport?: string;
  @ApiPropertyOptional() @OptionalText('motivation') motivation?: string;
}

export class AssessmentListRequest {
  @ApiPropertyOptional({ enum: ASSESSMENT_STATUSES })
  @IsOptional()
  @IsIn(ASSESSMENT_STATUSES, { message: 'status moet requested of completed zijn.' })
  status?: AssessmentStatus;
}
