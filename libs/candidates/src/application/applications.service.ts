import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Clock, PUBLIC_ACTOR } from '@app/shared';
import { StorageService, UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { eligibilityRefusal, RouteReader } from '@app/routes';
import { SourceReader, type ApplicationSource } from '@app/sources';
import { DocumentRefusedError, IneligibleDegreeError } from '../domain/candidates.errors';
import { inspectDocument } from './document.policy';
import { safeDocumentName, type DocumentMediaType } from '../domain/document-name.policy';
import { CandidateRepository } from '../persistence/candidate.repository';
import type { ApplicationInput } from './candidate.views';

/** An uploaded file waiting in the incoming area; it is kept only when the application is accepted. */
export interface IncomingDocument {
  field: 'motivationLetter' | 'cv';
  path: string;
  fileName: string;
  sizeBytes: number;
}

/**
 * What became of an accepted form, for callers inside the product (the demo seed). The public
 * answer never shows it (R3): `duplicate` names the open dossier the address already had.
 */
export interface ApplicationOutcome {
  candidateId: string;
  reference: string;
  duplicate: boolean;
}

interface AcceptedDocument extends IncomingDocument {
  mediaType: DocumentMediaType;
  sha256: string;
  storageKey?: string;
}

const KIND_BY_FIELD = { motivationLetter: 'motivation_letter', cv: 'cv' } as const;

/** How many times a submission tries again when the open dossier it collided with closed before it could be read. */
const INSERT_TRIES = 3;

/**
 * The public application (R1–R3). Candidate, documents, history, audit and the jobs it causes are
 * written in one transaction; a refusal leaves nothing behind, not even the uploaded files.
 *
 * R3: the answer never tells whether the address had an open dossier. A duplicate does the same
 * work (documents inspected and kept, one transaction) and is then undone: no second dossier, its
 * documents removed, and the owner of the address is mailed the open dossier's reference.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: CandidateRepository,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly routes: RouteReader,
    private readonly sources: SourceReader,
    private readonly clock: Clock,
  ) {}

  /**
   * R1: the route must be offered (400 naming `route`) and accept the degree level (422 naming
   * the routes the applicant could take). Checked before any document, and nothing is kept.
   */
  async assertEligible(input: Pick<ApplicationInput, 'route' | 'degreeLevel' | 'source' | 'sourceDetail'>): Promise<void> {
    const route = await this.routes.activeRoute(input.route);
    const refusal = eligibilityRefusal(route, input.degreeLevel, await this.routes.active());
    if (refusal) throw new IneligibleDegreeError(refusal);
    // Issue 16: an unknown source (a campaign link's typo) is refused with 400 naming `source`, before any document.
    await this.sources.checked(input.source, input.sourceDetail);
  }

  async submit(input: ApplicationInput, files: IncomingDocument[]): Promise<ApplicationOutcome> {
    const accepted: AcceptedDocument[] = [];
    const removeKept = () =>
      Promise.all(accepted.filter((document) => document.storageKey).map((document) => this.storage.remove(document.storageKey as string)));
    try {
      await this.assertEligible(input);
      const source = await this.sources.checked(input.source, input.sourceDetail);
      for (const file of files) accepted.push(await this.accept(file));
      for (const document of accepted) document.storageKey = await this.storage.keep(document.path);
      const outcome = await this.unitOfWork.run(() => this.store({ ...input, ...source }, accepted));
      if (outcome.duplicate) await removeKept();
      return outcome;
    } catch (error) {
      await Promise.all([...files.map((file) => this.storage.discard(file.path)), removeKept()]);
      throw error;
    }
  }

  private async accept(file: IncomingDocument): Promise<AcceptedDocument> {
    const verdict = await inspectDocument(file.path, file.sizeBytes);
    if (!verdict.accepted) throw new DocumentRefusedError(file.field, verdict.reason);
    return { ...file, mediaType: verdict.mediaType, sha256: await sha256Of(file.path) };
  }

  /** Stores the application, or records the duplicate. */
  private async store(input: Omit<ApplicationInput, keyof ApplicationSource> & ApplicationSource, documents: AcceptedDocument[]): Promise<ApplicationOutcome> {
    const now = this.clock.now();
    for (let attempt = 1; attempt <= INSERT_TRIES; attempt += 1) {
      const previousCandidateId = await this.candidates.latestByEmail(input.email);
      const candidate = await this.candidates.insertUnlessOpen({ ...input, previousCandidateId, now });
      if (candidate) {
        await this.storeDossier(candidate.id, input, documents, now);
        return { candidateId: candidate.id, reference: candidate.reference, duplicate: false };
      }
      const open = await this.candidates.openByEmail(input.email);
      if (open) {
        await this.recordDuplicate(open.id);
        return { candidateId: open.id, reference: open.reference, duplicate: true };
      }
    }
    throw new Error('The open dossier of an application kept changing; the applicant may send the form again');
  }

  private async storeDossier(
    candidateId: string,
    input: Omit<ApplicationInput, keyof ApplicationSource> & ApplicationSource,
    documents: AcceptedDocument[],
    now: Date,
  ): Promise<void> {
    for (const document of documents) {
      await this.candidates.addDocument(candidateId, {
        kind: KIND_BY_FIELD[document.field],
        fileName: safeDocumentName(document.fileName, document.mediaType),
        mediaType: document.mediaType,
        sizeBytes: document.sizeBytes,
        sha256: document.sha256,
        storageKey: document.storageKey as string,
      });
    }
    await this.candidates.addHistory({ candidateId, from: null, to: 'applied', actorId: null, at: now, reason: null });
    await this.audit.record(PUBLIC_ACTOR, {
      entity: 'candidate',
      entityId: candidateId,
      action: 'apply',
      changedFields: [
        'firstName',
        'lastName',
        'email',
        'phone',
        'degreeLevel',
        'degreeField',
        'region',
        'consentToKeep',
        'route',
        'documents',
        ...(input.source ? ['source'] : []),
        ...(input.sourceDetail ? ['sourceDetail'] : []),
      ],
    });
    await this.unitOfWork.enqueue({ name: 'candidates.application-received', data: { candidateId } });
  }

  /** The open dossier stays as it is: the audit says a duplicate came in (nothing of it is kept), the owner gets a mail. */
  private async recordDuplicate(openCandidateId: string): Promise<void> {
    await this.audit.record(PUBLIC_ACTOR, { entity: 'candidate', entityId: openCandidateId, action: 'apply_duplicate', changedFields: [] });
    // Each form its own mail: the per-address throttle of the form keeps their number down.
    await this.unitOfWork.enqueue({ name: 'candidates.application-duplicate', data: { candidateId: openCandidateId, submissionId: randomUUID() } });
  }
}

function sha256Of(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}
