import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';

export interface CapacityRow {
  boardId: string;
  schoolYear: string;
  places: number;
  used: number;
}

const COLUMNS = `board_id AS "boardId", school_year AS "schoolYear", places, used`;

/** The board_capacity counter rows: a place is taken and freed only by conditional updates here. */
@Injectable()
export class CapacityRepository {
  constructor(private readonly database: Database) {}

  async find(boardId: string, schoolYear: string): Promise<CapacityRow | null> {
    const [row] = await this.database.query<CapacityRow>(`SELECT ${COLUMNS} FROM board_capacity WHERE board_id = $1 AND school_year = $2`, [
      boardId,
      schoolYear,
    ]);
    return row ?? null;
  }

  /**
   * Declares the places unless fewer than are in use: one statement, so a placement that takes a
   * place meanwhile is either counted or waits. Null when refused (the row then says how many are used).
   */
  async declare(boardId: string, schoolYear: string, places: number, by: string | null, now: Date): Promise<CapacityRow | null> {
    const [row] = await this.database.query<CapacityRow>(
      `INSERT INTO board_capacity (board_id, school_year, places, used, updated_at, updated_by) VALUES ($1, $2, $3, 0, $5, $4)
       ON CONFLICT (board_id, school_year) DO UPDATE SET places = EXCLUDED.places, updated_at = EXCLUDED.updated_at,
         updated_by = EXCLUDED.updated_by, version = board_capacity.version + 1
       WHERE board_capacity.used <= EXCLUDED.places
       RETURNING ${COLUMNS}`,
      [boardId, schoolYear, places, by, now],
    );
    return row ?? null;
  }

  /**
   * Takes one place when one is left: the conditional UPDATE locks the counter row, so concurrent
   * takers queue on it and each sees the count the one before left. Null when none is left.
   */
  async take(boardId: string, schoolYear: string): Promise<CapacityRow | null> {
    const [row] = await this.database.query<CapacityRow>(
      `UPDATE board_capacity SET used = used + 1, version = version + 1
       WHERE board_id = $1 AND school_year = $2 AND used < places RETURNING ${COLUMNS}`,
      [boardId, schoolYear],
    );
    return row ?? null;
  }

  /** Gives a place back (a cancelled placement). */
  async release(boardId: string, schoolYear: string): Promise<void> {
    await this.database.query(`UPDATE board_capacity SET used = used - 1, version = version + 1 WHERE board_id = $1 AND school_year = $2 AND used > 0`, [
      boardId,
      schoolYear,
    ]);
  }
}
