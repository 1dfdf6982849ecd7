import { SqlMigration } from './sql-migration';

/**
 * Issue 13, item 6: the satisfaction survey (R12, §5). One survey per programme and occasion (the
 * end of study year 1, the qualification), answered once through a one-time link; only the hash of
 * the link's token is kept. `programme_id` has no foreign key yet: the programmes table comes with
 * the programmes module. The score (1–10) and the comment stay with the survey; a report counts the
 * scores at or above the configured threshold.
 */
export class SatisfactionSurveys1765400000000 extends SqlMigration {
  name = 'SatisfactionSurveys1765400000000';

  protected readonly upSql = `
      CREATE TABLE satisfaction_surveys (
        id uuid PRIMARY KEY,
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        programme_id uuid NOT NULL,
        occasion text NOT NULL CHECK (occasion IN ('end_of_year_1', 'qualification')),
        due_on date NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        answered_at timestamptz,
        score smallint CHECK (score BETWEEN 1 AND 10),
        comment text CHECK (char_length(comment) <= 2000),
        UNIQUE (programme_id, occasion),
        CHECK (expires_at > created_at),
        CHECK ((answered_at IS NULL) = (score IS NULL))
      );
      CREATE INDEX satisfaction_surveys_candidate_idx ON satisfaction_surveys (candidate_id);
  `;

  protected readonly downSql = `
      DROP TABLE satisfaction_surveys;
  `;
}
