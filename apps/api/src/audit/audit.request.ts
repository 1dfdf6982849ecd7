import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CalendarDay, OptionalText, OptionalUuid, OptionalWholeNumber } from '../http/request-fields';

export class AuditListRequest {
  @OptionalText('entity', { max: 50, notText: 'entity moet tekst zijn.', tooLong: 'entity is te lang.', trim: false }) entity?: string;
  @OptionalText('entityId', { max: 100, notText: 'entityId moet tekst zijn.', tooLong: 'entityId is te lang.', trim: false }) entityId?: string;
  @OptionalUuid('candidateId moet een id zijn.', { format: 'uuid', description: 'Only rows about this candidate.' }) candidateId?: string;
  @OptionalText('q', { max: 100, notText: 'q moet tekst zijn.', tooLong: 'q is te lang.', trim: true })
  q?: string;
  @OptionalUuid('userId moet een id zijn.', { format: 'uuid', description: 'Only rows by this user (the actor).' }) userId?: string;
  @ApiPropertyOptional({ example: '2026-03-01', description: 'First day of the period (Europe/Amsterdam), included.' })
  @IsOptional()
  @CalendarDay('from')
  from?: string;
  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last day of the period (Europe/Amsterdam), included.' })
  @IsOptional()
  @CalendarDay('to')
  to?: string;
  @OptionalText('cursor', { max: 300, notText: 'cursor is ongeldig.', tooLong: 'cursor is ongeldig.', trim: false }) cursor?: string;
  @OptionalWholeNumber('limit', { min: 1, max: 200, fromQuery: true, api: { minimum: 1, maximum: 200, default: 50 } }) limit?: number;
}
