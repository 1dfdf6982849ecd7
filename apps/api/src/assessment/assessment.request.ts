import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CalendarDay, Label, MultiLine, OptionalUuid } from '../http/request-fields';
import { ASSESSMENT_OUTCOMES, ASSESSMENT_STATUSES, type AssessmentOutcome, type AssessmentStatus } from '@app/assessment';

/** Trims text; an empty text counts as absent, so "" never overwrites with nothing. */
const trimmedOrAbsent = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

function OptionalText(label: string) {
  return applyDecorators(
    Label(label),
    IsOptional(),
    Transform(trimmedOrAbsent),
    MultiLine(),
    IsString({ message: `${label} moet tekst zijn.` }),
    MaxLength(2000, { message: `${label} is te lang (maximaal 2000 tekens).` }),
  );
}

export class RequestAssessmentRequest {
  @OptionalUuid('Schoolbestuur', {
    message: 'Schoolbestuur moet een id zijn.',
    api: { format: 'uuid', description: 'Verplicht voor Flevowijs; een schoolbestuur vraagt aan voor zichzelf.' },
  })
  boardId?: string;

  @ApiProperty({ format: 'uuid' })
  @Label('Lerarenopleiding')
  @IsUUID('all', { message: 'Lerarenopleiding is verplicht en moet een id zijn.' })
  instituteId!: string;

  @ApiProperty({ example: '2026-03-02' }) @CalendarDay('Aangevraagd op') requestedOn!: string;
  @ApiPropertyOptional({ example: '2026-03-16' }) @IsOptional() @CalendarDay('Geplande praktijkdag') plannedPracticeDay?: string;
}

export class RecordOutcomeRequest {
  @ApiProperty({ enum: ASSESSMENT_OUTCOMES })
  @Label('Uitkomst')
  @IsIn(ASSESSMENT_OUTCOMES, { message: 'Uitkomst moet suitable (geschikt) of not_suitable (niet geschikt) zijn.' })
  outcome!: AssessmentOutcome;

  @ApiProperty({ example: '2026-04-20' }) @CalendarDay('Datum van het besluit') decidedOn!: string;
  @ApiPropertyOptional({ example: '2026-04-21', description: 'Verplicht bij suitable; niet bij not_suitable.' })
  @IsOptional()
  @CalendarDay('Datum geschiktheidsverklaring')
  declarationDate?: string;

  @ApiPropertyOptional({ example: '2028-04-21' }) @IsOptional() @CalendarDay('Verklaring geldig tot') validUntil?: string;
  @ApiPropertyOptional() @OptionalText('Vereiste scholing') requiredTraining?: string;
  @ApiPropertyOptional() @OptionalText('Vereiste begeleiding') requiredSupport?: string;
  @ApiPropertyOptional() @OptionalText('Toelichting') motivation?: string;
}

export class AssessmentListRequest {
  @ApiPropertyOptional({ enum: ASSESSMENT_STATUSES })
  @Label('Status')
  @IsOptional()
  @IsIn(ASSESSMENT_STATUSES, { message: 'Status moet requested of completed zijn.' })
  status?: AssessmentStatus;
}
