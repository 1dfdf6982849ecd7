import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { UitvalFilter, UitvalView } from '../application/programme.views';

/**
 * Uitval per cohort (R11, SPEC §5), computed by the database from the programme rows. A person is
 * a candidate: their first programme (started on or before the day) gives the cohort, board and
 * route; their last one started by then gives the outcome, counted only when it is dated on or
 * before the day. Route switches are counted apart, people past their planned end and still
 * running as running overdue.
 */
const UITVAL_SQL = `
  WITH started AS (
    SELECT * FROM programmes WHERE start_date <= $1::date
  ), firsts AS (
    SELECT DISTINCT ON (candidate_id) candidate_id, cohort, board_id, route FROM started ORDER BY candidate_id, start_date, created_at
  ), lasts AS (
    SELECT DISTINCT ON (candidate_id) candidate_id, status, ended_on, planned_end, count(*) OVER (PARTITION BY candidate_id) AS programmes
    FROM started ORDER BY candidate_id, start_date DESC, created_at DESC
  ), people AS (
    SELECT f.cohort, l.planned_end, l.programmes,
      CASE WHEN l.status IN ('qualified', 'dropped_out', 'term_expired') AND l.ended_on <= $1::date THEN l.status ELSE 'running' END AS outcome
    FROM firsts f JOIN lasts l USING (candidate_id)
    WHERE ($2::text IS NULL OR f.cohort = $2) AND ($3::uuid IS NULL OR f.board_id = $3) AND ($4::text IS NULL OR f.route = $4)
  ), counted AS (
    SELECT cohort, count(*)::int AS started,
      (count(*) FILTER (WHERE outcome = 'qualified'))::int AS qualified,
      (count(*) FILTER (WHERE outcome = 'dropped_out'))::int AS "droppedOut",
      (count(*) FILTER (WHERE outcome = 'term_expired'))::int AS "termExpired",
      (count(*) FILTER (WHERE programmes > 1))::int AS "routeSwitched",
      (count(*) FILTER (WHERE outcome = 'running'))::int AS running,
      (count(*) FILTER (WHERE outcome = 'running' AND planned_end < $1::date))::int AS "runningOverdue",
      (count(*) FILTER (WHERE outcome IN ('dropped_out', 'term_expired')))::int AS uitval
    FROM people GROUP BY cohort
  )
  SELECT *, round(100.0 * uitval / started, 1)::float8 AS rate FROM counted ORDER BY cohort`;

/** The convenant's target: an uitval rate below 10%. */
const UITVAL_TARGET_PERCENT = 10;

@Injectable()
export class UitvalRepository {
  constructor(private readonly database: Database) {}

  async byCohort(filter: UitvalFilter): Promise<UitvalView[]> {
    const rows = await this.database.query<Omit<UitvalView, 'targetMet'>>(UITVAL_SQL, [
      filter.asOf,
      filter.cohort ?? null,
      filter.boardId ?? null,
      filter.route ?? null,
    ]);
    return rows.map((row) => ({ ...row, targetMet: row.rate === null ? null : row.rate < UITVAL_TARGET_PERCENT }));
  }
}
