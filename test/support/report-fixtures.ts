import { randomUUID } from 'node:crypto';
import { addDays, addMonths, calendarDate, SchoolYear } from '@app/shared';
import type { TestApp } from './test-app';

/**
 * The reference data set of the reports (issue 14, SPEC §5), inserted row by row with the shape
 * the product's commands leave (candidates with their stage history, placements, programmes,
 * extensions, coaching sessions, surveys, declared places): fast, and every date chosen by hand.
 * Each person is named by a key; the expected figures are worked out in the tests beside the
 * comments here.
 *
 * Boards: A "Stichting Almere Oost" (almere), B "Stichting Lelystad" (lelystad), C "Stichting
 * Almere Haven" (almere). Programme people applied 60 days before their start and went through the
 * stages at fixed offsets (screening +2, interview scheduled +5, interview passed +12, in assessment
 * +20, assessment passed +40, in programme +60 = the start); a route without assessment skips the two
 * assessment stages.
 */
export const BOARD_NAMES = { A: 'Stichting Almere Oost', B: 'Stichting Lelystad', C: 'Stichting Almere Haven' } as const;
type BoardKey = keyof typeof BOARD_NAMES;

export interface ReferenceData {
  boards: Record<BoardKey, string>;
  candidates: Map<string, string>;
  programmes: Map<string, string>;
  authorId: string;
}

const PIPELINE_OFFSETS: [string, number][] = [
  ['screening', 2],
  ['interview_scheduled', 5],
  ['interview_passed', 12],
  ['in_assessment', 20],
  ['assessment_passed', 40],
];
const NO_ASSESSMENT = new Set(['duaal', 'ad_pep']);
const CLOSED = new Set(['qualified', 'rejected', 'withdrawn', 'dropped_out', 'term_expired']);

const day = (date: string, days: number) => addDays(calendarDate(date), days);
const noon = (date: string) => `${date} 12:00 Europe/Amsterdam`;
const schoolYearOf = (date: string) => SchoolYear.of(calendarDate(date)).label;

interface ProgrammeSpec {
  key: string;
  board: BoardKey;
  route: string;
  start: string;
  supernumerary: boolean;
  /** How the (last) programme ended, if it did. */
  end?: { status: 'qualified' | 'dropped_out' | 'term_expired'; on: string };
}

/** The people who started a programme; see the file's comment for the figures they make. */
const PROGRAMME_PEOPLE: ProgrammeSpec[] = [
  // Cohort 2023-2024: 3 started, uitval 2 (66.7%, above the target).
  { key: 'P0', board: 'A', route: 'zij_instroom', start: '2023-11-30', supernumerary: false, end: { status: 'dropped_out', on: '2024-02-29' } },
  // Starts on 31 July: the last day of 2023-2024. Crosses 31 July twice.
  { key: 'P0b', board: 'B', route: 'duaal', start: '2024-07-31', supernumerary: false, end: { status: 'qualified', on: '2026-06-15' } },
  { key: 'P0c', board: 'A', route: 'zij_instroom', start: '2023-09-01', supernumerary: false, end: { status: 'term_expired', on: '2025-08-31' } },
  // Cohort 2024-2025: 4 started, uitval 0. P1 starts on 1 August and runs past its planned end.
  { key: 'P1', board: 'A', route: 'zij_instroom', start: '2024-08-01', supernumerary: false },
  // Extended by 6 months on 15 October 2026 (after its original end, 30 September 2026).
  { key: 'P2', board: 'A', route: 'zij_instroom', start: '2024-10-01', supernumerary: false },
  // Switches route (zij_instroom → duaal) on 1 September 2025: added below as P3b.
  { key: 'P3', board: 'B', route: 'zij_instroom', start: '2024-09-01', supernumerary: false },
  { key: 'P4', board: 'C', route: 'zij_instroom', start: '2025-01-06', supernumerary: true, end: { status: 'qualified', on: '2026-12-20' } },
  // Cohort 2025-2026: 10 started, uitval 1 = exactly 10% (not below the target).
  { key: 'Q1', board: 'B', route: 'zij_instroom', start: '2025-09-01', supernumerary: true, end: { status: 'dropped_out', on: '2026-05-10' } },
  { key: 'Q2', board: 'A', route: 'zij_instroom', start: '2025-09-01', supernumerary: true },
  { key: 'Q3', board: 'A', route: 'zij_instroom', start: '2025-09-01', supernumerary: true },
  { key: 'Q4', board: 'A', route: 'zij_instroom', start: '2025-09-01', supernumerary: true },
  { key: 'Q5', board: 'B', route: 'zij_instroom', start: '2025-09-01', supernumerary: true },
  { key: 'Q6', board: 'B', route: 'zij_instroom', start: '2025-09-01', supernumerary: false },
  { key: 'Q7', board: 'B', route: 'zij_instroom', start: '2025-09-01', supernumerary: false },
  { key: 'Q8', board: 'C', route: 'zij_instroom', start: '2025-09-01', supernumerary: true },
  { key: 'Q9', board: 'C', route: 'zij_instroom', start: '2025-09-01', supernumerary: false },
  // Starts on 31 July 2026: still 2025-2026.
  { key: 'Q10', board: 'C', route: 'mijlpalen', start: '2026-07-31', supernumerary: false },
  // Cohort 2026-2027 (a convenant period of its own in the tests' configuration): 2 started.
  { key: 'R1', board: 'A', route: 'zij_instroom', start: '2026-08-01', supernumerary: false },
  { key: 'R2', board: 'B', route: 'ad_pep', start: '2026-09-01', supernumerary: false },
];

