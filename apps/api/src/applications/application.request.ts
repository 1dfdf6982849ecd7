import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { DEGREE_LEVELS, type DegreeLevel } from '@app/candidates';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * The public form's text fields. Only what is needed to judge suitability (R1): no BSN, ID copy,
 * photo or health data — an unknown field is refused by name.
 */
export class ApplicationRequest {
  @ApiProperty()
  @Transform(trimmed)
  @IsString({ message: 'firstName is verplicht.' })
  @MinLength(1, { message: 'firstName is verplicht.' })
  @MaxLength(100, { message: 'firstName is te lang (maximaal 100 tekens).' })
  firstName!: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsString({ message: 'lastName is verplicht.' })
  @MinLength(1, { message: 'lastName is verplicht.' })
  @MaxLength(100, { message: 'lastName is te lang (maximaal 100 tekens).' })
  lastName!: string;

  @ApiProperty()
  @Transform(trimmed)
  @IsEmail({}, { message: 'email moet een geldig e-mailadres zijn.' })
  @MaxLength(254, { message: 'email is te lang.' })
  email!: string;

  @ApiProperty({ example: '06 12345678' })
  @Transform(trimmed)
  @IsString({ message: 'phone is verplicht.' })
  @Matches(/^\+?[0-9 ()-]{8,20}$/, { message: 'phone moet een telefoonnummer zijn (8 tot 20 cijfers).' })
  phone!: string;

  @ApiProperty({ enum: DEGREE_LEVELS })
  @IsIn(DEGREE_LEVELS, { message: `degreeLevel moet een van ${DEGREE_LEVELS.join(', ')} zijn.` })
  degreeLevel!: DegreeLevel;

  @ApiProperty()
  @Transform(trimmed)
  @IsString({ message: 'degreeField is verplicht.' })
  @MinLength(2, { message: 'degreeField is verplicht.' })
  @MaxLength(150, { message: 'degreeField is te lang.' })
  degreeField!: string;

  @ApiProperty({ enum: REGIONS })
  @IsIn(REGIONS, { message: 'region moet almere of lelystad zijn.' })
  region!: Region;

  @ApiProperty()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'consentToKeep moet true of false zijn.' })
  consentToKeep!: boolean;
}
