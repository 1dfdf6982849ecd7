import { Injectable } from '@nestjs/common';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Clock, NotFoundError, isUuid, type Actor } from '@app/shared';
import { StorageService, UnitOfWork } from '@app/infra';
import { AuditService } from '@app/audit';
import { ImportNotCommittableError } from '../domain/imports.errors';
import { ImportsRepository } from '../persistence/imports.repository';
import { ImportCheckService } from './import-check.service';
import { importView, type ImportView } from './import.views';
import { workbookKind } from './workbook-file';

export interface UploadedWorkbook {
  /** Where the upload landed in the incoming area. */
  path: string;
  fileName: string;
  sizeBytes: number;
}

const ENTITY = 'import';
const HISTORY_LIMIT = 50;

/**
 * Issue 15: an upload is checked at once (the dry run) and kept with its result; nothing of its
 * content is written until staff commit it, and then the worker writes all or nothing.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly storage: StorageService,
    private readonly imports: ImportsRepository,
    private readonly checks: ImportCheckService,
    private readonly clock: Clock,
  ) {}

  /** The dry run of an upload; the file is kept only when it can be committed. A file that is no workbook is refused (422). */
  async upload(actor: Actor, file: UploadedWorkbook): Promise<ImportView> {
    const kind = await workbookKind(file.path);
    const { plan, problems } = await this.checks.check(file.path, file.fileName, kind);
    const errors = problems.errorCount;
    const storageKey = errors === 0 ? await this.storage.keep(file.path) : null;
    const id = await this.unitOfWork.run(async () => {
      const importId = await this.imports.insert({
        fileName: file.fileName.slice(0, 255),
        fileKind: kind,
        sizeBytes: file.sizeBytes,
        storageKey,
        uploadedBy: actor.userId as string,
        now: this.clock.now(),
        status: errors === 0 ? 'checked' : 'refused',
        counts: plan.counts,
        problems: problems.items,
        errorCount: errors,
        warningCount: problems.items.length - problems.items.filter((problem) => problem.severity === 'error').length,
        rowsTotal: plan.rowsTotal,
      });
      await this.audit.record(actor, { entity: ENTITY, entityId: importId, action: 'upload', changedFields: ['fileName', 'status', 'counts', 'problems'] });
      return importId;
    });
    const view = await this.get(id);
    const changes = plan.people
      .filter((person) => person.action !== 'unchanged')
      .map((person) => ({ reference: person.reference, action: person.action as 'create' | 'update', changes: person.changes }));
    return { ...view, changes };
  }

  /** Queues the commit of a dry run without errors, once (409 otherwise); the worker writes it. */
  async requestCommit(actor: Actor, id: string): Promise<ImportView> {
    await this.unitOfWork.run(async () => {
      if (!isUuid(id) || !(await this.imports.queue(id, actor.userId, this.clock.now()))) {
        const current = isUuid(id) ? await this.imports.find(id) : null;
        if (!current) throw new NotFoundError('import');
        throw new ImportNotCommittableError(current.status, current.errorCount);
      }
      await this.audit.record(actor, { entity: ENTITY, entityId: id, action: 'commit', changedFields: ['status'] });
      await this.unitOfWork.enqueue({ name: 'imports.commit', data: { importId: id } });
    });
    return this.get(id);
  }

  async get(id: string): Promise<ImportView> {
    const row = isUuid(id) ? await this.imports.find(id) : null;
    if (!row) throw new NotFoundError('import');
    return importView(row);
  }

  /** The import history, newest first (who, when, counts), without each import's list of problems. */
  async list(): Promise<ImportView[]> {
    return (await this.imports.list(HISTORY_LIMIT)).map((row) => ({ ...importView(row), problems: [] }));
  }

  /** Copies a kept upload to the incoming area for reading (yauzl reads a file, not a stream); the caller discards it. */
  async copyOut(storageKey: string): Promise<string> {
    const path = await this.storage.incomingPath();
    await pipeline(this.storage.open(storageKey), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    return path;
  }
}
