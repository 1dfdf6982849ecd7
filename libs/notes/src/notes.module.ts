import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { CandidatesModule } from '@app/candidates';
import { NotificationsModule } from '@app/notifications';
import { NotesPersonalData } from './application/notes-personal-data.service';
import { NotesReader } from './application/notes.reader';
import { NotesService } from './application/notes.service';
import { NoteMentionHandler } from './jobs/note-mention.handler';
import { NotesRepository } from './persistence/notes.repository';

/** Notes and contact moments on a candidate (issue 16 item 1), with mentions of colleagues. */
@Module({
  imports: [AccountsModule, CandidatesModule, NotificationsModule],
  providers: [NotesRepository, NotesReader, NotesService, NotesPersonalData, NoteMentionHandler],
  exports: [NotesReader, NotesService, NotesPersonalData],
})
export class NotesModule {}
