import { Injectable } from '@nestjs/common';
import { HandlesJob, WebLinks, type JobHandler, type JobMap } from '@app/infra';
import { UserReader, type UserView } from '@app/accounts';
import { CandidateReader } from '@app/candidates';
import { NotificationsService } from '@app/notifications';
import { handleOf, mentionedHandles } from '../domain/note.policy';
import { NotesRepository, type NoteRow } from '../persistence/notes.repository';

/**
 * Tells each colleague a note mentions, among those who may read the note (the desk, and for a
 * board's note that board's users), in their notifications and by mail; the author is never told.
 * Idempotent: the note is read again (a deleted or erased note tells nobody), and
 * NotificationsService sends once per (kind, note, recipient), so an edit tells only the newly mentioned.
 * The mail names the candidate's reference, not the note's text.
 */
@HandlesJob('notes.mention')
@Injectable()
export class NoteMentionHandler implements JobHandler<'notes.mention'> {
  constructor(
    private readonly notes: NotesRepository,
    private readonly users: UserReader,
    private readonly candidates: CandidateReader,
    private readonly notifications: NotificationsService,
    private readonly links: WebLinks,
  ) {}

  async handle({ noteId }: JobMap['notes.mention']): Promise<void> {
    const note = await this.notes.current(noteId);
    if (!note) return;
    const handles = mentionedHandles(note.text);
    if (handles.length === 0) return;
    const mentioned = (await this.readers(note)).filter((user) => user.id !== note.authorId && handles.includes(handleOf(user.email)));
    if (mentioned.length === 0) return;
    const author = await this.users.get(note.authorId);
    const reference = (await this.candidates.names([note.candidateId])).get(note.candidateId)?.reference ?? '';
    await this.notifications.deliver({
      kind: 'note_mention',
      subjectId: note.id,
      dueKey: 'once',
      recipients: mentioned.map((user) => ({ email: user.email, userId: user.id })),
      title: `${author.name} noemde je in een notitie over kandidaat ${reference}`,
      body: [
        'Hallo,',
        '',
        `${author.name} noemde je in een notitie over kandidaat ${reference}.`,
        `Lees de notitie op de pagina van de kandidaat: ${this.links.candidate(note.candidateId)}`,
        '',
        'Met vriendelijke groet,',
        'Flevowijs zij-instroom',
      ].join('\n'),
    });
  }

  /** Who may read the note: active staff and administrators, and for a board's note that board's active users. */
  private async readers(note: NoteRow): Promise<UserView[]> {
    const [staff, admins, boardUsers] = await Promise.all([
      this.users.listActiveByRole('staff'),
      this.users.listActiveByRole('admin'),
      note.partyKind === 'board' ? this.users.listActiveByRole('board') : Promise.resolve([]),
    ]);
    return [...staff, ...admins, ...boardUsers.filter((user) => user.boardId === note.partyId)];
  }
}
