import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@app/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Database } from '../database/database';
import type { JobName, JobRequest } from '../jobs/job-map';
import { createJobsQueue, type JobsQueue } from '../queue/queue-factory';
import { SWEEP_TIME_ZONE } from '../jobs/sweep-runs';

const ENQUEUE_TIMEOUT_MS = 2000;
/**
 * An enqueued job not done after this long is handed to the queue again under the same queue job
 * id: the queue ignores it while it still holds the job (waiting, running), and takes it when it
 * lost it (a Redis restart without its data, a FLUSHALL).
 */
const REENQUEUE_AFTER_SECONDS = 20;
/** The first wait after a queue job used up its attempts; it doubles per try up to the configured cap. */
const FIRST_RETRY_DELAY_SECONDS = 5;

/** The job that tells people a job was given up on (its handler lives in notifications); it never reports itself. */
export const OUTBOX_DEAD_NOTICE_JOB = 'notifications.outbox-dead' as const;

/** An outbox row as the worker reads it: which job, with which payload, and whether it is still to do. */
export interface OutboxRow {
  name: JobName;
  payload: unknown;
  status: 'pending' | 'done' | 'dead';
}

/** A job the outbox gave up on after its horizon, for the operations page. */
export interface DeadOutboxJob {
  id: string;
  name: string;
  attempts: number;
  lastErrorCode: string | null;
  createdAt: string;
  deadAt: string;
}

/** A queue job id: the outbox id and its try (BullMQ ids may not hold ":"), so every try is a fresh queue job. */
export function queueJobId(outboxId: string, attempts: number): string {
  return `${outboxId}.${attempts}`;
}

/** The outbox id a queue job id names; undefined for other jobs (sweeps). */
export function outboxIdOf(jobId: string): string | undefined {
  const [outboxId, attempts] = jobId.split('.');
  return attempts !== undefined && /^\d+$/.test(attempts) && /^[0-9a-f-]{36}$/.test(outboxId) ? outboxId : undefined;
}

/**
 * Transactional outbox: jobs are written in the command's transaction; after commit they are
 * handed to the queue with jobId = outbox id, so a duplicate hand-over is ignored by the queue and
 * a lost one is repaired by `reconcile`. The row, not the queue, says whether a job is done.
 */
@Injectable()
export class Outbox implements OnApplicationShutdown {
  private readonly logger = new Logger(Outbox.name);
  private queue: JobsQueue | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  /** Writes jobs in the running transaction (UnitOfWork.enqueue); returns their outbox ids. */
  async write(jobs: JobRequest[]): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `INSERT INTO outbox_jobs (name, payload, run_at, next_attempt_at)
       SELECT job->>'name', job->'data', COALESCE((job->>'runAt')::timestamptz, $2), COALESCE((job->>'runAt')::timestamptz, $2)
       FROM jsonb_array_elements($1::jsonb) AS job
       RETURNING id`,
      [JSON.stringify(jobs.map((job) => ({ name: job.name, data: job.data, runAt: job.runAt?.toISOString() }))), this.clock.now()],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Hands committed jobs that are due to the queue; a job with a later `runAt` is left to the
   * reconciler, which hands it over once due. Never throws: the caller does not wait on the queue
   * (the promise tells a test when the hand-over is over).
   */
  dispatch(outboxIds: string[]): Promise<void> {
    if (outboxIds.length === 0) return Promise.resolve();
    return this.enqueue(outboxIds).catch((error: unknown) => {
      this.logger.warn(`Outbox hand-over deferred to the reconciler: ${(error as Error).message}`);
    });
  }

  /** Enqueues what is due and not done; safe to run from any number of processes at once. */
  async reconcile(limit = 500): Promise<number> {
    const rows = await this.database.query<{ id: string; attempts: number; stale: boolean }>(
      `SELECT id, attempts, enqueued_at IS NOT NULL AS stale FROM outbox_jobs
       WHERE status = 'pending' AND next_attempt_at <= $1
         AND (enqueued_at IS NULL OR enqueued_at < $1::timestamptz - make_interval(secs => $2))
       ORDER BY next_attempt_at LIMIT $3`,
      [this.clock.now(), REENQUEUE_AFTER_SECONDS, limit],
    );
    const due: { id: string; attempts: number }[] = [];
    let lost = 0;
    for (const row of rows) {
      if (!row.stale) {
        due.push(row);
        continue;
      }
      const { next, state } = await this.afterStaleHandOver(row);
      if (state === 'unknown') lost += 1;
      due.push(next);
    }
    // Nothing is lost (the rows hold the jobs), but an operator must hear that the queue forgot work.
    if (lost > 0) this.logger.error(`The queue no longer holds ${lost} handed-over outbox job(s) (did Redis lose its data?); handing them over again`);
    if (due.length > 0) {
      await this.enqueueRows(due).catch(async (error: unknown) => {
        // Visible on the row (and on the operations page if it ever dies): the queue could not take it.
        await this.database.query(
          `UPDATE outbox_jobs SET last_error_code = 'queue_unavailable'
           WHERE id = ANY($1::uuid[]) AND status = 'pending' AND last_error_code IS DISTINCT FROM 'queue_unavailable'`,
          [due.map((row) => row.id)],
        );
        throw error;
      });
    }
    return due.length;
  }

