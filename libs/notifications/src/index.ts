export * from './application/notifications.service';
export * from './application/notification-personal-data.service';
export * from './notifications.module';
export * from './jobs/notifications.jobs';
export * from './application/inbox.reader';
export * from './application/message-timeline.reader';
