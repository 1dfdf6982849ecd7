/**
 * The SQL of the reports (SPEC §5), one text per figure, shared with the benchmark's bare handler.
 * Parameters of every text: $1 as-of day, $2 school year (cohort or year of application), $3 region,
 * $4 board id, $5 route; NULL means no filter. Each counts in the database and returns one row per
 * group (cohort, board and school year, …), never the records it counts.
 */

/** The first instant after the as-of day, Amsterdam time: what is stamped before it counts. */
const END_OF_AS_OF = `((($1::date + 1)::timestamp) AT TIME ZONE 'Europe/Amsterdam')`;

/**
 * Starts and uitval per cohort: one row per person who started. The first programme (started on or
 * before the day) gives the cohort, board, region and route; the last one the outcome, counted when
 * it ended on or before the day.
 */
export const PEOPLE_PER_COHORT_SQL = `
  WITH started AS (
    SELECT id, candidate_id, cohort, board_id, route, start_date, created_at, status, ended_on, original_planned_end
    FROM programmes WHERE start_date <= $1::date
  ), firsts AS (
    SELECT DISTINCT ON (candidate_id) candidate_id, cohort, board_id, route FROM started ORDER BY candidate_id, start_date, created_at
  ), lasts AS (
    SELECT DISTINCT ON (candidate_id) candidate_id, id, status, ended_on, original_planned_end,
      count(*) OVER (PARTITION BY candidate_id) AS programmes
    FROM started ORDER BY candidate_id, start_date DESC, created_at DESC
  ), extensions AS (
    SELECT s.candidate_id, e.programme_id, e.planned_end_after, e.created_at
    FROM programme_extensions e JOIN started s ON s.id = e.programme_id WHERE e.created_at < ${END_OF_AS_OF}
  ), people AS (
    SELECT f.cohort, l.programmes,
      CASE WHEN l.status IN ('qualified', 'dropped_out', 'term_expired') AND l.ended_on <= $1::date THEN l.status ELSE 'running' END AS outcome,
      COALESCE((SELECT x.planned_end_after FROM extensions x WHERE x.programme_id = l.id ORDER BY x.created_at DESC LIMIT 1), l.original_planned_end) AS planned_end,
      EXISTS (SELECT 1 FROM extensions x WHERE x.candidate_id = f.candidate_id) AS extended
    FROM firsts f JOIN lasts l USING (candidate_id) JOIN boards b ON b.id = f.board_id
    WHERE ($2::text IS NULL OR f.cohort = $2) AND ($3::text IS NULL OR b.region = $3)
      AND ($4::uuid IS NULL OR f.board_id = $4) AND ($5::text IS NULL OR f.route = $5)
  )
  SELECT cohort, count(*)::int AS started,
    (count(*) FILTER (WHERE outcome = 'qualified'))::int AS qualified,
    (count(*) FILTER (WHERE outcome = 'dropped_out'))::int AS "droppedOut",
    (count(*) FILTER (WHERE outcome = 'term_expired'))::int AS "termExpired",
    (count(*) FILTER (WHERE programmes > 1))::int AS "routeSwitched",
    (count(*) FILTER (WHERE outcome = 'running'))::int AS running,
    (count(*) FILTER (WHERE outcome = 'running' AND planned_end < $1::date))::int AS "runningOverdue",
    (count(*) FILTER (WHERE extended))::int AS extended,
    (count(*) FILTER (WHERE outcome IN ('dropped_out', 'term_expired')))::int AS uitval,
    round(100.0 * count(*) FILTER (WHERE outcome IN ('dropped_out', 'term_expired')) / count(*), 1)::float8 AS percentage
  FROM people GROUP BY cohort ORDER BY cohort`;

/** Satisfaction per cohort of the survey's programme: $6 the lowest satisfied score. */
export const SATISFACTION_SQL = `
  SELECT p.cohort, count(*)::int AS answered, (count(*) FILTER (WHERE s.score >= $6))::int AS satisfied,
    round(100.0 * count(*) FILTER (WHERE s.score >= $6) / count(*), 1)::float8 AS percentage
  FROM satisfaction_surveys s JOIN programmes p ON p.id = s.programme_id JOIN boards b ON b.id = p.board_id
  WHERE s.answered_at < ${END_OF_AS_OF}
    AND ($2::text IS NULL OR p.cohort = $2) AND ($3::text IS NULL OR b.region = $3)
    AND ($4::uuid IS NULL OR p.board_id = $4) AND ($5::text IS NULL OR p.route = $5)
  GROUP BY p.cohort ORDER BY p.cohort`;

