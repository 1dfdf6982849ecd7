import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { FTE, PROPOSAL_STATUSES, type ProposalStatus } from '@app/placements';
import { CalendarDay, OptionalText, OptionalUuid, RequiredText } from '../http/request-fields';

const SCHOOL_YEAR = /^\d{4}-\d{4}$/;
const SCHOOL_YEAR_MESSAGE = 'schoolYear moet een schooljaar zijn als JJJJ-JJJJ, bijvoorbeeld 2025-2026.';

/** The places a board declares for one school year. */
export class DeclareCapacityRequest {
  @ApiProperty({ minimum: 0, maximum: 999, example: 3 })
  @IsInt({ message: 'places (aantal boven-formatieve plaatsen) moet een geheel getal zijn.' })
  @Min(0, { message: 'places kan niet negatief zijn.' })
  @Max(999, { message: 'places mag hoogstens 999 zijn.' })
  places!: number;
}

export class PlaceCandidateRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'candidateId is verplicht en moet de id van een kandidaat zijn.' }) candidateId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'schoolId is verplicht en moet de id van een school zijn.' }) schoolId!: string;
  @ApiProperty({ example: '2025-09-01' }) @CalendarDay('startDate') startDate!: string;

  @ApiProperty({ minimum: FTE.minimum, maximum: FTE.maximum, example: 0.8, description: 'In steps of 0.1.' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 },
    { message: 'fte moet een getal zijn met hoogstens één decimaal, bijvoorbeeld 0.8.' },
  )
  @Min(FTE.minimum, { message: 'fte moet minstens 0,1 zijn.' })
  @Max(FTE.maximum, { message: 'fte mag hoogstens 1,0 zijn.' })
  fte!: number;

  @ApiProperty({ description: 'Boven-formatief: takes one of the board’s places in the school year of the start date.' })
  @IsBoolean({ message: 'supernumerary (boven-formatief) moet true of false zijn.' })
  supernumerary!: boolean;
}

export class CancelPlacementRequest {
  @RequiredText('reason', { max: 2000, min: 3, multiLine: true, required: 'reason is verplicht: waarom wordt de plaatsing geannuleerd? (minstens 3 tekens)' })
  reason!: string;
}

export class EndPlacementRequest {
  @ApiProperty({ example: '2026-01-31' }) @CalendarDay('endedOn') endedOn!: string;

  @RequiredText('reason', { max: 2000, min: 3, multiLine: true, required: 'reason is verplicht: waarom eindigt de plaatsing? (minstens 3 tekens)' })
  reason!: string;
}

export class PlacementListRequest {
  @OptionalUuid('boardId moet de id van een schoolbestuur zijn.', { format: 'uuid' }) boardId?: string;

  @ApiPropertyOptional({ example: '2025-2026' })
  @IsOptional()
  @Matches(SCHOOL_YEAR, { message: SCHOOL_YEAR_MESSAGE })
  schoolYear?: string;
}

export class ProposeCandidateRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'candidateId is verplicht en moet de id van een kandidaat zijn.' }) candidateId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'boardId is verplicht en moet de id van een schoolbestuur zijn.' }) boardId!: string;
  @OptionalText('note', { max: 2000, multiLine: true, notText: 'note (toelichting) moet tekst zijn.' }) note?: string;
}

export class DeclineProposalRequest {
  @RequiredText('reason', {
    max: 2000,
    min: 3,
    multiLine: true,
    required: 'reason is verplicht: waarom wijst het schoolbestuur het voorstel af? (minstens 3 tekens)',
  })
  reason!: string;
}

export class ProposalListRequest {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES, { message: 'status moet proposed, accepted, declined of withdrawn zijn.' })
  status?: ProposalStatus;
}

/** A school year in the path: strict 'YYYY-YYYY' of two consecutive years. */
export const SCHOOL_YEAR_PATH_MESSAGE = SCHOOL_YEAR_MESSAGE;
