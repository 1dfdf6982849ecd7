import { Injectable } from '@nestjs/common';
import { Clock, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { NotesRepository, type NoteRow } from '../persistence/notes.repository';

/** A note as the inspection export shows it: `writtenBy` names the kind of organisation (desk, board, coach). */
export type HeldNote = Omit<NoteRow, 'partyKind' | 'partyId'> & { writtenBy: NoteRow['partyKind']; deletedAt: Date | null; erasedAt: Date | null };

/** R13 on notes and contact moments: their text is the person's data; kind and dates stay. */
@Injectable()
export class NotesPersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly notes: NotesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every note about the candidate as kept (a deleted one without its text): what the inspection export shows. */
  async held(candidateId: string): Promise<HeldNote[]> {
    const rows = await this.notes.held(candidateId);
    return rows.map(({ partyKind, partyId: _partyId, ...note }) => ({ ...note, writtenBy: partyKind }));
  }

  /**
   * Inside the caller's unit of work: empties the text of the candidate's notes, audits each
   * (field names only), and returns the ids of all their notes: the subjects of the messages about them.
   */
  erase(actor: Actor, candidateId: string): Promise<string[]> {
    return this.unitOfWork.run(async () => {
      for (const id of await this.notes.erase(candidateId, this.clock.now())) {
        await this.audit.record(actor, { entity: 'candidate_note', entityId: id, action: 'erase', changedFields: ['text'] });
      }
      return this.notes.idsOf(candidateId);
    });
  }
}
