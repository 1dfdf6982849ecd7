export * from './application/audit.service';
export * from './application/audit.reader';
export * from './application/audit.views';
export * from './audit.module';
