import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { DEGREE_LEVELS, ROUTE_CODE_PATTERN, type DegreeLevel } from '@app/routes';
import { EmailAddress, RequiredText, trimmed } from '../http/request-fields';

/**
 * The public form's text fields. Only what is needed to judge suitability (R1): no BSN, ID copy,
 * photo or health data — an unknown field is refused by name.
 */
export class ApplicationRequest {
  @RequiredText('firstName', { max: 100 }) firstName!: string;
  @RequiredText('lastName', { max: 100 }) lastName!: string;
  @EmailAddress({ trim: true }) email!: string;

  @ApiProperty({ example: '06 12345678' })
  @Transform(trimmed)
  @IsString({ message: 'phone is verplicht.' })
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'phone moet een telefoonnummer zijn (8 tot 20 cijfers).' })
  phone!: string;

  @ApiProperty({ enum: DEGREE_LEVELS })
  @IsIn(DEGREE_LEVELS, { message: `degreeLevel moet een van ${DEGREE_LEVELS.join(', ')} zijn.` })
  degreeLevel!: DegreeLevel;

  @RequiredText('degreeField', { min: 2, max: 150, tooLong: 'degreeField is te lang.' }) degreeField!: string;

  @ApiProperty({ enum: REGIONS })
  @IsIn(REGIONS, { message: 'region moet almere of lelystad zijn.' })
  region!: Region;

  @ApiPropertyOptional({
    default: 'zij_instroom',
    example: 'zij_instroom',
    description: 'The code of the route applied for (GET /api/applications/form-options).',
  })
  @IsOptional()
  @IsString({ message: 'route moet de code van een route zijn.' })
  @Matches(ROUTE_CODE_PATTERN, { message: 'route moet de code van een route zijn.' })
  route?: string;

  @ApiProperty()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'consentToKeep moet true of false zijn.' })
  consentToKeep!: boolean;
}
