export * from './application/notifications.service';
export * from './notifications.module';
