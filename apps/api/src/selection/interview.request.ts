import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OptionalUuid, OptionalWholeNumber, RequiredText, trimmed } from '../http/request-fields';
import { ADVICE_VALUES, OUTCOME_VALUES, type AdviceValue, type OutcomeValue } from '@app/selection';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const MAX_PANEL = 10;

export class InterviewBoardRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'boardId moet de id van een schoolbestuur zijn.' })
  boardId!: string;

  @ApiProperty({ format: 'uuid', description: 'An active user of role board of this board: who sits on the panel for it.' })
  @IsUUID('all', { message: 'representativeUserId moet de id van een gebruiker van het schoolbestuur zijn.' })
  representativeUserId!: string;
}

/** Wall-clock time in Europe/Amsterdam; whether it exists (summer-time gap) is checked by the domain. */
const StartsAtField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ example: '2027-03-25T10:00', description: 'Wall-clock time in Europe/Amsterdam, without offset.' }),
    IsString({ message: 'startsAt is verplicht: een datum en tijd als JJJJ-MM-DDTUU:mm.' }),
    Matches(LOCAL_DATE_TIME, { message: 'startsAt moet een datum en tijd zijn als JJJJ-MM-DDTUU:mm (Nederlandse tijd), bijvoorbeeld 2027-03-25T10:00.' }),
  );

const DurationField = () =>
  OptionalWholeNumber('durationMinutes', {
    min: 15,
    max: 240,
    fromQuery: false,
    notWhole: 'durationMinutes moet een geheel aantal minuten zijn.',
    api: { minimum: 15, maximum: 240, default: 60 },
  });

const Motivation = () => RequiredText('motivation', { min: 3, max: 4000, multiLine: true, tooShort: 'motivation is verplicht (minstens 3 tekens).' });

const LocationField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ maxLength: 200 }),
    Transform(trimmed),
    IsString({ message: 'location is verplicht: waar vindt het gesprek plaats?' }),
    MinLength(2, { message: 'location is verplicht: waar vindt het gesprek plaats?' }),
    MaxLength(200, { message: 'location is te lang (maximaal 200 tekens).' }),
  );

const StaffField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ type: [String], format: 'uuid', description: 'At least one active staff member or administrator.' }),
    IsArray({ message: 'staffUserIds is verplicht: een lijst met minstens één medewerker van Flevowijs.' }),
    ArrayMinSize(1, { message: 'staffUserIds: er moet minstens één medewerker van Flevowijs in het panel zitten.' }),
    ArrayMaxSize(MAX_PANEL, { message: `staffUserIds: hoogstens ${MAX_PANEL} medewerkers.` }),
    IsUUID('all', { each: true, message: 'staffUserIds mag alleen gebruikers-id’s bevatten.' }),
  );

const BoardsField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ type: [InterviewBoardRequest], description: 'At least one board, each with the person who sits for it.' }),
    IsArray({ message: 'boards is verplicht: een lijst met minstens één schoolbestuur en wie erbij zit.' }),
    ArrayMinSize(1, { message: 'boards: een selectiegesprek is gezamenlijk; er moet minstens één schoolbestuur in het panel zitten.' }),
    ArrayMaxSize(MAX_PANEL, { message: `boards: hoogstens ${MAX_PANEL} schoolbesturen.` }),
    IsObject({ each: true, message: 'boards bevat per schoolbestuur een object met boardId en representativeUserId.' }),
    ValidateNested({ each: true }),
    Type(() => InterviewBoardRequest),
  );

export class ScheduleInterviewRequest {
  @StartsAtField(true) startsAt!: string;
  @DurationField() durationMinutes?: number;
  @LocationField(true) location!: string;
  @StaffField(true) staffUserIds!: string[];
  @BoardsField(true) boards!: InterviewBoardRequest[];
}

/** Any of the fields of a planned interview; what is left out stays as it is. */
export class RescheduleInterviewRequest {
  @IsOptional() @StartsAtField(false) startsAt?: string;
  @DurationField() durationMinutes?: number;
  @IsOptional() @LocationField(false) location?: string;
  @IsOptional() @StaffField(false) staffUserIds?: string[];
  @IsOptional() @BoardsField(false) boards?: InterviewBoardRequest[];
}

export class CancelInterviewRequest {
  @RequiredText('reason', {
    min: 3,
    max: 2000,
    multiLine: true,
    required: 'reason is verplicht bij annuleren.',
    tooShort: 'reason is verplicht bij annuleren (minstens 3 tekens).',
  })
  reason!: string;
}

export class AdviceRequest {
  @ApiProperty({ enum: ADVICE_VALUES })
  @IsIn(ADVICE_VALUES, { message: 'advice moet positive of negative zijn.' })
  advice!: AdviceValue;

  @ApiProperty()
  @IsBoolean({ message: 'wouldEmploy moet true of false zijn: zou het bestuur de kandidaat in dienst nemen?' })
  wouldEmploy!: boolean;

  @Motivation() motivation!: string;

  @OptionalUuid('boardId moet de id van een schoolbestuur zijn.', {
    format: 'uuid',
    description: 'Required for staff; a board user records for their own board.',
  })
  boardId?: string;
}

export class OutcomeRequest {
  @ApiProperty({ enum: OUTCOME_VALUES })
  @IsIn(OUTCOME_VALUES, { message: 'outcome moet positive of negative zijn.' })
  outcome!: OutcomeValue;

  @Motivation() motivation!: string;
}
