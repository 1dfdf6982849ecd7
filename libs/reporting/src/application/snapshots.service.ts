import { Injectable } from '@nestjs/common';
import { addDays, Clock, today } from '@app/shared';
import { SnapshotRepository, type SnapshotRow } from '../persistence/snapshot.repository';
import { ReportsReader } from './reports.reader';

const UNFILTERED = { schoolYear: null, region: null, boardId: null, route: null };

/**
 * The nightly snapshot (SPEC §5): the KPI report and the funnel, unfiltered, as of the day that
 * just ended, kept once per day and never changed (the table refuses UPDATE and DELETE; a second
 * run the same night inserts nothing).
 */
@Injectable()
export class SnapshotsService {
  constructor(
    private readonly reports: ReportsReader,
    private readonly snapshots: SnapshotRepository,
    private readonly clock: Clock,
  ) {}

  /** True when it kept a new snapshot, false when the day had one. */
  async takeForYesterday(): Promise<boolean> {
    const now = this.clock.now();
    const asOf = addDays(today(now), -1);
    const filters = { ...UNFILTERED, asOf };
    const [kpis, funnel] = await Promise.all([this.reports.kpisFor(filters), this.reports.funnelFor(filters)]);
    return this.snapshots.insert(asOf, kpis, funnel, now);
  }

  /** The snapshots of the days from `from` to `until`, both included: the trend. */
  between(from: string, until: string): Promise<SnapshotRow[]> {
    return this.snapshots.between(from, until);
  }
}