interface ApplicantSpec {
  key: string;
  route: string;
  region: 'almere' | 'lelystad';
  applied: string;
  path: [string, string][];
  consent?: boolean;
  /** A placement that is no programme's: board, start, supernumerary, cancelled on. */
  placement?: { board: BoardKey; start: string; cancelledOn?: string };
}

/** Applicants who never started: the funnel's losses and the retention job's subjects. */
const APPLICANTS: ApplicantSpec[] = [
  // 2024-2025: X1 placed at C in 2024-2025 beyond its 1 declared place (imported history: "over").
  {
    key: 'X1',
    route: 'zij_instroom',
    region: 'almere',
    applied: '2024-12-01',
    path: pipeline('2024-12-01', 3),
    placement: { board: 'C', start: '2025-03-01' },
  },
  // X2: placed at B for 2025-2026, the placement cancelled before its start, then withdrawn (erased by retention).
  {
    key: 'X2',
    route: 'zij_instroom',
    region: 'lelystad',
    applied: '2025-06-01',
    path: [...pipeline('2025-06-01', 3), ['withdrawn', '2025-08-21']],
    placement: { board: 'B', start: '2025-09-01', cancelledOn: '2025-08-20' },
  },
  // 2026-2027.
  {
    key: 'W1',
    route: 'zij_instroom',
    region: 'almere',
    applied: '2026-09-01',
    path: [
      ['screening', '2026-09-03'],
      ['withdrawn', '2026-09-10'],
    ],
  },
  { key: 'W2', route: 'duaal', region: 'lelystad', applied: '2026-10-01', path: [['rejected', '2026-10-05']] },
  {
    key: 'W3',
    route: 'zij_instroom',
    region: 'almere',
    applied: '2027-03-01',
    path: [
      ['screening', '2027-03-03'],
      ['rejected', '2027-03-10'],
    ],
  },
  { key: 'W4', route: 'zij_instroom', region: 'lelystad', applied: '2026-11-01', path: pipeline('2026-11-01', 3) },
  { key: 'W5', route: 'zij_instroom', region: 'almere', applied: '2027-01-10', path: [] },
  {
    key: 'W6',
    route: 'zij_instroom',
    region: 'almere',
    applied: '2026-10-15',
    path: [
      ['screening', '2026-10-17'],
      ['withdrawn', '2026-12-01'],
    ],
    consent: true,
  },
  { key: 'R3', route: 'zij_instroom', region: 'almere', applied: '2027-01-31', path: pipeline('2027-01-31', 5) },
];

/** The first `stages` steps of the pipeline from an application day, at the fixed offsets. */
function pipeline(applied: string, stages: number): [string, string][] {
  return PIPELINE_OFFSETS.slice(0, stages).map(([stage, offset]) => [stage, day(applied, offset)]);
}

function programmePath(spec: ProgrammeSpec): { applied: string; path: [string, string][] } {
  const applied = day(spec.start, -60);
  const steps = pipeline(applied, 5).filter(([stage]) => !(NO_ASSESSMENT.has(spec.route) && stage.includes('assessment')));
  const path: [string, string][] = [...steps, ['in_programme', spec.start]];
  if (spec.end) path.push([spec.end.status, spec.end.on]);
  return { applied, path };
}

