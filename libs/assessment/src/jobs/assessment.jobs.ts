import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** The candidate's mail about the outcome of their suitability assessment. */
    'assessment.outcome-mail': { assessmentId: string };
    /** Tells the institute's active users that an assessment was requested with it. */
    'assessment.request-mail': { assessmentId: string };
  }
}

/** The assessment module's jobs; the worker refuses to start unless each has exactly one handler. */
export const ASSESSMENT_JOBS = ['assessment.outcome-mail', 'assessment.request-mail'] as const satisfies readonly JobName[];

/** The daily sweep that reminds the central desk of assessments without outcome after 8 weeks. */
export const ASSESSMENT_OVERDUE_SWEEP = 'assessment.overdue-reminders';