  /**
   * A row handed to the queue a while ago and still not done. While the queue still runs or holds
   * its job, handing it over again under the same id changes nothing; when the queue lost it (a
   * FLUSHALL), that brings it back. But when the queue finished with it (failed, or ended without
   * the row being marked, e.g. PostgreSQL was down at that moment), the same id would be ignored
   * for good: the row then counts a failed try and goes again under a fresh queue job.
   */
  private async afterStaleHandOver(row: { id: string; attempts: number }): Promise<{ next: { id: string; attempts: number }; state: string }> {
    const state = await withTimeout(this.getQueue().getJobState(queueJobId(row.id, row.attempts)), ENQUEUE_TIMEOUT_MS, 'queue did not answer');
    if (state !== 'failed' && state !== 'completed') return { next: row, state };
    const [next] = await this.database.query<{ id: string; attempts: number }>(
      `UPDATE outbox_jobs SET attempts = attempts + 1, last_error_code = COALESCE(last_error_code, 'queue_' || $3::text)
       WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING id, attempts`,
      [row.id, row.attempts, state],
    );
    this.logger.warn(`Outbox job ${row.id}: the queue ${state} it without the row being marked; trying again`);
    return { next: next ?? row, state };
  }

  /** A queue job of this row was held by a worker that stopped answering (a crash): a failed try, run again by the queue. */
  async recordStall(outboxId: string): Promise<void> {
    await this.database.query(`UPDATE outbox_jobs SET attempts = attempts + 1, last_error_code = 'stalled' WHERE id = $1 AND status = 'pending'`, [outboxId]);
  }

  /** The row a queue job names; undefined when it no longer exists. */
  async read(outboxId: string): Promise<OutboxRow | undefined> {
    const [row] = await this.database.query<OutboxRow>(`SELECT name, payload, status FROM outbox_jobs WHERE id = $1`, [outboxId]);
    return row;
  }

  /** Marks a job done; a second completion (a duplicate delivery) changes nothing. */
  async complete(outboxId: string): Promise<void> {
    await this.database.query(`UPDATE outbox_jobs SET status = 'done', completed_at = $2, attempts = attempts + 1 WHERE id = $1 AND status <> 'done'`, [
      outboxId,
      this.clock.now(),
    ]);
  }

  /**
   * Records a failed try by its error code (never message text, which may quote addresses).
   * `queue`: the queue job tries again itself. `outbox`: the queue job used up its attempts, so the
   * row is tried again under a fresh queue job after a wait that doubles up to the configured cap,
   * until its horizon; then it is dead. `never`: retrying cannot help (a business rule refused it),
   * so it is dead at once. Returns the row's state afterwards.
   */
  async recordFailure(outboxId: string, errorCode: string, retry: 'queue' | 'outbox' | 'never'): Promise<'pending' | 'dead'> {
    const { maxRetryDelaySeconds } = this.config.outbox;
    const final = retry !== 'queue';
    const horizonHours = retry === 'never' ? 0 : this.config.outbox.horizonHours;
    // A row that dies writes, in the same statement, the job that tells the desk (once: its notification is unique).
    const [row] = await this.database.query<{ status: 'pending' | 'dead'; attempts: number }>(
      `WITH failed AS (
         UPDATE outbox_jobs SET attempts = attempts + 1, last_error_code = $2,
           next_attempt_at = CASE WHEN $3 THEN $4::timestamptz + make_interval(secs => least($5, $6 * power(2, least(attempts, 20)))) ELSE next_attempt_at END,
           enqueued_at = CASE WHEN $3 THEN NULL ELSE enqueued_at END,
           status = CASE WHEN $3 AND created_at + make_interval(hours => $7) <= $4 THEN 'dead' ELSE status END,
           dead_at = CASE WHEN $3 AND created_at + make_interval(hours => $7) <= $4 THEN $4 ELSE dead_at END
         WHERE id = $1 AND status = 'pending' RETURNING id, name, status, attempts, dead_at
       ), notice AS (
         INSERT INTO outbox_jobs (name, payload, run_at, next_attempt_at)
         SELECT $8, jsonb_build_object('outboxId', id, 'deadAt', to_char(dead_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')), $4, $4
         FROM failed WHERE status = 'dead' AND name <> $8
       )
       SELECT status, attempts FROM failed`,
      [outboxId, errorCode.slice(0, 100), final, this.clock.now(), maxRetryDelaySeconds, FIRST_RETRY_DELAY_SECONDS, horizonHours, OUTBOX_DEAD_NOTICE_JOB],
    );
    if (row?.status === 'dead')
      this.logger.error(`Outbox job ${outboxId} is dead after ${row.attempts} tries (last error ${errorCode}); an administrator can retry it`);
    return row?.status ?? 'pending';
  }

