import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { DROPOUT_REASON_CODES, EXTENSION_MONTHS, PROGRAMME_STATUSES, SUBSIDY_DECISIONS, SUBSIDY_MAXIMUM } from '@app/programmes';
import type { DropoutReason, ProgrammeStatus, SubsidyDecision } from '@app/programmes';
import { CalendarDay, OptionalUuid, RequiredText } from '../http/request-fields';

const SCHOOL_YEAR = /^\d{4}-\d{4}$/;
const COHORT_MESSAGE = 'Cohort (cohort) moet een schooljaar zijn als JJJJ-JJJJ, bijvoorbeeld 2025-2026.';
const ROUTE_MESSAGE = 'Route (route) is verplicht, bijvoorbeeld zij_instroom of ad_pep.';

/** A route code: the programmes module checks it against the routes it knows (data, not an enum here). */
function RouteCode() {
  return applyDecorators(
    ApiProperty({ example: 'zij_instroom', description: 'The route (trajectvorm) code.' }),
    IsString({ message: ROUTE_MESSAGE }),
    Matches(/^[a-z_]{1,50}$/, { message: ROUTE_MESSAGE }),
  );
}

export class StartProgrammeRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'Kandidaat (candidateId) is verplicht en moet de id van een kandidaat zijn.' })
  candidateId!: string;
  @RouteCode() route!: string;
  @ApiProperty({ example: '2025-10-01' }) @CalendarDay('Startdatum (startDate)') startDate!: string;

  @ApiPropertyOptional({
    example: '2025-09-10',
    description: 'Issue date of the VOG; at most 6 months before the start. Without it the start is refused (409).',
  })
  @IsOptional()
  @CalendarDay('Datum VOG (conductCertificateDate)')
  conductCertificateDate?: string;
}

export class QualifyRequest {
  @ApiProperty({ example: '2027-06-30' }) @CalendarDay('Datum bevoegd (qualifiedOn)') qualifiedOn!: string;
}

export class DropoutRequest {
  @ApiProperty({ example: '2026-03-15' }) @CalendarDay('Datum uitval (droppedOutOn)') droppedOutOn!: string;

  @ApiProperty({ enum: DROPOUT_REASON_CODES, description: 'A category from a fixed list: never free-text (health) details.' })
  @IsIn(DROPOUT_REASON_CODES, { message: `Reden (reason) moet een van deze zijn: ${DROPOUT_REASON_CODES.join(', ')}.` })
  reason!: DropoutReason;
}

export class ExtendRequest {
  @ApiProperty({ minimum: EXTENSION_MONTHS.minimum, maximum: EXTENSION_MONTHS.maximum, example: 6 })
  @IsInt({ message: 'Aantal maanden (months) moet een geheel getal zijn.' })
  @Min(EXTENSION_MONTHS.minimum, { message: `Aantal maanden (months) moet minstens ${EXTENSION_MONTHS.minimum} zijn.` })
  @Max(EXTENSION_MONTHS.maximum, { message: `Aantal maanden (months) mag hoogstens ${EXTENSION_MONTHS.maximum} zijn.` })
  months!: number;

  @RequiredText('Reden (reason)', {
    max: 2000,
    min: 3,
    multiLine: true,
    required: 'Reden (reason) is verplicht: waarom wordt het traject verlengd? (minstens 3 tekens)',
  })
  reason!: string;
}

export class SwitchRouteRequest {
  @RouteCode() route!: string;
  @ApiProperty({ example: '2026-08-01', description: 'The first day on the new route; the current programme ends the day before.' })
  @CalendarDay('Startdatum nieuwe route (startDate)')
  startDate!: string;
}

export class SubsidyRequest {
  @ApiProperty({ example: '2025-11-01' }) @CalendarDay('Aanvraagdatum (appliedOn)') appliedOn!: string;

  @ApiProperty({ minimum: 0.01, maximum: SUBSIDY_MAXIMUM, example: 20000, description: 'In euros, at most 2 decimals.' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 },
    { message: "Bedrag (amount) moet een bedrag in euro's zijn, bijvoorbeeld 20000 of 12500.50." },
  )
  @Min(0.01, { message: 'Bedrag (amount) moet groter dan 0 zijn.' })
  @Max(SUBSIDY_MAXIMUM, { message: 'Bedrag (amount) mag hoogstens € 25.000 zijn.' })
  amount!: number;

  @ApiPropertyOptional({ enum: SUBSIDY_DECISIONS, nullable: true })
  @IsOptional()
  @IsIn(SUBSIDY_DECISIONS, { message: 'Besluit DUO (decision) moet granted (toegekend) of refused (afgewezen) zijn.' })
  decision?: SubsidyDecision | null;

  @ApiPropertyOptional({ type: String, example: '2025-12-15', nullable: true }) @IsOptional() @CalendarDay('Datum besluit DUO (decidedOn)') decidedOn?:
    string | null;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: SUBSIDY_MAXIMUM, example: 5000, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: "Besteed bedrag (amountSpent) moet een bedrag in euro's zijn." })
  @Min(0, { message: 'Besteed bedrag (amountSpent) kan niet negatief zijn.' })
  @Max(SUBSIDY_MAXIMUM, { message: 'Besteed bedrag (amountSpent) mag hoogstens € 25.000 zijn.' })
  amountSpent?: number | null;
}

export class ProgrammeListRequest {
  @ApiPropertyOptional({ enum: PROGRAMME_STATUSES })
  @IsOptional()
  @IsIn(PROGRAMME_STATUSES, { message: `Status (status) moet een van deze zijn: ${PROGRAMME_STATUSES.join(', ')}.` })
  status?: ProgrammeStatus;

  @OptionalUuid('Schoolbestuur (boardId) moet de id van een schoolbestuur zijn.', { format: 'uuid' }) boardId?: string;

  @ApiPropertyOptional({ example: '2025-2026' })
  @IsOptional()
  @Matches(SCHOOL_YEAR, { message: COHORT_MESSAGE })
  cohort?: string;
}

export class UitvalRequest {
  @OptionalUuid('Schoolbestuur (boardId) moet de id van een schoolbestuur zijn.', { format: 'uuid' }) boardId?: string;

  @ApiPropertyOptional({ example: '2025-2026' })
  @IsOptional()
  @Matches(SCHOOL_YEAR, { message: COHORT_MESSAGE })
  cohort?: string;
}

export class TaskListRequest {
  @ApiPropertyOptional({ description: 'Also the tasks marked done (default: open ones only).' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'Afgehandelde taken (includeDone) moet true of false zijn.' })
  includeDone?: boolean;
}
