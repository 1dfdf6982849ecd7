import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { SOURCE_CODE_PATTERN } from '@app/sources';
import { Label, OptionalText, RequiredText } from '../http/request-fields';

const LABEL = {
  min: 2,
  max: 100,
  required: 'Omschrijving is verplicht.',
  tooShort: 'Omschrijving moet minstens 2 tekens hebben.',
  tooLong: 'Omschrijving is te lang (maximaal 100 tekens).',
};

export class CreateSourceRequest {
  @ApiProperty({ example: 'open_dag', description: 'Lower case letters, digits and _; what campaign links carry (`/aanmelden?bron=open_dag`); never changes.' })
  @Label('Code')
  @IsString({ message: 'Code is verplicht.' })
  @Matches(SOURCE_CODE_PATTERN, { message: 'Code bestaat uit 2 tot 40 kleine letters, cijfers of _, en begint met een letter.' })
  code!: string;

  @RequiredText('Omschrijving', LABEL) label!: string;

  @ApiPropertyOptional({ description: 'The form asks for a short free text with this source (as with "anders").' })
  @Label('Vraagt om toelichting')
  @IsOptional()
  @IsBoolean({ message: 'Vraagt om toelichting moet true of false zijn.' })
  asksDetail?: boolean;
}

/** Anything but the code; `active: false` retires the source (it is never deleted). What is left out stays as it is. */
export class UpdateSourceRequest {
  @OptionalText('Omschrijving', { ...LABEL, notText: LABEL.required }) label?: string;

  @ApiPropertyOptional({ description: 'The form asks for a short free text with this source.' })
  @Label('Vraagt om toelichting')
  @IsOptional()
  @IsBoolean({ message: 'Vraagt om toelichting moet true of false zijn.' })
  asksDetail?: boolean;

  @ApiPropertyOptional({ description: 'false retires the source: the form no longer offers it; candidates keep their answer.' })
  @Label('Actief')
  @IsOptional()
  @IsBoolean({ message: 'Actief moet true of false zijn.' })
  active?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, description: 'Place on the form: lower comes first.' })
  @Label('Volgorde')
  @IsOptional()
  @IsInt({ message: 'Volgorde moet een geheel getal zijn.' })
  @Min(1, { message: 'Volgorde moet minstens 1 zijn.' })
  @Max(1000, { message: 'Volgorde mag hoogstens 1000 zijn.' })
  position?: number;
}