/**
 * Coaching hours per cohort and study year against the norm. A programme's study year y runs from
 * start + 12(y−1) months to the day before start + 12y months; it counts up to the as-of day or the
 * programme's end when that came first (pro rata by calendar days). Year 3 stands for every year
 * past the second (no norm). $6, $7, $8: the convenant periods' first school years and their hours
 * per week in year 1 and 2; $9 the school weeks of a study year.
 */
export const COACHING_SQL = `
  WITH periods AS (
    SELECT * FROM unnest($6::text[], $7::numeric[], $8::numeric[]) AS t(from_year, year_1, year_2)
  ), counted AS (
    SELECT p.id, p.cohort, p.start_date, CASE WHEN p.ended_on <= $1::date THEN p.ended_on ELSE $1::date END AS until
    FROM programmes p JOIN boards b ON b.id = p.board_id
    WHERE p.start_date <= $1::date
      AND ($2::text IS NULL OR p.cohort = $2) AND ($3::text IS NULL OR b.region = $3)
      AND ($4::uuid IS NULL OR p.board_id = $4) AND ($5::text IS NULL OR p.route = $5)
  ), years AS (
    SELECT c.id, c.cohort, y.study_year, c.until,
      (c.start_date + make_interval(months => 12 * (y.study_year - 1)))::date AS year_from,
      CASE WHEN y.study_year < 3 THEN (c.start_date + make_interval(months => 12 * y.study_year))::date - 1 END AS year_to
    FROM counted c CROSS JOIN (VALUES (1), (2), (3)) AS y(study_year)
  ), spans AS (
    SELECT id, cohort, study_year, year_from, year_to, LEAST(until, COALESCE(year_to, until)) AS counted_to,
      CASE WHEN year_to IS NULL THEN NULL ELSE (LEAST(until, year_to) - year_from + 1)::numeric / (year_to - year_from + 1) END AS share
    FROM years WHERE year_from <= until
  ), logged AS (
    SELECT sp.id, sp.study_year, sum(s.minutes) AS minutes
    FROM spans sp JOIN coaching_sessions s ON s.programme_id = sp.id AND s.date >= sp.year_from AND s.date <= sp.counted_to
    GROUP BY sp.id, sp.study_year
  ), grouped AS (
    SELECT sp.cohort, sp.study_year, count(*)::int AS programmes, COALESCE(sum(l.minutes), 0)::bigint AS minutes, sum(sp.share) AS share
    FROM spans sp LEFT JOIN logged l ON l.id = sp.id AND l.study_year = sp.study_year
    GROUP BY sp.cohort, sp.study_year
  ), normed AS (
    SELECT g.*, CASE g.study_year WHEN 1 THEN period.year_1 WHEN 2 THEN period.year_2 END AS hours_per_week
    FROM grouped g CROSS JOIN LATERAL (
      SELECT year_1, year_2 FROM periods ORDER BY (from_year <= g.cohort) DESC, CASE WHEN from_year <= g.cohort THEN from_year END DESC, from_year LIMIT 1
    ) period
  )
  SELECT cohort, study_year AS "studyYear", programmes, minutes::int AS minutes,
    round(minutes / 60.0, 2)::float8 AS "loggedHours",
    hours_per_week::float8 AS "hoursPerWeek",
    round(hours_per_week * $9 * share, 2)::float8 AS "normHours",
    CASE WHEN hours_per_week * share > 0 THEN round(100.0 * (minutes / 60.0) / (hours_per_week * $9 * share), 1)::float8 END AS percentage,
    CASE WHEN hours_per_week IS NOT NULL THEN minutes / 60.0 >= hours_per_week * $9 * share END AS met
  FROM normed ORDER BY cohort, study_year`;

/**
 * Supernumerary places used against declared, per board and school year: used = supernumerary
 * placements recorded on or before the day and not cancelled by then, in the school year of their
 * start, at the board of their school. The route filter does not apply ($5 is read and ignored).
 */