  /** The jobs given up on, newest first, for administrators. */
  dead(limit = 200): Promise<DeadOutboxJob[]> {
    return this.database.query<DeadOutboxJob>(
      `SELECT id, name, attempts, last_error_code AS "lastErrorCode",
         to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
         to_char(dead_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "deadAt"
       FROM outbox_jobs WHERE status = 'dead' ORDER BY dead_at DESC LIMIT $1`,
      [limit],
    );
  }

  /** An administrator's retry of a dead job: it is due now, with a fresh horizon. False when it is not dead. */
  async revive(outboxId: string): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE outbox_jobs SET status = 'pending', dead_at = NULL, next_attempt_at = $2, created_at = $2, enqueued_at = NULL
       WHERE id = $1 AND status = 'dead' RETURNING id`,
      [outboxId, this.clock.now()],
    );
    return rows.length > 0;
  }

  private async enqueue(outboxIds: string[]): Promise<void> {
    const rows = await this.database.query<{ id: string; attempts: number }>(
      `SELECT id, attempts FROM outbox_jobs WHERE id = ANY($1::uuid[]) AND status = 'pending' AND next_attempt_at <= $2`,
      [outboxIds, this.clock.now()],
    );
    if (rows.length > 0) await this.enqueueRows(rows);
  }

  private async enqueueRows(rows: { id: string; attempts: number }[]): Promise<void> {
    const adding = this.getQueue().addBulk(
      rows.map((row) => ({
        name: 'outbox',
        data: { outboxId: row.id },
        opts: {
          jobId: queueJobId(row.id, row.attempts),
          attempts: this.config.outbox.queueAttempts,
          backoff: { type: 'exponential', delay: 1000 },
          // The outbox row keeps the history; the queue keeps only enough to run the job (and no personal data).
          removeOnComplete: { age: 3600, count: 1000 },
          removeOnFail: { age: 24 * 3600 },
        },
      })),
    );
    await withTimeout(adding, ENQUEUE_TIMEOUT_MS, 'queue did not answer');
    await this.database.query(`UPDATE outbox_jobs SET enqueued_at = $2 WHERE id = ANY($1::uuid[]) AND status = 'pending'`, [
      rows.map((row) => row.id),
      this.clock.now(),
    ]);
  }

  private getQueue(): JobsQueue {
    this.queue ??= createJobsQueue(this.config);
    return this.queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close().catch(() => undefined);
  }

  /** Creates or updates the job scheduler that runs a sweep; idempotent, so every worker calls it at boot. */
  async scheduleSweep(sweepName: string, pattern: string): Promise<void> {
    await withTimeout(
      this.getQueue().upsertJobScheduler(
        `sweep:${sweepName}`,
        { pattern, tz: SWEEP_TIME_ZONE },
        { name: 'sweep', data: { sweep: sweepName }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      ),
      ENQUEUE_TIMEOUT_MS,
      'queue did not answer',
    );
  }

  /**
   * Runs a sweep whose due time fell in a gap of the queue, once: the job id names the missed due
   * time, so a second call for the same gap (another worker, the next pass) is ignored by the queue.
   */
  async runMissedSweep(sweepName: string, dueAt: Date): Promise<void> {
    await withTimeout(
      this.getQueue().addBulk([
        {
          name: 'sweep',
          data: { sweep: sweepName },
          opts: { jobId: `sweep-missed.${sweepName}.${dueAt.getTime()}`, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 24 * 3600 } },
        },
      ]),
      ENQUEUE_TIMEOUT_MS,
      'queue did not answer',
    );
  }

  /** The queue's own health, for /api/health: a cheap read through whichever backend runs. */
  async ping(): Promise<void> {
    await withTimeout(this.getQueue().getJobCounts('waiting'), ENQUEUE_TIMEOUT_MS, 'queue did not answer');
  }
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), milliseconds);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
