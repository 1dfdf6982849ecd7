import { OUTBOX_DEAD_NOTICE_JOB, type JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Tells the desk and the administrators, once, that a job was given up on. */
    [OUTBOX_DEAD_NOTICE_JOB]: { outboxId: string; deadAt: string };
  }
}

export const NOTIFICATION_JOBS = [OUTBOX_DEAD_NOTICE_JOB] as const satisfies readonly JobName[];
