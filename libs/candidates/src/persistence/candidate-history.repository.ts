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

  /** Inserts the people with their stage history; returns the ids written (an address with an open dossier meanwhile is left out, R3). */
  async insertMany(candidates: ImportedCandidate[], actorId: string | null, now: Date): Promise<Set<string>> {
    const first = candidates.map((candidate) => candidate.steps[0]);
    const last = candidates.map((candidate) => candidate.steps[candidate.steps.length - 1]);
    const closed = last.map((step) => ['qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired'].includes(step.to));
    const column = <T>(pick: (candidate: ImportedCandidate, index: number) => T) => candidates.map(pick);
    const rows = await this.database.query<{ id: string }>(
      `INSERT INTO candidates (id, reference, first_name, last_name, email, phone, degree_level, degree_field, region, route,
         stage, applied_at, stage_changed_at, closed_at, closing_reason, created_at, updated_at)
       SELECT id, reference, first_name, last_name, email, phone, degree_level, degree_field, region, route, stage, applied_at, stage_changed_at,
         closed_at, closing_reason, $16, $16
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
         $11::text[], $12::timestamptz[], $13::timestamptz[], $14::timestamptz[], $15::text[])
         AS c(id, reference, first_name, last_name, email, phone, degree_level, degree_field, region, route, stage, applied_at, stage_changed_at, closed_at, closing_reason)
       ON CONFLICT (lower(email)) WHERE ${OPEN_DOSSIER} DO NOTHING
       RETURNING id`,
      [
        column((candidate) => candidate.id),
        column((candidate) => candidate.reference),
        column((candidate) => candidate.firstName),
        column((candidate) => candidate.lastName),
        column((candidate) => candidate.email),
        column((candidate) => candidate.phone),
        column((candidate) => candidate.degreeLevel),
        column((candidate) => candidate.degreeField),
        column((candidate) => candidate.region),
        column((candidate) => candidate.route),
        last.map((step) => step.to),
        first.map((step) => step.at),
        last.map((step) => step.at),
        last.map((step, index) => (closed[index] ? step.at : null)),
        last.map((step, index) => (closed[index] ? step.reason : null)),
        now,
      ],
    );
    const written = new Set(rows.map((row) => row.id));
    const steps = candidates
      .filter((candidate) => written.has(candidate.id))
      .flatMap((candidate) => candidate.steps.map((step) => ({ id: candidate.id, ...step })));
    await this.database.query(
      `INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, actor_id, at, reason)
       SELECT candidate_id, from_stage, to_stage, $1, at, reason
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::text[]) WITH ORDINALITY AS s(candidate_id, from_stage, to_stage, at, reason, position)
       ORDER BY position`,
      [
        actorId,
        steps.map((step) => step.id),
        steps.map((step) => step.from),
        steps.map((step) => step.to),
        steps.map((step) => step.at),
        steps.map((step) => step.reason),
      ],
    );
    return written;
  }

  /** Grants of access written with the imported history (R14: the board of a placement sees the person). */
  async insertGrants(
    grants: { candidateId: string; partyKind: string; partyId: string; purpose: string; disclosed: string }[],
    grantedBy: string | null,
    at: Date,
  ): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `INSERT INTO candidate_access_grants (candidate_id, party_kind, party_id, purpose, disclosed, granted_by, granted_at)
       SELECT candidate_id, party_kind, party_id, purpose, disclosed, $6, $7
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[]) AS g(candidate_id, party_kind, party_id, purpose, disclosed)
       RETURNING id`,
      [
        grants.map((grant) => grant.candidateId),
        grants.map((grant) => grant.partyKind),
        grants.map((grant) => grant.partyId),
        grants.map((grant) => grant.purpose),
        grants.map((grant) => grant.disclosed),
        grantedBy,
        at,
      ],
    );
    return rows.map((row) => row.id);
  }

  /** A product reference (`ZI-2024-00017`) brought in keeps the sequence ahead of it, so a new application never takes it. */
  async keepSequenceAhead(number: number): Promise<void> {
    await this.database.query(`SELECT setval('candidate_reference_seq', greatest((SELECT last_value FROM candidate_reference_seq), $1::bigint))`, [number]);
  }

  async updateContact(id: string, contact: Omit<ImportedCandidate, 'id' | 'reference' | 'route' | 'steps'>, now: Date): Promise<void> {
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
