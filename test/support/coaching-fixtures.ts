import type { TestApp } from './test-app';
import type { BoardWithSchool } from './placement-fixtures';
import { candidatesAtInterviewPassed } from './placement-fixtures';

/**
 * `count` running programmes (zij_instroom from 1 October 2025) at the board, inserted in bulk with
 * their candidates (in_programme) and active placements, as ProgrammesService.start leaves them;
 * the concurrency test needs hundreds and does not enqueue their assignment jobs itself.
 */
export async function runningProgrammesInBulk(app: TestApp, board: BoardWithSchool, count: number): Promise<string[]> {
  const candidateIds = await candidatesAtInterviewPassed(app, count);
  await app.db.query(`UPDATE candidates SET stage = 'in_programme' WHERE id = ANY($1::uuid[])`, [candidateIds]);
  const { rows } = await app.db.query<{ id: string }>(
    `WITH placed AS (
       INSERT INTO placements (candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, status, holds_place, created_at, updated_at)
       SELECT id, $2, $3, '2025-09-01', 0.8, false, '2025-2026', 'active', false, now(), now() FROM unnest($1::uuid[]) AS id
       RETURNING id, candidate_id)
     INSERT INTO programmes (candidate_id, board_id, placement_id, placement_start_date, route, duration_months, start_date, conduct_certificate_date,
       cohort, original_planned_end, planned_end, created_at, updated_at)
     SELECT candidate_id, $2, id, '2025-09-01', 'zij_instroom', 24, '2025-10-01', '2025-09-01', '2025-2026', '2027-09-30', '2027-09-30', now(), now()
     FROM placed RETURNING id`,
    [candidateIds, board.boardId, board.schoolId],
  );
  return rows.map((row) => row.id);
}

/** The coaches' stored caseload counters and their current assignments, per coach. */
export async function caseloads(app: TestApp): Promise<{ userId: string; caseload: number; maxCaseload: number; current: number }[]> {
  const { rows } = await app.db.query(
    `SELECT c.user_id AS "userId", c.caseload, c.max_caseload AS "maxCaseload",
       (SELECT count(*)::int FROM coach_assignments a WHERE a.coach_id = c.user_id AND a.ended_at IS NULL) AS current
     FROM coaches c ORDER BY c.user_id`,
  );
  return rows;
}
