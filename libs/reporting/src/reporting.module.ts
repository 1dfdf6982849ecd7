import { Module } from '@nestjs/common';
import { SourcesModule } from '@app/sources';
import { ReportExportService } from './application/report-export.service';
import { ReportsReader } from './application/reports.reader';
import { SnapshotsService } from './application/snapshots.service';
import { ReportSnapshotSweep } from './jobs/report-snapshot.sweep';
import { ReportRepository } from './persistence/report.repository';
import { SnapshotRepository } from './persistence/snapshot.repository';

/** The convenant's monitoring (SPEC §5): reports read across the modules' tables, read-only; exports; nightly snapshots. */
@Module({
  imports: [SourcesModule],
  providers: [ReportRepository, SnapshotRepository, ReportsReader, ReportExportService, SnapshotsService, ReportSnapshotSweep],
  exports: [ReportsReader, ReportExportService, SnapshotsService],
})
export class ReportingModule {}
