import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { CoachOption } from '../domain/assignment.policy';
import type { AssignmentView, CoachRow } from '../application/coaching.views';

const COACH_COLUMNS = `c.user_id AS "userId", c.regions, c.max_caseload AS "maxCaseload", c.active, c.caseload,
  c.last_assigned_at AS "lastAssignedAt"`;

const ASSIGNMENT_COLUMNS = `a.id, a.programme_id AS "programmeId", a.coach_id AS "coachId", to_char(a.from_date, 'YYYY-MM-DD') AS "fromDate",
  to_char(a.until_date, 'YYYY-MM-DD') AS "untilDate", a.assigned_at AS "assignedAt", a.assigned_by AS "assignedBy", a.override_reason AS "overrideReason"`;

/** The coaches, coach_assignments and programmes_needing_coach tables. */
@Injectable()
export class CoachesRepository {
  constructor(private readonly database: Database) {}

  list(): Promise<CoachRow[]> {
    return this.database.query<CoachRow>(`SELECT ${COACH_COLUMNS} FROM coaches c ORDER BY c.user_id`);
  }

  async find(userId: string): Promise<CoachRow | null> {
    const [row] = await this.database.query<CoachRow>(`SELECT ${COACH_COLUMNS} FROM coaches c WHERE c.user_id = $1`, [userId]);
    return row ?? null;
  }

