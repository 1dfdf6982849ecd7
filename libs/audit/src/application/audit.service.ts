import { Injectable } from '@nestjs/common';
import { Clock, type Actor } from '@app/shared';
import { Database } from '@app/infra';
import { AuditRepository } from '../persistence/audit.repository';
import type { AuditEntry } from './audit.views';

/** R15: every change leaves one row, written in the same unit of work as the change itself. */
@Injectable()
export class AuditService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Records a change; must run inside the command's unit of work, so change and audit commit together. */
  async record(actor: Actor, entry: AuditEntry): Promise<void> {
    if (!this.database.inTransaction()) throw new Error('An audit row is written in the unit of work of its change');
    await this.audit.insert(actor, entry, this.clock.now());
  }

  /**
   * Import only (issue 15): history written as it happened, each row at its own historical moment
   * with the importer as actor, in the caller's unit of work; one statement for many rows.
   */
  async recordHistory(actor: Actor, entries: (AuditEntry & { at: Date })[]): Promise<void> {
    if (!this.database.inTransaction()) throw new Error('An audit row is written in the unit of work of its change');
    if (entries.length > 0) await this.audit.insertMany(actor, entries);
  }
}
