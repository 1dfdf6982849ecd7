import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, NotFoundError, ValidationFailedError, decodeCursor, encodeCursor, isCentralDesk, isUuid, type Actor, type Page } from '@app/shared';
import { Database } from '@app/infra';
import { AuditService } from '@app/audit';
import { StageConflictError } from '../domain/candidates.errors';
import { isClosed, STAGE_COMMANDS, type Stage, type StageCommand } from '../domain/stage';
import { visibilityCondition } from './candidate-visibility';
import { candidateDetailSql, candidateListSql, deskCommands } from './candidate.queries';
import type { CandidateDetail, CandidateDocumentView, CandidateListItem, CandidateListQuery, StageHistoryEntry } from './candidate.views';

export interface StageChange {
  candidateId: string;
  from: Stage;
  to: Stage;
  historyId: string;
}

/** Reading candidates within the reader's scope, and the stage commands as compare-and-set. */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: CandidateListQuery): Promise<Page<CandidateListItem>> {
    const parameters: unknown[] = [query.stage ?? null, query.region ?? null, query.q ? `%${escapeLike(query.q.toLowerCase())}%` : null];
    let keysetIndex: number | null = null;
    if (query.cursor) {
      const position = decodeCursor(query.cursor);
      const appliedAt = new Date(position.sortKey);
      // The year bound keeps dates JavaScript accepts but PostgreSQL does not out of the query.
      const year = appliedAt.getUTCFullYear();
      if (!isUuid(position.id) || Number.isNaN(appliedAt.getTime()) || year < 1900 || year > 9999) {
        throw new ValidationFailedError([{ field: 'cursor', message: 'cursor is ongeldig; gebruik de nextCursor uit een eerder antwoord.' }]);
      }
      parameters.push(appliedAt, position.id);
      keysetIndex = parameters.length - 1;
    }
    const visibility = visibilityCondition(actor, parameters.length + 1);
    parameters.push(...visibility.parameters, query.limit + 1);
    const rows = await this.database.query<CandidateListItem>(candidateListSql(keysetIndex, visibility.sql, parameters.length), parameters);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > query.limit && last ? encodeCursor({ sortKey: last.appliedAt, id: last.id }) : null;
    return { items, nextCursor };
  }

  async stageCounts(actor: Actor): Promise<Record<string, number>> {
    const visibility = visibilityCondition(actor, 1);
    const rows = await this.database.query<{ stage: Stage; count: number }>(
      `SELECT c.stage, count(*)::int AS count FROM candidates c WHERE ${visibility.sql} GROUP BY c.stage`,
      visibility.parameters,
    );
    return Object.fromEntries(rows.map((row) => [row.stage, row.count]));
  }

  /** One round trip: the candidate with documents (and, for the desk, disclosures), within scope. */
  async get(actor: Actor, id: string): Promise<CandidateDetail> {
    if (!isUuid(id)) throw new NotFoundError('candidate');
    const centralDesk = isCentralDesk(actor);
    const visibility = visibilityCondition(actor, 3);
    const [candidate] = await this.database.query<Omit<CandidateDetail, 'allowedCommands'>>(candidateDetailSql(visibility.sql), [
      id,
      centralDesk,
      ...visibility.parameters,
    ]);
    if (!candidate) throw new NotFoundError('candidate');
    const allowedCommands = centralDesk ? deskCommands(candidate.stage) : [];
    return { ...candidate, allowedCommands };
  }

  async history(actor: Actor, id: string): Promise<StageHistoryEntry[]> {
    await this.assertVisible(actor, id);
    return this.database.query<StageHistoryEntry>(
      `SELECT h.from_stage AS "fromStage", h.to_stage AS "toStage", h.actor_id AS "actorId", u.name AS "actorName", h.at, h.reason
       FROM candidate_stage_history h LEFT JOIN users u ON u.id = h.actor_id
       WHERE h.candidate_id = $1 ORDER BY h.id`,
      [id],
    );
  }

  /** The document's metadata when the actor may see the candidate; 404 otherwise. */
  async document(actor: Actor, candidateId: string, documentId: string): Promise<CandidateDocumentView & { storageKey: string }> {
    await this.assertVisible(actor, candidateId);
    const [document] = isUuid(documentId)
      ? await this.database.query<CandidateDocumentView & { storageKey: string }>(
          `SELECT id, kind, file_name AS "fileName", media_type AS "mediaType", size_bytes AS size, sha256, storage_key AS "storageKey"
           FROM candidate_documents WHERE id = $1 AND candidate_id = $2`,
          [documentId, candidateId],
        )
      : [];
    if (!document) throw new NotFoundError('document');
    return document;
  }

  /** Runs a desk command (screening, reject, withdraw) in its own transaction. */
  async runCommand(actor: Actor, id: string, command: StageCommand, reason: string | null): Promise<CandidateDetail> {
    await this.assertVisible(actor, id);
    await this.database.transaction((manager) => this.changeStage(manager, actor, id, command, reason));
    return this.get(actor, id);
  }

  /**
   * Compare-and-set of the stage inside the caller's transaction: the row is locked, the move is
   * checked against the current stage, and history and audit are written with it. Exactly one of
   * many concurrent identical commands wins; the others get a conflict naming the allowed stages.
   */
  async changeStage(manager: EntityManager, actor: Actor, id: string, command: StageCommand, reason: string | null): Promise<StageChange> {
    const transition = STAGE_COMMANDS[command];
    const now = this.clock.now();
    const closes = isClosed(transition.to);
    // The final SELECT matters: TypeORM answers a bare UPDATE … RETURNING with [rows, count], which
    // would make every command look like a winner.
    const rows: { from: Stage }[] = await manager.query(
      `WITH previous AS (SELECT id, stage FROM candidates WHERE id = $1 FOR UPDATE),
       changed AS (
         UPDATE candidates c SET stage = $2, version = c.version + 1, stage_changed_at = $3::timestamptz, updated_at = $3::timestamptz,
           closed_at = CASE WHEN $4::boolean THEN $3::timestamptz END, closing_reason = CASE WHEN $4::boolean THEN $5::text END
         FROM previous WHERE c.id = previous.id AND previous.stage = ANY($6::text[])
         RETURNING previous.stage AS "from")
       SELECT "from" FROM changed`,
      [id, transition.to, now, closes, reason, transition.from],
    );
    if (rows.length === 0) {
      const [current]: { stage: Stage }[] = await manager.query(`SELECT stage FROM candidates WHERE id = $1`, [id]);
      if (!current) throw new NotFoundError('candidate');
      throw new StageConflictError(command, current.stage);
    }
    const [history]: { id: string }[] = await manager.query(
      `INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, actor_id, at, reason)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
      [id, rows[0].from, transition.to, actor.userId, now, reason],
    );
    await this.audit.record(manager, actor, {
      entity: 'candidate',
      entityId: id,
      action: command,
      changedFields: closes ? ['stage', 'closedAt', 'closingReason'] : ['stage'],
    });
    return { candidateId: id, from: rows[0].from, to: transition.to, historyId: history.id };
  }

  /** 404 for an id that does not exist and for one outside the actor's scope alike. */
  async assertVisible(actor: Actor, id: string): Promise<void> {
    if (!isUuid(id)) throw new NotFoundError('candidate');
    const visibility = visibilityCondition(actor, 2);
    const [row] = await this.database.query(`SELECT 1 FROM candidates c WHERE c.id = $1 AND ${visibility.sql}`, [id, ...visibility.parameters]);
    if (!row) throw new NotFoundError('candidate');
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
