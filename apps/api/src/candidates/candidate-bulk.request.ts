import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { BULK_MAX, STAGES, type Stage } from '@app/candidates';
import { Label, OptionalText } from '../http/request-fields';
import { RejectionReason } from './candidate.request';

const CANDIDATES = 'Kandidaten';
const CANDIDATES_MESSAGE = `${CANDIDATES}: kies een tot ${BULK_MAX} kandidaten, elk met de versie die de lijst toonde.`;

export class BulkCandidateRequest {
  @ApiProperty({ format: 'uuid' })
  @Label('Kandidaat')
  @IsUUID('all', { message: 'Kandidaat is ongeldig: kies kandidaten uit de lijst.' })
  id!: string;

  @ApiProperty({ minimum: 1, description: 'The version the list showed: a candidate changed since is reported back, not changed.' })
  @Label('Versie')
  @IsInt({ message: 'Versie moet een geheel getal zijn.' })
  @Min(1, { message: 'Versie moet 1 of meer zijn.' })
  @Max(2_000_000_000, { message: 'Versie is te groot.' })
  version!: number;
}

export class BulkFilterRequest {
  @ApiPropertyOptional({ enum: STAGES })
  @Label('Fase')
  @IsOptional()
  @IsIn(STAGES, { message: `Fase moet een van ${STAGES.join(', ')} zijn.` })
  stage?: Stage;

  @ApiPropertyOptional({ enum: REGIONS })
  @Label('Regio')
  @IsOptional()
  @IsIn(REGIONS, { message: 'Regio moet almere of lelystad zijn.' })
  region?: Region;

  @OptionalText('Zoekterm', { max: 100, trim: false }) q?: string;
}

const CandidatesField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [BulkCandidateRequest], maxItems: BULK_MAX, description: 'The candidates chosen on the page; or send `filter`.' }),
    Label(CANDIDATES),
    IsOptional(),
    IsArray({ message: CANDIDATES_MESSAGE }),
    ArrayMinSize(1, { message: CANDIDATES_MESSAGE }),
    ArrayMaxSize(BULK_MAX, { message: `${CANDIDATES}: hoogstens ${BULK_MAX} kandidaten tegelijk.` }),
    IsObject({ each: true, message: CANDIDATES_MESSAGE }),
    ValidateNested({ each: true, message: CANDIDATES_MESSAGE }),
    Type(() => BulkCandidateRequest),
  );

const FilterField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: BulkFilterRequest,
      description: `Every candidate that matches the list's filters (at most ${BULK_MAX}); or send \`candidates\`.`,
    }),
    Label('Filters'),
    IsOptional(),
    IsObject({ message: 'Filters moet een object zijn met fase, regio en zoekterm.' }),
    ValidateNested({ message: 'Filters moet een object zijn met fase, regio en zoekterm.' }),
    Type(() => BulkFilterRequest),
  );

/** A selection: `candidates` (a page's choice) or `filter` (all that match), exactly one of them. */
export class BulkSelectionRequest {
  @CandidatesField() candidates?: BulkCandidateRequest[];
  @FilterField() filter?: BulkFilterRequest;
}

export class BulkRejectRequest extends BulkSelectionRequest {
  @RejectionReason() reason!: string;
}
