import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { DROPOUT_REASON_CODES, EXTENSION_MONTHS, PROGRAMME_STATUSES, SUBSIDY_DECISIONS, SUBSIDY_MAXIMUM } from '@app/programmes';
import type { DropoutReason, ProgrammeStatus, SubsidyDecision } from '@app/programmes';
import { CalendarDay, Label, OptionalSchoolYear, OptionalUuid, RequiredText } from '../http/request-fields';

const ROUTE_MESSAGE = 'Route is verplicht, bijvoorbeeld zij_instroom of ad_pep.';

/** A route code: the programmes module checks it against the routes it knows (data, not an enum here). */
function RouteCode() {
  return applyDecorators(
    ApiProperty({ example: 'zij_instroom', description: 'The route (trajectvorm) code.' }),
    Label('Route'),
    IsString({ message: ROUTE_MESSAGE }),
    Matches(/^[a-z_]{1,50}$/, { message: ROUTE_MESSAGE }),
  );
}

export class StartProgrammeRequest {
  @ApiProperty({ format: 'uuid' })
  @Label('Kandidaat')
  @IsUUID('all', { message: 'Kandidaat is verplicht en moet de id van een kandidaat zijn.' })
  candidateId!: string;
  @RouteCode() route!: string;
  @ApiProperty({ example: '2025-10-01' }) @CalendarDay('Startdatum') startDate!: string;

  @ApiPropertyOptional({
    example: '2025-09-10',
    description: 'Issue date of the VOG; at most 6 months before the start. Without it the start is refused (409).',
  })
  @IsOptional()
  @CalendarDay('Datum VOG')
  conductCertificateDate?: string;
}

export class QualifyRequest {
  @ApiProperty({ example: '2027-06-30' }) @CalendarDay('Datum bevoegd') qualifiedOn!: string;
}

export class DropoutRequest {
  @ApiProperty({ example: '2026-03-15' }) @CalendarDay('Datum uitval') droppedOutOn!: string;

  @ApiProperty({ enum: DROPOUT_REASON_CODES, description: 'A category from a fixed list: never free-text (health) details.' })
  @Label('Reden')
  @IsIn(DROPOUT_REASON_CODES, { message: `Reden moet een van deze zijn: ${DROPOUT_REASON_CODES.join(', ')}.` })
  reason!: DropoutReason;
}

export class ExtendRequest {
  @ApiProperty({ minimum: EXTENSION_MONTHS.minimum, maximum: EXTENSION_MONTHS.maximum, example: 6 })
  @Label('Aantal maanden')
  @IsInt({ message: 'Aantal maanden moet een geheel getal zijn.' })
  @Min(EXTENSION_MONTHS.minimum, { message: `Aantal maanden moet minstens ${EXTENSION_MONTHS.minimum} zijn.` })
  @Max(EXTENSION_MONTHS.maximum, { message: `Aantal maanden mag hoogstens ${EXTENSION_MONTHS.maximum} zijn.` })
  months!: number;

  @RequiredText('Reden', {
    max: 2000,
    min: 3,
    multiLine: true,
    required: 'Reden is verplicht: waarom wordt het traject verlengd? (minstens 3 tekens)',
  })
  reason!: string;
}

export class SwitchRouteRequest {
  @RouteCode() route!: string;
  @ApiProperty({ example: '2026-08-01', description: 'The first day on the new route; the current programme ends the day before.' })
  @CalendarDay('Startdatum nieuwe route')
  startDate!: string;
}

export class SubsidyRequest {
  @ApiProperty({ example: '2025-11-01' }) @CalendarDay('Aanvraagdatum') appliedOn!: string;

  @ApiProperty({ minimum: 0.01, maximum: SUBSIDY_MAXIMUM, example: 20000, description: 'In euros, at most 2 decimals.' })
  @Label('Bedrag')
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 },
    { message: "Bedrag moet een bedrag in euro's zijn, bijvoorbeeld 20000 of 12500.50." },
  )
  @Min(0.01, { message: 'Bedrag moet groter dan 0 zijn.' })
  @Max(SUBSIDY_MAXIMUM, { message: 'Bedrag mag hoogstens € 25.000 zijn.' })
  amount!: number;

  @ApiPropertyOptional({ enum: SUBSIDY_DECISIONS, nullable: true })
  @Label('Besluit DUO')
  @IsOptional()
  @IsIn(SUBSIDY_DECISIONS, { message: 'Besluit DUO moet granted (toegekend) of refused (afgewezen) zijn.' })
  decision?: SubsidyDecision | null;

  @ApiPropertyOptional({ type: String, example: '2025-12-15', nullable: true }) @IsOptional() @CalendarDay('Datum besluit DUO') decidedOn?: string | null;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: SUBSIDY_MAXIMUM, example: 5000, nullable: true })
  @Label('Besteed bedrag')
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: "Besteed bedrag moet een bedrag in euro's zijn." })
  @Min(0, { message: 'Besteed bedrag kan niet negatief zijn.' })
  @Max(SUBSIDY_MAXIMUM, { message: 'Besteed bedrag mag hoogstens € 25.000 zijn.' })
  amountSpent?: number | null;
}

export class ProgrammeListRequest {
  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES })
  @Label('Status')
  @IsOptional()
  @IsIn(PROGRAMME_STATUSES, { message: `Status moet een van deze zijn: ${PROGRAMME_STATUSES.join(', ')}.` })
  status?: ProgrammeStatus;

  @OptionalUuid('Schoolbestuur', { api: { format: 'uuid' } }) boardId?: string;

  @OptionalSchoolYear('Cohort') cohort?: string;
}

export class UitvalRequest {
  @OptionalUuid('Schoolbestuur', { api: { format: 'uuid' } }) boardId?: string;

  @OptionalSchoolYear('Cohort') cohort?: string;
}

export class TaskListRequest {
  @ApiPropertyOptional({ description: 'Also the tasks marked done (default: open ones only).' })
  @Label('Afgehandelde taken')
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'Afgehandelde taken moet true of false zijn.' })
  includeDone?: boolean;
}
