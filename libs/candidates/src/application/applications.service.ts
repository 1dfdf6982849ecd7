import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Clock, PUBLIC_ACTOR, type Region } from '@app/shared';
import { Database, Outbox, StorageService } from '@app/infra';
import { AuditService } from '@app/audit';
import { DocumentRefusedError, IneligibleDegreeError, OpenDossierExistsError } from '../domain/candidates.errors';
import { inspectDocument, type DocumentMediaType } from '../domain/document.policy';
import { isEligibleDegree, type DegreeLevel } from '../domain/eligibility.policy';

export interface ApplicationInput {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  degreeLevel: DegreeLevel;
  degreeField: string;
  region: Region;
  consentToKeep: boolean;
}

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
    private readonly database: Database,
    private readonly storage: StorageService,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async submit(input: ApplicationInput, files: IncomingDocument[]): Promise<ApplicationReceipt> {
    const accepted: AcceptedDocument[] = [];
    try {
      if (!isEligibleDegree(input.degreeLevel)) throw new IneligibleDegreeError();
      for (const file of files) accepted.push(await this.accept(file));
      for (const document of accepted) document.storageKey = await this.storage.keep(document.path);
      const { receipt, outboxIds } = await this.database.transaction((manager) => this.store(manager, input, accepted));
      this.outbox.dispatch(outboxIds);
      return receipt;
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

  private async store(manager: Parameters<Parameters<Database['transaction']>[0]>[0], input: ApplicationInput, documents: AcceptedDocument[]) {
    const now = this.clock.now();
    const [previous]: { id: string }[] = await manager.query(
      `SELECT id FROM candidates WHERE lower(email) = lower($1) ORDER BY applied_at DESC LIMIT 1`,
      [input.email],
    );
    const [candidate]: { id: string; reference: string }[] = await manager
      .query(
        `INSERT INTO candidates (reference, first_name, last_name, email, phone, degree_level, degree_field, region,
           consent_to_keep, previous_candidate_id, applied_at, stage_changed_at, created_at, updated_at)
         VALUES ('ZI-' || to_char($11::timestamptz AT TIME ZONE 'Europe/Amsterdam', 'YYYY') || '-' || (SELECT lpad(n::text, greatest(5, length(n::text)), '0') FROM nextval('candidate_reference_seq') AS n),
           $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10, $10)
         RETURNING id, reference`,
        [input.firstName, input.lastName, input.email, input.phone, input.degreeLevel, input.degreeField, input.region,
          input.consentToKeep, previous?.id ?? null, now, now],
      )
      .catch((error: unknown) => {
        if ((error as { constraint?: string }).constraint === 'candidates_open_email_key') throw new OpenDossierExistsError();
        throw error;
      });
    for (const document of documents) {
      await manager.query(
        `INSERT INTO candidate_documents (candidate_id, kind, file_name, media_type, size_bytes, sha256, storage_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [candidate.id, KIND_BY_FIELD[document.field], safeFileName(document.fileName), document.mediaType, document.sizeBytes, document.sha256, document.storageKey],
      );
    }
    await manager.query(
      `INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, actor_id, at) VALUES ($1, NULL, 'applied', NULL, $2)`,
      [candidate.id, now],
    );
    await this.audit.record(manager, PUBLIC_ACTOR, {
      entity: 'candidate',
      entityId: candidate.id,
      action: 'apply',
      changedFields: ['firstName', 'lastName', 'email', 'phone', 'degreeLevel', 'degreeField', 'region', 'consentToKeep', 'documents'],
    });
    const outboxIds = await this.outbox.add(manager, [{ name: 'candidates.application-received', data: { candidateId: candidate.id } }]);
    return { receipt: { candidateId: candidate.id, reference: candidate.reference }, outboxIds };
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

/** The name shown on download: the base name only, without control or path characters. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '').trim().slice(0, 200);
  return cleaned || 'document';
}
