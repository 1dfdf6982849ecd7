import { ApiProperty } from '@nestjs/swagger';
import { NOTE_KINDS, type NoteKind, type NoteView } from '@app/notes';

export class NoteResponse implements NoteView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) candidateId!: string;
  @ApiProperty({ enum: NOTE_KINDS }) kind!: NoteKind;
  @ApiProperty({ example: '2026-03-02' }) date!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
  @ApiProperty({ format: 'date-time', description: 'Until when its author may change or delete it (24 hours after writing).' }) editableUntil!: Date;
  @ApiProperty({ description: 'Whether you (its author, within 24 hours) may change or delete it now.' }) editable!: boolean;
}
