import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, isCentralDesk, isUuid, today, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateReader } from '@app/candidates';
import { isEditable, mentionedHandles, type NoteParty } from '../domain/note.policy';
import { NoteDateInFutureError, NoteLockedError, NotNoteAuthorError } from '../domain/notes.errors';
import { NotesRepository, type NoteRow } from '../persistence/notes.repository';
import { partyOf } from './note-party';
import { NotesReader } from './notes.reader';
import type { NoteInput, NoteView } from './notes.views';

/**
 * Writing notes and contact moments (issue 16 item 1): by the desk, and by coaches and boards on
 * candidates visible to them (R14). Each command is one unit of work with its audit row (R15); a
 * note that mentions colleagues writes the job that tells them. Its author may change or delete
 * it within 24 hours.
 */
@Injectable()
export class NotesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly notes: NotesRepository,
    private readonly reader: NotesReader,
    private readonly candidates: CandidateReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, candidateId: string, input: NoteInput): Promise<NoteView> {
    await this.candidates.assertVisible(actor, candidateId);
    const party = partyOf(actor);
    if (!party || !actor.userId) throw new NotFoundError('candidate');
    const authorId = actor.userId;
    const now = this.clock.now();
    const date = this.checkedDate(input.date, now);
    const id = await this.unitOfWork.run(async () => {
      const noteId = await this.notes.insert({ candidateId, kind: input.kind, date, text: input.text, authorId, party, at: now });
      await this.audit.record(actor, { entity: 'candidate_note', entityId: noteId, action: 'create', changedFields: ['kind', 'date', 'text'] });
      if (mentionedHandles(input.text).length > 0) await this.unitOfWork.enqueue({ name: 'notes.mention', data: { noteId } });
      return noteId;
    });
    return this.view(actor, candidateId, id);
  }

  /** The author, within 24 hours: what is sent replaces kind, date and text; newly mentioned colleagues are told. */
  async update(actor: Actor, candidateId: string, noteId: string, input: NoteInput): Promise<NoteView> {
    await this.candidates.assertVisible(actor, candidateId);
    const now = this.clock.now();
    if (input.date !== undefined) this.checkedDate(input.date, now);
    await this.unitOfWork.run(async () => {
      const note = await this.authorsNote(actor, candidateId, noteId, now);
      const changed = [
        ...(note.kind !== input.kind ? ['kind'] : []),
        ...(note.date !== (input.date ?? note.date) ? ['date'] : []),
        ...(note.text !== input.text ? ['text'] : []),
      ];
      if (changed.length === 0) return;
      await this.notes.update(noteId, { kind: input.kind, date: input.date ?? note.date, text: input.text, at: now });
      await this.audit.record(actor, { entity: 'candidate_note', entityId: noteId, action: 'update', changedFields: changed });
      if (changed.includes('text') && mentionedHandles(input.text).length > 0) await this.unitOfWork.enqueue({ name: 'notes.mention', data: { noteId } });
    });
    return this.view(actor, candidateId, noteId);
  }

  async remove(actor: Actor, candidateId: string, noteId: string): Promise<void> {
    await this.candidates.assertVisible(actor, candidateId);
    const now = this.clock.now();
    await this.unitOfWork.run(async () => {
      await this.authorsNote(actor, candidateId, noteId, now);
      await this.notes.delete(noteId, now);
      await this.audit.record(actor, { entity: 'candidate_note', entityId: noteId, action: 'delete', changedFields: ['text', 'deletedAt'] });
    });
  }

  /** The note, locked, when the actor may read it (404 otherwise), wrote it (403) and is within 24 hours (409). */
  private async authorsNote(actor: Actor, candidateId: string, noteId: string, now: Date): Promise<NoteRow> {
    const note = isUuid(noteId) ? await this.notes.find(candidateId, noteId, true) : null;
    if (!note || !readableBy(actor, note)) throw new NotFoundError('note');
    if (note.authorId !== actor.userId) throw new NotNoteAuthorError();
    if (!isEditable(note, actor.userId, now)) throw new NoteLockedError();
    return note;
  }

  private checkedDate(date: string | undefined, now: Date): string {
    const day = today(now);
    if (date !== undefined && date > day) throw new NoteDateInFutureError();
    return date ?? day;
  }

  private async view(actor: Actor, candidateId: string, noteId: string): Promise<NoteView> {
    const note = await this.notes.find(candidateId, noteId, false);
    if (!note) throw new NotFoundError('note');
    const [view] = await this.reader.views(actor, [note]);
    return view;
  }
}

/** The desk reads every note; another party those of its own organisation. */
function readableBy(actor: Actor, note: { partyKind: NoteParty['kind']; partyId: string | null }): boolean {
  if (isCentralDesk(actor)) return true;
  const party = partyOf(actor);
  return party !== null && party.kind === note.partyKind && party.id === note.partyId;
}
