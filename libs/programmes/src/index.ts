/** Programmes (trajecten): the 24-month work-study period, its outcomes, the board's subsidy and uitval per cohort. */
export * from './programmes.module';
export * from './application/programme.reader';
export * from './application/ready-to-start.reader';
export * from './application/uitval.reader';
export * from './application/programmes.service';
export * from './application/subsidy.service';
export * from './application/programme.views';
export * from './domain/programme-dates.policy';
export * from './domain/outcome.policy';
export * from './domain/subsidy.policy';
export * from './domain/start.policy';
export * from './domain/programmes.errors';
export { PROGRAMME_JOBS, TERM_EXPIRY_SWEEP, END_REMINDERS_SWEEP, YEAR_ONE_SURVEY_SWEEP, UITVAL_WATCH_SWEEP } from './jobs/programmes.jobs';
export * from './domain/reminder.policy';
export * from './application/programme-history.service';
export * from './application/programme-history.views';
export * from './application/programme-personal-data.service';
