import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { ExportedPlacement, ImportedPlacement } from '../application/placement-history.views';

/** The SQL of imported history (issue 15): placements with their own dates, and the capacity they took. */
@Injectable()
export class PlacementHistoryRepository {
  constructor(private readonly database: Database) {}

  capacityRows(): Promise<{ boardId: string; schoolYear: string; places: number; used: number }[]> {
    return this.database.query(`SELECT board_id AS "boardId", school_year AS "schoolYear", places, used FROM board_capacity`);
  }

  /** Declares a year's places as the history says; a year already over keeps its excess recorded. */
  async declare(boardId: string, schoolYear: string, places: number, by: string | null, now: Date): Promise<void> {
    await this.database.query(
      `INSERT INTO board_capacity (board_id, school_year, places, used, updated_at, updated_by) VALUES ($1, $2, $3, 0, $5, $4)
       ON CONFLICT (board_id, school_year) DO UPDATE SET places = EXCLUDED.places, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
         over_by_history = greatest(0, board_capacity.used - EXCLUDED.places), version = board_capacity.version + 1`,
      [boardId, schoolYear, places, by, now],
    );
  }

  /**
   * Takes `count` places as they were taken then, also beyond the declared places (recorded as
   * over_by_history). False when the year has no declared places.
   */
  async takeHistoricalPlaces(boardId: string, schoolYear: string, count: number): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE board_capacity SET used = used + $3, over_by_history = greatest(over_by_history, used + $3 - places), version = version + 1
       WHERE board_id = $1 AND school_year = $2 RETURNING 1`,
      [boardId, schoolYear, count],
    );
    return rows.length === 1;
  }

  async insertMany(placements: (ImportedPlacement & { schoolYear: string })[], createdBy: string | null, now: Date): Promise<void> {
    const column = <T>(pick: (placement: ImportedPlacement & { schoolYear: string }) => T) => placements.map(pick);
    await this.database.query(
      `INSERT INTO placements (id, candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, holds_place, status, ended_on, end_reason,
         created_at, created_by, updated_at)
       SELECT id, candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, supernumerary,
         CASE WHEN ended_on IS NULL THEN 'active' ELSE 'ended' END, ended_on, end_reason, created_at, $12, $13
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::date[], $6::numeric[], $7::boolean[], $8::text[], $9::date[], $10::text[], $11::timestamptz[])
         AS p(id, candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, ended_on, end_reason, created_at)`,
      [
        column((placement) => placement.id),
        column((placement) => placement.candidateId),
        column((placement) => placement.boardId),
        column((placement) => placement.schoolId),
        column((placement) => placement.startDate),
        column((placement) => placement.fte),
        column((placement) => placement.supernumerary),
        column((placement) => placement.schoolYear),
        column((placement) => placement.endedOn),
        column((placement) => placement.endReason),
        column((placement) => placement.at),
        createdBy,
        now,
      ],
    );
  }

  /** The person's placements, oldest first: a later import finds a programme's placement by its place in this list. */
  ofCandidate(candidateId: string): Promise<{ id: string; boardId: string; startDate: string }[]> {
    return this.database.query(
      `SELECT id, board_id AS "boardId", to_char(start_date, 'YYYY-MM-DD') AS "startDate" FROM placements
       WHERE candidate_id = $1 AND status <> 'cancelled' ORDER BY start_date, created_at`,
      [candidateId],
    );
  }

  /** The placements (not cancelled) of these candidates, oldest first. */
  exportRows(candidateIds: string[]): Promise<ExportedPlacement[]> {
    return this.database.query<ExportedPlacement>(
      `SELECT candidate_id AS "candidateId", board_id AS "boardId", school_id AS "schoolId", to_char(start_date, 'YYYY-MM-DD') AS "startDate",
         fte::float8 AS fte, supernumerary, to_char(ended_on, 'YYYY-MM-DD') AS "endedOn", end_reason AS "endReason"
       FROM placements WHERE candidate_id = ANY($1::uuid[]) AND status <> 'cancelled' ORDER BY candidate_id, start_date, created_at`,
      [candidateIds],
    );
  }
}
