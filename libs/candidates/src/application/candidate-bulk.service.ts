import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock, DomainError, NotFoundError, isUuid, type Actor } from '@app/shared';
import { APP_CONFIG, UnitOfWork, type AppConfig } from '@app/infra';
import { AuditService } from '@app/audit';
import { BULK_MAX, BULK_REJECT_FROM, BulkRejectStageError, BulkSelectionTooLargeError, UndoChangedError, UndoTooLateError } from '../domain/bulk.errors';
import { CandidateBulkRepository, type SelectedCandidate } from '../persistence/candidate-bulk.repository';
import { CandidateRepository } from '../persistence/candidate.repository';
import { CandidateStageService } from './candidate-stage.service';
import type { BulkFailure, BulkOutcome, BulkRejectResult, BulkResult, BulkSelection } from './candidate-bulk.views';

/**
 * Bulk actions on the candidate list (issue 16 item 3), for the desk. Each candidate is changed by
 * its own compare-and-set command in its own unit of work, at the version the selection saw: a
 * candidate that moved meanwhile is reported back with the reason, never overwritten. A bulk
 * rejection's mail waits (BULK_REJECTION_MAIL_DELAY_MINUTES) so the desk can undo it.
 */
@Injectable()
export class CandidateBulkService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly bulk: CandidateBulkRepository,
    private readonly candidates: CandidateRepository,
    private readonly stages: CandidateStageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The selected candidates with the version each was seen at; all matching the filters is capped at BULK_MAX (400 beyond). */
  async resolve(selection: BulkSelection): Promise<SelectedCandidate[]> {
    if ('candidates' in selection) {
      if (selection.candidates.length > BULK_MAX) throw new BulkSelectionTooLargeError('candidates');
      const seen = new Set<string>();
      return selection.candidates.filter((candidate) => !seen.has(candidate.id) && seen.add(candidate.id));
    }
    const { stage, region, q } = selection.filter;
    const pattern = q?.trim()
      ? `%${q
          .trim()
          .toLowerCase()
          .replace(/[\\%_]/g, (character) => `\\${character}`)}%`
      : null;
    const matching = await this.bulk.matching({ stage: stage ?? null, region: region ?? null, searchPattern: pattern }, BULK_MAX + 1);
    if (matching.length > BULK_MAX) throw new BulkSelectionTooLargeError('filter');
    return matching;
  }

  async startScreening(actor: Actor, selection: BulkSelection): Promise<BulkResult> {
    return this.each(await this.resolve(selection), (candidate) =>
      this.unitOfWork.run(async () => {
        await this.stages.change(actor, candidate.id, 'screening', null, candidate.version);
      }),
    );
  }

  /** Rejects each candidate (from applied or screening) with the reason; each one's Dutch rejection mail waits until `mailDueAt`. */
  async reject(actor: Actor, selection: BulkSelection, reason: string): Promise<BulkRejectResult> {
    const selected = await this.resolve(selection);
    const batchId = randomUUID();
    const now = this.clock.now();
    const mailDueAt = new Date(now.getTime() + this.config.bulkRejectionMailDelayMinutes * 60_000);
    const result = await this.each(selected, (candidate) =>
      this.unitOfWork.run(async () => {
        const change = await this.stages.change(actor, candidate.id, 'reject', reason, candidate.version);
        if (!BULK_REJECT_FROM.includes(change.from)) throw new BulkRejectStageError(change.from);
        const rejectionId = await this.bulk.insertRejection({
          batchId,
          candidateId: candidate.id,
          previousStage: change.from,
          rejectedVersion: candidate.version + 1,
          rejectedBy: actor.userId ?? '',
          at: now,
          mailDueAt,
        });
        await this.unitOfWork.enqueue({ name: 'candidates.bulk-rejection-mail', data: { rejectionId }, runAt: mailDueAt });
      }),
    );
    return { ...result, batchId, mailDueAt };
  }

  /**
   * Reopens the batch's candidates to the stage they had, each in its own unit of work, while its
   * mail has not started: the mail job then finds the rejection undone and sends nothing.
   */
  async undoRejection(actor: Actor, batchId: string): Promise<BulkResult> {
    const rows = isUuid(batchId) ? await this.bulk.batch(batchId) : [];
    if (rows.length === 0) throw new NotFoundError('bulk_rejection');
    return this.each(
      rows.map((row) => ({ id: row.candidateId, version: row.rejectedVersion })),
      async (candidate) => {
        const row = rows.find((entry) => entry.candidateId === candidate.id)!;
        await this.unitOfWork.run(async () => {
          const now = this.clock.now();
          if (!(await this.bulk.claimUndo(row.id, actor.userId, now))) throw new UndoTooLateError();
          if (!(await this.bulk.reopen(row.candidateId, row.previousStage, row.rejectedVersion, now))) throw new UndoChangedError();
          await this.candidates.addHistory({
            candidateId: row.candidateId,
            from: 'rejected',
            to: row.previousStage,
            actorId: actor.userId,
            at: now,
            reason: null,
          });
          await this.audit.record(actor, {
            entity: 'candidate',
            entityId: row.candidateId,
            action: 'undo_reject',
            changedFields: ['stage', 'closedAt', 'closingReason'],
          });
        });
      },
    );
  }

  /** Runs the command for each candidate; a refusal (a domain error) is that candidate's failure, anything else stops the action. */
  private async each(selected: SelectedCandidate[], command: (candidate: SelectedCandidate) => Promise<void>): Promise<BulkResult> {
    const references = selected.length ? await this.bulk.references(selected.map((candidate) => candidate.id).filter(isUuid)) : new Map<string, string>();
    const succeeded: BulkOutcome[] = [];
    const failed: BulkFailure[] = [];
    for (const candidate of selected) {
      const reference = references.get(candidate.id) ?? '';
      if (!reference) {
        failed.push({ id: candidate.id, reference, reason: 'Kandidaat niet gevonden.' });
        continue;
      }
      try {
        await command(candidate);
        succeeded.push({ id: candidate.id, reference });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        failed.push({ id: candidate.id, reference, reason: error instanceof NotFoundError ? 'Kandidaat niet gevonden.' : error.message });
      }
    }
    return { succeeded, failed };
  }
}