  /** False when the user already has a profile. */
  async insert(coach: { userId: string; regions: string[]; maxCaseload: number; active: boolean }, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `INSERT INTO coaches (user_id, regions, max_caseload, active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
      [coach.userId, coach.regions, coach.maxCaseload, coach.active, now],
    );
    return rows.length === 1;
  }

  async update(userId: string, changes: { regions?: string[]; maxCaseload?: number; active?: boolean }, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE coaches SET regions = coalesce($2, regions), max_caseload = coalesce($3, max_caseload), active = coalesce($4, active), updated_at = $5
       WHERE user_id = $1 RETURNING user_id`,
      [userId, changes.regions ?? null, changes.maxCaseload ?? null, changes.active ?? null, now],
    );
    return rows.length === 1;
  }

  /** The active coaches of a region (R9 orders them in the domain). */
  options(region: string): Promise<CoachOption[]> {
    return this.database.query<CoachOption>(
      `SELECT c.user_id AS "userId", c.caseload, c.max_caseload AS "maxCaseload", c.last_assigned_at AS "lastAssignedAt"
       FROM coaches c WHERE c.active AND $1 = ANY(c.regions)`,
      [region],
    );
  }

  /**
   * Takes one place in the coach's caseload: a conditional UPDATE, so of concurrent takers only those
   * that find the counter below the maximum (re-checked on the locked row) succeed. `override`
   * (a manual assignment with a reason) may go above it.
   */
  async takePlace(userId: string, override: boolean, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE coaches SET caseload = caseload + 1, last_assigned_at = $3
       WHERE user_id = $1 AND active AND (caseload < max_caseload OR $2::boolean) RETURNING user_id`,
      [userId, override, now],
    );
    return rows.length === 1;
  }

  async releasePlace(userId: string): Promise<void> {
    await this.database.query(`UPDATE coaches SET caseload = caseload - 1 WHERE user_id = $1 AND caseload > 0`, [userId]);
  }

  /** The programme's current assignment, locked for a change. */
  async current(programmeId: string, lock = false): Promise<AssignmentView | null> {
    const [row] = await this.database.query<AssignmentView>(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM coach_assignments a WHERE a.programme_id = $1 AND a.ended_at IS NULL ${lock ? 'FOR UPDATE' : ''}`,
      [programmeId],
    );
    return row ?? null;
  }

  async hasHistory(programmeId: string): Promise<boolean> {
    const rows = await this.database.query(`SELECT 1 FROM coach_assignments WHERE programme_id = $1 LIMIT 1`, [programmeId]);
    return rows.length > 0;
  }

  history(programmeId: string): Promise<AssignmentView[]> {
    return this.database.query<AssignmentView>(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM coach_assignments a WHERE a.programme_id = $1 ORDER BY a.assigned_at, a.ended_at IS NULL, a.from_date, a.id`,
      [programmeId],
    );
  }

  /** R13: the assignments of the given programmes (a candidate's), in the order they were made: for the inspection export. */
  historyOf(programmeIds: string[]): Promise<AssignmentView[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    return this.database.query<AssignmentView>(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM coach_assignments a WHERE a.programme_id = ANY($1::uuid[]) ORDER BY a.assigned_at, a.from_date, a.id`,
      [programmeIds],
    );
  }

  /** Refused by the partial unique index when the programme has a current assignment already. */
  async insertAssignment(
    assignment: { programmeId: string; coachId: string; fromDate: string; assignedBy: string | null; overrideReason: string | null },
    now: Date,
  ): Promise<string> {
    const [row] = await this.database.query<{ id: string }>(
      // quiet_since: "no session for 28 days" counts from the later of the first day, the day of the assignment and the last session.
      `INSERT INTO coach_assignments (programme_id, coach_id, from_date, assigned_at, assigned_by, override_reason, quiet_since)
       VALUES ($1, $2, $3, $4, $5, $6,
         greatest($3::date, ($4::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date, (SELECT max(s.date) FROM coaching_sessions s WHERE s.programme_id = $1)))
       RETURNING id`,
      [assignment.programmeId, assignment.coachId, assignment.fromDate, now, assignment.assignedBy, assignment.overrideReason],
    );
    return row.id;
  }

  /** False when it had ended already. */
  async endAssignment(id: string, untilDate: string, now: Date): Promise<boolean> {
    const rows = await this.database.query(`UPDATE coach_assignments SET until_date = $2, ended_at = $3 WHERE id = $1 AND ended_at IS NULL RETURNING id`, [
      id,
      untilDate,
      now,
    ]);
    return rows.length === 1;
  }

  /** The current assignments of programmes that are not running any more (the sweep ends them). */
  async currentOfEndedProgrammes(): Promise<{ id: string; coachId: string; endedOn: string }[]> {
    return this.database.query(
      `SELECT a.id, a.coach_id AS "coachId", to_char(coalesce(p.ended_on, p.planned_end), 'YYYY-MM-DD') AS "endedOn"
       FROM coach_assignments a JOIN programmes p ON p.id = a.programme_id WHERE a.ended_at IS NULL AND p.status <> 'running'`,
    );
  }

  /** Running programmes without a current coach. */
  async runningWithoutCoach(): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `SELECT p.id FROM programmes p WHERE p.status = 'running'
         AND NOT EXISTS (SELECT 1 FROM coach_assignments a WHERE a.programme_id = p.id AND a.ended_at IS NULL)
       ORDER BY p.start_date, p.id`,
    );
    return rows.map((row) => row.id);
  }

  /** The programmes currently assigned to the coach (R14). */
  async currentProgrammeIds(coachId: string): Promise<string[]> {
    const rows = await this.database.query<{ programmeId: string }>(
      `SELECT programme_id AS "programmeId" FROM coach_assignments WHERE coach_id = $1 AND ended_at IS NULL`,
      [coachId],
    );
    return rows.map((row) => row.programmeId);
  }

  /** The current coach of each programme. */
  async currentCoaches(programmeIds: string[]): Promise<Map<string, string>> {
    if (programmeIds.length === 0) return new Map();
    const rows = await this.database.query<{ programmeId: string; coachId: string }>(
      `SELECT programme_id AS "programmeId", coach_id AS "coachId" FROM coach_assignments WHERE programme_id = ANY($1::uuid[]) AND ended_at IS NULL`,
      [programmeIds],
    );
    return new Map(rows.map((row) => [row.programmeId, row.coachId]));
  }

  /** Whether the coach was the programme's coach on `date` (R10). */
  async assignedOn(programmeId: string, coachId: string, date: string): Promise<boolean> {
    const rows = await this.database.query(
      `SELECT 1 FROM coach_assignments WHERE programme_id = $1 AND coach_id = $2 AND from_date <= $3::date AND (until_date IS NULL OR until_date >= $3::date)`,
      [programmeId, coachId, date],
    );
    return rows.length > 0;
  }

  /** True when the programme was not marked yet (the staff alert goes once per marking). */
  async markNeedingCoach(programmeId: string, now: Date): Promise<boolean> {
    const rows = await this.database.query<{ inserted: boolean }>(
      `INSERT INTO programmes_needing_coach (programme_id, since, last_tried_at) VALUES ($1, $2, $2)
       ON CONFLICT (programme_id) DO UPDATE SET last_tried_at = excluded.last_tried_at RETURNING (xmax = 0) AS inserted`,
      [programmeId, now],
    );
    return rows[0].inserted;
  }

  async unmarkNeedingCoach(programmeId: string): Promise<void> {
    await this.database.query(`DELETE FROM programmes_needing_coach WHERE programme_id = $1`, [programmeId]);
  }

  async needingSince(programmeId: string): Promise<Date | null> {
    const [row] = await this.database.query<{ since: Date }>(`SELECT since FROM programmes_needing_coach WHERE programme_id = $1`, [programmeId]);
    return row?.since ?? null;
  }

  needingCoach(): Promise<{ programmeId: string; since: Date; lastTriedAt: Date }[]> {
    return this.database.query(
      `SELECT n.programme_id AS "programmeId", n.since, n.last_tried_at AS "lastTriedAt" FROM programmes_needing_coach n ORDER BY n.since, n.programme_id`,
    );
  }
}
