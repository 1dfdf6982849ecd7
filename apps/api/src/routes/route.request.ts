import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DEGREE_LEVELS, ROUTE_CODE_PATTERN, type DegreeLevel } from '@app/routes';
import { Label, OptionalText, RequiredText } from '../http/request-fields';

const NAME = {
  min: 2,
  max: 100,
  required: 'Naam is verplicht.',
  tooShort: 'Naam moet minstens 2 tekens hebben.',
  tooLong: 'Naam is te lang (maximaal 100 tekens).',
};

const DurationMonths = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ minimum: 1, maximum: 120, example: 24 }),
    Label('Duur'),
    ...(required ? [] : [IsOptional()]),
    IsInt({ message: 'Duur moet een geheel aantal maanden zijn.' }),
    Min(1, { message: 'Duur moet minstens 1 maand zijn.' }),
    Max(120, { message: 'Duur mag hoogstens 120 maanden zijn.' }),
  );

const AssessmentRequired = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ description: 'Whether a programme on the route needs a positive suitability assessment first.' }),
    Label('Geschiktheidsonderzoek nodig'),
    ...(required ? [] : [IsOptional()]),
    IsBoolean({ message: 'Geschiktheidsonderzoek nodig moet true of false zijn.' }),
  );

const DegreeLevels = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ enum: DEGREE_LEVELS, isArray: true, description: 'The degree levels the route accepts (R1).' }),
    Label('Toegelaten opleidingen'),
    ...(required ? [] : [IsOptional()]),
    IsArray({ message: 'Toegelaten opleidingen is een lijst met minstens één opleidingsniveau.' }),
    ArrayMinSize(1, { message: 'Toegelaten opleidingen: kies minstens één opleidingsniveau.' }),
    ArrayMaxSize(DEGREE_LEVELS.length, { message: 'Toegelaten opleidingen: elk opleidingsniveau hoogstens één keer.' }),
    IsIn(DEGREE_LEVELS, { each: true, message: `Toegelaten opleidingen mag alleen ${DEGREE_LEVELS.join(', ')} bevatten.` }),
  );

export class CreateRouteRequest {
  @ApiProperty({ example: 'versneld_voor_de_klas', description: 'Lower case letters, digits and _; never changes.' })
  @Label('Code')
  @IsString({ message: 'Code is verplicht.' })
  @Matches(ROUTE_CODE_PATTERN, { message: 'Code bestaat uit 2 tot 40 kleine letters, cijfers of _, en begint met een letter.' })
  code!: string;

  @RequiredText('Naam', NAME) name!: string;
  @DurationMonths(true) durationMonths!: number;
  @AssessmentRequired(true) assessmentRequired!: boolean;
  @DegreeLevels(true) degreeLevels!: DegreeLevel[];
}

/** Anything but the code; `active: false` deactivates the route (it is never deleted). What is left out stays as it is. */
export class UpdateRouteRequest {
  @OptionalText('Naam', { ...NAME, notText: NAME.required }) name?: string;
  @DurationMonths(false) durationMonths?: number;
  @AssessmentRequired(false) assessmentRequired?: boolean;
  @DegreeLevels(false) degreeLevels?: DegreeLevel[];
  @ApiPropertyOptional({ description: 'false deactivates: offered to no one new; candidates keep it.' })
  @Label('Actief')
  @IsOptional()
  @IsBoolean({ message: 'Actief moet true of false zijn.' })
  active?: boolean;
}

export class ChangeCandidateRouteRequest {
  @ApiProperty({ example: 'ad_pep', description: 'The code of an active route that accepts the candidate’s degree level.' })
  @Label('Route')
  @IsString({ message: 'Route is verplicht.' })
  @Matches(ROUTE_CODE_PATTERN, { message: 'Route moet een routecode zijn, bijvoorbeeld ad_pep.' })
  route!: string;
}
