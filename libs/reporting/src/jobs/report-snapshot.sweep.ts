import { Injectable } from '@nestjs/common';
import { SweepOn, type Sweep } from '@app/infra';
import { SnapshotsService } from '../application/snapshots.service';
import { REPORT_SNAPSHOT_SWEEP } from './reporting.jobs';

/**
 * Nightly, just after midnight: keeps the figures as of the day that ended. Idempotent: the
 * insert does nothing when the day has its snapshot (ON CONFLICT DO NOTHING), so a second run or a
 * run the worker catches up after a gap keeps the first one.
 */
@SweepOn({ name: REPORT_SNAPSHOT_SWEEP, cron: '15 0 * * *' })
@Injectable()
export class ReportSnapshotSweep implements Sweep {
  constructor(private readonly snapshots: SnapshotsService) {}

  async run(): Promise<number> {
    return (await this.snapshots.takeForYesterday()) ? 1 : 0;
  }
}
