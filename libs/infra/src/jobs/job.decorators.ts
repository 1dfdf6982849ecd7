import { DiscoveryService } from '@nestjs/core';
import type { JobMap, JobName } from './job-map';

/** Marks the provider that handles one job; the worker finds it at boot and refuses to start without exactly one per job. */
export const HandlesJob = DiscoveryService.createDecorator<JobName>();

/** A job handler. Must be idempotent (the queue delivers at least once): its first lines say how. */
export interface JobHandler<Name extends JobName> {
  handle(data: JobMap[Name]): Promise<void>;
}

export interface SweepSchedule {
  /** Unique among sweeps, e.g. `selection.interview-reminder`. */
  name: string;
  /** Cron pattern in Europe/Amsterdam time, e.g. `0 7 * * *` for every day at 07:00. */
  cron: string;
}

/** Marks a periodic sweep: it finds what is due (reminders, retries) and acts on it. */
export const SweepOn = DiscoveryService.createDecorator<SweepSchedule>();

/** A sweep. Must be idempotent: running it twice, or again after a crash halfway, does nothing twice. */
export interface Sweep {
  /** Returns how many subjects it acted on. */
  run(): Promise<number>;
}
