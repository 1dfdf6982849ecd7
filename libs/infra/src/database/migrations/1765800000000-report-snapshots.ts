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

      -- Minutes per programme in study year 1, 2 and every later one (sessions before the start count nowhere).
      CREATE TABLE coaching_minutes (
        programme_id uuid PRIMARY KEY REFERENCES programmes(id),
        year_1 bigint NOT NULL DEFAULT 0,
        year_2 bigint NOT NULL DEFAULT 0,
        year_3 bigint NOT NULL DEFAULT 0
      );
      CREATE FUNCTION coaching_minutes_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO coaching_minutes AS m (programme_id, year_1, year_2, year_3)
        SELECT s.programme_id,
          COALESCE(sum(s.minutes) FILTER (WHERE report_study_year(p.start_date, s.date) = 1), 0),
          COALESCE(sum(s.minutes) FILTER (WHERE report_study_year(p.start_date, s.date) = 2), 0),
          COALESCE(sum(s.minutes) FILTER (WHERE report_study_year(p.start_date, s.date) = 3), 0)
        FROM new_rows s JOIN programmes p ON p.id = s.programme_id GROUP BY s.programme_id
        ON CONFLICT (programme_id) DO UPDATE SET
          year_1 = m.year_1 + EXCLUDED.year_1, year_2 = m.year_2 + EXCLUDED.year_2, year_3 = m.year_3 + EXCLUDED.year_3;
        RETURN NULL;
      END
      $$;
      CREATE FUNCTION coaching_minutes_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        year integer;
      BEGIN
        SELECT report_study_year(start_date, OLD.date) INTO year FROM programmes WHERE id = OLD.programme_id;
        UPDATE coaching_minutes SET
          year_1 = year_1 - CASE WHEN year = 1 THEN OLD.minutes ELSE 0 END,
          year_2 = year_2 - CASE WHEN year = 2 THEN OLD.minutes ELSE 0 END,
          year_3 = year_3 - CASE WHEN year = 3 THEN OLD.minutes ELSE 0 END
        WHERE programme_id = OLD.programme_id;
        IF TG_OP = 'UPDATE' THEN
          SELECT report_study_year(start_date, NEW.date) INTO year FROM programmes WHERE id = NEW.programme_id;
          INSERT INTO coaching_minutes AS m (programme_id, year_1, year_2, year_3)
          VALUES (NEW.programme_id, CASE WHEN year = 1 THEN NEW.minutes ELSE 0 END, CASE WHEN year = 2 THEN NEW.minutes ELSE 0 END,
            CASE WHEN year = 3 THEN NEW.minutes ELSE 0 END)
          ON CONFLICT (programme_id) DO UPDATE SET
            year_1 = m.year_1 + EXCLUDED.year_1, year_2 = m.year_2 + EXCLUDED.year_2, year_3 = m.year_3 + EXCLUDED.year_3;
        END IF;
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER coaching_minutes_add AFTER INSERT ON coaching_sessions
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coaching_minutes_add();
      CREATE TRIGGER coaching_minutes_change AFTER DELETE OR UPDATE OF programme_id, date, minutes ON coaching_sessions
        FOR EACH ROW EXECUTE FUNCTION coaching_minutes_change();
      INSERT INTO coaching_minutes (programme_id, year_1, year_2, year_3)
        SELECT s.programme_id,
          COALESCE(sum(s.minutes) FILTER (WHERE report_study_year(p.start_date, s.date) = 1), 0),
          COALESCE(sum(s.minutes) FILTER (WHERE report_study_year(p.start_date, s.date) = 2), 0),
          COALESCE(sum(s.minutes) FILTER (WHERE report_study_year(p.start_date, s.date) = 3), 0)
        FROM coaching_sessions s JOIN programmes p ON p.id = s.programme_id GROUP BY s.programme_id;
      -- A report as of a past day takes off the sessions dated after it.
      CREATE INDEX coaching_sessions_date_idx ON coaching_sessions (date) INCLUDE (programme_id, minutes);

      -- Per dossier the first day (Amsterdam) it reached each stage past 'applied' (the application's own
      -- day is that of candidates.applied_at); a stage reached by the end of a day D is one reached on or before D.
      CREATE TABLE candidate_funnel (
        candidate_id uuid PRIMARY KEY REFERENCES candidates(id),
        screening_on date,
        interview_scheduled_on date,
        interview_passed_on date,
        in_assessment_on date,
        assessment_passed_on date,
        in_programme_on date,
        qualified_on date,
        rejected_on date,
        withdrawn_on date
      );
      CREATE FUNCTION candidate_funnel_track() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO candidate_funnel AS f (candidate_id, screening_on, interview_scheduled_on, interview_passed_on, in_assessment_on, assessment_passed_on, in_programme_on, qualified_on, rejected_on, withdrawn_on)
        SELECT candidate_id, min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'screening'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'interview_scheduled'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'interview_passed'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'in_assessment'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'assessment_passed'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'in_programme'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'qualified'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'rejected'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'withdrawn')
        FROM new_rows GROUP BY candidate_id
        ON CONFLICT (candidate_id) DO UPDATE SET
          screening_on = LEAST(f.screening_on, EXCLUDED.screening_on),
          interview_scheduled_on = LEAST(f.interview_scheduled_on, EXCLUDED.interview_scheduled_on),
          interview_passed_on = LEAST(f.interview_passed_on, EXCLUDED.interview_passed_on),
          in_assessment_on = LEAST(f.in_assessment_on, EXCLUDED.in_assessment_on),
          assessment_passed_on = LEAST(f.assessment_passed_on, EXCLUDED.assessment_passed_on),
          in_programme_on = LEAST(f.in_programme_on, EXCLUDED.in_programme_on),
          qualified_on = LEAST(f.qualified_on, EXCLUDED.qualified_on),
          rejected_on = LEAST(f.rejected_on, EXCLUDED.rejected_on),
          withdrawn_on = LEAST(f.withdrawn_on, EXCLUDED.withdrawn_on);
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER candidate_funnel_track AFTER INSERT ON candidate_stage_history
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_funnel_track();
      INSERT INTO candidate_funnel (candidate_id, screening_on, interview_scheduled_on, interview_passed_on, in_assessment_on, assessment_passed_on, in_programme_on, qualified_on, rejected_on, withdrawn_on)
        SELECT candidate_id, min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'screening'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'interview_scheduled'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'interview_passed'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'in_assessment'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'assessment_passed'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'in_programme'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'qualified'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'rejected'), min((at AT TIME ZONE 'Europe/Amsterdam')::date) FILTER (WHERE to_stage = 'withdrawn')
        FROM candidate_stage_history GROUP BY candidate_id;
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
