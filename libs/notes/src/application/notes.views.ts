import type { NoteKind } from '../domain/note.policy';

export interface NoteView {
  id: string;
  candidateId: string;
  kind: NoteKind;
  /** The day of the contact moment (or of the note), 'YYYY-MM-DD'. */
  date: string;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  /** Until when the author may change or delete it. */
  editableUntil: Date;
  /** Whether the reader (its author, within 24 hours) may change or delete it now. */
  editable: boolean;
}

export interface NoteInput {
  kind: NoteKind;
  text: string;
  /** Left out: today (Europe/Amsterdam). */
  date?: string;
}
