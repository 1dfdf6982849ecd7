import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@app/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Database } from '../database/database';
import type { JobName, JobRequest } from '../jobs/job-map';
import { createJobsQueue, type JobsQueue } from '../queue/queue-factory';

const ENQUEUE_TIMEOUT_MS = 2000;
/** An enqueued job not completed after this long is enqueued again (a lost Redis, a FLUSHALL). */
const REENQUEUE_AFTER_SECONDS = 60;

/** An outbox row as the worker reads it: which job, with which payload, and whether it is done. */
export interface OutboxRow {
  name: JobName;
  payload: unknown;
  completed: boolean;
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
      `INSERT INTO outbox_jobs (name, payload, run_at)
       SELECT job->>'name', job->'data', COALESCE((job->>'runAt')::timestamptz, $2)
       FROM jsonb_array_elements($1::jsonb) AS job
       RETURNING id`,
      [JSON.stringify(jobs.map((job) => ({ name: job.name, data: job.data, runAt: job.runAt?.toISOString() }))), this.clock.now()],
    );
    return rows.map((row) => row.id);
  }

  /** Hands committed jobs to the queue without making the caller wait on the queue. */
  dispatch(outboxIds: string[]): void {
    if (outboxIds.length === 0) return;
    void this.enqueue(outboxIds).catch((error: unknown) => {
      this.logger.warn(`Outbox hand-over deferred to the reconciler: ${(error as Error).message}`);
    });
  }

  /** Enqueues what is due and not done; safe to run from any number of processes at once. */
  async reconcile(limit = 500): Promise<number> {
    const rows = await this.database.query<{ id: string }>(
      `SELECT id FROM outbox_jobs
       WHERE completed_at IS NULL AND run_at <= $1
         AND (enqueued_at IS NULL OR enqueued_at < $1::timestamptz - make_interval(secs => $2))
       ORDER BY run_at LIMIT $3`,
      [this.clock.now(), REENQUEUE_AFTER_SECONDS, limit],
    );
    if (rows.length > 0) await this.enqueue(rows.map((row) => row.id));
    return rows.length;
  }

  /** The row a queue job names; undefined when it no longer exists. */
  async read(outboxId: string): Promise<OutboxRow | undefined> {
    const [row] = await this.database.query<OutboxRow>(`SELECT name, payload, completed_at IS NOT NULL AS completed FROM outbox_jobs WHERE id = $1`, [
      outboxId,
    ]);
    return row;
  }

  /** Marks a job done; a second completion (a duplicate delivery) changes nothing. */
  async complete(outboxId: string): Promise<void> {
    await this.database.query(`UPDATE outbox_jobs SET completed_at = $2, attempts = attempts + 1 WHERE id = $1 AND completed_at IS NULL`, [
      outboxId,
      this.clock.now(),
    ]);
  }

  /** Records a failed attempt with a short description of what went wrong. */
  async fail(outboxId: string, error: string): Promise<void> {
    await this.database.query(`UPDATE outbox_jobs SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [outboxId, error.slice(0, 500)]);
  }

  private async enqueue(outboxIds: string[]): Promise<void> {
    const queue = this.getQueue();
    const adding = queue.addBulk(
      outboxIds.map((outboxId) => ({
        name: 'outbox',
        data: { outboxId },
        opts: {
          jobId: outboxId,
          attempts: 8,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 24 * 3600, count: 10000 },
          removeOnFail: { age: 14 * 24 * 3600 },
        },
      })),
    );
    await withTimeout(adding, ENQUEUE_TIMEOUT_MS, 'queue did not answer');
    await this.database.query(`UPDATE outbox_jobs SET enqueued_at = $2 WHERE id = ANY($1::uuid[])`, [outboxIds, this.clock.now()]);
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
        { pattern, tz: 'Europe/Amsterdam' },
        { name: 'sweep', data: { sweep: sweepName }, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      ),
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
