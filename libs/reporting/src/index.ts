/** Reporting: the convenant's monitoring (SPEC §5) — KPI report, funnel, exports and nightly snapshots. */
export * from './reporting.module';
export * from './application/reports.reader';
export * from './application/report.views';
export * from './application/report-tables';
export * from './application/report-export.service';
export * from './application/snapshots.service';
export * from './domain/report-definitions';
export { REPORT_SNAPSHOT_SWEEP } from './jobs/reporting.jobs';
