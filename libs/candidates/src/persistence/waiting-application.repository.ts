import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { Stage } from '../domain/stage';

/** An application the desk has not moved on from applied or screening. */
export interface WaitingApplication {
  id: string;
  reference: string;
  name: string;
  stage: Stage;
  appliedAt: Date;
}

/** The stages in which an application waits for the desk (R12). */
const WAITING_STAGES: readonly Stage[] = ['applied', 'screening'];

/** The SQL of the applications-waiting digest. */
@Injectable()
export class WaitingApplicationRepository {
  constructor(private readonly database: Database) {}

  /** Oldest first; through candidates_stage_applied_idx (stage, applied_at), never a scan of every candidate. */
  appliedBefore(before: Date, limit: number): Promise<WaitingApplication[]> {
    return this.database.query<WaitingApplication>(
      `SELECT id, reference, first_name || ' ' || last_name AS name, stage, applied_at AS "appliedAt"
       FROM candidates WHERE stage = ANY($1::text[]) AND applied_at < $2
       ORDER BY applied_at, id LIMIT $3`,
      [WAITING_STAGES, before, limit],
    );
  }

  async countAppliedBefore(before: Date): Promise<number> {
    const [row] = await this.database.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM candidates WHERE stage = ANY($1::text[]) AND applied_at < $2`,
      [WAITING_STAGES, before],
    );
    return row.count;
  }
}
