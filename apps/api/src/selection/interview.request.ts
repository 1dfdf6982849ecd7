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
import { Label, OptionalUuid, OptionalWholeNumber, RequiredText, trimmed } from '../http/request-fields';
import { ADVICE_VALUES, OUTCOME_VALUES, type AdviceValue, type OutcomeValue } from '@app/selection';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const MAX_PANEL = 10;
/** The labels of the interview form (the panel's fieldsets by their legends). */
const STAFF = 'Medewerkers van Flevowijs in het panel';
const BOARDS = 'Schoolbesturen in het panel';

export class InterviewBoardRequest {
  @ApiProperty({ format: 'uuid' })
  @Label('Schoolbestuur in het panel')
  @IsUUID('all', { message: 'Schoolbestuur in het panel moet de id van een schoolbestuur zijn.' })
  boardId!: string;

  @ApiProperty({ format: 'uuid', description: 'An active user of role board of this board: who sits on the panel for it.' })
  @Label('Vertegenwoordiger in het panel')
  @IsUUID('all', { message: 'Vertegenwoordiger in het panel moet de id van een gebruiker van het schoolbestuur zijn.' })
  representativeUserId!: string;
}

/** Wall-clock time in Europe/Amsterdam; whether it exists (summer-time gap) is checked by the domain. */
const StartsAtField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ example: '2027-03-25T10:00', description: 'Wall-clock time in Europe/Amsterdam, without offset.' }),
    Label('Datum en tijd'),
    IsString({ message: 'Datum en tijd is verplicht: een datum en tijd als JJJJ-MM-DDTUU:mm.' }),
    Matches(LOCAL_DATE_TIME, { message: 'Datum en tijd moet een datum en tijd zijn als JJJJ-MM-DDTUU:mm (Nederlandse tijd), bijvoorbeeld 2027-03-25T10:00.' }),
  );

const DurationField = () =>
  OptionalWholeNumber('Duur in minuten', {
    min: 15,
    max: 240,
    fromQuery: false,
    notWhole: 'Duur in minuten moet een geheel aantal minuten zijn.',
    api: { minimum: 15, maximum: 240, default: 60 },
  });

const Motivation = () => RequiredText('Motivatie', { min: 3, max: 4000, multiLine: true, tooShort: 'Motivatie is verplicht (minstens 3 tekens).' });

const LocationField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ maxLength: 200 }),
    Label('Locatie'),
    Transform(trimmed),
    IsString({ message: 'Locatie is verplicht: waar vindt het gesprek plaats?' }),
    MinLength(2, { message: 'Locatie is verplicht: waar vindt het gesprek plaats?' }),
    MaxLength(200, { message: 'Locatie is te lang (maximaal 200 tekens).' }),
  );

const StaffField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ type: [String], format: 'uuid', description: 'At least one active staff member or administrator.' }),
    Label(STAFF),
    IsArray({ message: `${STAFF}: kies minstens één medewerker van Flevowijs.` }),
    ArrayMinSize(1, { message: `${STAFF}: er moet minstens één medewerker van Flevowijs in het panel zitten.` }),
    ArrayMaxSize(MAX_PANEL, { message: `${STAFF}: hoogstens ${MAX_PANEL} medewerkers.` }),
    IsUUID('all', { each: true, message: `${STAFF} mag alleen gebruikers-id’s bevatten.` }),
  );

const BoardsField = (required: boolean) =>
  applyDecorators(
    (required ? ApiProperty : ApiPropertyOptional)({ type: [InterviewBoardRequest], description: 'At least one board, each with the person who sits for it.' }),
    Label(BOARDS),
    IsArray({ message: `${BOARDS}: kies minstens één schoolbestuur en wie erbij zit.` }),
    ArrayMinSize(1, { message: `${BOARDS}: een selectiegesprek is gezamenlijk; er moet minstens één schoolbestuur in het panel zitten.` }),
    ArrayMaxSize(MAX_PANEL, { message: `${BOARDS}: hoogstens ${MAX_PANEL} schoolbesturen.` }),
    IsObject({ each: true, message: `${BOARDS}: geef per schoolbestuur het bestuur en wie erbij zit.` }),
    ValidateNested({ each: true, message: `${BOARDS}: geef per schoolbestuur het bestuur en wie erbij zit.` }),
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
  @RequiredText('Reden van annuleren', {
    min: 3,
    max: 2000,
    multiLine: true,
    required: 'Reden van annuleren is verplicht.',
    tooShort: 'Reden van annuleren is verplicht (minstens 3 tekens).',
  })
  reason!: string;
}

export class AdviceRequest {
  @ApiProperty({ enum: ADVICE_VALUES })
  @Label('Advies')
  @IsIn(ADVICE_VALUES, { message: 'Advies moet positive (positief) of negative (negatief) zijn.' })
  advice!: AdviceValue;

  @ApiProperty()
  @Label('In dienst nemen')
  @IsBoolean({ message: 'In dienst nemen moet true of false zijn: zou het bestuur de kandidaat in dienst nemen?' })
  wouldEmploy!: boolean;

  @Motivation() motivation!: string;

  @OptionalUuid('Schoolbestuur', {
    message: 'Schoolbestuur moet de id van een schoolbestuur zijn.',
    api: { format: 'uuid', description: 'Required for staff; a board user records for their own board.' },
  })
  boardId?: string;
}

export class OutcomeRequest {
  @ApiProperty({ enum: OUTCOME_VALUES })
  @Label('Uitkomst')
  @IsIn(OUTCOME_VALUES, { message: 'Uitkomst moet positive (positief) of negative (negatief) zijn.' })
  outcome!: OutcomeValue;

  @Motivation() motivation!: string;
}
