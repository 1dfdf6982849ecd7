import { Injectable } from '@nestjs/common';
import { CronExpressionParser } from 'cron-parser';
import { Database } from '../database/database';
import type { SweepSchedule } from './job.decorators';

/** Sweep schedules run in Dutch time (Outbox.scheduleSweep). */
export const SWEEP_TIME_ZONE = 'Europe/Amsterdam';
/** A due run that has not started this long after its time was missed (the scheduler starts it within seconds). */
const MISSED_AFTER_MS = 30_000;

/**
 * When each sweep last started, by the wall clock the queue's scheduler runs on (not a test's
 * moved clock). A sweep whose last due time passed without a start fell in a gap of the queue
 * (Redis lost its schedules) and is run once when the queue is back.
 */
@Injectable()
export class SweepRuns {
  constructor(private readonly database: Database) {}

  async recordStart(name: string, at = new Date()): Promise<void> {
    await this.database.query(
      `INSERT INTO sweep_runs (name, last_started_at) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET last_started_at = greatest(sweep_runs.last_started_at, EXCLUDED.last_started_at)`,
      [name, at],
    );
  }

  /**
   * The sweeps whose latest due time (at least 30 s ago) came after their last start, each with that
   * due time. A sweep seen for the first time starts its record now: it missed nothing.
   */
  async missed(schedules: readonly SweepSchedule[], now = new Date()): Promise<{ name: string; dueAt: Date }[]> {
    const rows = await this.database.query<{ name: string; last_started_at: Date }>(
      `INSERT INTO sweep_runs (name, last_started_at) SELECT unnest($1::text[]), $2
       ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
       RETURNING name, last_started_at`,
      [schedules.map((schedule) => schedule.name), now],
    );
    const lastStart = new Map(rows.map((row) => [row.name, row.last_started_at.getTime()]));
    return schedules.flatMap((schedule) => {
      const dueAt = CronExpressionParser.parse(schedule.cron, { currentDate: new Date(now.getTime() - MISSED_AFTER_MS), tz: SWEEP_TIME_ZONE })
        .prev()
        .toDate();
      return (lastStart.get(schedule.name) ?? now.getTime()) < dueAt.getTime() ? [{ name: schedule.name, dueAt }] : [];
    });
  }
}
