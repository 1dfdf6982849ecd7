/** Suitability assessments (geschiktheidsonderzoek): requests, outcomes, their mails and the overdue reminder. */
export * from './assessment.module';
export * from './application/assessments.service';
export * from './application/assessment.reader';
export * from './application/assessment-personal-data.service';
export * from './application/assessment.views';
export * from './domain/assessment.policy';
export * from './domain/assessment.errors';
export { ASSESSMENT_JOBS, ASSESSMENT_OVERDUE_SWEEP } from './jobs/assessment.jobs';
