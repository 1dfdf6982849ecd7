/** The nightly sweep that keeps the day's figures (report_snapshots). The reporting module queues no jobs. */
export const REPORT_SNAPSHOT_SWEEP = 'reporting.snapshot';