export async function insertReferenceData(app: TestApp, authorId: string): Promise<ReferenceData> {
  const db = app.db;
  const boards = {} as Record<BoardKey, string>;
  const schools = {} as Record<BoardKey, string>;
  for (const [key, name] of Object.entries(BOARD_NAMES) as [BoardKey, string][]) {
    const region = key === 'B' ? 'lelystad' : 'almere';
    const { rows } = await db.query(`INSERT INTO boards (name, region, joined_at) VALUES ($1, $2, '2023-08-01') RETURNING id`, [name, region]);
    boards[key] = rows[0].id;
    const school = await db.query(`INSERT INTO schools (board_id, name, city) VALUES ($1, $2, 'Almere') RETURNING id`, [boards[key], `School van ${name}`]);
    schools[key] = school.rows[0].id;
  }
  const data: ReferenceData = { boards, candidates: new Map(), programmes: new Map(), authorId };

  async function candidate(key: string, spec: { route: string; region: string; applied: string; path: [string, string][]; consent?: boolean }) {
    const last = spec.path.at(-1) ?? ['applied', spec.applied];
    const { rows } = await db.query(
      `INSERT INTO candidates (reference, first_name, last_name, email, phone, degree_level, degree_field, region, route, stage,
         applied_at, stage_changed_at, closed_at, consent_to_keep)
       VALUES ($1, 'Voornaam', $2, $3, '0612345678', 'hbo_bachelor', 'Wiskunde', $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        `ZI-REF-${key}`,
        `Achternaam ${key}`,
        `${key.toLowerCase()}-${randomUUID().slice(0, 8)}@voorbeeld.nl`,
        spec.region,
        spec.route,
        last[0],
        noon(spec.applied),
        noon(last[1]),
        CLOSED.has(last[0]) ? noon(last[1]) : null,
        spec.consent ?? false,
      ],
    );
    const id: string = rows[0].id;
    let from: string | null = null;
    for (const [stage, on] of [['applied', spec.applied] as [string, string], ...spec.path]) {
      await db.query(`INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, at, reason) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        from,
        stage,
        noon(on),
        CLOSED.has(stage) && stage !== 'qualified' ? 'Reden die bij wissen verdwijnt' : null,
      ]);
      from = stage;
    }
    data.candidates.set(key, id);
    return id;
  }

  async function placement(candidateId: string, board: BoardKey, start: string, supernumerary: boolean, end?: { on: string; cancelled?: boolean }) {
    const status = end ? (end.cancelled ? 'cancelled' : 'ended') : 'active';
    const { rows } = await db.query(
      `INSERT INTO placements (candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, status, holds_place,
         ended_on, end_reason, cancelled_at, cancellation_reason, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 1.0, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id`,
      [
        candidateId,
        boards[board],
        schools[board],
        start,
        supernumerary,
        schoolYearOf(start),
        status,
        supernumerary && status !== 'cancelled',
        status === 'ended' ? end!.on : null,
        status === 'ended' ? 'Traject beëindigd' : null,
        status === 'cancelled' ? noon(end!.on) : null,
        status === 'cancelled' ? 'Kandidaat trok zich terug' : null,
        noon(day(start, -30)),
      ],
    );
    return rows[0].id as string;
  }

  async function programme(
    key: string,
    input: { candidateId: string; board: BoardKey; placementId: string; placementStart: string; route: string; start: string; cohort: string },
    outcome: { status: string; on: string | null; previousId?: string; extensionMonths?: number },
  ) {
    const originalEnd = addDays(addMonths(calendarDate(input.start), 24), -1);
    const plannedEnd = addDays(addMonths(calendarDate(input.start), 24 + (outcome.extensionMonths ?? 0)), -1);
    const dropped = outcome.status === 'dropped_out';
    const { rows } = await db.query(
      `INSERT INTO programmes (candidate_id, board_id, placement_id, placement_start_date, route, duration_months, start_date,
         conduct_certificate_date, cohort, original_planned_end, extension_months, planned_end, status, ended_on, dropout_reason,
         dropout_phase, previous_programme_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 24, $6, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id`,
      [
        input.candidateId,
        boards[input.board],
        input.placementId,
        input.placementStart,
        input.route,
        input.start,
        input.cohort,
        originalEnd,
        outcome.extensionMonths ?? 0,
        plannedEnd,
        outcome.status,
        outcome.on,
        dropped ? 'personal_circumstances' : null,
        dropped ? 'year_1' : null,
        outcome.previousId ?? null,
        noon(input.start),
      ],
    );
    data.programmes.set(key, rows[0].id);
    return rows[0].id as string;
  }

  for (const spec of PROGRAMME_PEOPLE) {
    const { applied, path } = programmePath(spec);
    const region = spec.board === 'B' ? 'lelystad' : 'almere';
    const candidateId = await candidate(spec.key, { route: spec.route, region, applied, path });
    const ended = spec.key === 'Q1' ? { on: '2026-05-10' } : undefined;
    const placementId = await placement(candidateId, spec.board, spec.start, spec.supernumerary, ended);
    const common = {
      candidateId,
      board: spec.board,
      placementId,
      placementStart: spec.start,
      route: spec.route,
      start: spec.start,
      cohort: schoolYearOf(spec.start),
    };
    if (spec.key === 'P3') {
      const first = await programme('P3', common, { status: 'route_switched', on: '2025-08-31' });
      await programme('P3b', { ...common, route: 'duaal', start: '2025-09-01' }, { status: 'running', on: null, previousId: first });
    } else {
      await programme(spec.key, common, {
        status: spec.end?.status ?? 'running',
        on: spec.end?.on ?? null,
        extensionMonths: spec.key === 'P2' ? 6 : 0,
      });
    }
  }
  await db.query(
    `INSERT INTO programme_extensions (programme_id, months, reason, planned_end_before, planned_end_after, created_at)
     VALUES ($1, 6, 'Langer nodig voor het bekwaamheidsonderzoek', '2026-09-30', '2027-03-31', $2)`,
    [data.programmes.get('P2'), noon('2026-10-15')],
  );

  for (const spec of APPLICANTS) {
    const candidateId = await candidate(spec.key, spec);
    if (spec.placement) {
      const { board, start, cancelledOn } = spec.placement;
      await placement(candidateId, board, start, true, cancelledOn ? { on: cancelledOn, cancelled: true } : undefined);
    }
  }

  // Declared places: A 3 in 2025-2026 (used 3: full), B 4 in 2025-2026 (used 2: under) and 2 in
  // 2026-2027 (used 0: under), C 1 in 2024-2025 (used 2: over, imported history). C declared none
  // for 2025-2026 (used 1: undeclared). `used` is the counter of R7, kept within the places.
  for (const [board, year, places, used] of [
    ['A', '2025-2026', 3, 3],
    ['B', '2025-2026', 4, 2],
    ['B', '2026-2027', 2, 0],
    ['C', '2024-2025', 1, 1],
  ] as [BoardKey, string, number, number][]) {
    await db.query(`INSERT INTO board_capacity (board_id, school_year, places, used, updated_at) VALUES ($1, $2, $3, $4, now())`, [
      boards[board],
      year,
      places,
      used,
    ]);
  }

  // Coaching sessions (minutes): on the last day of a study year and the first of the next, on the
  // as-of day, past the second year (no norm), and 13 full days for Q10 (104 hours: above its norm).
  const sessions: [string, string, number][] = [
    ['P0c', '2025-08-31', 60],
    ['P1', '2026-10-01', 45],
    ['P3b', '2025-09-01', 60],
    ['Q1', '2026-05-10', 480],
    ['Q2', '2025-09-10', 120],
    ['Q2', '2026-08-31', 60],
    ['Q2', '2026-09-01', 90],
    ['Q2', '2027-03-15', 30],
    ['R1', '2026-08-01', 240],
  ];
  for (const [key, on, minutes] of sessions) {
    await db.query(
      `INSERT INTO coaching_sessions (programme_id, author_id, date, minutes, kind, note, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'individual', 'Gesprek over de klas', $5, $5)`,
      [data.programmes.get(key), authorId, on, minutes, noon(on)],
    );
  }
  await db.query(
    `INSERT INTO coaching_sessions (programme_id, author_id, date, minutes, kind, note, created_at, updated_at)
     SELECT $1, $2, d::date, 480, 'workplace_visit', '', now(), now() FROM generate_series('2026-08-01'::date, '2026-08-13'::date, '1 day') AS d`,
    [data.programmes.get('Q10'), authorId],
  );

  // Surveys: 2023-2024 8 (1 of 1); 2024-2025 9, 5, 7 (2 of 3); 2025-2026 7, 8, 10, 6 (3 of 4 = exactly 75%) and one unanswered.
  const surveys: [string, 'end_of_year_1' | 'qualification', string | null, number | null][] = [
    ['P0b', 'qualification', '2026-06-20', 8],
    ['P1', 'end_of_year_1', '2025-08-10', 9],
    ['P2', 'end_of_year_1', '2025-10-05', 5],
    ['P4', 'qualification', '2026-12-28', 7],
    ['Q2', 'end_of_year_1', '2026-09-05', 7],
    ['Q3', 'end_of_year_1', '2026-09-06', 8],
    ['Q4', 'end_of_year_1', '2026-09-07', 10],
    ['Q5', 'end_of_year_1', '2026-09-08', 6],
    ['Q6', 'end_of_year_1', null, null],
  ];
  for (const [key, occasion, answered, score] of surveys) {
    await db.query(
      `INSERT INTO satisfaction_surveys (id, candidate_id, programme_id, occasion, due_on, token_hash, created_at, expires_at, answered_at, score, comment)
       SELECT $1, candidate_id, id, $2, '2025-08-01', $3, $4::timestamptz - interval '10 days', $4::timestamptz + interval '30 days', $5, $6, $7
       FROM programmes WHERE id = $8`,
      [
        randomUUID(),
        occasion,
        randomUUID(),
        noon(answered ?? '2026-09-01'),
        answered ? noon(answered) : null,
        score,
        score ? 'Prima begeleiding' : null,
        data.programmes.get(key),
      ],
    );
  }
  return data;
}
