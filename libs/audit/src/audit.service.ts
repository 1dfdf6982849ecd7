import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, ValidationFailedError, decodeCursor, encodeCursor, type Actor, type Page } from '@app/shared';
import { Database } from '@app/infra';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  /** Names of the fields that changed; never their values (documents and passwords stay out). */
  changedFields: string[];
}

export interface AuditRecord extends AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  cursor?: string;
  limit: number;
}

/** R15: every change leaves one row, written in the same transaction as the change itself. */
@Injectable()
export class AuditService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, entity, entity_id, action, changed_fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [this.clock.now(), actor.userId, actor.role, entry.entity, entry.entityId, entry.action, entry.changedFields],
    );
  }

  async list(query: AuditQuery): Promise<Page<AuditRecord>> {
    const after = query.cursor ? decodeCursor(query.cursor).id : null;
    if (after !== null && !/^\d{1,18}$/.test(after)) {
      throw new ValidationFailedError([{ field: 'cursor', message: 'cursor is ongeldig.' }]);
    }
    const rows = await this.database.query<AuditRecord>(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", u.name AS "actorName", a.actor_role AS "actorRole",
              a.entity, a.entity_id AS "entityId", a.action, a.changed_fields AS "changedFields"
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE ($1::text IS NULL OR a.entity = $1) AND ($2::text IS NULL OR a.entity_id = $2)
         AND ($3::bigint IS NULL OR a.id < $3::bigint)
       ORDER BY a.id DESC LIMIT $4`,
      [query.entity ?? null, query.entityId ?? null, after, query.limit + 1],
    );
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ sortKey: '', id: last.id }) : null };
  }
}
