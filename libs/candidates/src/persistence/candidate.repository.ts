import { Injectable } from '@nestjs/common';
import type { Actor } from '@app/shared';
import { Database } from '@app/infra';
import type { DegreeLevel } from '@app/routes';
import type { Stage } from '../domain/stage';
import type { HistoryFacts } from '../domain/party-projection';
import type {
  ApplicationInput,
  CandidateContact,
  CandidateDetail,
  CandidateDocumentView,
  CandidateListItem,
  CandidateSort,
  StageHistoryEntry,
} from '../application/candidate.views';
import { visibilityCondition } from './candidate-visibility';
import { candidateDetailSql, candidateListColumns, candidateListRow, candidateListSql } from './candidate.queries';

export interface ListFilter {
  stage: Stage | null;
  region: string | null;
  /** A LIKE pattern on the search text, already escaped. */
  searchPattern: string | null;
  sort: CandidateSort;
  /** Keyset position: rows after this sort key (as the previous page's `sortKey` gave it) and id, in the sort's order. */
  after: { sortKey: string; id: string } | null;
  limit: number;
  /** Count every matching row as `total` (first pages only). */
  withTotal: boolean;
}

/** A list row: the item, its keyset position and, on a counted first page, the total count. */
export interface CandidateListRow {
  item: CandidateListItem;
  sortKey: string;
  total: number | null;
}

export interface NewCandidate extends Omit<ApplicationInput, 'source' | 'sourceDetail'> {
  source: string | null;
  sourceDetail: string | null;
  previousCandidateId: string | null;
  now: Date;
}

export interface NewDocument {
  kind: 'motivation_letter' | 'cv';
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

export interface StageUpdate {
  to: Stage;
  from: readonly Stage[];
  now: Date;
  /** Whether the move closes the dossier; then `reason` is kept as the closing reason. */
  closes: boolean;
  reason: string | null;
  /** When given (If-Match), the move happens only at this version of the candidate. */
  version: number | null;
}

/** The predicate of the partial unique index `candidates_open_email_key`, word for word (ON CONFLICT infers the index from it). */
const OPEN_DOSSIER = `stage NOT IN ('qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired')`;

/** All SQL of the candidates module: candidates, their documents and their stage history. */
@Injectable()
export class CandidateRepository {
  constructor(private readonly database: Database) {}

  async list(actor: Actor, filter: ListFilter): Promise<CandidateListRow[]> {
    const parameters: unknown[] = [filter.stage, filter.region, filter.searchPattern];
    let keysetIndex: number | null = null;
    if (filter.after) {
      parameters.push(filter.after.sortKey, filter.after.id);
      keysetIndex = parameters.length - 1;
    }
    const visibility = visibilityCondition(actor, parameters.length + 1);
    parameters.push(...visibility.parameters, filter.limit);
    const counted = filter.withTotal && keysetIndex === null;
    const sql = candidateListSql(keysetIndex, visibility.sql, parameters.length, filter.sort, filter.withTotal);
    const rows = await this.database.queryValues(sql, parameters, candidateListColumns(counted));
    return rows.map(candidateListRow);
  }

  async stageCounts(actor: Actor): Promise<Map<Stage, number>> {
    const visibility = visibilityCondition(actor, 1);
    const rows = await this.database.query<{ stage: Stage; count: number }>(
      `SELECT c.stage, count(*)::int AS count FROM candidates c WHERE ${visibility.sql} GROUP BY c.stage`,
      visibility.parameters,
    );
    return new Map(rows.map((row) => [row.stage, row.count]));
  }

  /** Per stage its count and its newest `perStage` candidates, in one query (the pipeline columns). */
  columns(
    actor: Actor,
    filter: { stage: Stage | null; region: string | null; searchPattern: string | null; perStage: number },
  ): Promise<{ stage: Stage; count: number; items: CandidateListItem[] }[]> {
    const visibility = visibilityCondition(actor, 5);
    return this.database.query(
      `WITH visible AS (
         SELECT c.*, row_number() OVER (PARTITION BY c.stage ORDER BY c.applied_at DESC, c.id DESC) AS position,
                count(*) OVER (PARTITION BY c.stage)::int AS total
         FROM candidates c
         WHERE ($1::text IS NULL OR c.region = $1) AND ($2::text IS NULL OR c.search_text LIKE $2) AND ($4::text IS NULL OR c.stage = $4)
           AND ${visibility.sql})
       SELECT stage, max(total)::int AS count,
              json_agg(json_build_object('id', id, 'reference', reference, 'firstName', first_name, 'lastName', last_name, 'email', email,
                'region', region, 'stage', stage,
                'appliedAt', to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'updatedAt', to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'stageChangedAt', to_char(stage_changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'erasedAt', to_char(erased_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'version', version)
                ORDER BY position) FILTER (WHERE position <= $3) AS items
       FROM visible GROUP BY stage`,
      [filter.region, filter.searchPattern, filter.perStage, filter.stage, ...visibility.parameters],
    );
  }

