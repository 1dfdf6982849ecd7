import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { UnrecoverableError, type Job } from 'bullmq';
import { DomainError } from '@app/shared';
import {
  APP_CONFIG,
  Outbox,
  SweepRuns,
  createJobsWorker,
  errorCodeOf,
  outboxIdOf,
  discoverJobs,
  type AppConfig,
  type JobName,
  type JobRegistry,
  type JobsWorker,
  type OutboxJobData,
} from '@app/infra';

/** Injection token: the job names every module declares (see worker.module.ts). */
export const DECLARED_JOBS = Symbol('DECLARED_JOBS');

/**
 * Consumes the jobs queue. Each queue job names an outbox row (or a sweep); the row holds the
 * job's name and payload. Idempotent: a row already completed is skipped, so a duplicate delivery
 * does nothing. Domain errors are unrecoverable (retrying cannot help); anything else is retried.
 */
@Injectable()
export class JobsProcessor implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsProcessor.name);
  private registry: JobRegistry | undefined;
  private worker: JobsWorker | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DECLARED_JOBS) private readonly declaredJobs: readonly JobName[],
    private readonly discovery: DiscoveryService,
    private readonly outbox: Outbox,
    private readonly sweepRuns: SweepRuns,
  ) {}

  /** Before anything starts (timers, queue connections): a job without exactly one handler stops the boot here. */
  onModuleInit(): void {
    this.registry = discoverJobs(this.discovery, this.declaredJobs);
  }

  onApplicationBootstrap(): void {
    void this.scheduleSweeps().catch((error: Error) => this.logger.warn(`Sweep schedules deferred: ${error.message}`));
    this.worker = createJobsWorker(this.config, (job) => this.process(job), {
      concurrency: 4,
      autorun: true,
      // Jobs take seconds: a job held by a killed worker is taken again within about 15 s, and a
      // job that stalls twice (two crashes) is still not failed; the outbox decides what is done.
      lockDuration: 10_000,
      stalledInterval: 5_000,
      maxStalledCount: 3,
    });
    this.worker.on('failed', (job, error) => {
      this.logger.warn(`Job ${job?.id ?? '?'} failed (attempt ${job?.attemptsMade ?? 0}): ${error.message}`);
    });
    this.worker.on('error', (error) => this.logger.warn(`Queue connection: ${error.message}`));
    this.worker.on('stalled', (jobId) => {
      const outboxId = outboxIdOf(jobId);
      this.logger.warn(`Job ${jobId} stalled (its worker stopped answering); the queue runs it again`);
      if (outboxId) void this.outbox.recordStall(outboxId).catch(() => undefined);
    });
  }

  /**
   * Upserts the job scheduler of every sweep, and runs once each sweep whose due time passed while
   * the queue had no schedule for it; repeated by the reconciler, so a lost Redis gets them back.
   */
  async scheduleSweeps(): Promise<void> {
    const schedules = [...this.jobs().sweeps.values()].map((entry) => entry.schedule);
    for (const schedule of schedules) {
      await this.outbox.scheduleSweep(schedule.name, schedule.cron).catch((error: Error) => {
        this.logger.warn(`Scheduling sweep ${schedule.name} deferred: ${error.message}`);
      });
    }
    for (const { name, dueAt } of await this.sweepRuns.missed(schedules)) {
      this.logger.warn(`Sweep ${name} due at ${dueAt.toISOString()} did not run (the queue lost its schedule?); running it now`);
      await this.outbox.runMissedSweep(name, dueAt);
    }
  }

  /** Runs one sweep now; the scheduler calls this, and so can tests with a moved clock. */
  async runSweep(name: string): Promise<number> {
    const entry = this.jobs().sweeps.get(name);
    if (!entry) throw new UnrecoverableError(`No sweep named ${name}`);
    return entry.sweep.run();
  }

  async process(job: Job<OutboxJobData>): Promise<void> {
    if (job.data.sweep !== undefined) {
      await this.sweepRuns.recordStart(job.data.sweep);
      await this.runSweep(job.data.sweep);
      return;
    }
    const outboxId = job.data.outboxId;
    const row = await this.outbox.read(outboxId);
    if (!row || row.status !== 'pending') return;
    const handler = this.jobs().handlers.get(row.name);
    if (!handler) throw new UnrecoverableError(`No handler for job ${row.name}`);
    try {
      await handler.handle(row.payload as never);
    } catch (error) {
      const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const retry = error instanceof DomainError ? 'never' : lastTry ? 'outbox' : 'queue';
      const code = errorCodeOf(error);
      const state = await this.outbox.recordFailure(outboxId, code, retry);
      if (retry === 'outbox' && state === 'pending')
        this.logger.warn(`Outbox job ${outboxId} failed ${job.attemptsMade + 1} times (${code}); the outbox tries it again later`);
      // The queue keeps only the code: a message may quote an address (personal data).
      throw retry === 'queue' ? new Error(code) : new UnrecoverableError(code);
    }
    await this.outbox.complete(outboxId);
  }

  private jobs(): JobRegistry {
    if (!this.registry) throw new Error('The job registry is read at bootstrap');
    return this.registry;
  }

  /** Lets running jobs finish before the database pool closes (SIGTERM). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
