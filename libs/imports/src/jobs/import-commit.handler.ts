import { Injectable, Logger } from '@nestjs/common';
import { Clock, DomainError, type Actor } from '@app/shared';
import { Database, HandlesJob, StorageService, UnitOfWork, type JobHandler, type JobMap } from '@app/infra';
import { AuditService } from '@app/audit';
import type { ImportProblem } from '../domain/import-problems';
import { ImportCheckService, type ParsedFile } from '../application/import-check.service';
import { ImportsService } from '../application/imports.service';
import { ImportWriter } from '../application/import-writer';
import { ImportsRepository, writeProgress } from '../persistence/imports.repository';

interface Refusal {
  failure: string;
  problems: ImportProblem[];
  errors: number;
}

/**
 * Commits a queued import: the dry run again, against the state it writes into, then every row in
 * one unit of work (all or nothing), with the progress written beside it.
 * Idempotent: commits take turns on an advisory lock, and an import that is no longer `queued`
 * (committed by an earlier delivery, or failed) is skipped.
 */
@HandlesJob('imports.commit')
@Injectable()
export class ImportCommitHandler implements JobHandler<'imports.commit'> {
  private readonly logger = new Logger(ImportCommitHandler.name);

  constructor(
    private readonly database: Database,
    private readonly unitOfWork: UnitOfWork,
    private readonly imports: ImportsRepository,
    private readonly service: ImportsService,
    private readonly checks: ImportCheckService,
    private readonly writer: ImportWriter,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async handle({ importId }: JobMap['imports.commit']): Promise<void> {
    let refused: Refusal | null = null;
    let storageKey: string | null = null;
    await this.commit(importId, (key) => (storageKey = key)).then(
      (refusal) => (refused = refusal),
      (error: unknown) => {
        // A rule that refused a row meanwhile (a domain error): nothing was written; the import says why.
        if (!(error instanceof DomainError)) throw error;
        refused = { failure: error.message, problems: [], errors: 1 };
      },
    );
    if (refused !== null) {
      const { failure, problems, errors } = refused;
      await this.unitOfWork.run(async () => {
        await this.imports.failed(importId, failure, problems, errors);
        await this.audit.record(
          { userId: null, role: 'system' },
          { entity: 'import', entityId: importId, action: 'fail', changedFields: ['status', 'problems'] },
        );
      });
      this.logger.warn(`Import ${importId} refused at commit: ${errors} error(s)`);
    } else if (storageKey !== null && (await this.imports.find(importId))?.status === 'committed') {
      // The upload held personal data; once committed it has no purpose left.
      await this.storage.remove(storageKey);
    }
  }

  private async commit(importId: string, keep: (storageKey: string) => void): Promise<Refusal | null> {
    const waiting = await this.imports.queued(importId);
    if (!waiting || waiting.storageKey === null) return null;
    // The file is read before the transaction opens: parsing a large workbook would leave it idle
    // past idle_in_transaction_session_timeout. What it is checked against is read inside.
    const path = await this.service.copyOut(waiting.storageKey);
    let parsed: ParsedFile;
    try {
      parsed = await this.checks.read(path, waiting.fileName, waiting.fileKind);
    } finally {
      await this.storage.discard(path);
    }
    return this.unitOfWork.run(async () => {
      await this.imports.serialise();
      const row = await this.imports.queued(importId);
      if (!row || row.storageKey === null) return null;
      keep(row.storageKey);
      const { plan, problems } = await this.checks.plan(parsed);
      if (problems.errorCount > 0) {
        return {
          failure: 'Bij het verwerken bleek het bestand niet meer te passen bij wat er nu is vastgelegd.',
          problems: problems.items,
          errors: problems.errorCount,
        };
      }
      const actor: Actor = { userId: row.committedBy ?? row.uploadedBy, role: 'staff' };
      const now = this.clock.now();
      await writeProgress(this.database, importId, 0, plan.rowsTotal);
      await this.writer.write(actor, importId, plan, now, (done) => writeProgress(this.database, importId, done, plan.rowsTotal));
      await this.imports.committed(importId, plan.counts, plan.rowsTotal, now);
      await this.audit.record(actor, { entity: 'import', entityId: importId, action: 'complete', changedFields: ['status', 'counts'] });
      return null;
    });
  }
}
