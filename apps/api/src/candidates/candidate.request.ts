import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { CANDIDATE_SORTS, STAGES, type CandidateSort, type Stage } from '@app/candidates';
import { OptionalText, OptionalWholeNumber, RequiredText } from '../http/request-fields';

const SearchText = () => OptionalText('q', { max: 100, trim: false });

export class CandidateListRequest {
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES, { message: `stage moet een van ${STAGES.join(', ')} zijn.` }) stage?: Stage;
  @ApiPropertyOptional({ enum: REGIONS }) @IsOptional() @IsIn(REGIONS, { message: 'region moet almere of lelystad zijn.' }) region?: Region;
  @SearchText() q?: string;
  @ApiPropertyOptional({
    enum: CANDIDATE_SORTS,
    default: 'appliedAt',
    description: 'appliedAt: newest first; name: by last name; daysInStage: longest in the stage first.',
  })
  @IsOptional()
  @IsIn(CANDIDATE_SORTS, { message: `sort moet een van ${CANDIDATE_SORTS.join(', ')} zijn.` })
  sort?: CandidateSort;
  @OptionalText('cursor', { max: 300, tooLong: 'cursor is ongeldig.', trim: false }) cursor?: string;
  @OptionalWholeNumber('limit', { min: 1, max: 100, fromQuery: true, api: { minimum: 1, maximum: 100, default: 50 } }) limit?: number;
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'true: the first page (no cursor) also counts every matching candidate in `total`; a count costs a scan, so it is asked for.',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'withTotal moet true of false zijn.' })
  withTotal?: 'true' | 'false';
}

export class CandidateColumnsRequest {
  @ApiPropertyOptional({ enum: STAGES }) @IsOptional() @IsIn(STAGES, { message: `stage moet een van ${STAGES.join(', ')} zijn.` }) stage?: Stage;
  @ApiPropertyOptional({ enum: REGIONS }) @IsOptional() @IsIn(REGIONS, { message: 'region moet almere of lelystad zijn.' }) region?: Region;
  @SearchText() q?: string;
  @OptionalWholeNumber('perStage', { min: 1, max: 50, fromQuery: true, api: { minimum: 1, maximum: 50, default: 8 } }) perStage?: number;
}

export class RejectRequest {
  @RequiredText('reason', {
    min: 3,
    max: 2000,
    multiLine: true,
    required: 'reason is verplicht bij afwijzen.',
    tooShort: 'reason is verplicht bij afwijzen (minstens 3 tekens).',
    tooLong: 'reason is te lang.',
  })
  reason!: string;
}

export class WithdrawRequest {
  @OptionalText('reason', { max: 2000, multiLine: true, notText: 'reason moet tekst zijn.', tooLong: 'reason is te lang.' }) reason?: string;
}

export class EmptyRequest {}
