import { Injectable } from '@nestjs/common';
import { Clock, NotFoundError, type Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { CandidateStillOpenError } from '../domain/candidates.errors';
import { isClosed } from '../domain/stage';
import { CandidateErasureRepository, type RetentionCutoffs } from '../persistence/candidate-erasure.repository';
import { CandidateReader } from './candidate.reader';
import type { CandidateDetail } from './candidate.views';

export type { RetentionCutoffs } from '../persistence/candidate-erasure.repository';

/** What an erasure of the candidate's own rows leaves to the caller: the address to scrub elsewhere and the files to remove after commit. */
export interface ErasedCandidate {
  candidateId: string;
  email: string;
  storageKeys: string[];
}

/** The fields the erasure empties, as the audit names them (never their values). */
const ERASED_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'degreeField',
  'closingReason',
  'sourceDetail',
  'consentToKeep',
  'documents',
  'history.reason',
];

/** R13 on the candidates module's own rows: which applicants are due, erasing one, and withdrawing the consent to keep. */
@Injectable()
export class CandidatePersonalData {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rows: CandidateErasureRepository,
    private readonly reader: CandidateReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Closed applicants (rejected, withdrawn) not yet erased whose retention term has passed, oldest closing first. */
  expiredApplicants(cutoffs: RetentionCutoffs): Promise<string[]> {
    return this.rows.expiredApplicants(cutoffs);
  }

  /** Of the given candidates, those not erased yet (the retention sweep's programme participants). */
  notErased(ids: string[]): Promise<string[]> {
    return this.rows.notErased(ids);
  }

  /**
   * Erases the candidate's personal data inside the caller's unit of work: personal fields and the
   * closing reason emptied, history reasons removed, document rows deleted (their storage keys are
   * returned). Null when the candidate was erased already, so a second run does nothing; a dossier
   * still running is refused.
   */
  erase(actor: Actor, candidateId: string): Promise<ErasedCandidate | null> {
    return this.unitOfWork.run(async () => {
      const current = await this.rows.lock(candidateId);
      if (!current) throw new NotFoundError('candidate');
      if (current.erased) return null;
      if (!isClosed(current.stage)) throw new CandidateStillOpenError(current.stage);
      const storageKeys = await this.rows.deleteDocuments(candidateId);
      await this.rows.erase(candidateId, this.clock.now());
      await this.audit.record(actor, { entity: 'candidate', entityId: candidateId, action: 'erase', changedFields: ERASED_FIELDS });
      return { candidateId, email: current.email, storageKeys };
    });
  }

  /**
   * The candidate gives consent to keep their data for a year after closing (R13), on their own
   * page. Its own unit of work, audited; with the consent there already nothing changes.
   */
  async giveConsent(actor: Actor, candidateId: string): Promise<void> {
    await this.reader.assertVisible(actor, candidateId);
    await this.unitOfWork.run(async () => {
      if (await this.rows.giveConsent(candidateId, this.clock.now())) {
        await this.audit.record(actor, { entity: 'candidate', entityId: candidateId, action: 'give_consent', changedFields: ['consentToKeep'] });
      }
    });
  }

  /**
   * Staff (or the candidate on their own page) withdraw the consent to keep on the candidate's behalf: from then on the 4-week term
   * applies. Its own unit of work, audited; without a consent to withdraw nothing changes.
   */
  async withdrawConsent(actor: Actor, candidateId: string): Promise<CandidateDetail> {
    await this.reader.assertVisible(actor, candidateId);
    await this.unitOfWork.run(async () => {
      if (await this.rows.withdrawConsent(candidateId, this.clock.now())) {
        await this.audit.record(actor, { entity: 'candidate', entityId: candidateId, action: 'withdraw_consent', changedFields: ['consentToKeep'] });
      }
    });
    return this.reader.get(actor, candidateId);
  }
}
