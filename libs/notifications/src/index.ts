export * from './application/notifications.service';
export * from './application/notification-personal-data.service';
export * from './notifications.module';
export * from './jobs/notifications.jobs';
export * from './application/inbox.reader';
export * from './application/mail-template.registry';
export * from './application/mail-templates.service';
export * from './domain/mail-template';
