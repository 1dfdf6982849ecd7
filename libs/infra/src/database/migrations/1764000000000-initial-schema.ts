import { SqlMigration } from './sql-migration';

/** Accounts, organisations, candidates with documents and stage history, audit, outbox, notifications. */
export class InitialSchema1764000000000 extends SqlMigration {
  name = 'InitialSchema1764000000000';

  protected readonly upSql = `
      CREATE TABLE boards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        region text NOT NULL CHECK (region IN ('almere', 'lelystad')),
        joined_at date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE schools (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        board_id uuid NOT NULL REFERENCES boards(id),
        name text NOT NULL,
        city text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (board_id, name)
      );
      CREATE TABLE institutes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'staff', 'coach', 'board', 'institute')),
        board_id uuid REFERENCES boards(id),
        institute_id uuid REFERENCES institutes(id),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'board') = (board_id IS NOT NULL)),
        CHECK ((role = 'institute') = (institute_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL;

      CREATE SEQUENCE candidate_reference_seq;
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text NOT NULL,
        phone text NOT NULL,
        degree_level text NOT NULL,
        degree_field text NOT NULL,
        region text NOT NULL CHECK (region IN ('almere', 'lelystad')),
        consent_to_keep boolean NOT NULL DEFAULT false,
        stage text NOT NULL DEFAULT 'applied',
        version integer NOT NULL DEFAULT 1,
        previous_candidate_id uuid REFERENCES candidates(id),
        applied_at timestamptz NOT NULL,
        stage_changed_at timestamptz NOT NULL,
        closed_at timestamptz,
        closing_reason text,
        search_text text GENERATED ALWAYS AS (lower(first_name || ' ' || last_name || ' ' || email)) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (stage IN ('applied', 'screening', 'interview_scheduled', 'interview_passed', 'in_assessment',
          'assessment_passed', 'in_programme', 'qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired'))
      );
      -- R3: at most one open dossier per e-mail address, enforced by the database under concurrency.
      CREATE UNIQUE INDEX candidates_open_email_key ON candidates (lower(email))
        WHERE stage NOT IN ('qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired');
      CREATE INDEX candidates_email_idx ON candidates (lower(email));
      CREATE INDEX candidates_applied_idx ON candidates (applied_at DESC, id DESC);
      CREATE INDEX candidates_stage_applied_idx ON candidates (stage, applied_at DESC, id DESC);
      CREATE INDEX candidates_region_applied_idx ON candidates (region, applied_at DESC, id DESC);

      CREATE TABLE candidate_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        kind text NOT NULL CHECK (kind IN ('motivation_letter', 'cv')),
        file_name text NOT NULL,
        media_type text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 text NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (candidate_id, kind)
      );
      CREATE TABLE candidate_stage_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        from_stage text,
        to_stage text NOT NULL,
        actor_id uuid REFERENCES users(id),
        at timestamptz NOT NULL,
        reason text
      );
      CREATE INDEX candidate_stage_history_candidate_idx ON candidate_stage_history (candidate_id, id);

      -- Who outside the central desk may see a candidate, and why: the access scope of R14 and the
      -- disclosure log of R5 in one place (a grant is never deleted, only revoked).
      CREATE TABLE candidate_access_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        party_kind text NOT NULL CHECK (party_kind IN ('board', 'institute', 'coach')),
        party_id uuid NOT NULL,
        purpose text NOT NULL,
        disclosed text NOT NULL,
        granted_by uuid REFERENCES users(id),
        granted_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX candidate_access_grants_party_idx ON candidate_access_grants (party_kind, party_id, candidate_id)
        WHERE revoked_at IS NULL;
      CREATE INDEX candidate_access_grants_candidate_idx ON candidate_access_grants (candidate_id);

      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_role text,
        entity text NOT NULL,
        entity_id text NOT NULL,
        action text NOT NULL,
        changed_fields text[] NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, id DESC);

      CREATE TABLE outbox_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        payload jsonb NOT NULL,
        run_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        enqueued_at timestamptz,
        completed_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      );
      CREATE INDEX outbox_jobs_pending_idx ON outbox_jobs (run_at) WHERE completed_at IS NULL;

      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        due_key text NOT NULL,
        recipient text NOT NULL,
        user_id uuid REFERENCES users(id),
        title text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        UNIQUE (kind, subject_id, due_key, recipient)
      );

      CREATE UNLOGGED TABLE rate_limits (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        expires_at timestamptz NOT NULL,
        blocked_until timestamptz
      );
    `;

  protected readonly downSql = `
      DROP TABLE rate_limits, notifications, outbox_jobs, audit_log, candidate_access_grants, candidate_stage_history, candidate_documents,
        candidates, sessions, users, institutes, schools, boards;
      DROP SEQUENCE candidate_reference_seq;
    `;
}
