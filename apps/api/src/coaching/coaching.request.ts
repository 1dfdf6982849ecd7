import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { NORM_UNITS, RISK_LEVELS, SESSION_KINDS, SESSION_MINUTES, type NormUnit, type RiskLevel, type SessionKind } from '@app/coaching';
import { REGIONS, type Region } from '@app/shared';
import { CalendarDay, Label, OptionalText, OptionalUuid, RequiredText } from '../http/request-fields';

const REGION_MESSAGE = `Regio's moeten een lijst zijn met een of meer van: ${REGIONS.join(', ')}.`;
const MAX_MESSAGE = 'Maximum aantal trajecten moet een geheel getal van 0 tot en met 500 zijn.';

export class CreateCoachRequest {
  @ApiProperty({ format: 'uuid', description: 'A user with role coach.' })
  @Label('Coach')
  @IsUUID('all', { message: 'Coach is verplicht en moet de id van een gebruiker zijn.' })
  userId!: string;

  @ApiProperty({ enum: REGIONS, isArray: true })
  @Label("Regio's")
  @IsArray({ message: REGION_MESSAGE })
  @ArrayMinSize(1, { message: REGION_MESSAGE })
  @ArrayMaxSize(REGIONS.length * 2, { message: REGION_MESSAGE })
  @IsIn(REGIONS, { each: true, message: REGION_MESSAGE })
  regions!: Region[];

  @ApiProperty({ minimum: 0, maximum: 500, example: 12 })
  @Label('Maximum aantal trajecten')
  @IsInt({ message: MAX_MESSAGE })
  @Min(0, { message: MAX_MESSAGE })
  @Max(500, { message: MAX_MESSAGE })
  maxCaseload!: number;

  @ApiProperty()
  @Label('Actief')
  @IsBoolean({ message: 'Actief moet ja of nee zijn.' })
  active!: boolean;
}

export class UpdateCoachRequest {
  @ApiPropertyOptional({ enum: REGIONS, isArray: true })
  @Label("Regio's")
  @IsOptional()
  @IsArray({ message: REGION_MESSAGE })
  @ArrayMinSize(1, { message: REGION_MESSAGE })
  @ArrayMaxSize(REGIONS.length * 2, { message: REGION_MESSAGE })
  @IsIn(REGIONS, { each: true, message: REGION_MESSAGE })
  regions?: Region[];

  @ApiPropertyOptional({ minimum: 0, maximum: 500 })
  @Label('Maximum aantal trajecten')
  @IsOptional()
  @IsInt({ message: MAX_MESSAGE })
  @Min(0, { message: MAX_MESSAGE })
  @Max(500, { message: MAX_MESSAGE })
  maxCaseload?: number;

  @ApiPropertyOptional()
  @Label('Actief')
  @IsOptional()
  @IsBoolean({ message: 'Actief moet ja of nee zijn.' })
  active?: boolean;
}

export class AssignCoachRequest {
  @ApiProperty({ format: 'uuid' })
  @Label('Coach')
  @IsUUID('all', { message: 'Coach is verplicht en moet de id van een coach zijn.' })
  coachId!: string;

  @OptionalText('Reden boven maximum', { max: 500, api: { description: 'Needed to assign a coach at or above their maximum caseload.' } })
  overrideReason?: string;
}

const MINUTES_MESSAGE = `Minuten moet een geheel getal van ${SESSION_MINUTES.minimum} tot en met ${SESSION_MINUTES.maximum} zijn.`;

export class CoachingSessionRequest {
  @ApiProperty({ example: '2026-03-10' }) @CalendarDay('Datum') date!: string;

  @ApiProperty({ minimum: SESSION_MINUTES.minimum, maximum: SESSION_MINUTES.maximum, example: 60 })
  @Label('Minuten')
  @IsInt({ message: MINUTES_MESSAGE })
  @Min(SESSION_MINUTES.minimum, { message: MINUTES_MESSAGE })
  @Max(SESSION_MINUTES.maximum, { message: MINUTES_MESSAGE })
  minutes!: number;

  @ApiProperty({ enum: SESSION_KINDS })
  @Label('Soort')
  @IsIn(SESSION_KINDS, { message: `Soort moet een van deze zijn: ${SESSION_KINDS.join(', ')}.` })
  kind!: SessionKind;

  @OptionalText('Notitie', { max: 2000, multiLine: true })
  note?: string;
}

export class RiskFlagRequest {
  @ApiProperty({ enum: RISK_LEVELS })
  @Label('Niveau')
  @IsIn(RISK_LEVELS, { message: `Niveau moet een van deze zijn: ${RISK_LEVELS.join(', ')}.` })
  level!: RiskLevel;

  @RequiredText('Toelichting', { max: 300, api: { description: 'A short note; never health details.' } })
  note!: string;
}

export class CaseloadRequest {
  @OptionalUuid('Coach')
  coachId?: string;
}

export class NormRequest {
  @RequiredText('Route', { max: 50 })
  route!: string;

  @ApiProperty({ minimum: 1, maximum: 2 })
  @Label('Leerjaar')
  @IsInt({ message: 'Leerjaar moet 1 of 2 zijn.' })
  @Min(1, { message: 'Leerjaar moet 1 of 2 zijn.' })
  @Max(2, { message: 'Leerjaar moet 1 of 2 zijn.' })
  studyYear!: number;

  @ApiProperty({ example: 4 })
  @Label('Uren per eenheid')
  @IsNumber({ maxDecimalPlaces: 2 }, { message: 'Uren per eenheid moet een getal zijn (hoogstens 2 decimalen).' })
  @Min(0, { message: 'Uren per eenheid mag niet negatief zijn.' })
  @Max(999, { message: 'Uren per eenheid mag hoogstens 999 zijn.' })
  hoursPerUnit!: number;

  @ApiProperty({ enum: NORM_UNITS })
  @Label('Eenheid')
  @IsIn(NORM_UNITS, { message: `Eenheid moet een van deze zijn: ${NORM_UNITS.join(', ')}.` })
  unit!: NormUnit;
}
