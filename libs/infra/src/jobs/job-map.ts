/**
 * Every background job's payload by job name. Empty here on purpose: each module declares its own
 * jobs beside its code by declaration merging (`declare module '@app/infra' { interface JobMap … }`
 * in its `jobs/*.jobs.ts`), so producer and handler type against one map and infra names no domain job.
 * Payloads hold ids only: Redis keeps them in clear text, and handlers re-read the rows.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface JobMap {}

export type JobName = keyof JobMap;

/** A job to run after the current unit of work commits; `runAt` delays it (now when absent). */
export type JobRequest = { [Name in JobName]: { name: Name; data: JobMap[Name]; runAt?: Date } }[JobName];

export const JOBS_QUEUE_NAME = 'jobs';
