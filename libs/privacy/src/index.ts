/** Retention and the data subject's rights (R13): the daily erasure, inspection and erasure requests, the inspection export. */
export * from './privacy.module';
export * from './application/erasure.service';
export * from './application/data-requests.service';
export * from './application/data-request.reader';
export * from './application/inspection-export.service';
export * from './application/privacy.views';
export * from './domain/data-request.policy';
export * from './domain/retention.policy';
export * from './domain/privacy.errors';
export { PRIVACY_JOBS, RETENTION_SWEEP } from './jobs/privacy.jobs';
