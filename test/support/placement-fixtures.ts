import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, type Region } from '@app/shared';
import { OrganisationsService } from '@app/organisations';
import { createBoard, createUser, type TestUser } from './factories';
import type { TestApp } from './test-app';

export interface BoardWithSchool {
  boardId: string;
  boardName: string;
  schoolId: string;
  schoolName: string;
  user: TestUser;
}

/** A board with one school and a board user of its own. */
export async function boardWithSchool(app: TestApp, region: Region = 'almere'): Promise<BoardWithSchool> {
  const board = await createBoard(app, region);
  const school = await app.api
    .get(OrganisationsService)
    .createSchool(SYSTEM_ACTOR, board.id, { name: `Basisschool ${randomUUID().slice(0, 6)}`, city: region === 'almere' ? 'Almere' : 'Lelystad' });
  return {
    boardId: board.id,
    boardName: board.name,
    schoolId: school.id,
    schoolName: school.name,
    user: await createUser(app, 'board', { boardId: board.id }),
  };
}

/**
 * `count` candidates who passed their selection interview, inserted in one statement each for the
 * candidates and their stage history, as the application and the stage commands leave them
 * (the concurrency test needs hundreds; the public form would take minutes). Optionally the
 * panel grant that lets a board see them.
 */
export async function candidatesAtInterviewPassed(app: TestApp, count: number, options: { panelBoardId?: string } = {}): Promise<string[]> {
  const { rows } = await app.db.query<{ id: string }>(
    `INSERT INTO candidates (reference, first_name, last_name, email, phone, degree_level, degree_field, region, stage, applied_at, stage_changed_at)
     SELECT 'ZI-T-' || lpad(nextval('candidate_reference_seq')::text, 6, '0'), 'Kandidaat', 'Nummer ' || n,
       'plaatsing-' || $2 || '-' || n || '@example.nl', '06 12345678', 'wo_master', 'Bedrijfskunde', 'almere', 'interview_passed', now(), now()
     FROM generate_series(1, $1::int) AS n RETURNING id`,
    [count, randomUUID().slice(0, 8)],
  );
  const ids = rows.map((row) => row.id);
  await app.db.query(
    `INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, at)
     SELECT id, stage, next, now() FROM unnest($1::uuid[]) AS id,
       unnest(ARRAY[NULL, 'applied', 'screening', 'interview_scheduled']::text[], ARRAY['applied', 'screening', 'interview_scheduled', 'interview_passed']::text[]) AS path(stage, next)`,
    [ids],
  );
  if (options.panelBoardId) {
    await app.db.query(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_at)
       SELECT id, 'board', $2, 'selection_panel', 'naam, contactgegevens, motivatiebrief en cv', now() FROM unnest($1::uuid[]) AS id`,
      [ids, options.panelBoardId],
    );
  }
  return ids;
}

/** A supernumerary placement request body at the board's school. */
export function placementBody(candidateId: string, board: Pick<BoardWithSchool, 'schoolId'>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { candidateId, schoolId: board.schoolId, startDate: '2025-09-01', fte: 0.8, supernumerary: true, ...overrides };
}

/** The stored counter and the placements that hold a place, for one board and school year. */
export async function capacityLedger(app: TestApp, boardId: string, schoolYear: string): Promise<{ used: number | null; holding: number; active: number }> {
  const { rows } = await app.db.query<{ used: number | null; holding: number; active: number }>(
    `SELECT (SELECT used FROM board_capacity WHERE board_id = $1 AND school_year = $2) AS used,
       (SELECT count(*)::int FROM placements WHERE board_id = $1 AND school_year = $2 AND holds_place) AS holding,
       (SELECT count(*)::int FROM placements WHERE board_id = $1 AND school_year = $2 AND status = 'active' AND supernumerary) AS active`,
    [boardId, schoolYear],
  );
  return rows[0];
}
