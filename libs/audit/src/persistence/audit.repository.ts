import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { Actor } from '@app/shared';
import type { AuditEntry, AuditRecord } from '../application/audit.views';

/** All SQL of the audit log. */
@Injectable()
export class AuditRepository {
  constructor(private readonly database: Database) {}

  async insert(actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
    await this.database.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, entity, entity_id, action, changed_fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [at, actor.userId, actor.role, entry.entity, entry.entityId, entry.action, entry.changedFields],
    );
  }

  /** Newest first, keyset on the id: rows with an id below `beforeId` when given. */
  list(filter: { entity: string | null; entityId: string | null; beforeId: string | null; limit: number }): Promise<AuditRecord[]> {
    return this.database.query<AuditRecord>(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", u.name AS "actorName", a.actor_role AS "actorRole",
              a.entity, a.entity_id AS "entityId", a.action, a.changed_fields AS "changedFields"
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE ($1::text IS NULL OR a.entity = $1) AND ($2::text IS NULL OR a.entity_id = $2)
         AND ($3::bigint IS NULL OR a.id < $3::bigint)
       ORDER BY a.id DESC LIMIT $4`,
      [filter.entity, filter.entityId, filter.beforeId, filter.limit],
    );
  }
}
