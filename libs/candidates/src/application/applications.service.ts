import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Clock, PUBLIC_ACTOR } from '@app/shared';
import { StorageService, UnitOfWork, isUniqueViolation } from '@app/infra';
import { AuditService } from '@app/audit';
import { DocumentRefusedError, IneligibleDegreeError, OpenDossierExistsError } from '../domain/candidates.errors';
import { inspectDocument } from './document.policy';
import { safeDocumentName, type DocumentMediaType } from '../domain/document-name.policy';
import { isEligibleDegree } from '../domain/eligibility.policy';
import { CandidateRepository } from '../persistence/candidate.repository';
import type { ApplicationInput } from './candidate.views';

/** An uploaded file waiting in the incoming area; it is kept only when the application is accepted. */
export interface IncomingDocument {
  field: 'motivationLetter' | 'cv';
  path: string;
  fileName: string;
  sizeBytes: number;
}

export interface ApplicationReceipt {
  candidateId: string;
  reference: string;
}

interface AcceptedDocument extends IncomingDocument {
  mediaType: DocumentMediaType;
  sha256: string;
  storageKey?: string;
}

const KIND_BY_FIELD = { motivationLetter: 'motivation_letter', cv: 'cv' } as const;

/**
 * The public application (R1–R3). Candidate, documents, history, audit and the jobs it causes are
 * written in one transaction; a refusal leaves nothing behind, not even the uploaded files.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly candidates: CandidateRepository,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async submit(input: ApplicationInput, files: IncomingDocument[]): Promise<ApplicationReceipt> {
    const accepted: AcceptedDocument[] = [];
    try {
      if (!isEligibleDegree(input.degreeLevel)) throw new IneligibleDegreeError();
      for (const file of files) accepted.push(await this.accept(file));
      for (const document of accepted) document.storageKey = await this.storage.keep(document.path);
      return await this.unitOfWork.run(() => this.store(input, accepted));
    } catch (error) {
      await Promise.all([
        ...files.map((file) => this.storage.discard(file.path)),
        ...accepted.filter((document) => document.storageKey).map((document) => this.storage.remove(document.storageKey as string)),
      ]);
      throw error;
    }
  }

  private async accept(file: IncomingDocument): Promise<AcceptedDocument> {
    const verdict = await inspectDocument(file.path, file.sizeBytes);
    if (!verdict.accepted) throw new DocumentRefusedError(file.field, verdict.reason);
    return { ...file, mediaType: verdict.mediaType, sha256: await sha256Of(file.path) };
  }

  private async store(input: ApplicationInput, documents: AcceptedDocument[]): Promise<ApplicationReceipt> {
    const now = this.clock.now();
    const previousCandidateId = await this.candidates.latestByEmail(input.email);
    const candidate = await this.candidates.insert({ ...input, previousCandidateId, now }).catch((error: unknown) => {
      if (isUniqueViolation(error, 'candidates_open_email_key')) throw new OpenDossierExistsError();
      throw error;
    });
    for (const document of documents) {
      await this.candidates.addDocument(candidate.id, {
        kind: KIND_BY_FIELD[document.field],
        fileName: safeDocumentName(document.fileName, document.mediaType),
        mediaType: document.mediaType,
        sizeBytes: document.sizeBytes,
        sha256: document.sha256,
        storageKey: document.storageKey as string,
      });
    }
    await this.candidates.addHistory({ candidateId: candidate.id, from: null, to: 'applied', actorId: null, at: now, reason: null });
    await this.audit.record(PUBLIC_ACTOR, {
      entity: 'candidate',
      entityId: candidate.id,
      action: 'apply',
      changedFields: ['firstName', 'lastName', 'email', 'phone', 'degreeLevel', 'degreeField', 'region', 'consentToKeep', 'documents'],
    });
    await this.unitOfWork.enqueue({ name: 'candidates.application-received', data: { candidateId: candidate.id } });
    return { candidateId: candidate.id, reference: candidate.reference };
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
