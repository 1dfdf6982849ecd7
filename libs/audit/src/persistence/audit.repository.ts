import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { Actor } from '@app/shared';
import type { AuditActor, AuditEntry, AuditRecord } from '../application/audit.views';

export interface AuditFilter {
  entity: string | null;
  entityId: string | null;
  candidateIds: string[] | null;
  actorId: string | null;
  from: Date | null;
  until: Date | null;
  beforeId: string | null;
  limit: number;
}

/** All SQL of the audit log. */
@Injectable()
export class AuditRepository {
  constructor(private readonly database: Database) {}

  async insert(actor: Actor, entry: AuditEntry, at: Date): Promise<void> {
    await this.database.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, entity, entity_id, action, changed_fields)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [at, actor.userId ?? actor.candidateId ?? null, actor.role, entry.entity, entry.entityId, entry.action, entry.changedFields],
    );
  }

  /** Many rows, each at its own moment (imported history), in one statement. */
  async insertMany(actor: Actor, entries: (AuditEntry & { at: Date })[]): Promise<void> {
    await this.database.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, entity, entity_id, action, changed_fields)
       SELECT at, $1, $2, entity, entity_id, action, ARRAY(SELECT jsonb_array_elements_text(fields))
       FROM unnest($3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::jsonb[]) AS e(at, entity, entity_id, action, fields)`,
      [
        actor.userId,
        actor.role,
        entries.map((entry) => entry.at),
        entries.map((entry) => entry.entity),
        entries.map((entry) => entry.entityId),
        entries.map((entry) => entry.action),
        entries.map((entry) => JSON.stringify(entry.changedFields)),
      ],
    );
  }

  /** Newest first, keyset on the id: rows with an id below `beforeId` when given. One statement, every filter optional. */
  list(filter: AuditFilter): Promise<AuditRecord[]> {
    return this.database.query<AuditRecord>(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", u.name AS "actorName", a.actor_role AS "actorRole",
              a.entity, a.entity_id AS "entityId", a.action, a.changed_fields AS "changedFields"
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE ($1::text IS NULL OR a.entity = $1) AND ($2::text IS NULL OR a.entity_id = $2)
         AND ($3::bigint IS NULL OR a.id < $3::bigint)
         AND ($5::text[] IS NULL OR (a.entity = 'candidate' AND a.entity_id = ANY($5::text[])))
         AND ($6::uuid IS NULL OR a.actor_id = $6::uuid)
         AND ($7::timestamptz IS NULL OR a.at >= $7) AND ($8::timestamptz IS NULL OR a.at < $8)
       ORDER BY a.id DESC LIMIT $4`,
      [filter.entity, filter.entityId, filter.beforeId, filter.limit, filter.candidateIds, filter.actorId, filter.from, filter.until],
    );
  }

  /** Every row about the given entity ids, a compound id ('<interview>/<board>') by its first part too; oldest first. */
  about(entityIds: string[]): Promise<AuditRecord[]> {
    return this.database.query<AuditRecord>(
      `SELECT a.id::text AS id, a.at, a.actor_id AS "actorId", u.name AS "actorName", a.actor_role AS "actorRole",
              a.entity, a.entity_id AS "entityId", a.action, a.changed_fields AS "changedFields"
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
       WHERE split_part(a.entity_id, '/', 1) = ANY($1::text[])
       ORDER BY a.id`,
      [entityIds],
    );
  }

  actors(): Promise<AuditActor[]> {
    return this.database.query<AuditActor>(
      `SELECT u.id, u.name, u.role FROM users u
       WHERE EXISTS (SELECT 1 FROM audit_log a WHERE a.actor_id = u.id)
       ORDER BY lower(u.name), u.id`,
    );
  }
}
