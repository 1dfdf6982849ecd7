import type { JobName } from '@app/infra';

declare module '@app/infra' {
  interface JobMap {
    /** Mails a candidate the one-time sign-in link of their own page. */
    'portal.sign-in-mail': { linkId: string };
  }
}

export const PORTAL_JOBS = ['portal.sign-in-mail'] as const satisfies readonly JobName[];
