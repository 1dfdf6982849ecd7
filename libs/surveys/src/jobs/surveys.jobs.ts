import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Mails the candidate the one-time link of a satisfaction survey. */
    'surveys.invitation-mail': { surveyId: string };
  }
}

/** The surveys module's jobs; the worker refuses to start unless each has exactly one handler. */
export const SURVEY_JOBS = ['surveys.invitation-mail'] as const satisfies readonly JobName[];
