import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import { BEHIND_SHARE } from '../domain/progress.policy';
import type { CalendarDate } from '@app/shared';
import { normCheckStarts } from '../domain/coaching-reminder.policy';

export interface QuietProgramme {
  programmeId: string;
  coachId: string;
  /** quiet_since + 28 days: the due day and key. */
  dueOn: string;
}

export interface NormCheck {
  programmeId: string;
  studyYear: number;
  /** The monthly check day the figures are as of. */
  checkedOn: string;
  /** Behind the pro-rata norm by more than 25% on that day; the watch's state was the opposite. */
  behind: boolean;
}

/**
 * The coaching reminder sweeps' selections (R12), shared with the benchmark's bare SQL (bench/):
 * each reads a date range through a partial index and leaves out what was claimed or told already,
 * so its cost follows what is due, not the number of programmes.
 *
 * - quietProgrammes: current assignments whose quiet_since lies in the window
 *   (coach_assignments_quiet_idx); $1, $2 the window, $3 the days of a gap.
 * - normChecks: running programmes at a monthly check day in the window, read by their start
 *   (programmes_running_start_idx, the exact starts from normCheckStarts), their minutes in that
 *   study year up to the check day (coaching_sessions_programme_idx) against the norm pro rata by
 *   calendar days, as progressPerStudyYear computes it; only those whose state differs from the
 *   watch's. $1, $2 the starts and their check months, $3 the school weeks of a study year, $4 the
 *   share behind that counts.
 */
export const COACHING_REMINDER_SQL = {
  quietProgrammes: `SELECT a.programme_id AS "programmeId", a.coach_id AS "coachId", to_char(a.quiet_since + $3::int, 'YYYY-MM-DD') AS "dueOn"
    FROM coach_assignments a JOIN programmes p ON p.id = a.programme_id
    WHERE a.ended_at IS NULL AND a.quiet_since BETWEEN $1::date AND $2::date AND p.status = 'running'
      AND NOT EXISTS (SELECT 1 FROM coaching_reminders r
        WHERE r.programme_id = a.programme_id AND r.kind = 'no_session' AND r.due_key = to_char(a.quiet_since + $3::int, 'YYYY-MM-DD'))
    ORDER BY a.quiet_since, a.programme_id`,
  normChecks: `SELECT checks."programmeId", checks."studyYear", to_char(checks.checkpoint, 'YYYY-MM-DD') AS "checkedOn", checks.behind
    FROM (
      SELECT p.id AS "programmeId", c.study_year AS "studyYear", c.checkpoint, w.behind AS watched,
        logged.minutes / 60.0 < (CASE n.unit WHEN 'week' THEN n.hours_per_unit * $3::int WHEN 'month' THEN n.hours_per_unit * 12 ELSE n.hours_per_unit END)
          * (c.checkpoint - c.year_from + 1) / (c.year_to - c.year_from + 1) * (1 - $4::numeric) AS behind
      FROM programmes p JOIN unnest($1::date[], $2::int[]) AS m(start_date, months) ON m.start_date = p.start_date
      CROSS JOIN LATERAL (SELECT (p.start_date + make_interval(months => m.months))::date AS checkpoint, m.months / 12 + 1 AS study_year,
          (p.start_date + make_interval(months => 12 * (m.months / 12)))::date AS year_from,
          (p.start_date + make_interval(months => 12 * (m.months / 12 + 1)))::date - 1 AS year_to) c
      JOIN coaching_norms n ON n.route = p.route AND n.study_year = c.study_year
      CROSS JOIN LATERAL (SELECT coalesce(sum(s.minutes), 0) AS minutes FROM coaching_sessions s
          WHERE s.programme_id = p.id AND s.date BETWEEN c.year_from AND c.checkpoint) logged
      LEFT JOIN coaching_norm_watch w ON w.programme_id = p.id AND w.study_year = c.study_year
      WHERE p.status = 'running' AND p.start_date = ANY($1::date[]) AND (w.checked_on IS NULL OR w.checked_on <= c.checkpoint)
    ) checks
    WHERE checks.behind IS DISTINCT FROM coalesce(checks.watched, false)
    ORDER BY checks.checkpoint, checks."programmeId"`,
} as const;

