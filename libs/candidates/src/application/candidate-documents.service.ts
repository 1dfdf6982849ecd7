import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { safeDocumentName } from '../domain/document-name.policy';
import { CandidateReader } from './candidate.reader';

/** A document as it is handed out: where it lies, its detected type and the name it is saved under. */
export interface DocumentDownload {
  storageKey: string;
  mediaType: string;
  fileName: string;
}

/** Handing out a candidate's documents: within the actor's scope, and recorded in the audit (who, when, which document). */
@Injectable()
export class CandidateDocumentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly reader: CandidateReader,
    private readonly audit: AuditService,
  ) {}

  /**
   * The document to send, with its audit row in one unit of work: the kind names the document, as a
   * candidate has one of each. The name is made safe again, for rows stored before the rule existed.
   */
  async download(actor: Actor, candidateId: string, documentId: string): Promise<DocumentDownload> {
    return this.unitOfWork.run(async () => {
      const document = await this.reader.document(actor, candidateId, documentId);
      await this.audit.record(actor, { entity: 'candidate', entityId: candidateId, action: `download_${document.kind}`, changedFields: [] });
      return { storageKey: document.storageKey, mediaType: document.mediaType, fileName: safeDocumentName(document.fileName, document.mediaType) };
    });
  }
}
