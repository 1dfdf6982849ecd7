/**
 * Every background job: its name and its payload (ids only — Redis holds payloads in clear text,
 * and handlers re-read the rows). Producer and handler both type against this map, so they
 * cannot drift apart.
 */
export interface JobMap {
  'candidates.application-received': { candidateId: string };
  // selection: invitations, updates and cancellations of selection interviews, outcome mails and reminders
  'selection.interview-invitation': { interviewId: string; sequence: number };
  'selection.interview-cancellation': { interviewId: string; sequence: number };
  'selection.outcome-mail': { interviewId: string };
  'selection.interview-reminder': { interviewId: string; sequence: number };
  // assessment
  'assessment.outcome-mail': { assessmentId: string };
}

export type JobName = keyof JobMap;

export interface JobRequest<Name extends JobName = JobName> {
  name: Name;
  data: JobMap[Name];
  /** When the job is due; now when absent. */
  runAt?: Date;
}

/** A handler for one job kind; the worker finds every provider that has `jobName` and `handle`. Handlers must be idempotent: the queue delivers at least once. */
export interface JobHandler<Name extends JobName = JobName> {
  readonly jobName: Name;
  handle(data: JobMap[Name]): Promise<void>;
}


export const JOBS_QUEUE_NAME = 'jobs';

/**
 * A periodic sweep: finds what is due (reminders, retries) and acts on it. The worker runs it on
 * its cron schedule (Europe/Amsterdam) through a BullMQ job scheduler. Must be idempotent: running
 * it twice, or after a crash halfway, does nothing twice (e.g. NotificationsService's unique key).
 */
export interface Sweep {
  readonly sweepName: string;
  /** Cron pattern, e.g. '0 7 * * *' for every day at 07:00. */
  readonly schedule: string;
  /** Returns how many subjects it acted on. */
  run(): Promise<number>;
}