/** The parameters of normChecks for a sweep on `day`: the starts at a check and their months, the school weeks of a study year, the share behind. */
export function normCheckParameters(day: CalendarDate, weeksPerStudyYear: number): unknown[] {
  const starts = normCheckStarts(day);
  return [starts.map((start) => start.startDate), starts.map((start) => start.months), weeksPerStudyYear, BEHIND_SHARE];
}

/** The coaching_reminders and coaching_norm_watch tables: the claims of the coaching reminder sweeps. */
@Injectable()
export class CoachingRemindersRepository {
  constructor(private readonly database: Database) {}

  quietProgrammes(from: string, to: string, gapDays: number): Promise<QuietProgramme[]> {
    return this.database.query<QuietProgramme>(COACHING_REMINDER_SQL.quietProgrammes, [from, to, gapDays]);
  }

  /** Claims the no-session reminders not claimed before (one statement); returns those this call claimed. */
  async claimNoSession(due: QuietProgramme[], now: Date): Promise<QuietProgramme[]> {
    if (due.length === 0) return [];
    const claimed = await this.database.query<{ programmeId: string; dueOn: string }>(
      `INSERT INTO coaching_reminders (programme_id, kind, due_key, created_at)
       SELECT programme_id, 'no_session', due_on, $3 FROM unnest($1::uuid[], $2::text[]) AS due(programme_id, due_on)
       ON CONFLICT DO NOTHING RETURNING programme_id AS "programmeId", due_key AS "dueOn"`,
      [due.map((item) => item.programmeId), due.map((item) => item.dueOn), now],
    );
    const keys = new Set(claimed.map((item) => `${item.programmeId}:${item.dueOn}`));
    return due.filter((item) => keys.has(`${item.programmeId}:${item.dueOn}`));
  }

  normChecks(day: CalendarDate, weeksPerStudyYear: number): Promise<NormCheck[]> {
    return this.database.query<NormCheck>(COACHING_REMINDER_SQL.normChecks, normCheckParameters(day, weeksPerStudyYear));
  }

  /**
   * The watch records the crossings (a compare-and-set on its row: only a programme that was not
   * behind at its last, older check crosses); returns those this call recorded, with their count.
   */
  recordCrossings(checks: NormCheck[]): Promise<{ programmeId: string; studyYear: number; crossing: number }[]> {
    if (checks.length === 0) return Promise.resolve([]);
    return this.database.query(
      `INSERT INTO coaching_norm_watch (programme_id, study_year, behind, crossings, checked_on)
       SELECT programme_id, study_year, true, 1, checked_on FROM unnest($1::uuid[], $2::int[], $3::date[]) AS due(programme_id, study_year, checked_on)
       ON CONFLICT (programme_id, study_year) DO UPDATE SET behind = true, crossings = coaching_norm_watch.crossings + 1, checked_on = excluded.checked_on
         WHERE NOT coaching_norm_watch.behind AND coaching_norm_watch.checked_on <= excluded.checked_on
       RETURNING programme_id AS "programmeId", study_year AS "studyYear", crossings AS crossing`,
      [checks.map((check) => check.programmeId), checks.map((check) => check.studyYear), checks.map((check) => check.checkedOn)],
    );
  }

  /** The watch notes the programmes that caught up, so a later fall behind is a new crossing. */
  async recordCaughtUp(checks: NormCheck[]): Promise<void> {
    if (checks.length === 0) return;
    await this.database.query(
      `UPDATE coaching_norm_watch w SET behind = false, checked_on = due.checked_on
       FROM unnest($1::uuid[], $2::int[], $3::date[]) AS due(programme_id, study_year, checked_on)
       WHERE w.programme_id = due.programme_id AND w.study_year = due.study_year AND w.behind AND w.checked_on <= due.checked_on`,
      [checks.map((check) => check.programmeId), checks.map((check) => check.studyYear), checks.map((check) => check.checkedOn)],
    );
  }

  /** The current assignment's coach and quiet_since, for the handler's re-read. */
  async quietSince(programmeId: string): Promise<{ coachId: string; quietSince: string } | null> {
    const [row] = await this.database.query<{ coachId: string; quietSince: string }>(
      `SELECT coach_id AS "coachId", to_char(quiet_since, 'YYYY-MM-DD') AS "quietSince" FROM coach_assignments WHERE programme_id = $1 AND ended_at IS NULL`,
      [programmeId],
    );
    return row ?? null;
  }
}
