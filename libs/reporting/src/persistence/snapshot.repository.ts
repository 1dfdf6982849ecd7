import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { FunnelReportView, KpiReportView } from '../application/report.views';

export interface SnapshotRow {
  takenOn: string;
  kpis: KpiReportView;
  funnel: FunnelReportView;
  createdAt: Date;
}

/** report_snapshots: insert-only (a trigger refuses UPDATE and DELETE). */
@Injectable()
export class SnapshotRepository {
  constructor(private readonly database: Database) {}

  /** False when the day has its snapshot already: the first one stays. */
  async insert(takenOn: string, kpis: KpiReportView, funnel: FunnelReportView, at: Date): Promise<boolean> {
    const rows = await this.database.query(
      `INSERT INTO report_snapshots (taken_on, kpis, funnel, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (taken_on) DO NOTHING RETURNING taken_on`,
      [takenOn, JSON.stringify(kpis), JSON.stringify(funnel), at],
    );
    return rows.length > 0;
  }

  between(from: string, until: string): Promise<SnapshotRow[]> {
    return this.database.query<SnapshotRow>(
      `SELECT to_char(taken_on, 'YYYY-MM-DD') AS "takenOn", kpis, funnel, created_at AS "createdAt"
       FROM report_snapshots WHERE taken_on BETWEEN $1 AND $2 ORDER BY taken_on`,
      [from, until],
    );
  }
}
