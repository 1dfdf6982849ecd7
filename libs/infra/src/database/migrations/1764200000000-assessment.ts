import { SqlMigration } from './sql-migration';

/** Suitability assessments with the teacher-training institutes. */
export class Assessment1764200000000 extends SqlMigration {
  name = 'Assessment1764200000000';

  protected readonly upSql = `
      CREATE TABLE suitability_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        board_id uuid NOT NULL REFERENCES boards(id),
        institute_id uuid NOT NULL REFERENCES institutes(id),
        requested_on date NOT NULL,
        planned_practice_day date,
        status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'completed')),
        outcome text CHECK (outcome IN ('suitable', 'not_suitable')),
        decided_on date,
        declaration_date date,
        valid_until date,
        required_training text,
        required_support text,
        motivation text,
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT suitability_assessments_practice_day_order
          CHECK (planned_practice_day IS NULL OR planned_practice_day >= requested_on),
        -- An outcome and its date exist exactly when the assessment is completed.
        CONSTRAINT suitability_assessments_completion
          CHECK (((status = 'completed') = (outcome IS NOT NULL)) AND ((outcome IS NULL) = (decided_on IS NULL))),
        -- The declaration (geschiktheidsverklaring) exists exactly when the outcome is suitable.
        CONSTRAINT suitability_assessments_declaration
          CHECK ((outcome IS NOT DISTINCT FROM 'suitable') = (declaration_date IS NOT NULL)),
        CONSTRAINT suitability_assessments_validity
          CHECK (valid_until IS NULL OR (declaration_date IS NOT NULL AND valid_until > declaration_date))
      );
      -- At most one open assessment per candidate, also under concurrent requests.
      CREATE UNIQUE INDEX suitability_assessments_open_key ON suitability_assessments (candidate_id) WHERE status = 'requested';
      CREATE INDEX suitability_assessments_candidate_idx ON suitability_assessments (candidate_id, created_at DESC);
      CREATE INDEX suitability_assessments_institute_idx ON suitability_assessments (institute_id, created_at DESC);
      CREATE INDEX suitability_assessments_board_idx ON suitability_assessments (board_id, created_at DESC);
      -- The overdue sweep reads only the open ones, oldest request first.
      CREATE INDEX suitability_assessments_overdue_idx ON suitability_assessments (requested_on) WHERE status = 'requested';
    `;

  protected readonly downSql = `DROP TABLE suitability_assessments`;
}
