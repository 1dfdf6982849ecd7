import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { FTE, PROPOSAL_STATUSES, type ProposalStatus } from '@app/placements';
import { CalendarDay, Label, OptionalSchoolYear, OptionalText, OptionalUuid, RequiredText } from '../http/request-fields';

const SCHOOL_YEAR_MESSAGE = 'Schooljaar moet een schooljaar zijn als JJJJ-JJJJ, bijvoorbeeld 2025-2026.';

/** The places a board declares for one school year. */
export class DeclareCapacityRequest {
  @ApiProperty({ minimum: 0, maximum: 999, example: 3 })
  @Label('Aantal opgegeven plaatsen')
  @IsInt({ message: 'Aantal opgegeven plaatsen moet een geheel getal zijn.' })
  @Min(0, { message: 'Aantal opgegeven plaatsen kan niet negatief zijn.' })
  @Max(999, { message: 'Aantal opgegeven plaatsen mag hoogstens 999 zijn.' })
  places!: number;
}

export class PlaceCandidateRequest {
  @ApiProperty({ format: 'uuid' })
  @Label('Kandidaat')
  @IsUUID('all', { message: 'Kandidaat is verplicht en moet de id van een kandidaat zijn.' })
  candidateId!: string;
  @ApiProperty({ format: 'uuid' }) @Label('School') @IsUUID('all', { message: 'School is verplicht: kies een school.' }) schoolId!: string;
  @ApiProperty({ example: '2025-09-01' }) @CalendarDay('Startdatum') startDate!: string;

  @ApiProperty({ minimum: FTE.minimum, maximum: FTE.maximum, example: 0.8, description: 'In steps of 0.1.' })
  @Label('FTE')
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 },
    { message: 'FTE moet een getal zijn met hoogstens één decimaal, bijvoorbeeld 0,8.' },
  )
  @Min(FTE.minimum, { message: 'FTE moet minstens 0,1 zijn.' })
  @Max(FTE.maximum, { message: 'FTE mag hoogstens 1,0 zijn.' })
  fte!: number;

  @ApiProperty({ description: 'Boven-formatief: takes one of the board’s places in the school year of the start date.' })
  @Label('Boven-formatief')
  @IsBoolean({ message: 'Boven-formatief moet ja of nee zijn (true of false).' })
  supernumerary!: boolean;
}

export class CancelPlacementRequest {
  @RequiredText('Reden', { max: 2000, min: 3, multiLine: true, required: 'Reden is verplicht: waarom wordt de plaatsing geannuleerd? (minstens 3 tekens)' })
  reason!: string;
}

export class EndPlacementRequest {
  @ApiProperty({ example: '2026-01-31' }) @CalendarDay('Einddatum') endedOn!: string;

  @RequiredText('Reden', { max: 2000, min: 3, multiLine: true, required: 'Reden is verplicht: waarom eindigt de plaatsing? (minstens 3 tekens)' })
  reason!: string;
}

export class PlacementListRequest {
  @OptionalUuid('Schoolbestuur', { api: { format: 'uuid' } }) boardId?: string;

  @OptionalSchoolYear('Schooljaar') schoolYear?: string;
}

export class ProposeCandidateRequest {
  @ApiProperty({ format: 'uuid' })
  @Label('Kandidaat')
  @IsUUID('all', { message: 'Kandidaat is verplicht en moet de id van een kandidaat zijn.' })
  candidateId!: string;
  @ApiProperty({ format: 'uuid' }) @Label('Schoolbestuur') @IsUUID('all', { message: 'Schoolbestuur is verplicht: kies een schoolbestuur.' }) boardId!: string;
  @OptionalText('Toelichting', { max: 2000, multiLine: true, notText: 'Toelichting moet tekst zijn.' }) note?: string;
}

export class DeclineProposalRequest {
  @RequiredText('Reden', {
    max: 2000,
    min: 3,
    multiLine: true,
    required: 'Reden is verplicht: waarom wijst het schoolbestuur het voorstel af? (minstens 3 tekens)',
  })
  reason!: string;
}

export class ProposalListRequest {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @Label('Status')
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES, { message: 'Status moet proposed, accepted, declined of withdrawn zijn.' })
  status?: ProposalStatus;
}

/** A school year in the path: strict 'YYYY-YYYY' of two consecutive years. */
export const SCHOOL_YEAR_PATH_MESSAGE = SCHOOL_YEAR_MESSAGE;
