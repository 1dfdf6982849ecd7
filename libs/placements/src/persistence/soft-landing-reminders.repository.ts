import { Injectable } from '@nestjs/common';
import type { DateRange } from '@app/shared';
import { Database } from '@app/infra';
import { SOFT_LANDING_MONTHS, SOFT_LANDING_NOTICE_DAYS } from '../domain/placement.policy';

export interface SoftLandingDue {
  id: string;
  candidateId: string;
  boardId: string;
  schoolId: string;
  startDate: string;
}

/**
 * The soft landing's last day and the reminder's due day of a placement starting on `column`, in
 * SQL: PostgreSQL's `date + interval 'n months'` clamps to the month's last day as the domain's
 * addMonths does (softLandingEndsOn, softLandingReminderDueOn; compared day by day in
 * test/e2e/coaching-reminders.e2e-spec.ts).
 */
export function softLandingEndSql(column: string): string {
  return `((${column} + interval '${SOFT_LANDING_MONTHS} months')::date - 1)`;
}

export function softLandingDueDaySql(column: string): string {
  return `(${softLandingEndSql(column)} - ${SOFT_LANDING_NOTICE_DAYS})`;
}

/**
 * The soft-landing reminder's SQL (R12): active placements whose start lies in a range (through
 * placements_active_start_idx) and whose due day lies in the sweep's due days ($3–$4), without a
 * claim for this soft-landing end. Exported for the benchmark's bare SQL (bench/sweeps.bench.ts),
 * which runs the same text.
 */
export const SOFT_LANDING_SQL = {
  startedBetween: `SELECT p.id, p.candidate_id AS "candidateId", p.board_id AS "boardId", p.school_id AS "schoolId", to_char(p.start_date, 'YYYY-MM-DD') AS "startDate"
    FROM placements p
    WHERE p.status = 'active' AND p.start_date BETWEEN $1::date AND $2::date
      AND ${softLandingDueDaySql('p.start_date')} BETWEEN $3::date AND $4::date
      AND NOT EXISTS (SELECT 1 FROM placement_reminders r WHERE r.placement_id = p.id AND r.kind = 'soft_landing_ends' AND r.due_key = to_char(${softLandingEndSql('p.start_date')}, 'YYYY-MM-DD'))
    ORDER BY p.start_date, p.id`,
  claim: `INSERT INTO placement_reminders (placement_id, kind, due_key, created_at)
    SELECT placement_id, 'soft_landing_ends', due_key, $3 FROM unnest($1::uuid[], $2::text[]) AS due(placement_id, due_key)
    ON CONFLICT DO NOTHING RETURNING placement_id AS "placementId", due_key AS "dueKey"`,
} as const;

@Injectable()
export class SoftLandingRemindersRepository {
  constructor(private readonly database: Database) {}

  /** Starts in `starts` whose reminder's due day lies in `dueDays`. */
  startedBetween(starts: DateRange, dueDays: DateRange): Promise<SoftLandingDue[]> {
    return this.database.query<SoftLandingDue>(SOFT_LANDING_SQL.startedBetween, [starts.from, starts.to, dueDays.from, dueDays.to]);
  }

  async claim(claims: { placementId: string; dueKey: string }[], now: Date): Promise<{ placementId: string; dueKey: string }[]> {
    if (claims.length === 0) return [];
    return this.database.query(SOFT_LANDING_SQL.claim, [claims.map((claim) => claim.placementId), claims.map((claim) => claim.dueKey), now]);
  }

  async active(id: string): Promise<SoftLandingDue | null> {
    const [row] = await this.database.query<SoftLandingDue>(
      `SELECT id, candidate_id AS "candidateId", board_id AS "boardId", school_id AS "schoolId", to_char(start_date, 'YYYY-MM-DD') AS "startDate"
       FROM placements WHERE id = $1 AND status = 'active'`,
      [id],
    );
    return row ?? null;
  }
}
