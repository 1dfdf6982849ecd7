import { Injectable } from '@nestjs/common';
import { ValidationFailedError, decodeCursor, encodeCursor, type Page } from '@app/shared';
import { AuditRepository } from '../persistence/audit.repository';
import type { AuditActor, AuditQuery, AuditRecord } from './audit.views';

/** The audit log for the desk, newest first, in pages. */
@Injectable()
export class AuditReader {
  constructor(private readonly audit: AuditRepository) {}

  async list(query: AuditQuery): Promise<Page<AuditRecord>> {
    const beforeId = query.cursor ? decodeCursor(query.cursor).id : null;
    if (beforeId !== null && !/^\d{1,18}$/.test(beforeId)) {
      throw new ValidationFailedError([{ field: 'cursor', message: 'Vervolgpagina is ongeldig; vraag de lijst opnieuw op vanaf de eerste pagina.' }]);
    }
    if (query.candidateIds?.length === 0) return { items: [], nextCursor: null };
    const rows = await this.audit.list({
      entity: query.entity ?? null,
      entityId: query.entityId ?? null,
      candidateIds: query.candidateIds ?? null,
      actorId: query.actorId ?? null,
      from: query.from ?? null,
      until: query.until ?? null,
      beforeId,
      limit: query.limit + 1,
    });
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ sortKey: '', id: last.id }) : null };
  }

  /** Every row about the given entities (ids, or the first part of a compound id), oldest first: what the log holds on one person (R13). */
  about(entityIds: string[]): Promise<AuditRecord[]> {
    return entityIds.length === 0 ? Promise.resolve([]) : this.audit.about(entityIds);
  }

  /** The users who acted in the log, by name. */
  actors(): Promise<AuditActor[]> {
    return this.audit.actors();
  }
}
