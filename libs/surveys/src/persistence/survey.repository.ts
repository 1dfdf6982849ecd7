import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '@app/shared';
import { Database } from '@app/infra';
import type { SurveyOccasion } from '../domain/survey';

export interface SurveyRow {
  id: string;
  candidateId: string;
  programmeId: string;
  occasion: SurveyOccasion;
  createdAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
}

/** A survey as the inspection export shows it: occasion, when it was sent, expires and was answered, the score and the comment (never the token's hash). */
export interface HeldSurvey {
  id: string;
  programmeId: string;
  occasion: SurveyOccasion;
  dueOn: string;
  sentAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
  score: number | null;
  comment: string | null;
}

export interface NewSurvey {
  id: string;
  candidateId: string;
  programmeId: string;
  occasion: SurveyOccasion;
  dueOn: CalendarDate;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Answers counted per cohort and occasion; `satisfied` is the count at or above the threshold. */
export interface SurveyTallyRow {
  cohort: string;
  occasion: SurveyOccasion;
  invited: number;
  answered: number;
  satisfied: number;
}

const SURVEY_COLUMNS = `id, candidate_id AS "candidateId", programme_id AS "programmeId", occasion, created_at AS "createdAt",
  expires_at AS "expiresAt", answered_at AS "answeredAt"`;

/** All SQL of the satisfaction surveys (satisfaction_surveys): a link is kept as the hash of its token only. */
@Injectable()
export class SurveyRepository {
  constructor(private readonly database: Database) {}

  /** Once per programme and occasion: null when that survey exists already. */
  async insertOnce(survey: NewSurvey): Promise<string | null> {
    const [row] = await this.database.query<{ id: string }>(
      `INSERT INTO satisfaction_surveys (id, candidate_id, programme_id, occasion, due_on, token_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (programme_id, occasion) DO NOTHING RETURNING id`,
      [survey.id, survey.candidateId, survey.programmeId, survey.occasion, survey.dueOn, survey.tokenHash, survey.createdAt, survey.expiresAt],
    );
    return row?.id ?? null;
  }

  async byId(id: string): Promise<SurveyRow | null> {
    const [row] = await this.database.query<SurveyRow>(`SELECT ${SURVEY_COLUMNS} FROM satisfaction_surveys WHERE id = $1`, [id]);
    return row ?? null;
  }

  async byTokenHash(tokenHash: string): Promise<SurveyRow | null> {
    const [row] = await this.database.query<SurveyRow>(`SELECT ${SURVEY_COLUMNS} FROM satisfaction_surveys WHERE token_hash = $1`, [tokenHash]);
    return row ?? null;
  }

  /** Compare-and-set: true when this call answered the survey, so two answers sent at once record one. */
  async answer(id: string, answer: { score: number; comment: string | null }, at: Date): Promise<boolean> {
    const rows = await this.database.query(
      `UPDATE satisfaction_surveys SET score = $2, comment = $3, answered_at = $4
       WHERE id = $1 AND answered_at IS NULL AND expires_at > $4 RETURNING id`,
      [id, answer.score, answer.comment, at],
    );
    return rows.length > 0;
  }

  /** Counted by the database: the surveys of the given programmes, grouped by the cohort each programme belongs to. */
  tally(programmeIds: string[], cohorts: string[], satisfiedScore: number): Promise<SurveyTallyRow[]> {
    return this.database.query<SurveyTallyRow>(
      `SELECT c.cohort, s.occasion, count(*)::int AS invited, count(s.score)::int AS answered,
         (count(*) FILTER (WHERE s.score >= $3))::int AS satisfied
       FROM satisfaction_surveys s JOIN unnest($1::uuid[], $2::text[]) AS c(programme_id, cohort) ON c.programme_id = s.programme_id
       GROUP BY c.cohort, s.occasion ORDER BY c.cohort, s.occasion`,
      [programmeIds, cohorts, satisfiedScore],
    );
  }

  /** R13: every survey of the candidate as kept, oldest first, without the token's hash: for the inspection export. */
  held(candidateId: string): Promise<HeldSurvey[]> {
    return this.database.query<HeldSurvey>(
      `SELECT id, programme_id AS "programmeId", occasion, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", created_at AS "sentAt", expires_at AS "expiresAt",
         answered_at AS "answeredAt", score, comment
       FROM satisfaction_surveys WHERE candidate_id = $1 ORDER BY created_at, id`,
      [candidateId],
    );
  }

  /** R13: empties the candidate's comments; returns every survey of the candidate and those whose comment went. */
  async eraseComments(candidateId: string): Promise<{ surveyIds: string[]; commented: string[] }> {
    const rows = await this.database.query<{ id: string; commented: boolean }>(
      `UPDATE satisfaction_surveys s SET comment = NULL FROM (SELECT id, comment IS NOT NULL AS commented FROM satisfaction_surveys WHERE candidate_id = $1 FOR UPDATE) o
       WHERE s.id = o.id RETURNING s.id, o.commented`,
      [candidateId],
    );
    return { surveyIds: rows.map((row) => row.id), commented: rows.filter((row) => row.commented).map((row) => row.id) };
  }
}
