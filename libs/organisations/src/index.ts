export * from './organisations.service';
export * from './organisations.module';
