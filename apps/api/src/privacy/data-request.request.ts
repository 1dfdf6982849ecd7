import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DATA_REQUEST_KINDS, DATA_REQUEST_STATUSES, MAX_EXTENSION_MONTHS, type DataRequestKind, type DataRequestStatus } from '@app/privacy';
import { CalendarDay, Label, RequiredText } from '../http/request-fields';

export class RecordDataRequestRequest {
  @ApiProperty({ format: 'uuid' })
  @Label('Kandidaat')
  @IsUUID('all', { message: 'Kandidaat is verplicht en moet de id van een kandidaat zijn.' })
  candidateId!: string;

  @ApiProperty({ enum: DATA_REQUEST_KINDS, description: '`inspection` (inzageverzoek) or `erasure` (verzoek tot wissen).' })
  @Label('Soort verzoek')
  @IsIn(DATA_REQUEST_KINDS, { message: 'Soort verzoek moet inzage (inspection) of wissen (erasure) zijn.' })
  kind!: DataRequestKind;

  @ApiProperty({ example: '2027-01-31', description: 'The day the request was received; the deadline is one month later.' })
  @CalendarDay('Ontvangen op')
  receivedOn!: string;
}

export class ExtendDataRequestRequest {
  @ApiProperty({ minimum: 1, maximum: MAX_EXTENSION_MONTHS, example: 2 })
  @Label('Verlenging in maanden')
  @IsInt({ message: 'Verlenging in maanden moet een geheel getal zijn (1 of 2).' })
  @Min(1, { message: 'Verlenging in maanden moet minstens 1 zijn.' })
  @Max(MAX_EXTENSION_MONTHS, { message: `Verlenging in maanden mag hoogstens ${MAX_EXTENSION_MONTHS} zijn.` })
  months!: number;

  @RequiredText('Reden', { max: 2000, min: 3, multiLine: true, required: 'Reden is verplicht: waarom is meer tijd nodig? (minstens 3 tekens)' })
  reason!: string;
}

export class DataRequestListRequest {
  @ApiPropertyOptional({ enum: DATA_REQUEST_STATUSES, description: 'Default `open`.' })
  @Label('Status')
  @IsOptional()
  @IsIn(DATA_REQUEST_STATUSES, { message: 'Status moet open of completed zijn.' })
  status?: DataRequestStatus;
}

/** A command without fields: an empty JSON object. */
export class CompleteDataRequestRequest {}
