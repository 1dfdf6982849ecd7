import { SqlMigration } from './sql-migration';

/**
 * The reports (SPEC §5): the nightly snapshot of the convenant's figures, one row per day, written
 * once and never changed afterwards (a trigger refuses every UPDATE, DELETE and TRUNCATE); and two
 * rollups, kept by triggers in the transaction that writes their source, so the reports aggregate
 * tens of thousands of rows instead of a million (the benchmark's figures are in bench/results):
 * coaching minutes per programme and study year, and per dossier the first time it reached each
 * stage of the funnel.
 */
export class ReportSnapshots1765800000000 extends SqlMigration {
  name = 'ReportSnapshots1765800000000';

  protected readonly upSql = `
      CREATE TABLE report_snapshots (
        taken_on date PRIMARY KEY,
        kpis jsonb NOT NULL,
        funnel jsonb NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE FUNCTION report_snapshots_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'report snapshots are never changed' USING ERRCODE = 'restrict_violation';
      END
      $$;
      CREATE TRIGGER report_snapshots_insert_only BEFORE UPDATE OR DELETE ON report_snapshots
        FOR EACH ROW EXECUTE FUNCTION report_snapshots_refuse_change();
      CREATE TRIGGER report_snapshots_no_truncate BEFORE TRUNCATE ON report_snapshots
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_refuse_change();

      -- The study year (leerjaar) of a day in a programme from start: 1 for months 0–12, 2 for 12–24,
      -- 3 for every later one; 0 before the start. Months clamp to the month's end, as in the product.
      CREATE FUNCTION report_study_year(start date, day date) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN day < start THEN 0 WHEN day < (start + interval '12 months')::date THEN 1
          WHEN day < (start + interval '24 months')::date THEN 2 ELSE 3 END
      $$;

      CREATE TABLE coaching_minutes (
        programme_id uuid NOT NULL REFERENCES programmes(id),
        study_year integer NOT NULL,
        minutes bigint NOT NULL,
        PRIMARY KEY (programme_id, study_year)
      );
      CREATE FUNCTION coaching_minutes_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO coaching_minutes AS m (programme_id, study_year, minutes)
        SELECT s.programme_id, report_study_year(p.start_date, s.date), sum(s.minutes)
        FROM new_rows s JOIN programmes p ON p.id = s.programme_id GROUP BY 1, 2
        ON CONFLICT (programme_id, study_year) DO UPDATE SET minutes = m.minutes + EXCLUDED.minutes;
        RETURN NULL;
      END
      $$;
      CREATE FUNCTION coaching_minutes_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE coaching_minutes m SET minutes = m.minutes - OLD.minutes FROM programmes p
        WHERE p.id = OLD.programme_id AND m.programme_id = OLD.programme_id AND m.study_year = report_study_year(p.start_date, OLD.date);
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO coaching_minutes AS m (programme_id, study_year, minutes)
          SELECT NEW.programme_id, report_study_year(p.start_date, NEW.date), NEW.minutes FROM programmes p WHERE p.id = NEW.programme_id
          ON CONFLICT (programme_id, study_year) DO UPDATE SET minutes = m.minutes + EXCLUDED.minutes;
        END IF;
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER coaching_minutes_add AFTER INSERT ON coaching_sessions
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coaching_minutes_add();
      CREATE TRIGGER coaching_minutes_change AFTER DELETE OR UPDATE OF programme_id, date, minutes ON coaching_sessions
        FOR EACH ROW EXECUTE FUNCTION coaching_minutes_change();
      INSERT INTO coaching_minutes (programme_id, study_year, minutes)
        SELECT s.programme_id, report_study_year(p.start_date, s.date), sum(s.minutes)
        FROM coaching_sessions s JOIN programmes p ON p.id = s.programme_id GROUP BY 1, 2;
      -- A report as of a past day takes off the sessions dated after it.
      CREATE INDEX coaching_sessions_date_idx ON coaching_sessions (date) INCLUDE (programme_id, minutes);

      -- Per dossier the first time it reached each stage past 'applied' (the application's own time is candidates.applied_at).
      CREATE TABLE candidate_funnel (
        candidate_id uuid PRIMARY KEY REFERENCES candidates(id),
        screening_at timestamptz,
        interview_scheduled_at timestamptz,
        interview_passed_at timestamptz,
        in_assessment_at timestamptz,
        assessment_passed_at timestamptz,
        in_programme_at timestamptz,
        qualified_at timestamptz,
        rejected_at timestamptz,
        withdrawn_at timestamptz
      );
      CREATE FUNCTION candidate_funnel_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO candidate_funnel AS f (candidate_id, screening_at, interview_scheduled_at, interview_passed_at, in_assessment_at,
          assessment_passed_at, in_programme_at, qualified_at, rejected_at, withdrawn_at)
        SELECT candidate_id, min(at) FILTER (WHERE to_stage = 'screening'), min(at) FILTER (WHERE to_stage = 'interview_scheduled'),
          min(at) FILTER (WHERE to_stage = 'interview_passed'), min(at) FILTER (WHERE to_stage = 'in_assessment'),
          min(at) FILTER (WHERE to_stage = 'assessment_passed'), min(at) FILTER (WHERE to_stage = 'in_programme'),
          min(at) FILTER (WHERE to_stage = 'qualified'), min(at) FILTER (WHERE to_stage = 'rejected'), min(at) FILTER (WHERE to_stage = 'withdrawn')
        FROM new_rows GROUP BY candidate_id
        ON CONFLICT (candidate_id) DO UPDATE SET
          screening_at = LEAST(f.screening_at, EXCLUDED.screening_at),
          interview_scheduled_at = LEAST(f.interview_scheduled_at, EXCLUDED.interview_scheduled_at),
          interview_passed_at = LEAST(f.interview_passed_at, EXCLUDED.interview_passed_at),
          in_assessment_at = LEAST(f.in_assessment_at, EXCLUDED.in_assessment_at),
          assessment_passed_at = LEAST(f.assessment_passed_at, EXCLUDED.assessment_passed_at),
          in_programme_at = LEAST(f.in_programme_at, EXCLUDED.in_programme_at),
          qualified_at = LEAST(f.qualified_at, EXCLUDED.qualified_at),
          rejected_at = LEAST(f.rejected_at, EXCLUDED.rejected_at),
          withdrawn_at = LEAST(f.withdrawn_at, EXCLUDED.withdrawn_at);
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER candidate_funnel_track AFTER INSERT ON candidate_stage_history
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_funnel_track();
      INSERT INTO candidate_funnel (candidate_id) SELECT id FROM candidates;
      WITH firsts AS (
        SELECT candidate_id, min(at) FILTER (WHERE to_stage = 'screening') AS screening_at,
          min(at) FILTER (WHERE to_stage = 'interview_scheduled') AS interview_scheduled_at,
          min(at) FILTER (WHERE to_stage = 'interview_passed') AS interview_passed_at, min(at) FILTER (WHERE to_stage = 'in_assessment') AS in_assessment_at,
          min(at) FILTER (WHERE to_stage = 'assessment_passed') AS assessment_passed_at, min(at) FILTER (WHERE to_stage = 'in_programme') AS in_programme_at,
          min(at) FILTER (WHERE to_stage = 'qualified') AS qualified_at, min(at) FILTER (WHERE to_stage = 'rejected') AS rejected_at,
          min(at) FILTER (WHERE to_stage = 'withdrawn') AS withdrawn_at
        FROM candidate_stage_history GROUP BY candidate_id
      )
      UPDATE candidate_funnel f SET screening_at = x.screening_at, interview_scheduled_at = x.interview_scheduled_at,
        interview_passed_at = x.interview_passed_at, in_assessment_at = x.in_assessment_at, assessment_passed_at = x.assessment_passed_at,
        in_programme_at = x.in_programme_at, qualified_at = x.qualified_at, rejected_at = x.rejected_at, withdrawn_at = x.withdrawn_at
      FROM firsts x WHERE x.candidate_id = f.candidate_id;
  `;

  protected readonly downSql = `
      DROP TRIGGER candidate_funnel_track ON candidate_stage_history;
      DROP TABLE candidate_funnel;
      DROP FUNCTION candidate_funnel_track();
      DROP INDEX coaching_sessions_date_idx;
      DROP TRIGGER coaching_minutes_add ON coaching_sessions;
      DROP TRIGGER coaching_minutes_change ON coaching_sessions;
      DROP TABLE coaching_minutes;
      DROP FUNCTION coaching_minutes_add();
      DROP FUNCTION coaching_minutes_change();
      DROP FUNCTION report_study_year(date, date);
      DROP TABLE report_snapshots;
      DROP FUNCTION report_snapshots_refuse_change();
  `;
}
