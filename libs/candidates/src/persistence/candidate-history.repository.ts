import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { ExportedCandidate, ImportedCandidate } from '../application/candidate-history.views';

const OPEN_DOSSIER = `stage NOT IN ('qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired')`;

/** The SQL of imported history (issue 15): candidates written with their own reference and dates. */
@Injectable()
export class CandidateHistoryRepository {
  constructor(private readonly database: Database) {}

  byReferences(references: string[]): Promise<{ id: string; reference: string }[]> {
    return this.database.query(`SELECT id, reference FROM candidates WHERE reference = ANY($1::text[])`, [references]);
  }

  openDossiers(emails: string[]): Promise<{ email: string; reference: string }[]> {
    return this.database.query(`SELECT lower(email) AS email, reference FROM candidates WHERE lower(email) = ANY($1::text[]) AND ${OPEN_DOSSIER}`, [
      emails.map((email) => email.toLowerCase()),
    ]);
  }

  /** Null when the address has an open dossier meanwhile (R3, decided by the partial unique index). */
  async insert(candidate: ImportedCandidate, actorId: string | null, now: Date): Promise<string | null> {
    const first = candidate.steps[0];
    const last = candidate.steps[candidate.steps.length - 1];
    const closed = ['qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired'].includes(last.to);
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO candidates (reference, first_name, last_name, email, phone, degree_level, degree_field, region, route,
         stage, applied_at, stage_changed_at, closed_at, closing_reason, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
       ON CONFLICT (lower(email)) WHERE ${OPEN_DOSSIER} DO NOTHING
       RETURNING id`,
      [
        candidate.reference,
        candidate.firstName,
        candidate.lastName,
        candidate.email,
        candidate.phone,
        candidate.degreeLevel,
        candidate.degreeField,
        candidate.region,
        candidate.route,
        last.to,
        first.at,
        last.at,
        closed ? last.at : null,
        closed ? last.reason : null,
        now,
      ],
    );
    if (!row) return null;
    await this.database.query(
      `INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, actor_id, at, reason)
       SELECT $1, from_stage, to_stage, $2, at, reason FROM unnest($3::text[], $4::text[], $5::timestamptz[], $6::text[]) AS s(from_stage, to_stage, at, reason)`,
      [
        row.id,
        actorId,
        candidate.steps.map((step) => step.from),
        candidate.steps.map((step) => step.to),
        candidate.steps.map((step) => step.at),
        candidate.steps.map((step) => step.reason),
      ],
    );
    return row.id;
  }

  /** A product reference (`ZI-2024-00017`) brought in keeps the sequence ahead of it, so a new application never takes it. */
  async keepSequenceAhead(number: number): Promise<void> {
    await this.database.query(`SELECT setval('candidate_reference_seq', greatest((SELECT last_value FROM candidate_reference_seq), $1::bigint))`, [number]);
  }

  async updateContact(id: string, contact: Omit<ImportedCandidate, 'reference' | 'route' | 'steps'>, now: Date): Promise<void> {
    await this.database.query(
      `UPDATE candidates SET first_name = $2, last_name = $3, email = $4, phone = $5, degree_level = $6, degree_field = $7, region = $8,
         version = version + 1, updated_at = $9
       WHERE id = $1 AND erased_at IS NULL`,
      [id, contact.firstName, contact.lastName, contact.email, contact.phone, contact.degreeLevel, contact.degreeField, contact.region, now],
    );
  }

  /** The people an export holds (not erased), with their stage path's days in Amsterdam time. */
  exportRows(filter: { region: string | null; route: string | null; candidateIds: string[] | null }): Promise<ExportedCandidate[]> {
    return this.database.query<ExportedCandidate>(
      `SELECT c.id, c.reference, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.phone, c.degree_level AS "degreeLevel",
         c.degree_field AS "degreeField", c.region, c.route, c.stage, c.closing_reason AS "closingReason",
         to_char(c.applied_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "appliedOn",
         COALESCE((SELECT jsonb_object_agg(to_stage, day) FROM (
           SELECT DISTINCT ON (h.to_stage) h.to_stage, to_char(h.at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day
           FROM candidate_stage_history h WHERE h.candidate_id = c.id ORDER BY h.to_stage, h.id DESC) last_steps), '{}'::jsonb) AS "stageDays"
       FROM candidates c
       WHERE c.erased_at IS NULL AND ($1::text IS NULL OR c.region = $1) AND ($2::text IS NULL OR c.route = $2)
         AND ($3::uuid[] IS NULL OR c.id = ANY($3::uuid[]))
       ORDER BY c.applied_at, c.reference`,
      [filter.region, filter.route, filter.candidateIds],
    );
  }
}
