import { Injectable } from '@nestjs/common';
import { Database, isUniqueViolation } from '@app/infra';
import type { Stage } from '../domain/stage';
import { ReopenBlockedError } from '../domain/bulk.errors';

export interface SelectedCandidate {
  id: string;
  version: number;
}

export interface BulkRejectionRow {
  id: string;
  candidateId: string;
  previousStage: Stage;
  rejectedVersion: number;
  mailDueAt: Date;
}

export interface ExportRow {
  reference: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  region: string;
  stage: Stage;
  appliedAt: Date;
}

/** The SQL of the bulk actions on the candidate list (issue 16 item 3); the desk's only, so no scope condition. */
@Injectable()
export class CandidateBulkRepository {
  constructor(private readonly database: Database) {}

  /** The candidates matching the list's filters (as the list reads them), newest application first, at most `limit`. */
  matching(filter: { stage: string | null; region: string | null; searchPattern: string | null }, limit: number): Promise<SelectedCandidate[]> {
    return this.database.query<SelectedCandidate>(
      `SELECT c.id, c.version FROM candidates c
       WHERE ($1::text IS NULL OR c.stage = $1) AND ($2::text IS NULL OR c.region = $2) AND ($3::text IS NULL OR c.search_text LIKE $3)
       ORDER BY c.applied_at DESC, c.id DESC LIMIT $4`,
      [filter.stage, filter.region, filter.searchPattern, limit],
    );
  }

  async references(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.database.query<{ id: string; reference: string }>(`SELECT id, reference FROM candidates WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.reference]));
  }

  async insertRejection(rejection: {
    batchId: string;
    candidateId: string;
    previousStage: Stage;
    rejectedVersion: number;
    rejectedBy: string;
    at: Date;
    mailDueAt: Date;
  }): Promise<string> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO candidate_bulk_rejections (batch_id, candidate_id, previous_stage, rejected_version, rejected_by, rejected_at, mail_due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [rejection.batchId, rejection.candidateId, rejection.previousStage, rejection.rejectedVersion, rejection.rejectedBy, rejection.at, rejection.mailDueAt],
    );
    return row.id;
  }

  /** The rejections of a batch not undone yet. */
  batch(batchId: string): Promise<BulkRejectionRow[]> {
    return this.database.query<BulkRejectionRow>(
      `SELECT id, candidate_id AS "candidateId", previous_stage AS "previousStage", rejected_version AS "rejectedVersion", mail_due_at AS "mailDueAt"
       FROM candidate_bulk_rejections WHERE batch_id = $1 AND undone_at IS NULL ORDER BY rejected_at, id`,
      [batchId],
    );
  }

  /**
   * The undo's half of the race with the mail job: one conditional UPDATE on the same row as the
   * job's claim, so exactly one of them wins. False when the mail started or its time has come.
   */
  async claimUndo(id: string, userId: string | null, now: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE candidate_bulk_rejections SET undone_at = $3, undone_by = $2
       WHERE id = $1 AND undone_at IS NULL AND mail_started_at IS NULL AND mail_due_at > $3 RETURNING id`,
      [id, userId, now],
    );
    return rows.length === 1;
  }

  /** The mail job's half: the candidate to write to, unless the rejection was undone (then null). Claiming again is harmless. */
  async claimMail(id: string, now: Date): Promise<string | null> {
    const [row] = await this.database.query<{ candidateId: string }>(
      `UPDATE candidate_bulk_rejections SET mail_started_at = COALESCE(mail_started_at, $2)
       WHERE id = $1 AND undone_at IS NULL RETURNING candidate_id AS "candidateId"`,
      [id, now],
    );
    return row?.candidateId ?? null;
  }

  /**
   * Compare-and-set back to the stage before the rejection, only when nobody changed the candidate
   * since (its version). A new open dossier of the same address meanwhile blocks it (R3's index).
   */
  async reopen(candidateId: string, to: Stage, version: number, now: Date): Promise<boolean> {
    try {
      const rows = await this.database.query(
        `UPDATE candidates SET stage = $2, version = version + 1, stage_changed_at = $4, updated_at = $4, closed_at = NULL, closing_reason = NULL
         WHERE id = $1 AND stage = 'rejected' AND version = $3 RETURNING id`,
        [candidateId, to, version, now],
      );
      return rows.length === 1;
    } catch (error) {
      if (isUniqueViolation(error, 'candidates_open_email_key')) throw new ReopenBlockedError();
      throw error;
    }
  }

  exportRows(ids: string[]): Promise<(ExportRow & { id: string })[]> {
    return this.database.query<ExportRow & { id: string }>(
      `SELECT id, reference, first_name AS "firstName", last_name AS "lastName", email, phone, region, stage, applied_at AS "appliedAt"
       FROM candidates WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
