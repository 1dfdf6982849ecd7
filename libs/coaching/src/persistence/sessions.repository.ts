import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { Norm } from '../domain/progress.policy';
import type { RiskFlagView, SessionView } from '../application/coaching.views';

const SESSION_COLUMNS = `s.id, s.programme_id AS "programmeId", s.author_id AS "authorId", to_char(s.date, 'YYYY-MM-DD') AS "date", s.minutes, s.kind, s.note,
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

/** The coaching_sessions, coaching_norms and programme_risk_flags tables, and the current assignment's quiet_since that the sessions move. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly database: Database) {}

  ofProgramme(programmeId: string): Promise<SessionView[]> {
    return this.database.query<SessionView>(
      `SELECT ${SESSION_COLUMNS} FROM coaching_sessions s WHERE s.programme_id = $1 ORDER BY s.date DESC, s.created_at DESC`,
      [programmeId],
    );
  }

  ofProgrammes(programmeIds: string[]): Promise<SessionView[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    return this.database.query<SessionView>(`SELECT ${SESSION_COLUMNS} FROM coaching_sessions s WHERE s.programme_id = ANY($1::uuid[])`, [programmeIds]);
  }

  async find(programmeId: string, id: string, lock = false): Promise<SessionView | null> {
    const [row] = await this.database.query<SessionView>(
      `SELECT ${SESSION_COLUMNS} FROM coaching_sessions s WHERE s.programme_id = $1 AND s.id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [programmeId, id],
    );
    return row ?? null;
  }

  async insert(session: { programmeId: string; authorId: string; date: string; minutes: number; kind: string; note: string }, now: Date): Promise<string> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO coaching_sessions (programme_id, author_id, date, minutes, kind, note, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [session.programmeId, session.authorId, session.date, session.minutes, session.kind, session.note, now],
    );
    return row.id;
  }

  async update(id: string, session: { date: string; minutes: number; kind: string; note: string }, now: Date): Promise<void> {
    await this.database.query(`UPDATE coaching_sessions SET date = $2, minutes = $3, kind = $4, note = $5, updated_at = $6 WHERE id = $1`, [
      id,
      session.date,
      session.minutes,
      session.kind,
      session.note,
      now,
    ]);
  }

  async delete(id: string): Promise<void> {
    await this.database.query(`DELETE FROM coaching_sessions WHERE id = $1`, [id]);
  }

  /**
   * A session was logged: the current assignment's quiet_since moves to its date when later. greatest()
   * commutes, so concurrent sessions never lose one another's date.
   */
  async sessionLogged(programmeId: string, date: string): Promise<void> {
    await this.database.query(`UPDATE coach_assignments SET quiet_since = greatest(quiet_since, $2::date) WHERE programme_id = $1 AND ended_at IS NULL`, [
      programmeId,
      date,
    ]);
  }

  /** A session was moved or deleted: quiet_since is computed again from the assignment and the sessions left. */
  async sessionsChanged(programmeId: string): Promise<void> {
    await this.database.query(
      `UPDATE coach_assignments a SET quiet_since = greatest(a.from_date, (a.assigned_at AT TIME ZONE 'Europe/Amsterdam')::date,
         (SELECT max(s.date) FROM coaching_sessions s WHERE s.programme_id = a.programme_id))
       WHERE a.programme_id = $1 AND a.ended_at IS NULL`,
      [programmeId],
    );
  }

  async norms(): Promise<(Norm & { route: string })[]> {
    const rows = await this.database.query<{ route: string; studyYear: number; hoursPerUnit: string; unit: Norm['unit'] }>(
      `SELECT route, study_year AS "studyYear", hours_per_unit AS "hoursPerUnit", unit FROM coaching_norms ORDER BY route, study_year`,
    );
    return rows.map((row) => ({ ...row, hoursPerUnit: Number(row.hoursPerUnit) }));
  }

  async setNorm(norm: Norm & { route: string }, now: Date): Promise<void> {
    await this.database.query(
      `INSERT INTO coaching_norms (route, study_year, hours_per_unit, unit, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (route, study_year) DO UPDATE SET hours_per_unit = excluded.hours_per_unit, unit = excluded.unit, updated_at = excluded.updated_at`,
      [norm.route, norm.studyYear, norm.hoursPerUnit, norm.unit, now],
    );
  }

  async risk(programmeId: string): Promise<RiskFlagView | null> {
    const [row] = await this.risks([programmeId]);
    return row ?? null;
  }

  risks(programmeIds: string[] | null): Promise<RiskFlagView[]> {
    return this.database.query<RiskFlagView>(
      `SELECT programme_id AS "programmeId", level, note, flagged_by AS "flaggedBy", flagged_at AS "flaggedAt" FROM programme_risk_flags
       WHERE $1::uuid[] IS NULL OR programme_id = ANY($1::uuid[]) ORDER BY flagged_at DESC`,
      [programmeIds],
    );
  }

  async setRisk(flag: { programmeId: string; level: string; note: string; flaggedBy: string }, now: Date): Promise<void> {
    await this.database.query(
      `INSERT INTO programme_risk_flags (programme_id, level, note, flagged_by, flagged_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (programme_id) DO UPDATE SET level = excluded.level, note = excluded.note, flagged_by = excluded.flagged_by, flagged_at = excluded.flagged_at`,
      [flag.programmeId, flag.level, flag.note, flag.flaggedBy, now],
    );
  }

  async clearRisk(programmeId: string): Promise<boolean> {
    const rows = await this.database.query(`DELETE FROM programme_risk_flags WHERE programme_id = $1 RETURNING programme_id`, [programmeId]);
    return rows.length === 1;
  }
}
