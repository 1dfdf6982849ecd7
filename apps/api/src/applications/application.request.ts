import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { DEGREE_LEVELS, ROUTE_CODE_PATTERN, type DegreeLevel } from '@app/routes';
import { SOURCE_DETAIL_MAX } from '@app/sources';
import { EmailAddress, Label, OptionalText, RequiredText, trimmed } from '../http/request-fields';

/**
 * The public form's text fields. Only what is needed to judge suitability (R1): no BSN, ID copy,
 * photo or health data — an unknown field is refused by name. Labels as the form shows them.
 */
export class ApplicationRequest {
  @RequiredText('Voornaam', { max: 100 }) firstName!: string;
  @RequiredText('Achternaam', { max: 100 }) lastName!: string;
  @EmailAddress({ trim: true }) email!: string;

  @ApiProperty({ example: '06 12345678' })
  @Label('Telefoonnummer')
  @Transform(trimmed)
  @IsString({ message: 'Telefoonnummer is verplicht.' })
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'Telefoonnummer moet een telefoonnummer zijn (8 tot 20 cijfers).' })
  phone!: string;

  @ApiProperty({ enum: DEGREE_LEVELS })
  @Label('Hoogst afgeronde opleiding')
  @IsIn(DEGREE_LEVELS, { message: `Hoogst afgeronde opleiding moet een van ${DEGREE_LEVELS.join(', ')} zijn.` })
  degreeLevel!: DegreeLevel;

  @RequiredText('Studierichting', { min: 2, max: 150, tooShort: 'Studierichting is verplicht (minstens 2 tekens).' }) degreeField!: string;

  @ApiProperty({ enum: REGIONS })
  @Label('Regio')
  @IsIn(REGIONS, { message: 'Regio moet almere of lelystad zijn.' })
  region!: Region;

  @ApiPropertyOptional({
    default: 'zij_instroom',
    example: 'zij_instroom',
    description: 'The code of the route applied for (GET /api/applications/form-options).',
  })
  @Label('Route')
  @IsOptional()
  @IsString({ message: 'Route moet een routecode zijn, bijvoorbeeld zij_instroom.' })
  @Matches(ROUTE_CODE_PATTERN, { message: 'Route moet een routecode zijn, bijvoorbeeld zij_instroom.' })
  route?: string;

  @OptionalText('Hoe ken je Flevowijs?', {
    max: 40,
    api: { example: 'onderwijsloket', description: 'How the applicant heard of Flevowijs: a code of the sources list (form-options `sources`). Optional.' },
  })
  source?: string;

  @OptionalText('Toelichting op hoe je Flevowijs kent', {
    max: SOURCE_DETAIL_MAX,
    api: { description: 'Free text, only with a source that asks for it (`anders`).' },
  })
  sourceDetail?: string;

  @ApiProperty()
  @Label('Toestemming om je gegevens te bewaren')
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'Toestemming om je gegevens te bewaren moet true of false zijn.' })
  consentToKeep!: boolean;
}
