import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { DataRequestStatus } from '../domain/data-request.policy';
import type { DataRequestInput, DataRequestRow } from '../application/privacy.views';

const COLUMNS = `r.id, r.candidate_id AS "candidateId", r.kind, to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn",
  to_char(r.deadline, 'YYYY-MM-DD') AS "deadline", r.extended_by_months AS "extendedByMonths", r.extension_reason AS "extensionReason",
  r.status, r.completed_at AS "completedAt", r.created_at AS "createdAt"`;

/** The desk handles a few requests a month: a list is bounded far above that. */
const LIST_LIMIT = 1000;

/** The data_requests table. */
@Injectable()
export class DataRequestsRepository {
  constructor(private readonly database: Database) {}

  async insert(input: DataRequestInput & { deadline: string; createdBy: string | null; now: Date }): Promise<string> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO data_requests (candidate_id, kind, received_on, deadline, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [input.candidateId, input.kind, input.receivedOn, input.deadline, input.now, input.createdBy],
    );
    return row.id;
  }

  async find(id: string): Promise<DataRequestRow | null> {
    const [row] = await this.database.query<DataRequestRow>(`SELECT ${COLUMNS} FROM data_requests r WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  /** Open requests by deadline, the nearest first; completed ones newest first. */
  list(status: DataRequestStatus): Promise<DataRequestRow[]> {
    const order = status === 'open' ? 'r.deadline, r.id' : 'r.completed_at DESC, r.id';
    return this.database.query<DataRequestRow>(`SELECT ${COLUMNS} FROM data_requests r WHERE r.status = $1 ORDER BY ${order} LIMIT $2`, [status, LIST_LIMIT]);
  }

  forCandidate(candidateId: string): Promise<DataRequestRow[]> {
    return this.database.query<DataRequestRow>(`SELECT ${COLUMNS} FROM data_requests r WHERE r.candidate_id = $1 ORDER BY r.created_at, r.id`, [candidateId]);
  }

  /** Compare-and-set: extends an open request that was not extended before; false otherwise. */
  async extend(id: string, extension: { months: number; reason: string; deadline: string }): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE data_requests SET extended_by_months = $2, extension_reason = $3, deadline = $4, version = version + 1
       WHERE id = $1 AND status = 'open' AND extended_by_months IS NULL RETURNING id`,
      [id, extension.months, extension.reason, extension.deadline],
    );
    return rows.length > 0;
  }

  /** Compare-and-set: completes an open request; false when it was completed already. */
  async complete(id: string, by: string | null, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE data_requests SET status = 'completed', completed_at = $3, completed_by = $2, version = version + 1 WHERE id = $1 AND status = 'open' RETURNING id`,
      [id, by, now],
    );
    return rows.length > 0;
  }
}
