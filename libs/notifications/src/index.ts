export * from './application/notifications.service';
export * from './notifications.module';
export * from './jobs/notifications.jobs';
