/** The candidate's own page `/mijn-aanmelding` (issue 16, item 6): sign-in by a one-time link, the overview and the candidate's commands. */
export * from './portal.module';
export * from './application/portal-sign-in.service';
export * from './application/portal.service';
export * from './application/portal.views';
export * from './domain/portal.policy';
export * from './domain/portal.errors';
export * from './jobs/portal.jobs';
