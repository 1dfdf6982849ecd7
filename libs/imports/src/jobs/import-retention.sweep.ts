import { Injectable } from '@nestjs/common';
import { Clock } from '@app/shared';
import { StorageService, SweepOn, UnitOfWork, type Sweep } from '@app/infra';
import { AuditService } from '@app/audit';
import { ImportsRepository } from '../persistence/imports.repository';
import { IMPORT_RETENTION_SWEEP } from './imports.jobs';

/** An upload and its problem list (which quotes cells: names, addresses) are kept this many days, long enough to fix and upload again. */
const KEEP_DAYS = 30;

/**
 * R13: what an import kept of the spreadsheet's personal data goes after 30 days: the uploaded file
 * (a committed one went at its commit) and the dry run's problems. The import's record stays
 * (who, when, counts). Idempotent: the UPDATE claims only imports that still keep something, and
 * removing a file that is gone does nothing.
 */
@SweepOn({ name: IMPORT_RETENTION_SWEEP, cron: '45 2 * * *' })
@Injectable()
export class ImportRetentionSweep implements Sweep {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly imports: ImportsRepository,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - KEEP_DAYS * 86_400_000);
    const forgotten = await this.unitOfWork.run(async () => {
      const rows = await this.imports.forgetContent(before);
      for (const row of rows) {
        await this.audit.record({ userId: null, role: 'system' }, { entity: 'import', entityId: row.id, action: 'forget', changedFields: ['problems'] });
      }
      return rows;
    });
    for (const row of forgotten) if (row.storageKey !== null) await this.storage.remove(row.storageKey);
    return forgotten.length;
  }
}
