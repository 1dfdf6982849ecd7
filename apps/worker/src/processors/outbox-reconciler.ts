import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Outbox } from '@app/infra';
import { JobsProcessor } from './jobs.processor';

const RECONCILE_EVERY_MS = 5000;
/** Sweep schedulers are upserted again this often (every 4th tick, 20 s), so a Redis that lost them has them back within 30 s. */
const RESCHEDULE_EVERY_TICKS = 4;

/**
 * Re-enqueues outbox jobs that are due and not done. A plain timer, not a queue scheduler: it is
 * what repairs the queue after Redis lost its data, so it must not live in Redis.
 */
@Injectable()
export class OutboxReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxReconciler.name);
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private ticks = 0;

  constructor(
    private readonly outbox: Outbox,
    private readonly processor: JobsProcessor,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), RECONCILE_EVERY_MS);
    void this.tick();
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      this.ticks += 1;
      if (this.ticks % RESCHEDULE_EVERY_TICKS === 0)
        await this.processor.scheduleSweeps().catch((error: Error) => this.logger.warn(`Sweep schedules deferred: ${error.message}`));
      const count = await this.outbox.reconcile();
      if (count > 0) this.logger.log(`Re-enqueued ${count} outbox job(s)`);
    } catch (error) {
      this.logger.warn(`Reconcile deferred: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
