import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { UnrecoverableError, type Job } from 'bullmq';
import { Clock, DomainError } from '@app/shared';
import { APP_CONFIG, Database, Outbox, createJobsWorker, type AppConfig, type JobHandler, type JobName, type JobsWorker, type OutboxJobData, type Sweep } from '@app/infra';

function isSweep(instance: unknown): instance is Sweep {
  const candidate = instance as Partial<Sweep> | null;
  return !!candidate && typeof candidate.sweepName === 'string' && typeof candidate.run === 'function';
}

function isJobHandler(instance: unknown): instance is JobHandler {
  const candidate = instance as Partial<JobHandler> | null;
  return !!candidate && typeof candidate.jobName === 'string' && typeof candidate.handle === 'function';
}

/**
 * Consumes the jobs queue. Each queue job names an outbox row; the row holds the job's name and
 * payload. Idempotent: a row already completed is skipped, so a duplicate delivery does nothing.
 * Domain errors are unrecoverable (retrying cannot help); anything else is retried with backoff.
 */
@Injectable()
export class JobsProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsProcessor.name);
  private readonly handlers = new Map<JobName, JobHandler>();
  private readonly sweeps = new Map<string, Sweep>();
  private worker: JobsWorker | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly database: Database,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (isJobHandler(wrapper.instance)) this.handlers.set(wrapper.instance.jobName, wrapper.instance);
      if (isSweep(wrapper.instance)) this.sweeps.set(wrapper.instance.sweepName, wrapper.instance);
    }
    void this.scheduleSweeps();
    this.worker = createJobsWorker(this.config, (job) => this.process(job), { concurrency: 4, autorun: true });
    this.worker.on('failed', (job, error) => {
      this.logger.warn(`Job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`);
    });
    this.worker.on('error', (error) => this.logger.warn(`Queue connection: ${error.message}`));
  }

  /** Upserts the job scheduler of every sweep; repeated by the reconciler, so a lost Redis gets them back. */
  async scheduleSweeps(): Promise<void> {
    for (const sweep of this.sweeps.values()) {
      await this.outbox.scheduleSweep(sweep.sweepName, sweep.schedule).catch((error: Error) => {
        this.logger.warn(`Scheduling sweep ${sweep.sweepName} deferred: ${error.message}`);
      });
    }
  }

  /** Runs one sweep now; the scheduler calls this, and so can tests with a moved clock. */
  async runSweep(name: string): Promise<number> {
    const sweep = this.sweeps.get(name);
    if (!sweep) throw new UnrecoverableError(`No sweep named ${name}`);
    return sweep.run();
  }

  async process(job: Job<OutboxJobData>): Promise<void> {
    if (job.data.sweep !== undefined) {
      await this.runSweep(job.data.sweep);
      return;
    }
    const [row] = await this.database.query<{ name: JobName; payload: never; completedAt: Date | null }>(
      `SELECT name, payload, completed_at AS "completedAt" FROM outbox_jobs WHERE id = $1`,
      [job.data.outboxId],
    );
    if (!row || row.completedAt) return;
    const handler = this.handlers.get(row.name);
    if (!handler) throw new UnrecoverableError(`No handler for job ${row.name}`);
    try {
      await handler.handle(row.payload);
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
      await this.database.query(`UPDATE outbox_jobs SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [job.data.outboxId, message]);
      if (error instanceof DomainError) throw new UnrecoverableError(`${error.code}: ${message}`);
      throw error;
    }
    await this.database.query(`UPDATE outbox_jobs SET completed_at = $2, attempts = attempts + 1 WHERE id = $1 AND completed_at IS NULL`, [
      job.data.outboxId,
      this.clock.now(),
    ]);
  }

  /** Lets running jobs finish before the process exits (SIGTERM). */
  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
