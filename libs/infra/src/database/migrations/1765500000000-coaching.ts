import { SqlMigration } from './sql-migration';

/**
 * Issue 13, items 1–4: coaches (a profile per coach user: regions, maximum caseload, active, and the
 * caseload counter that R9's conditional UPDATE guards), the history of coach assignments (one
 * current assignment per programme, a partial unique index), programmes needing a coach, coaching
 * sessions (R10), norms per route and study year (seeded 4 hours a week in year 1 and year 2 of
 * every route) and the at-risk flag (a level and a short note: never health details).
 */
export class Coaching1765500000000 extends SqlMigration {
  name = 'Coaching1765500000000';

  protected readonly upSql = `
      CREATE TABLE coaches (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        regions text[] NOT NULL CHECK (cardinality(regions) > 0 AND regions <@ ARRAY['almere', 'lelystad']::text[]),
        max_caseload integer NOT NULL CHECK (max_caseload BETWEEN 0 AND 500),
        active boolean NOT NULL DEFAULT true,
        -- The programmes currently assigned: raised only by a conditional UPDATE (below the maximum, or
        -- a manual assignment with an override reason), lowered when an assignment ends.
        caseload integer NOT NULL DEFAULT 0 CHECK (caseload >= 0),
        last_assigned_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );

      CREATE TABLE coach_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programmes(id),
        coach_id uuid NOT NULL REFERENCES coaches(user_id),
        -- The days the coach is the programme's coach: from (the programme's start for the first one)
        -- until (the day before the next coach's first day; NULL while current).
        from_date date NOT NULL,
        until_date date,
        assigned_at timestamptz NOT NULL,
        ended_at timestamptz,
        -- NULL: the assignment job.
        assigned_by uuid REFERENCES users(id),
        override_reason text CHECK (char_length(override_reason) <= 500),
        CHECK ((ended_at IS NULL) = (until_date IS NULL))
      );
      CREATE UNIQUE INDEX coach_assignments_one_current ON coach_assignments (programme_id) WHERE ended_at IS NULL;
      CREATE INDEX coach_assignments_coach_current_idx ON coach_assignments (coach_id) WHERE ended_at IS NULL;
      CREATE INDEX coach_assignments_programme_idx ON coach_assignments (programme_id, from_date);

      CREATE TABLE programmes_needing_coach (
        programme_id uuid PRIMARY KEY REFERENCES programmes(id),
        since timestamptz NOT NULL,
        last_tried_at timestamptz NOT NULL
      );

      CREATE TABLE coaching_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programmes(id),
        author_id uuid NOT NULL REFERENCES users(id),
        date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 15 AND 480),
        kind text NOT NULL CHECK (kind IN ('individual', 'observation', 'intervision', 'workplace_visit', 'other')),
        note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX coaching_sessions_programme_idx ON coaching_sessions (programme_id, date);

      CREATE TABLE coaching_norms (
        route text NOT NULL REFERENCES routes(code),
        study_year integer NOT NULL CHECK (study_year BETWEEN 1 AND 2),
        hours_per_unit numeric(5,2) NOT NULL CHECK (hours_per_unit >= 0),
        unit text NOT NULL DEFAULT 'week' CHECK (unit IN ('week', 'month', 'studyYear')),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (route, study_year)
      );
      INSERT INTO coaching_norms (route, study_year, hours_per_unit, unit, updated_at)
        SELECT code, year, 4, 'week', now() FROM routes, generate_series(1, 2) AS year;

      CREATE TABLE programme_risk_flags (
        programme_id uuid PRIMARY KEY REFERENCES programmes(id),
        level text NOT NULL CHECK (level IN ('low', 'medium', 'high')),
        note text NOT NULL CHECK (char_length(note) BETWEEN 1 AND 300),
        flagged_by uuid NOT NULL REFERENCES users(id),
        flagged_at timestamptz NOT NULL
      );
  `;

  protected readonly downSql = `
      DROP TABLE programme_risk_flags;
      DROP TABLE coaching_norms;
      DROP TABLE coaching_sessions;
      DROP TABLE programmes_needing_coach;
      DROP TABLE coach_assignments;
      DROP TABLE coaches;
  `;
}
