export * from './application/organisation.reader';
export * from './application/organisations.service';
export * from './application/organisation.views';
export * from './organisations.module';
