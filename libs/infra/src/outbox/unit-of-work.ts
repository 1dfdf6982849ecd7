import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import type { JobRequest } from '../jobs/job-map';
import { Outbox } from './outbox.service';

/**
 * A command as one unit of work: its business rows, its audit rows and its jobs commit together
 * in one transaction, and the jobs are handed to the queue only after the commit. Repositories
 * and the audit join the running unit of work by themselves (see `Database`); nested runs join too.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    private readonly database: Database,
    private readonly outbox: Outbox,
  ) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return this.database.transaction(work);
  }

  /** Writes the jobs to the outbox in the running unit of work; the queue gets them after commit. */
  async enqueue(...jobs: JobRequest[]): Promise<void> {
    if (jobs.length === 0) return;
    if (!this.database.inTransaction()) throw new Error('enqueue needs a unit of work: call it inside UnitOfWork.run');
    const outboxIds = await this.outbox.write(jobs);
    this.database.afterCommit(() => void this.outbox.dispatch(outboxIds));
  }
}
