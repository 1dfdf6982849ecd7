export * from './surveys.module';
export * from './application/survey.service';
export * from './application/survey-personal-data.service';
export * from './application/survey.reader';
export * from './application/survey.views';
export * from './jobs/surveys.jobs';
export * from './domain/survey';
export * from './domain/surveys.errors';
