import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { REGIONS, type Region } from '@app/shared';
import { CalendarDay, Label, OptionalText, RequiredText } from '../http/request-fields';

/** A name of at least 2 characters, labelled as its form shows it. Names are trimmed first, so a blank name is refused as missing. */
const name = (label: string) => ({
  min: 2,
  max: 200,
  required: `${label} is verplicht.`,
  tooShort: `${label} moet minstens 2 tekens hebben.`,
  tooLong: `${label} is te lang (maximaal 200 tekens).`,
});

export class CreateBoardRequest {
  @RequiredText('Naam van het bestuur', name('Naam van het bestuur')) name!: string;
  @ApiProperty({ enum: REGIONS }) @Label('Regio') @IsIn(REGIONS, { message: 'Regio moet almere of lelystad zijn.' }) region!: Region;
  @ApiProperty({ example: '2024-08-01' }) @CalendarDay('Datum van toetreding') joinedAt!: string;
}

export class CreateSchoolRequest {
  @RequiredText('Naam van de school', name('Naam van de school')) name!: string;
  @RequiredText('Plaats', { min: 2, max: 100, tooLong: 'Plaats is te lang (maximaal 100 tekens).' }) city!: string;
}

export class CreateInstituteRequest {
  @RequiredText('Naam van de opleiding', name('Naam van de opleiding')) name!: string;
}

/** Rename or (de)activate a board or institute; what is left out stays as it is. */
export class UpdateOrganisationRequest {
  @OptionalText('Naam', { ...name('Naam'), notText: 'Naam is verplicht.' }) name?: string;
  @ApiPropertyOptional({ description: 'false deactivates: the history stays, no new users.' })
  @Label('Actief')
  @IsOptional()
  @IsBoolean({ message: 'Actief moet true of false zijn.' })
  active?: boolean;
}
