/**
 * The SQL of the reports (SPEC §5), one text per figure, shared with the benchmark's bare handler.
 * Parameters of every text: $1 as-of day, $2 school year (cohort or year of application), $3 region,
 * $4 board id, $5 route; NULL means no filter. Each counts in the database and returns one row per
 * group (cohort, board and school year, …), never the records it counts.
 */

/** The first instant after the as-of day, Amsterdam time: what is stamped before it counts. */
const END_OF_AS_OF = `((($1::date + 1)::timestamp) AT TIME ZONE 'Europe/Amsterdam')`;

/**
 * Starts and uitval per cohort: one row per person who started. A person's programmes form a chain
 * (a route switch starts a programme whose previous_programme_id is the one it continues): the first
 * (started on or before the day) gives the cohort, board, region and route; the last one started by
 * then the outcome, counted when it ended on or before the day. Its planned end is the one the
 * extensions recorded by then made it.
 */
export const PEOPLE_PER_COHORT_SQL = `
  WITH started AS NOT MATERIALIZED (
    SELECT id, candidate_id, cohort, board_id, route, status, ended_on, original_planned_end, previous_programme_id
    FROM programmes WHERE start_date <= $1::date
  ), lasts AS (
    SELECT s.* FROM started s WHERE NOT EXISTS (SELECT 1 FROM started n WHERE n.previous_programme_id = s.id)
  ), extensions AS (
    SELECT DISTINCT ON (e.programme_id) e.programme_id, e.planned_end_after
    FROM programme_extensions e WHERE e.created_at < ${END_OF_AS_OF} ORDER BY e.programme_id, e.created_at DESC
  ), extended AS (
    SELECT DISTINCT s.candidate_id FROM extensions x JOIN started s ON s.id = x.programme_id
  ), people AS (
    SELECT f.cohort, l.id <> f.id AS switched,
      CASE WHEN l.status IN ('qualified', 'dropped_out', 'term_expired') AND l.ended_on <= $1::date THEN l.status ELSE 'running' END AS outcome,
      COALESCE(x.planned_end_after, l.original_planned_end) AS planned_end, e.candidate_id IS NOT NULL AS extended
    FROM started f JOIN lasts l ON l.candidate_id = f.candidate_id JOIN boards b ON b.id = f.board_id
      LEFT JOIN extensions x ON x.programme_id = l.id LEFT JOIN extended e ON e.candidate_id = f.candidate_id
    WHERE f.previous_programme_id IS NULL
      AND ($2::text IS NULL OR f.cohort = $2) AND ($3::text IS NULL OR b.region = $3)
      AND ($4::uuid IS NULL OR f.board_id = $4) AND ($5::text IS NULL OR f.route = $5)
  )
  SELECT cohort, count(*)::int AS started,
    (count(*) FILTER (WHERE outcome = 'qualified'))::int AS qualified,
    (count(*) FILTER (WHERE outcome = 'dropped_out'))::int AS "droppedOut",
    (count(*) FILTER (WHERE outcome = 'term_expired'))::int AS "termExpired",
    (count(*) FILTER (WHERE switched))::int AS "routeSwitched",
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

/** The study years (1, 2 and 3 for every later one) of the coaching figure, as columns of one row per cohort. */
const MINUTES_BY_YEAR = (table: string, year: (alias: string) => string) =>
  [1, 2, 3].map((study) => `sum(${table}.minutes) FILTER (WHERE ${year(table)} = ${study}) AS m${study}`).join(', ');
/** The counted days of a study year summed per length of the year (365 or 366 days), as `<name>_365` and `<name>_366`. */
const DAYS_OF_YEAR = (name: string, counted: string, length: string, begun: string) =>
  [365, 366].map((days) => `sum(${counted}) FILTER (WHERE ${begun} AND ${length} = ${days}) AS ${name}_${days}`).join(', ');

/**
 * Coaching hours per cohort and study year against the norm. A programme's study year y runs from
 * start + 12(y−1) months to the day before start + 12y months (365 or 366 days); its norm counts up to
 * the as-of day or the programme's end when that came first (pro rata by calendar days: the counted
 * days are summed per length of year, so the shares add up exactly). Year 3 stands for every year
 * past the second (no norm). The minutes come from the rollup coaching_minutes (per programme, a
 * column per study year of the session's date, kept by triggers) less the sessions dated after the day.
 * $6, $7, $8: the convenant periods' first school years and their hours per week in year 1 and 2;
 * $9 the school weeks of a study year.
 */
export const COACHING_SQL = `
  WITH periods AS (
    SELECT * FROM unnest($6::text[], $7::numeric[], $8::numeric[]) AS t(from_year, year_1, year_2)
  ), counted AS (
    SELECT p.id, p.cohort, p.start_date, CASE WHEN p.ended_on <= $1::date THEN p.ended_on ELSE $1::date END AS until,
      (p.start_date + interval '12 months')::date AS year_2, (p.start_date + interval '24 months')::date AS year_3
    FROM programmes p JOIN boards b ON b.id = p.board_id
    WHERE p.start_date <= $1::date
      AND ($2::text IS NULL OR p.cohort = $2) AND ($3::text IS NULL OR b.region = $3)
      AND ($4::uuid IS NULL OR p.board_id = $4) AND ($5::text IS NULL OR p.route = $5)
  ), later AS (
    SELECT s.programme_id, ${MINUTES_BY_YEAR('s', (alias) => `report_study_year(p.start_date, ${alias}.date)`)}
    FROM coaching_sessions s JOIN programmes p ON p.id = s.programme_id WHERE s.date > $1::date GROUP BY s.programme_id
  ), per_cohort AS (
    SELECT c.cohort,
      count(*) AS programmes_1, count(*) FILTER (WHERE c.year_2 <= c.until) AS programmes_2, count(*) FILTER (WHERE c.year_3 <= c.until) AS programmes_3,
      COALESCE(sum(g.year_1), 0) - COALESCE(sum(l.m1), 0) AS minutes_1,
      COALESCE(sum(g.year_2) FILTER (WHERE c.year_2 <= c.until), 0) - COALESCE(sum(l.m2) FILTER (WHERE c.year_2 <= c.until), 0) AS minutes_2,
      COALESCE(sum(g.year_3) FILTER (WHERE c.year_3 <= c.until), 0) - COALESCE(sum(l.m3) FILTER (WHERE c.year_3 <= c.until), 0) AS minutes_3,
      ${DAYS_OF_YEAR('year_1_days', 'LEAST(c.until, c.year_2 - 1) - c.start_date + 1', 'c.year_2 - c.start_date', 'TRUE')},
      ${DAYS_OF_YEAR('year_2_days', 'LEAST(c.until, c.year_3 - 1) - c.year_2 + 1', 'c.year_3 - c.year_2', 'c.year_2 <= c.until')}
    FROM counted c LEFT JOIN coaching_minutes g ON g.programme_id = c.id LEFT JOIN later l ON l.programme_id = c.id
    GROUP BY c.cohort
  ), grouped AS (
    SELECT pc.cohort, y.study_year, y.programmes::int AS programmes, y.minutes::bigint AS minutes, y.share
    FROM per_cohort pc CROSS JOIN LATERAL (VALUES
      (1, pc.programmes_1, pc.minutes_1, COALESCE(pc.year_1_days_365, 0)::numeric / 365 + COALESCE(pc.year_1_days_366, 0)::numeric / 366),
      (2, pc.programmes_2, pc.minutes_2, COALESCE(pc.year_2_days_365, 0)::numeric / 365 + COALESCE(pc.year_2_days_366, 0)::numeric / 366),
      (3, pc.programmes_3, pc.minutes_3, NULL::numeric)
    ) AS y(study_year, programmes, minutes, share)
    WHERE y.programmes > 0
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

/** The stages of the funnel past 'applied', as candidate_funnel keeps their first day. */
const FUNNEL_COLUMNS = [
  'screening_on',
  'interview_scheduled_on',
  'interview_passed_on',
  'in_assessment_on',
  'assessment_passed_on',
  'in_programme_on',
  'qualified_on',
];
const DAYS = ['day_0', ...FUNNEL_COLUMNS.map((_, index) => `day_${index + 1}`)];
const STEPS = DAYS.slice(0, -1).map((from, index) => ({ from, to: DAYS[index + 1] }));

/**
 * The dossiers the funnel counts, with their stage days as of $1 and the school year of application
 * (first_year): the filters region, route and board ($3–$5) applied here, the school year ($2) by
 * the texts that group them. Shared by the funnel and its split by source.
 */
const FUNNEL_DOSSIERS = `
  dossiers AS (
    SELECT (c.applied_at AT TIME ZONE 'Europe/Amsterdam')::date AS day_0, c.source,
      ${FUNNEL_COLUMNS.map((column, index) => `CASE WHEN f.${column} <= $1::date THEN f.${column} END AS day_${index + 1}`).join(', ')},
      f.rejected_on <= $1::date AS rejected, f.withdrawn_on <= $1::date AS withdrawn
    FROM candidates c LEFT JOIN candidate_funnel f ON f.candidate_id = c.id
    WHERE c.applied_at < ${END_OF_AS_OF}
      AND ($3::text IS NULL OR c.region = $3) AND ($5::text IS NULL OR c.route = $5)
      AND ($4::uuid IS NULL OR EXISTS (
        SELECT 1 FROM placements pl WHERE pl.candidate_id = c.id AND pl.board_id = $4 AND pl.created_at < ${END_OF_AS_OF}
          AND (pl.cancelled_at IS NULL OR pl.cancelled_at >= ${END_OF_AS_OF})))
  ), in_year AS (
    SELECT *, CASE WHEN extract(month FROM day_0) >= 8 THEN extract(year FROM day_0)::int ELSE extract(year FROM day_0)::int - 1 END AS first_year
    FROM dossiers
  )`;

/**
 * The funnel per school year of application (applied_at, Amsterdam time), from the rollup
 * candidate_funnel (per dossier the first day it reached each stage, kept by a trigger on the stage
 * history): per stage the dossiers that reached it on or before the day, per pair of consecutive
 * stages those that reached both, the conversion and the median calendar days between the first
 * day in each. Arrays in the order of the stages; rejected and withdrawn apart.
 */
export const FUNNEL_SQL = `
  WITH ${FUNNEL_DOSSIERS}
  SELECT first_year || '-' || (first_year + 1) AS "schoolYear",
    ARRAY[${DAYS.map((day) => `count(${day})`).join(', ')}]::int[] AS reached,
    ARRAY[${STEPS.map(({ from, to }) => `count(*) FILTER (WHERE ${from} IS NOT NULL AND ${to} IS NOT NULL)`).join(', ')}]::int[] AS "reachedBoth",
    ARRAY[${STEPS.map(({ from, to }) => `round(100.0 * count(*) FILTER (WHERE ${from} IS NOT NULL AND ${to} IS NOT NULL) / NULLIF(count(${from}), 0), 1)`).join(', ')}]::float8[] AS percentage,
    ARRAY[${STEPS.map(({ from, to }) => `round((percentile_cont(0.5) WITHIN GROUP (ORDER BY ${to} - ${from}))::numeric, 1)`).join(', ')}]::float8[] AS "medianDays",
    (count(*) FILTER (WHERE rejected))::int AS rejected, (count(*) FILTER (WHERE withdrawn))::int AS withdrawn
  FROM in_year
  WHERE $2::text IS NULL OR first_year || '-' || (first_year + 1) = $2
  GROUP BY first_year ORDER BY first_year`;

/** The day a dossier first reached 'in_programme' (the start): its place in DAYS. */
const STARTED_DAY = DAYS[FUNNEL_COLUMNS.indexOf('in_programme_on') + 1];

/**
 * The funnel split by source (issue 16, item 4): per school year of application and
 * `candidates.source` (NULL: none given; the code stays after erasure) the dossiers per stage, and
 * the conversion from applied to started (reached 'in_programme' ÷ applied). Ordered by school year,
 * then the source list's order, none given last. The names come from the sources' reader.
 */
export const FUNNEL_BY_SOURCE_SQL = `
  WITH ${FUNNEL_DOSSIERS}
  SELECT first_year || '-' || (first_year + 1) AS "schoolYear", source,
    ARRAY[${DAYS.map((day) => `count(${day})`).join(', ')}]::int[] AS reached,
    count(${STARTED_DAY})::int AS started, count(*)::int AS applied,
    round(100.0 * count(${STARTED_DAY}) / count(*), 1)::float8 AS percentage,
    (count(*) FILTER (WHERE rejected))::int AS rejected, (count(*) FILTER (WHERE withdrawn))::int AS withdrawn
  FROM in_year
  WHERE $2::text IS NULL OR first_year || '-' || (first_year + 1) = $2
  GROUP BY first_year, source
  ORDER BY first_year, (SELECT s.position FROM application_sources s WHERE s.code = source) NULLS LAST, source NULLS LAST`;
