export * from './selection.module';
