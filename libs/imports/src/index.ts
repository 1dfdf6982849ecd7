/** Import and export of history (issue 15): one workbook format, the dry run, the commit in the worker, the export. */
export * from './imports.module';
export * from './application/imports.service';
export * from './application/export.service';
export * from './application/import.views';
export * from './application/workbook-writer';
export { MAX_IMPORT_BYTES } from './application/workbook-file';
export * from './domain/workbook-format';
export * from './domain/workbook-documentation';
export * from './domain/import-problems';
export * from './domain/import-plan';
export * from './domain/imports.errors';
export { IMPORT_JOBS, IMPORT_RETENTION_SWEEP } from './jobs/imports.jobs';
export * from './application/import-personal-data.service';
