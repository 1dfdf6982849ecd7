/** Coaching (begeleiding): coaches, assignment, sessions, norms and at-risk flags. */
export * from './coaching.module';
export * from './application/coaches.service';
export * from './application/coach-assignment.service';
export * from './application/coaching-sessions.service';
export * from './application/coaching.reader';
export * from './application/coaching.views';
export * from './domain/assignment.policy';
export * from './domain/progress.policy';
export * from './domain/session.policy';
export * from './domain/coaching.errors';
export { COACHING_JOBS, COACH_ASSIGNMENT_SWEEP, NO_SESSION_REMINDERS_SWEEP, NORM_WATCH_SWEEP } from './jobs/coaching.jobs';
export * from './domain/coaching-reminder.policy';
export * from './application/coaching-personal-data.service';
export * from './application/coaching-history.service';
export * from './application/coaching-history.views';