  async detail(actor: Actor, id: string, centralDesk: boolean): Promise<Omit<CandidateDetail, 'allowedCommands'> | null> {
    const visibility = visibilityCondition(actor, 3);
    const [row] = await this.database.query<Omit<CandidateDetail, 'allowedCommands'>>(candidateDetailSql(visibility.sql), [
      id,
      centralDesk,
      ...visibility.parameters,
    ]);
    return row ?? null;
  }

  async isVisible(actor: Actor, id: string): Promise<boolean> {
    const visibility = visibilityCondition(actor, 2);
    const [row] = await this.database.query(`SELECT 1 FROM candidates c WHERE c.id = $1 AND ${visibility.sql}`, [id, ...visibility.parameters]);
    return row !== undefined;
  }

  /** The stage history with, per entry, the actor's role and organisation (the party projection needs them). */
  history(id: string): Promise<(StageHistoryEntry & HistoryFacts)[]> {
    return this.database.query<StageHistoryEntry & HistoryFacts>(
      `SELECT h.from_stage AS "fromStage", h.to_stage AS "toStage", h.actor_id AS "actorId", u.name AS "actorName", h.at, h.reason,
         u.role AS "actorRole", u.board_id AS "actorBoardId", u.institute_id AS "actorInstituteId"
       FROM candidate_stage_history h LEFT JOIN users u ON u.id = h.actor_id
       WHERE h.candidate_id = $1 ORDER BY h.id`,
      [id],
    );
  }

  async document(candidateId: string, documentId: string): Promise<(CandidateDocumentView & { storageKey: string }) | null> {
    const [document] = await this.database.query<CandidateDocumentView & { storageKey: string }>(
      `SELECT id, kind, file_name AS "fileName", media_type AS "mediaType", size_bytes AS size, sha256, storage_key AS "storageKey"
       FROM candidate_documents WHERE id = $1 AND candidate_id = $2`,
      [documentId, candidateId],
    );
    return document ?? null;
  }

  async contact(id: string): Promise<CandidateContact | null> {
    const [row] = await this.database.query<CandidateContact>(
      `SELECT id, reference, first_name AS "firstName", last_name AS "lastName", email, region, stage FROM candidates WHERE id = $1 AND erased_at IS NULL`,
      [id],
    );
    return row ?? null;
  }

  /** Ids of the candidates whose reference, name or e-mail address matches the (escaped) LIKE pattern. */
  async idsMatching(searchPattern: string, limit: number): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(`SELECT id FROM candidates WHERE search_text LIKE $1 ORDER BY id LIMIT $2`, [searchPattern, limit]);
    return rows.map((row) => row.id);
  }

