import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { CalendarDay, OptionalText, RequiredText } from '../http/request-fields';

// Names are trimmed first, so a blank or whitespace-only name is refused as missing.
const NAME = {
  min: 2,
  max: 200,
  required: 'Naam is verplicht.',
  tooShort: 'Naam moet minstens 2 tekens hebben.',
  tooLong: 'Naam is te lang (maximaal 200 tekens).',
};

export class CreateBoardRequest {
  @RequiredText('name', NAME) name!: string;
  @ApiProperty({ enum: REGIONS }) @IsIn(REGIONS, { message: 'region moet almere of lelystad zijn.' }) region!: Region;
  @ApiProperty({ example: '2024-08-01' }) @CalendarDay('joinedAt') joinedAt!: string;
}

export class CreateSchoolRequest {
  @RequiredText('name', NAME) name!: string;
  @RequiredText('city', { min: 2, max: 100, required: 'Plaats is verplicht.', tooLong: 'Plaats is te lang (maximaal 100 tekens).' }) city!: string;
}

export class CreateInstituteRequest {
  @RequiredText('name', NAME) name!: string;
}

/** Rename or (de)activate a board or institute; what is left out stays as it is. */
export class UpdateOrganisationRequest {
  @OptionalText('name', { ...NAME, notText: NAME.required }) name?: string;
  @ApiPropertyOptional({ description: 'false deactivates: the history stays, no new users.' })
  @IsOptional()
  @IsBoolean({ message: 'Actief moet true of false zijn.' })
  active?: boolean;
}
