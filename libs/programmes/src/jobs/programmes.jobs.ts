import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Tells staff that a programme's term passed without qualification. */
    'programmes.term-expired-mail': { programmeId: string };
    /** Tells the board's users of their task: report to DUO that a subsidised person stopped early. */
    'programmes.repayment-task-mail': { taskId: string };
  }
}

/** The programmes module's jobs; the worker refuses to start unless each has exactly one handler. */
export const PROGRAMME_JOBS = ['programmes.term-expired-mail', 'programmes.repayment-task-mail'] as const satisfies readonly JobName[];

/** The daily sweep that ends programmes whose term passed without an outcome. */
export const TERM_EXPIRY_SWEEP = 'programmes.term-expiry';
