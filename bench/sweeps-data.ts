import type { Client } from 'pg';

/**
 * 100,000 programmes for the sweep benchmark, each with its candidate and placement, as the product
 * leaves them: start dates spread evenly over the four years before the benchmark's day; of those
 * still in their term 88% run, the others dropped out or qualified; of those past it most qualified,
 * some dropped out or expired and 5% run on with a six-month extension. Running programmes have a
 * coach; their sessions come every two weeks (3.5 hours a week, on the norm), for one in ten
 * behind (2.5 hours a fortnight); 3% had their last session 3–12 weeks ago. A few % of the
 * programmes are due for each reminder on the day (the sweeps' lookback windows included).
 */
export async function seedSweepData(client: Client, programmes: number, day: string): Promise<void> {
  await client.query(`SELECT setseed(0.42)`);
  const [board] = (
    await client.query<{ id: string }>(`INSERT INTO boards (name, region, joined_at) VALUES ('Stichting Benchmark', 'almere', '2020-08-01') RETURNING id`)
  ).rows;
  const [school] = (
    await client.query<{ id: string }>(`INSERT INTO schools (board_id, name, city) VALUES ($1, 'De Meetlat', 'Almere') RETURNING id`, [board.id])
  ).rows;
  await client.query(
    `INSERT INTO users (email, name, role, password_hash) SELECT 'coach' || n || '@bench.flevowijs.nl', 'Coach ' || n, 'coach', 'not-a-login'
     FROM generate_series(1, 200) AS n`,
  );
  await client.query(
    `INSERT INTO coaches (user_id, regions, max_caseload, caseload, created_at, updated_at)
     SELECT id, ARRAY['almere'], 500, 0, now(), now() FROM users WHERE role = 'coach'`,
  );
  // One row per programme with its dates and outcome, then candidates, placements and programmes from it.
  await client.query(
    `CREATE TEMPORARY TABLE plan AS
     SELECT n, start_date, (start_date + interval '24 months')::date - 1 AS original_end, r,
       CASE WHEN (start_date + interval '24 months')::date - 1 >= $2::date
         THEN CASE WHEN r < 0.88 THEN 'running' WHEN r < 0.96 THEN 'dropped_out' ELSE 'qualified' END
         ELSE CASE WHEN r < 0.75 THEN 'qualified' WHEN r < 0.87 THEN 'dropped_out' WHEN r < 0.95 THEN 'term_expired' ELSE 'running' END
       END AS status
     FROM (SELECT n, $2::date - (n % 1461) AS start_date, random() AS r FROM generate_series(1, $1::int) AS n) s`,
    [programmes, day],
  );
  await client.query(`ALTER TABLE plan ADD COLUMN ended_on date, ADD COLUMN candidate_id uuid, ADD COLUMN placement_id uuid, ADD COLUMN programme_id uuid`);
  await client.query(
    `UPDATE plan SET ended_on = CASE status
       WHEN 'running' THEN NULL
       WHEN 'term_expired' THEN original_end
       WHEN 'qualified' THEN least(original_end, $1::date - 1, start_date + 400 + (r * 1000)::int % 300)
       ELSE least($1::date - 1, start_date + 20 + (r * 1000)::int % 600) END,
       candidate_id = gen_random_uuid(), placement_id = gen_random_uuid(), programme_id = gen_random_uuid()`,
    [day],
  );
  await client.query(
    `INSERT INTO candidates (id, reference, first_name, last_name, email, phone, degree_level, degree_field, region, stage, applied_at, stage_changed_at)
     SELECT candidate_id, 'ZI-B-' || lpad(n::text, 7, '0'), 'Deelnemer', 'Nummer ' || n, 'deelnemer-' || n || '@example.nl', '06 12345678', 'wo_master',
       'Bedrijfskunde', 'almere', CASE status WHEN 'running' THEN 'in_programme' ELSE status END, start_date - 120, coalesce(ended_on, start_date)
     FROM plan`,
  );
  await client.query(
    `INSERT INTO placements (id, candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, status, holds_place, ended_on, end_reason,
       created_at, updated_at)
     SELECT placement_id, candidate_id, $1, $2, start_date - 30, 0.8, false,
       CASE WHEN extract(month FROM start_date - 30) >= 8 THEN extract(year FROM start_date - 30)::int || '-' || extract(year FROM start_date - 30)::int + 1
         ELSE extract(year FROM start_date - 30)::int - 1 || '-' || extract(year FROM start_date - 30)::int END,
       CASE WHEN status = 'running' THEN 'active' ELSE 'ended' END, false,
       CASE WHEN status = 'running' THEN NULL ELSE ended_on END, CASE WHEN status = 'running' THEN NULL ELSE 'Traject beëindigd' END, now(), now()
     FROM plan`,
    [board.id, school.id],
  );
  await client.query(
    `INSERT INTO programmes (id, candidate_id, board_id, placement_id, placement_start_date, route, duration_months, start_date, conduct_certificate_date,
       cohort, original_planned_end, extension_months, planned_end, status, ended_on, dropout_reason, dropout_phase, created_at, updated_at)
     SELECT programme_id, candidate_id, $1, placement_id, start_date - 30, 'zij_instroom', 24, start_date, start_date - 40,
       CASE WHEN extract(month FROM start_date) >= 8 THEN extract(year FROM start_date)::int || '-' || extract(year FROM start_date)::int + 1
         ELSE extract(year FROM start_date)::int - 1 || '-' || extract(year FROM start_date)::int END,
       original_end, CASE WHEN status = 'running' AND original_end < $2::date THEN 6 ELSE 0 END,
       CASE WHEN status = 'running' AND original_end < $2::date THEN (start_date + interval '30 months')::date - 1 ELSE original_end END,
       status, ended_on, CASE WHEN status = 'dropped_out' THEN 'workload' END, CASE WHEN status = 'dropped_out' THEN 'year_1' END, now(), now()
     FROM plan`,
    [board.id, day],
  );
  // The coaches of the running programmes, each from the start; quiet_since as the sessions below leave it.
  await client.query(`ALTER TABLE plan ADD COLUMN coach_id uuid, ADD COLUMN pace text, ADD COLUMN last_session date`);
  await client.query(
    `UPDATE plan p SET coach_id = c.user_id, pace = CASE WHEN p.n % 10 = 3 THEN 'behind' ELSE 'on_norm' END,
       last_session = CASE WHEN p.n % 100 IN (7, 41, 77) THEN $1::date - 21 - (p.n % 63) ELSE $1::date - (p.n % 14) END
     FROM (SELECT user_id, row_number() OVER (ORDER BY user_id) - 1 AS i FROM coaches) c
     WHERE p.status = 'running' AND c.i = p.n % 200`,
    [day],
  );
  await client.query(
    `INSERT INTO coaching_sessions (programme_id, author_id, date, minutes, kind, note, created_at, updated_at)
     SELECT p.programme_id, p.coach_id, d::date, CASE WHEN p.pace = 'behind' THEN 150 ELSE 420 END, 'individual', 'Voortgang besproken.', now(), now()
     FROM plan p CROSS JOIN LATERAL generate_series(p.last_session, p.start_date, interval '-14 days') AS d
     WHERE p.status = 'running' AND p.last_session >= p.start_date`,
  );
  await client.query(
    `INSERT INTO coach_assignments (programme_id, coach_id, from_date, assigned_at, quiet_since)
     SELECT programme_id, coach_id, start_date, start_date::timestamptz, greatest(start_date, last_session) FROM plan WHERE status = 'running'`,
  );
  await client.query(
    `UPDATE coaches c SET caseload = a.count FROM (SELECT coach_id, count(*)::int AS count FROM coach_assignments GROUP BY coach_id) a WHERE a.coach_id = c.user_id`,
  );
  // Staff were told before about most programmes that are behind: the watch holds them.
  await client.query(
    `INSERT INTO coaching_norm_watch (programme_id, study_year, behind, crossings, checked_on)
     SELECT programme_id, CASE WHEN $1::date < (start_date + interval '12 months')::date THEN 1 ELSE 2 END, true, 1, $1::date - 30
     FROM plan WHERE pace = 'behind' AND n % 100 NOT IN (3, 53) AND $1::date - 30 > start_date AND $1::date < (start_date + interval '24 months')::date`,
    [day],
  );
  await client.query(`DROP TABLE plan`);
  await client.query(`ANALYZE`);
}
