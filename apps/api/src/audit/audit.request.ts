import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CalendarDay, OptionalText, OptionalUuid, OptionalWholeNumber } from '../http/request-fields';

export class AuditListRequest {
  @OptionalText('Onderdeel', { max: 50, tooLong: 'Onderdeel is te lang.', trim: false }) entity?: string;
  @OptionalText('Id van het onderdeel', { max: 100, tooLong: 'Id van het onderdeel is te lang.', trim: false }) entityId?: string;
  @OptionalUuid('Kandidaat', { api: { format: 'uuid', description: 'Only rows about this candidate.' } }) candidateId?: string;
  @OptionalText('Kandidaat (naam of referentie)', { max: 100, tooLong: 'Kandidaat (naam of referentie) is te lang.', trim: true })
  q?: string;
  @OptionalUuid('Gebruiker', { api: { format: 'uuid', description: 'Only rows by this user (the actor).' } }) userId?: string;
  @ApiPropertyOptional({ example: '2026-03-01', description: 'First day of the period (Europe/Amsterdam), included.' })
  @IsOptional()
  @CalendarDay('Van')
  from?: string;
  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last day of the period (Europe/Amsterdam), included.' })
  @IsOptional()
  @CalendarDay('Tot en met')
  to?: string;
  @OptionalText('Vervolgpagina', { max: 300, notText: 'Vervolgpagina is ongeldig.', tooLong: 'Vervolgpagina is ongeldig.', trim: false }) cursor?: string;
  @OptionalWholeNumber('Aantal per pagina', { min: 1, max: 200, fromQuery: true, api: { minimum: 1, maximum: 200, default: 50 } }) limit?: number;
}
