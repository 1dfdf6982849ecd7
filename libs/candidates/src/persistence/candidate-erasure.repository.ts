import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { Stage } from '../domain/stage';

/** The closing instants before which a closed applicant's retention term has passed, without and with consent to keep. */
export interface RetentionCutoffs {
  withoutConsentClosedBefore: Date;
  withConsentClosedBefore: Date;
}

/** The SQL of R13 on the candidates module's tables: the retention selection, erasure and the consent to keep. */
@Injectable()
export class CandidateErasureRepository {
  constructor(private readonly database: Database) {}

  /** Rejected or withdrawn applicants not yet erased whose term has passed: one query on candidates_retention_idx. */
  async expiredApplicants(cutoffs: RetentionCutoffs): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `SELECT id FROM candidates
       WHERE erased_at IS NULL AND stage IN ('rejected', 'withdrawn')
         AND ((NOT consent_to_keep AND closed_at < $1) OR (consent_to_keep AND closed_at < $2))
       ORDER BY closed_at, id`,
      [cutoffs.withoutConsentClosedBefore, cutoffs.withConsentClosedBefore],
    );
    return rows.map((row) => row.id);
  }

  async notErased(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.database.query<{ id: string }>(`SELECT id FROM candidates WHERE id = ANY($1::uuid[]) AND erased_at IS NULL ORDER BY id`, [ids]);
    return rows.map((row) => row.id);
  }

  /** Locks the candidate for the rest of the unit of work: an erasure and a stage command take turns. */
  async lock(id: string): Promise<{ stage: Stage; erased: boolean; email: string } | null> {
    const [row] = await this.database.query<{ stage: Stage; erased: boolean; email: string }>(
      `SELECT stage, erased_at IS NOT NULL AS erased, email FROM candidates WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  /** Empties the personal fields and the closing reason; region, reference, stage and dates stay for the reports. */
  async erase(id: string, at: Date): Promise<void> {
    await this.database.query(
      `UPDATE candidates SET first_name = '', last_name = '', email = '', phone = '', degree_field = '', closing_reason = NULL, source_detail = NULL,
         consent_to_keep = false, erased_at = $2, updated_at = $2, version = version + 1
       WHERE id = $1 AND erased_at IS NULL`,
      [id, at],
    );
    await this.database.query(`UPDATE candidate_stage_history SET reason = NULL WHERE candidate_id = $1 AND reason IS NOT NULL`, [id]);
  }

  /** Deletes the document rows; returns their storage keys, whose files go once the unit of work has committed. */
  async deleteDocuments(candidateId: string): Promise<string[]> {
    const rows = await this.database.query<{ storageKey: string }>(
      `DELETE FROM candidate_documents WHERE candidate_id = $1 RETURNING storage_key AS "storageKey"`,
      [candidateId],
    );
    return rows.map((row) => row.storageKey);
  }

  /** False when the consent was there already (or the candidate was erased). */
  async giveConsent(id: string, at: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE candidates SET consent_to_keep = true, updated_at = $2, version = version + 1 WHERE id = $1 AND NOT consent_to_keep AND erased_at IS NULL RETURNING id`,
      [id, at],
    );
    return rows.length > 0;
  }

  /** False when there was no consent to withdraw. */
  async withdrawConsent(id: string, at: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE candidates SET consent_to_keep = false, updated_at = $2, version = version + 1 WHERE id = $1 AND consent_to_keep RETURNING id`,
      [id, at],
    );
    return rows.length > 0;
  }
}