  names(ids: string[]): Promise<{ id: string; name: string; reference: string }[]> {
    return this.database.query(
      `SELECT id, CASE WHEN erased_at IS NULL THEN first_name || ' ' || last_name ELSE '' END AS name, reference FROM candidates WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * Compare-and-set of the stage: the row is locked, and moved only when it stands in one of the
   * stages the move starts from. Returns the stage it came from, or null when it did not move.
   */
  async moveStage(id: string, update: StageUpdate): Promise<Stage | null> {
    const [row] = await this.database.query<{ from: Stage }>(
      `WITH previous AS (SELECT id, stage, version FROM candidates WHERE id = $1 FOR UPDATE)
       UPDATE candidates c SET stage = $2, version = c.version + 1, stage_changed_at = $3::timestamptz, updated_at = $3::timestamptz,
         closed_at = CASE WHEN $4::boolean THEN $3::timestamptz END, closing_reason = CASE WHEN $4::boolean THEN $5::text END
       FROM previous WHERE c.id = previous.id AND previous.stage = ANY($6::text[]) AND ($7::int IS NULL OR previous.version = $7)
       RETURNING previous.stage AS "from"`,
      [id, update.to, update.now, update.closes, update.reason, update.from, update.version],
    );
    return row?.from ?? null;
  }

  /** The candidate's stage and version now, with the latest stage change and who made it (for a refusal that says why). */
  async current(id: string): Promise<{ stage: Stage; version: number; changedBy: string | null } | null> {
    const [row] = await this.database.query<{ stage: Stage; version: number; changedBy: string | null }>(
      `SELECT c.stage, c.version, u.name AS "changedBy"
       FROM candidates c
       LEFT JOIN LATERAL (SELECT h.actor_id FROM candidate_stage_history h WHERE h.candidate_id = c.id ORDER BY h.id DESC LIMIT 1) latest ON TRUE
       LEFT JOIN users u ON u.id = latest.actor_id
       WHERE c.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async addHistory(entry: { candidateId: string; from: Stage | null; to: Stage; actorId: string | null; at: Date; reason: string | null }): Promise<string> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, actor_id, at, reason)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
      [entry.candidateId, entry.from, entry.to, entry.actorId, entry.at, entry.reason],
    );
    return row.id;
  }

  async latestByEmail(email: string): Promise<string | null> {
    const [row] = await this.database.query<{ id: string }>(`SELECT id FROM candidates WHERE lower(email) = lower($1) ORDER BY applied_at DESC LIMIT 1`, [
      email,
    ]);
    return row?.id ?? null;
  }

  /** The newest dossier of this address that still holds personal data (the candidate's own page signs in to it). */
  async latestKeptByEmail(email: string): Promise<string | null> {
    const [row] = await this.database.query<{ id: string }>(
      `SELECT id FROM candidates WHERE lower(email) = lower($1) AND erased_at IS NULL ORDER BY applied_at DESC, id LIMIT 1`,
      [email],
    );
    return row?.id ?? null;
  }

  /** The open dossier (R3) of this e-mail address, in any case, if there is one. */
  async openByEmail(email: string): Promise<{ id: string; reference: string } | null> {
    const [row] = await this.database.query<{ id: string; reference: string }>(
      `SELECT id, reference FROM candidates WHERE lower(email) = lower($1) AND ${OPEN_DOSSIER}`,
      [email],
    );
    return row ?? null;
  }

  /**
   * Inserts the candidate with the next reference of the year it applied in (Amsterdam time),
   * `ZI-2026-00301` — unless the address has an open dossier (R3). The partial unique index
   * `candidates_open_email_key` decides, also under concurrency: a competing insert waits for the
   * other transaction and then does nothing. Null when nothing was inserted.
   */
  async insertUnlessOpen(candidate: NewCandidate): Promise<{ id: string; reference: string } | null> {
    const [row] = await this.database.query<{ id: string; reference: string }>(
      `INSERT INTO candidates (reference, first_name, last_name, email, phone, degree_level, degree_field, region,
         consent_to_keep, previous_candidate_id, applied_at, stage_changed_at, created_at, updated_at, route, source, source_detail)
       VALUES ('ZI-' || to_char($10::timestamptz AT TIME ZONE 'Europe/Amsterdam', 'YYYY') || '-' || (SELECT lpad(n::text, greatest(5, length(n::text)), '0') FROM nextval('candidate_reference_seq') AS n),
         $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10, $10, $11, $12, $13)
       ON CONFLICT (lower(email)) WHERE ${OPEN_DOSSIER} DO NOTHING
       RETURNING id, reference`,
      [
        candidate.firstName,
        candidate.lastName,
        candidate.email,
        candidate.phone,
        candidate.degreeLevel,
        candidate.degreeField,
        candidate.region,
        candidate.consentToKeep,
        candidate.previousCandidateId,
        candidate.now,
        candidate.route,
        candidate.source,
        candidate.sourceDetail,
      ],
    );
    return row ?? null;
  }

  /** The facts a change of route is judged on, with the row locked until the unit of work ends. */
  async lockForRouteChange(id: string): Promise<{ stage: Stage; version: number; degreeLevel: DegreeLevel; route: string } | null> {
    const [row] = await this.database.query<{ stage: Stage; version: number; degreeLevel: DegreeLevel; route: string }>(
      `SELECT stage, version, degree_level AS "degreeLevel", route FROM candidates WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /** Sets the route of a candidate locked by lockForRouteChange: a new version, as any edit. */
  async setRoute(id: string, route: string, now: Date): Promise<void> {
    await this.database.query(`UPDATE candidates SET route = $2, version = version + 1, updated_at = $3 WHERE id = $1`, [id, route, now]);
  }

  async addDocument(candidateId: string, document: NewDocument): Promise<void> {
    await this.database.query(
      `INSERT INTO candidate_documents (candidate_id, kind, file_name, media_type, size_bytes, sha256, storage_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [candidateId, document.kind, document.fileName, document.mediaType, document.sizeBytes, document.sha256, document.storageKey],
    );
  }
}
