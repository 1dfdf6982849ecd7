import { Injectable } from '@nestjs/common';
import type { DateRange } from '@app/shared';
import { Database } from '@app/infra';
import type { ProgrammeReminderKind } from '../domain/reminder.policy';

export interface DueProgramme {
  id: string;
  candidateId: string;
  startDate: string;
  plannedEnd: string;
}

export interface ReminderClaim {
  programmeId: string;
  dueKey: string;
}

const DUE_COLUMNS = `p.id, p.candidate_id AS "candidateId", to_char(p.start_date, 'YYYY-MM-DD') AS "startDate", to_char(p.planned_end, 'YYYY-MM-DD') AS "plannedEnd"`;
const NOT_CLAIMED = (kind: string, dueKey: string) =>
  `NOT EXISTS (SELECT 1 FROM programme_reminders r WHERE r.programme_id = p.id AND r.kind = ${kind} AND r.due_key = ${dueKey})`;

/**
 * The reminder sweeps' SQL (R12). Each selection reads a date range through an index
 * (programmes_running_end_idx, programmes_start_date_idx) and leaves out what was claimed already,
 * so its cost follows what is due, not the number of programmes. Exported for the benchmark's
 * bare SQL (bench/sweeps.bench.ts), which runs the same text.
 */
export const REMINDER_SQL = {
  // The due day is planned end − $4 months, clamped to the month's end as endReminderDueOn does; it lies in $5 … $6.
  endingBetween: `SELECT ${DUE_COLUMNS} FROM programmes p
    WHERE p.status = 'running' AND p.planned_end BETWEEN $1::date AND $2::date
      AND (p.planned_end - make_interval(months => $4::int))::date BETWEEN $5::date AND $6::date
      AND ${NOT_CLAIMED('$3', "to_char(p.planned_end, 'YYYY-MM-DD')")}
    ORDER BY p.planned_end, p.id`,
  pastEndBetween: `SELECT ${DUE_COLUMNS} FROM programmes p
    WHERE p.status = 'running' AND p.planned_end BETWEEN $1::date AND $2::date AND ${NOT_CLAIMED("'past_end'", "to_char(p.planned_end, 'YYYY-MM-DD')")}
    ORDER BY p.planned_end, p.id`,
  // In the programme when study year 1 ended: still running, or ended (qualified, switched) after it. The due day is
  // start + 12 months (yearOneSurveyDueOn, clamped to the month's end alike); it lies in $3 … $4.
  startedBetween: `SELECT ${DUE_COLUMNS} FROM programmes p
    WHERE p.start_date BETWEEN $1::date AND $2::date AND (p.start_date + interval '12 months')::date BETWEEN $3::date AND $4::date
      AND (p.status = 'running' OR (p.status IN ('qualified', 'route_switched') AND p.ended_on >= (p.start_date + interval '12 months')::date))
      AND ${NOT_CLAIMED("'survey_end_of_year_1'", "'once'")}
    ORDER BY p.start_date, p.id`,
  claim: `INSERT INTO programme_reminders (programme_id, kind, due_key, created_at)
    SELECT programme_id, $1, due_key, $4 FROM unnest($2::uuid[], $3::text[]) AS due(programme_id, due_key)
    ON CONFLICT DO NOTHING RETURNING programme_id AS "programmeId", due_key AS "dueKey"`,
} as const;

@Injectable()
export class RemindersRepository {
  constructor(private readonly database: Database) {}

  /** Running programmes whose reminder `months` before the end is due on a day in `dueDays` and not claimed; `ends` the index range. */
  endingBetween(ends: DateRange, kind: ProgrammeReminderKind, months: number, dueDays: DateRange): Promise<DueProgramme[]> {
    return this.database.query<DueProgramme>(REMINDER_SQL.endingBetween, [ends.from, ends.to, kind, months, dueDays.from, dueDays.to]);
  }

  pastEndBetween(from: string, to: string): Promise<DueProgramme[]> {
    return this.database.query<DueProgramme>(REMINDER_SQL.pastEndBetween, [from, to]);
  }

  /** Programmes whose survey at the end of study year 1 is due on a day in `dueDays` and not claimed; `starts` the index range. */
  startedBetween(starts: DateRange, dueDays: DateRange): Promise<DueProgramme[]> {
    return this.database.query<DueProgramme>(REMINDER_SQL.startedBetween, [starts.from, starts.to, dueDays.from, dueDays.to]);
  }

  /** Claims the reminders not claimed before (one statement); returns those this call claimed. */
  async claim(kind: ProgrammeReminderKind, claims: ReminderClaim[], now: Date): Promise<ReminderClaim[]> {
    if (claims.length === 0) return [];
    return this.database.query<ReminderClaim>(REMINDER_SQL.claim, [kind, claims.map((claim) => claim.programmeId), claims.map((claim) => claim.dueKey), now]);
  }

  /** The uitval watch's state of a cohort, locked for this unit of work; null before its first run. */
  async lockUitvalState(cohort: string): Promise<{ id: string; reached: boolean; crossings: number } | null> {
    const [row] = await this.database.query<{ id: string; reached: boolean; crossings: number }>(
      `SELECT id, reached, crossings FROM uitval_alerts WHERE cohort = $1 FOR UPDATE`,
      [cohort],
    );
    return row ?? null;
  }

  /** Writes the cohort's state; on a crossing the count goes up and the figures are kept for the alert. */
  async saveUitvalState(
    cohort: string,
    state: { reached: boolean; crossed: boolean; rate: number | null; uitval: number; started: number },
    now: Date,
  ): Promise<{ id: string; crossings: number }> {
    const [row] = await this.database.query<{ id: string; crossings: number }>(
      `INSERT INTO uitval_alerts (cohort, reached, crossings, rate, uitval, started, updated_at)
       VALUES ($1, $2, CASE WHEN $3 THEN 1 ELSE 0 END, $4, $5, $6, $7)
       ON CONFLICT (cohort) DO UPDATE SET reached = EXCLUDED.reached, updated_at = EXCLUDED.updated_at,
         crossings = uitval_alerts.crossings + CASE WHEN $3 THEN 1 ELSE 0 END,
         rate = CASE WHEN $3 THEN EXCLUDED.rate ELSE uitval_alerts.rate END,
         uitval = CASE WHEN $3 THEN EXCLUDED.uitval ELSE uitval_alerts.uitval END,
         started = CASE WHEN $3 THEN EXCLUDED.started ELSE uitval_alerts.started END
       RETURNING id, crossings`,
      [cohort, state.reached, state.crossed, state.rate, state.uitval, state.started, now],
    );
    return row;
  }

  async uitvalAlert(cohort: string): Promise<{ id: string; crossings: number; rate: number; uitval: number; started: number } | null> {
    const [row] = await this.database.query<{ id: string; crossings: number; rate: number; uitval: number; started: number }>(
      `SELECT id, crossings, rate::float8 AS rate, uitval, started FROM uitval_alerts WHERE cohort = $1`,
      [cohort],
    );
    return row ?? null;
  }
}
