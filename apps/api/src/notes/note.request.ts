import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NOTE_KINDS, NOTE_TEXT_MAX, type NoteKind } from '@app/notes';
import { CalendarDay, Label, RequiredText } from '../http/request-fields';

export class NoteRequest {
  @ApiProperty({ enum: NOTE_KINDS, description: 'A note, or a contact moment with the candidate of this kind.' })
  @Label('Soort')
  @IsIn(NOTE_KINDS, { message: `Soort moet een van ${NOTE_KINDS.join(', ')} zijn.` })
  kind!: NoteKind;

  @RequiredText('Tekst', {
    max: NOTE_TEXT_MAX,
    multiLine: true,
    api: {
      maxLength: NOTE_TEXT_MAX,
      description: 'Mention a colleague who may read the note with @ and the part of their e-mail address before the @ (e.g. @p.jansen). No health details.',
    },
  })
  text!: string;

  @ApiPropertyOptional({ example: '2026-03-02', description: 'The day of the contact moment; left out: today. Not in the future.' })
  @IsOptional()
  @CalendarDay('Datum')
  date?: string;
}
