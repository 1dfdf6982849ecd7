import { Injectable } from '@nestjs/common';
import { Database } from '@app/infra';
import type { ExportedAnswer, ImportedAnswer } from '../application/survey-history.views';

/** The SQL of imported history (issue 15): surveys answered before the product. */
@Injectable()
export class SurveyHistoryRepository {
  constructor(private readonly database: Database) {}

  /** Inserts the answered surveys; a (programme, occasion) that has one already is left as it is. Returns the new ids. */
  async insertMany(answers: (ImportedAnswer & { id: string; tokenHash: string; expiresAt: Date })[]): Promise<string[]> {
    const rows = await this.database.query<{ id: string }>(
      `INSERT INTO satisfaction_surveys (id, candidate_id, programme_id, occasion, due_on, token_hash, created_at, expires_at, answered_at, score, comment)
       SELECT id, candidate_id, programme_id, occasion, due_on, token_hash, answered_at, expires_at, answered_at, score, comment
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::text[], $7::timestamptz[], $8::timestamptz[], $9::int[], $10::text[])
         AS a(id, candidate_id, programme_id, occasion, due_on, token_hash, answered_at, expires_at, score, comment)
       ON CONFLICT (programme_id, occasion) DO NOTHING
       RETURNING id`,
      [
        answers.map((answer) => answer.id),
        answers.map((answer) => answer.candidateId),
        answers.map((answer) => answer.programmeId),
        answers.map((answer) => answer.occasion),
        answers.map((answer) => answer.answeredOn),
        answers.map((answer) => answer.tokenHash),
        answers.map((answer) => answer.at),
        answers.map((answer) => answer.expiresAt),
        answers.map((answer) => answer.score),
        answers.map((answer) => answer.comment),
      ],
    );
    return rows.map((row) => row.id);
  }

  /** The answered surveys of these candidates. */
  exportRows(candidateIds: string[]): Promise<ExportedAnswer[]> {
    return this.database.query<ExportedAnswer>(
      `SELECT candidate_id AS "candidateId", programme_id AS "programmeId", occasion,
         to_char(answered_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS "answeredOn", score, comment
       FROM satisfaction_surveys WHERE candidate_id = ANY($1::uuid[]) AND answered_at IS NOT NULL ORDER BY candidate_id, answered_at, occasion`,
      [candidateIds],
    );
  }
}
