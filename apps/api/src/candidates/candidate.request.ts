import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { CANDIDATE_SORTS, STAGES, type CandidateSort, type Stage } from '@app/candidates';
import { Label, OptionalText, OptionalWholeNumber, RequiredText } from '../http/request-fields';

const SearchText = () => OptionalText('Zoekterm', { max: 100, trim: false });
const StageFilter = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: STAGES }),
    Label('Fase'),
    IsOptional(),
    IsIn(STAGES, { message: `Fase moet een van ${STAGES.join(', ')} zijn.` }),
  );
const RegionFilter = () =>
  applyDecorators(ApiPropertyOptional({ enum: REGIONS }), Label('Regio'), IsOptional(), IsIn(REGIONS, { message: 'Regio moet almere of lelystad zijn.' }));

export class CandidateListRequest {
  @StageFilter() stage?: Stage;
  @RegionFilter() region?: Region;
  @SearchText() q?: string;
  @ApiPropertyOptional({
    enum: CANDIDATE_SORTS,
    default: 'appliedAt',
    description: 'appliedAt: newest first; name: by last name; daysInStage: longest in the stage first.',
  })
  @Label('Sorteren op')
  @IsOptional()
  @IsIn(CANDIDATE_SORTS, { message: `Sorteren op moet een van ${CANDIDATE_SORTS.join(', ')} zijn.` })
  sort?: CandidateSort;
  @OptionalText('Vervolgpagina', { max: 300, tooLong: 'Vervolgpagina is ongeldig.', trim: false }) cursor?: string;
  @OptionalWholeNumber('Aantal per pagina', { min: 1, max: 100, fromQuery: true, api: { minimum: 1, maximum: 100, default: 50 } }) limit?: number;
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'true: the first page (no cursor) also counts every matching candidate in `total`; a count costs a scan, so it is asked for.',
  })
  @Label('Totaal tellen')
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'Totaal tellen moet true of false zijn.' })
  withTotal?: 'true' | 'false';
}

export class CandidateColumnsRequest {
  @StageFilter() stage?: Stage;
  @RegionFilter() region?: Region;
  @SearchText() q?: string;
  @OptionalWholeNumber('Aantal per fase', { min: 1, max: 50, fromQuery: true, api: { minimum: 1, maximum: 50, default: 8 } }) perStage?: number;
}

/** Why a candidate is rejected (one, or many at once): 3 to 2000 characters. */
export const RejectionReason = () =>
  RequiredText('Reden van afwijzing', {
    min: 3,
    max: 2000,
    multiLine: true,
    required: 'Reden van afwijzing is verplicht.',
    tooShort: 'Reden van afwijzing is verplicht (minstens 3 tekens).',
    tooLong: 'Reden van afwijzing is te lang (maximaal 2000 tekens).',
  });

export class RejectRequest {
  @RejectionReason() reason!: string;
}

export class WithdrawRequest {
  @OptionalText('Reden van terugtrekken', { max: 2000, multiLine: true, tooLong: 'Reden van terugtrekken is te lang (maximaal 2000 tekens).' }) reason?: string;
}

export class EmptyRequest {}