export const CAPACITY_SQL = `
  WITH used AS (
    SELECT pl.board_id, pl.school_year, count(*)::int AS used
    FROM placements pl
    WHERE pl.supernumerary AND pl.created_at < ${END_OF_AS_OF}
      AND (pl.cancelled_at IS NULL OR pl.cancelled_at >= ${END_OF_AS_OF})
      AND ($2::text IS NULL OR pl.school_year = $2) AND ($4::uuid IS NULL OR pl.board_id = $4)
    GROUP BY pl.board_id, pl.school_year
  ), declared AS (
    SELECT board_id, school_year, places FROM board_capacity
    WHERE ($2::text IS NULL OR school_year = $2) AND ($4::uuid IS NULL OR board_id = $4)
  ), rows AS (
    SELECT board_id, school_year, d.places, COALESCE(u.used, 0) AS used FROM declared d FULL JOIN used u USING (board_id, school_year)
  )
  SELECT r.board_id AS "boardId", b.name AS "boardName", b.region, r.school_year AS "schoolYear", r.places AS declared, r.used,
    CASE WHEN r.places IS NULL THEN 'undeclared' WHEN r.used < r.places THEN 'under' WHEN r.used = r.places THEN 'full' ELSE 'over' END AS status
  FROM rows r JOIN boards b ON b.id = r.board_id
  WHERE ($3::text IS NULL OR b.region = $3) AND ($5::text IS NULL OR TRUE)
  ORDER BY r.school_year, b.name, r.board_id`;

/**
 * The funnel per school year of application: per stage the dossiers that reached it on or before
 * the day (applied: the application itself), and per pair of consecutive stages those that reached
 * both with the median of the calendar days between the first time in each. $6 the stages in order.
 */
export const FUNNEL_SQL = `
  WITH dossiers AS (
    SELECT c.id, c.applied_at,
      CASE WHEN extract(month FROM c.applied_at AT TIME ZONE 'Europe/Amsterdam') >= 8
        THEN extract(year FROM c.applied_at AT TIME ZONE 'Europe/Amsterdam')::int
        ELSE extract(year FROM c.applied_at AT TIME ZONE 'Europe/Amsterdam')::int - 1 END AS first_year
    FROM candidates c
    WHERE c.applied_at < ${END_OF_AS_OF}
      AND ($3::text IS NULL OR c.region = $3) AND ($5::text IS NULL OR c.route = $5)
      AND ($4::uuid IS NULL OR EXISTS (
        SELECT 1 FROM placements pl WHERE pl.candidate_id = c.id AND pl.board_id = $4 AND pl.created_at < ${END_OF_AS_OF}
          AND (pl.cancelled_at IS NULL OR pl.cancelled_at >= ${END_OF_AS_OF})))
  ), in_year AS (
    SELECT id, applied_at, first_year || '-' || (first_year + 1) AS school_year FROM dossiers
    WHERE $2::text IS NULL OR first_year || '-' || (first_year + 1) = $2
  ), reached AS (
    SELECT id AS candidate_id, school_year, 'applied'::text AS stage, applied_at AS at FROM in_year
    UNION ALL
    SELECT h.candidate_id, d.school_year, h.to_stage, min(h.at)
    FROM candidate_stage_history h JOIN in_year d ON d.id = h.candidate_id
    WHERE h.at < ${END_OF_AS_OF} AND h.to_stage <> 'applied'
    GROUP BY h.candidate_id, d.school_year, h.to_stage
  ), days AS (
    SELECT candidate_id, school_year, stage, (at AT TIME ZONE 'Europe/Amsterdam')::date AS day FROM reached
  ), steps AS (
    SELECT s.position, s.stage AS from_stage, ($6::text[])[s.position + 1] AS to_stage FROM unnest($6::text[]) WITH ORDINALITY AS s(stage, position)
  )
  SELECT d.school_year AS "schoolYear", 'stage' AS kind, d.stage AS "from", NULL::text AS "to", count(*)::int AS reached,
    NULL::int AS "reachedBoth", NULL::float8 AS percentage, NULL::float8 AS "medianDays"
  FROM days d GROUP BY d.school_year, d.stage
  UNION ALL
  SELECT a.school_year, 'step', st.from_stage, st.to_stage, count(*)::int,
    (count(b.candidate_id))::int,
    round(100.0 * count(b.candidate_id) / count(*), 1)::float8,
    round((percentile_cont(0.5) WITHIN GROUP (ORDER BY b.day - a.day))::numeric, 1)::float8
  FROM steps st JOIN days a ON a.stage = st.from_stage
    LEFT JOIN days b ON b.candidate_id = a.candidate_id AND b.stage = st.to_stage
  WHERE st.to_stage IS NOT NULL
  GROUP BY a.school_year, st.from_stage, st.to_stage
  ORDER BY 1, 2, 3`;
