import { SqlMigration } from './sql-migration';

/**
 * R13 retention and the data subject's requests. An erased candidate keeps its row (the anonymous
 * record the reports count: region, stage, dates, outcome) with `erased_at` set. The retention
 * sweep reads only closed applicants not yet erased, by consent and closing time; erasure and the
 * inspection export find a person's notifications by subject and audit rows by entity id.
 */
export class Privacy1765300000000 extends SqlMigration {
  name = 'Privacy1765300000000';

  protected readonly upSql = `
      ALTER TABLE candidates ADD COLUMN erased_at timestamptz;
      CREATE INDEX candidates_retention_idx ON candidates (consent_to_keep, closed_at)
        WHERE erased_at IS NULL AND stage IN ('rejected', 'withdrawn');

      CREATE INDEX notifications_subject_idx ON notifications (subject_id);
      -- A compound entity id ('<interview>/<board>') is found by its first part too.
      CREATE INDEX audit_log_subject_idx ON audit_log (split_part(entity_id, '/', 1), id);

      -- Inspection and erasure requests (AVG art. 15 and 17): answered within a month of receipt,
      -- extendable once by at most two months with a reason (art. 12(3)).
      CREATE TABLE data_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        kind text NOT NULL CHECK (kind IN ('inspection', 'erasure')),
        received_on date NOT NULL,
        deadline date NOT NULL,
        extended_by_months integer CHECK (extended_by_months BETWEEN 1 AND 2),
        extension_reason text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed')),
        completed_at timestamptz,
        completed_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT data_requests_deadline_after_receipt CHECK (deadline > received_on),
        CONSTRAINT data_requests_extension CHECK ((extended_by_months IS NULL) = (extension_reason IS NULL)),
        CONSTRAINT data_requests_completion CHECK ((status = 'completed') = (completed_at IS NOT NULL))
      );
      CREATE INDEX data_requests_open_idx ON data_requests (deadline, id) WHERE status = 'open';
      CREATE INDEX data_requests_candidate_idx ON data_requests (candidate_id, created_at DESC);
  `;

  protected readonly downSql = `
      DROP TABLE data_requests;
      DROP INDEX audit_log_subject_idx;
      DROP INDEX notifications_subject_idx;
      DROP INDEX candidates_retention_idx;
      ALTER TABLE candidates DROP COLUMN erased_at;
  `;
}
