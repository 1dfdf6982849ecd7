import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/infra';
import { ActivePlacementExistsError } from '../domain/placements.errors';
import type { PlacementRow } from '../application/placement.views';

export interface NewPlacement {
  candidateId: string;
  boardId: string;
  schoolId: string;
  startDate: string;
  fte: number;
  supernumerary: boolean;
  schoolYear: string;
  holdsPlace: boolean;
  createdBy: string | null;
  now: Date;
}

/** Which placements a reader sees (R14): all (the central desk), one board's, or none. */
export type PlacementScope = { kind: 'all' } | { kind: 'board'; boardId: string } | { kind: 'none' };

const COLUMNS = `p.id, p.candidate_id AS "candidateId", p.board_id AS "boardId", p.school_id AS "schoolId",
  to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", p.fte::float8 AS fte, p.supernumerary, p.school_year AS "schoolYear",
  p.status, p.holds_place AS "holdsPlace", to_char(p.ended_on, 'YYYY-MM-DD') AS "endedOn", p.end_reason AS "endReason",
  p.cancelled_at AS "cancelledAt", p.cancellation_reason AS "cancellationReason", p.created_at AS "createdAt"`;

/** The scope is parameters $1–$2: see all, or the board's id (NULL matches nothing). */
const IN_SCOPE = `($1::boolean OR p.board_id = $2::uuid)`;

function scopeParameters(scope: PlacementScope): [boolean, string | null] {
  return [scope.kind === 'all', scope.kind === 'board' ? scope.boardId : null];
}

/** A board places tens of candidates a year: a list is bounded far above that. */
const LIST_LIMIT = 2000;

/** The placements table. */
@Injectable()
export class PlacementsRepository {
  constructor(private readonly database: Database) {}

  async find(id: string, scope: PlacementScope): Promise<PlacementRow | null> {
    const [row] = await this.database.query<PlacementRow>(`SELECT ${COLUMNS} FROM placements p WHERE ${IN_SCOPE} AND p.id = $3`, [
      ...scopeParameters(scope),
      id,
    ]);
    return row ?? null;
  }

  list(scope: PlacementScope, filter: { boardId: string | null; schoolYear: string | null }): Promise<PlacementRow[]> {
    return this.database.query<PlacementRow>(
      `SELECT ${COLUMNS} FROM placements p
       WHERE ${IN_SCOPE} AND ($3::uuid IS NULL OR p.board_id = $3) AND ($4::text IS NULL OR p.school_year = $4)
       ORDER BY p.start_date DESC, p.id LIMIT $5`,
      [...scopeParameters(scope), filter.boardId, filter.schoolYear, LIST_LIMIT],
    );
  }

  /** Every placement of one candidate, any status (the inspection export of R13). */
  forCandidate(candidateId: string): Promise<PlacementRow[]> {
    return this.database.query<PlacementRow>(`SELECT ${COLUMNS} FROM placements p WHERE p.candidate_id = $1 ORDER BY p.created_at, p.id`, [candidateId]);
  }

  async active(candidateId: string): Promise<PlacementRow | null> {
    const [row] = await this.database.query<PlacementRow>(`SELECT ${COLUMNS} FROM placements p WHERE p.candidate_id = $1 AND p.status = 'active'`, [
      candidateId,
    ]);
    return row ?? null;
  }

  /** Of the given candidates, those with an active placement. */
  async withActivePlacement(candidateIds: string[]): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows = await this.database.query<{ candidateId: string }>(
      `SELECT candidate_id AS "candidateId" FROM placements WHERE candidate_id = ANY($1::uuid[]) AND status = 'active'`,
      [candidateIds],
    );
    return new Set(rows.map((row) => row.candidateId));
  }

  /** Refuses a second active placement of the candidate (the partial unique index). */
  async insert(placement: NewPlacement): Promise<string> {
    const rows = await this.database
      .query<{ id: string }>(
        `INSERT INTO placements (candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, holds_place, created_at, created_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9) RETURNING id`,
        [
          placement.candidateId,
          placement.boardId,
          placement.schoolId,
          placement.startDate,
          placement.fte,
          placement.supernumerary,
          placement.schoolYear,
          placement.holdsPlace,
          placement.now,
          placement.createdBy,
        ],
      )
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'placements_one_active_key')) throw new ActivePlacementExistsError();
        throw error;
      });
    return rows[0].id;
  }

  /** Locks the placement until the unit of work ends: commands on one placement take turns. */
  async lock(id: string): Promise<PlacementRow | null> {
    const [row] = await this.database.query<PlacementRow>(`SELECT ${COLUMNS} FROM placements p WHERE p.id = $1 FOR UPDATE`, [id]);
    return row ?? null;
  }

  /** A cancelled placement frees its place (holds_place false). */
  async cancel(id: string, reason: string, now: Date): Promise<void> {
    await this.database.query(
      `UPDATE placements SET status = 'cancelled', holds_place = false, cancelled_at = $2, cancellation_reason = $3, updated_at = $2,
         version = version + 1
       WHERE id = $1 AND status = 'active'`,
      [id, now, reason],
    );
  }

  /** An ended placement keeps its place for the school year (R7). */
  async end(id: string, endedOn: string, reason: string, now: Date): Promise<void> {
    await this.database.query(
      `UPDATE placements SET status = 'ended', ended_on = $2, end_reason = $3, updated_at = $4, version = version + 1 WHERE id = $1 AND status = 'active'`,
      [id, endedOn, reason, now],
    );
  }
}
