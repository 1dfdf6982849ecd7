export * from './selection.module';
export * from './application/interviews.service';
export * from './application/interview-decisions.service';
export * from './application/interview.reader';
export * from './application/interview.views';
export * from './application/interview-calendar';
export * from './domain/interview.policy';
export * from './domain/selection.errors';
export { SELECTION_JOBS, INTERVIEW_REMINDER_SWEEP } from './jobs/selection.jobs';
