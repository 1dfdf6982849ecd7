import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { FixedClock, SYSTEM_ACTOR, addDays, calendarDate } from '@app/shared';
import { ErasureService } from '@app/privacy';
import { SourcesService } from '@app/sources';
import { useTestApp, type TestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';

/**
 * The funnel split by source (issue 16, item 4), on a small fixture worked out by hand: ten
 * applicants over three sources and none, four of them started, one erased, one source retired.
 * Every figure below is counted from the table here, as of today (15 March 2026), as of a past day,
 * with filters, through a board user (only their board), in the CSV and the XLSX, and after erasure.
 *
 * Stages past 'applied' follow fixed offsets from the application day (screening +2, interview
 * scheduled +5, interview passed +12, in assessment +20, assessment passed +40); the start
 * ('in_programme') and a closing stage are dated by hand.
 *
 * | key | source                | region   | route        | applied    | reached (as of today)                     | board |
 * |-----|-----------------------|----------|--------------|------------|-------------------------------------------|-------|
 * | S10 | school                | almere   | zij_instroom | 2025-06-01 | in programme 2025-09-01 (year 2024-2025)  | A     |
 * | S1  | onderwijsloket        | almere   | zij_instroom | 2025-09-01 | in programme 2025-11-01                   | A     |
 * | S2  | onderwijsloket        | almere   | zij_instroom | 2025-09-15 | screening, rejected 2025-09-20 (erased)   |       |
 * | S3  | onderwijsloket        | lelystad | zij_instroom | 2025-10-01 | in programme 2026-02-01                   | B     |
 * | S4  | school                | almere   | zij_instroom | 2025-10-01 | in programme 2026-03-01                   | A     |
 * | S5  | school                | almere   | zij_instroom | 2025-11-01 | interview scheduled, withdrawn 2025-11-10 |       |
 * | S6  | informatiebijeenkomst | almere   | duaal        | 2025-12-01 | screening                                 |       |
 * | S7  | informatiebijeenkomst | almere   | zij_instroom | 2025-12-05 | interview passed, withdrawn 2026-01-10    |       |
 * | S8  | (none)                | lelystad | zij_instroom | 2026-01-05 | in programme 2026-03-10                   | B     |
 * | S9  | (none)                | almere   | zij_instroom | 2026-02-01 | screening                                 |       |
 *
 * `informatiebijeenkomst` is retired after the applications: it keeps its name in the report. Its
 * place on the list (5) comes after `onderwijsloket` (2) and `school` (3), though its code sorts first.
 */
const OFFSETS: [string, number][] = [
  ['screening', 2],
  ['interview_scheduled', 5],
  ['interview_passed', 12],
  ['in_assessment', 20],
  ['assessment_passed', 40],
];

interface Applicant {
  key: string;
  source: string | null;
  region: 'almere' | 'lelystad';
  route: string;
  applied: string;
  /** How many of the offset stages it reached. */
  stages: number;
  started?: string;
  closed?: ['rejected' | 'withdrawn', string];
  board?: 'A' | 'B';
}

const APPLICANTS: Applicant[] = [
  { key: 'S10', source: 'school', region: 'almere', route: 'zij_instroom', applied: '2025-06-01', stages: 5, started: '2025-09-01', board: 'A' },
  { key: 'S1', source: 'onderwijsloket', region: 'almere', route: 'zij_instroom', applied: '2025-09-01', stages: 5, started: '2025-11-01', board: 'A' },
  { key: 'S2', source: 'onderwijsloket', region: 'almere', route: 'zij_instroom', applied: '2025-09-15', stages: 1, closed: ['rejected', '2025-09-20'] },
  { key: 'S3', source: 'onderwijsloket', region: 'lelystad', route: 'zij_instroom', applied: '2025-10-01', stages: 5, started: '2026-02-01', board: 'B' },
  { key: 'S4', source: 'school', region: 'almere', route: 'zij_instroom', applied: '2025-10-01', stages: 5, started: '2026-03-01', board: 'A' },
  { key: 'S5', source: 'school', region: 'almere', route: 'zij_instroom', applied: '2025-11-01', stages: 2, closed: ['withdrawn', '2025-11-10'] },
  { key: 'S6', source: 'informatiebijeenkomst', region: 'almere', route: 'duaal', applied: '2025-12-01', stages: 1 },
  {
    key: 'S7',
    source: 'informatiebijeenkomst',
    region: 'almere',
    route: 'zij_instroom',
    applied: '2025-12-05',
    stages: 3,
    closed: ['withdrawn', '2026-01-10'],
  },
  { key: 'S8', source: null, region: 'lelystad', route: 'zij_instroom', applied: '2026-01-05', stages: 5, started: '2026-03-10', board: 'B' },
  { key: 'S9', source: null, region: 'almere', route: 'zij_instroom', applied: '2026-02-01', stages: 1 },
];

const noon = (date: string) => `${date} 12:00 Europe/Amsterdam`;
const STAGES = ['applied', 'screening', 'interview_scheduled', 'interview_passed', 'in_assessment', 'assessment_passed', 'in_programme', 'qualified'];

async function insertApplicants(app: TestApp): Promise<{ boards: Record<'A' | 'B', string>; candidates: Map<string, string> }> {
  const db = app.db;
  const boards = {} as Record<'A' | 'B', string>;
  const schools = {} as Record<'A' | 'B', string>;
  for (const [key, name, region] of [
    ['A', 'Stichting Bron Almere', 'almere'],
    ['B', 'Stichting Bron Lelystad', 'lelystad'],
  ] as const) {
    boards[key] = (await db.query(`INSERT INTO boards (name, region, joined_at) VALUES ($1, $2, '2023-08-01') RETURNING id`, [name, region])).rows[0].id;
    schools[key] = (
      await db.query(`INSERT INTO schools (board_id, name, city) VALUES ($1, $2, 'Almere') RETURNING id`, [boards[key], `School van ${name}`])
    ).rows[0].id;
  }
  const candidates = new Map<string, string>();
  for (const spec of APPLICANTS) {
    const path: [string, string][] = OFFSETS.slice(0, spec.stages).map(([stage, offset]) => [stage, addDays(calendarDate(spec.applied), offset)]);
    if (spec.started) path.push(['in_programme', spec.started]);
    if (spec.closed) path.push(spec.closed);
    const last = path.at(-1) ?? ['applied', spec.applied];
    const { rows } = await db.query(
      `INSERT INTO candidates (reference, first_name, last_name, email, phone, degree_level, degree_field, region, route, stage,
         applied_at, stage_changed_at, closed_at, consent_to_keep, source)
       VALUES ($1, 'Voornaam', $2, $3, '0612345678', 'hbo_bachelor', 'Wiskunde', $4, $5, $6, $7, $8, $9, false, $10) RETURNING id`,
      [
        `ZI-BRON-${spec.key}`,
        `Achternaam ${spec.key}`,
        `${spec.key.toLowerCase()}-${randomUUID().slice(0, 8)}@voorbeeld.nl`,
        spec.region,
        spec.route,
        last[0],
        noon(spec.applied),
        noon(last[1]),
        spec.closed ? noon(spec.closed[1]) : null,
        spec.source,
      ],
    );
    const id: string = rows[0].id;
    let from: string | null = null;
    for (const [stage, on] of [['applied', spec.applied] as [string, string], ...path]) {
      await db.query(`INSERT INTO candidate_stage_history (candidate_id, from_stage, to_stage, at, reason) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        from,
        stage,
        noon(on),
        spec.closed?.[0] === stage ? 'Reden die bij wissen verdwijnt' : null,
      ]);
      from = stage;
    }
    if (spec.board && spec.started) {
      const start = spec.started;
      await db.query(
        `INSERT INTO placements (candidate_id, board_id, school_id, start_date, fte, supernumerary, school_year, status, holds_place, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 1.0, false, $5, 'active', false, $6, $6)`,
        [id, boards[spec.board], schools[spec.board], start, start >= '2025-08-01' ? '2025-2026' : '2024-2025', noon(addDays(calendarDate(start), -30))],
      );
    }
    candidates.set(spec.key, id);
  }
  return { boards, candidates };
}

/** One row of the split: its counts per stage in the funnel's order and applied → started. */
function sourceRow(
  schoolYear: string,
  source: string | null,
  label: string,
  reached: number[],
  started: [number, number, number | null],
  rejected = 0,
  withdrawn = 0,
) {
  return {
    schoolYear,
    source,
    label,
    stages: STAGES.map((stage, index) => ({ stage, reached: reached[index] })),
    appliedToStarted: { numerator: started[0], denominator: started[1], percentage: started[2] },
    rejected,
    withdrawn,
  };
}

const ONDERWIJSLOKET = 'Het Onderwijsloket';
const SCHOOL = 'Via een school';
const INFORMATION_MEETING = 'Een informatiebijeenkomst';
const NONE = 'Niet opgegeven';

/** As of 15 March 2026: by school year, then the list's order (onderwijsloket 2, school 3, informatiebijeenkomst 5), none last. */
const TODAY = [
  // S10: every stage to the start.
  sourceRow('2024-2025', 'school', SCHOOL, [1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 100]),
  // S1 and S3 started, S2 rejected after screening: 2 of 3 = 66.7%.
  sourceRow('2025-2026', 'onderwijsloket', ONDERWIJSLOKET, [3, 3, 2, 2, 2, 2, 2, 0], [2, 3, 66.7], 1, 0),
  // S4 started on 1 March, S5 withdrew after its interview was scheduled: 1 of 2.
  sourceRow('2025-2026', 'school', SCHOOL, [2, 2, 2, 1, 1, 1, 1, 0], [1, 2, 50], 0, 1),
  // S6 screening, S7 interview passed and withdrew: none started.
  sourceRow('2025-2026', 'informatiebijeenkomst', INFORMATION_MEETING, [2, 2, 1, 1, 0, 0, 0, 0], [0, 2, 0], 0, 1),
  // S8 started on 10 March, S9 in screening.
  sourceRow('2025-2026', null, NONE, [2, 2, 1, 1, 1, 1, 1, 0], [1, 2, 50]),
];

describe('reports: the funnel split by source on a hand-worked fixture (issue 16, item 4)', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const app = useTestApp({ clock, worker: false });
  let staff: TestUser;
  let boards: Record<'A' | 'B', string>;
  let candidates: Map<string, string>;

  const funnel = async (query = '', user: TestUser = staff) => {
    const result = await user.http.get(`/api/reports/funnel${query}`);
    expect(result.status).toBe(200);
    return result.body;
  };

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    ({ boards, candidates } = await insertApplicants(app()));
    // An administrator retires the information meeting after these applications: the list no longer offers it.
    await app().api.get(SourcesService).update(SYSTEM_ACTOR, 'informatiebijeenkomst', { active: false });
  });

  it('counts each source per school year of application, a retired source by its name and none given last', async () => {
    const report = await funnel();
    expect(report.sources).toEqual(TODAY);
    // The split adds up to the funnel of each school year, stage by stage.
    for (const year of report.schoolYears as { schoolYear: string; stages: { reached: number }[] }[]) {
      const rows = TODAY.filter((row) => row.schoolYear === year.schoolYear);
      expect(year.stages.map((_, index) => rows.reduce((sum, row) => sum + row.stages[index].reached, 0))).toEqual(year.stages.map((stage) => stage.reached));
    }
    expect(report.help).toEqual(expect.arrayContaining([expect.stringContaining('Per bron')]));
  });

  it('counts what stood on a past day (15 February 2026), that day included', async () => {
    expect((await funnel('?asOf=2026-02-15')).sources).toEqual([
      TODAY[0],
      // S3 started on 1 February: as today.
      TODAY[1],
      // S4's start (1 March) had not come yet.
      sourceRow('2025-2026', 'school', SCHOOL, [2, 2, 2, 1, 1, 1, 0, 0], [0, 2, 0], 0, 1),
      TODAY[3],
      // S8 had passed its assessment on 14 February but not started; S9 applied on 1 February.
      sourceRow('2025-2026', null, NONE, [2, 2, 1, 1, 1, 1, 0, 0], [0, 2, 0]),
    ]);
    // On 2 December 2025 only S6 of the information meeting had applied (its screening came on the 3rd); S7, S8 and S9 had not.
    const early = (await funnel('?asOf=2025-12-02')).sources;
    expect(early.map((row: { source: string | null }) => row.source)).toEqual(['school', 'onderwijsloket', 'school', 'informatiebijeenkomst']);
    expect(early[3]).toEqual(sourceRow('2025-2026', 'informatiebijeenkomst', INFORMATION_MEETING, [1, 0, 0, 0, 0, 0, 0, 0], [0, 1, 0]));
  });

  it('honours the school year, region and route filters', async () => {
    expect((await funnel('?schoolYear=2024-2025')).sources).toEqual([TODAY[0]]);
    // Lelystad: S3 (onderwijsloket) and S8 (none), both started.
    expect((await funnel('?region=lelystad')).sources).toEqual([
      sourceRow('2025-2026', 'onderwijsloket', ONDERWIJSLOKET, [1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 100]),
      sourceRow('2025-2026', null, NONE, [1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 100]),
    ]);
    // Duaal: S6 only.
    expect((await funnel('?route=duaal')).sources).toEqual([
      sourceRow('2025-2026', 'informatiebijeenkomst', INFORMATION_MEETING, [1, 1, 0, 0, 0, 0, 0, 0], [0, 1, 0]),
    ]);
  });

  it("gives a board user only the dossiers placed at their own board, and another board's id answers 404", async () => {
    const boardUser = await createUser(app(), 'board', { boardId: boards.A });
    // Board A: S10 (school, 2024-2025), S1 (onderwijsloket) and S4 (school); S3 and S8 are B's.
    const ownBoard = [
      TODAY[0],
      sourceRow('2025-2026', 'onderwijsloket', ONDERWIJSLOKET, [1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 100]),
      sourceRow('2025-2026', 'school', SCHOOL, [1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 100]),
    ];
    expect((await funnel('', boardUser)).sources).toEqual(ownBoard);
    expect((await funnel(`?boardId=${boards.A}`)).sources).toEqual(ownBoard);
    // On 15 February 2026 S4's placement (recorded 30 days before its start, 30 January) counted, its start not.
    expect((await funnel('?asOf=2026-02-15', boardUser)).sources[2]).toEqual(sourceRow('2025-2026', 'school', SCHOOL, [1, 1, 1, 1, 1, 1, 0, 0], [0, 1, 0]));
    expect((await boardUser.http.get(`/api/reports/funnel?boardId=${boards.B}`)).status).toBe(404);
  });

  it('writes the split as the sheet "Per bron" of the XLSX and a section of the CSV, with Dutch headings', async () => {
    const download = async (format: string) => {
      const response = await fetch(`${staff.http.baseUrl}/api/reports/funnel?format=${format}`, { headers: { authorization: `Bearer ${staff.token}` } });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx')) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Per bron')!;
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    expect(rows[1]).toEqual([
      'Schooljaar',
      'Bron',
      'Broncode',
      'Aangemeld',
      'Screening',
      'Selectiegesprek gepland',
      'Selectiegesprek positief',
      'In geschiktheidsonderzoek',
      'Geschikt bevonden',
      'In traject',
      'Bevoegd',
      'Gestart (teller)',
      'Aangemeld (noemer)',
      'Aanmelding tot start',
      'Afgewezen',
      'Teruggetrokken',
    ]);
    expect(rows.slice(2).map((row) => row.slice(0, 2))).toEqual([
      ['2024-2025', SCHOOL],
      ['2025-2026', ONDERWIJSLOKET],
      ['2025-2026', SCHOOL],
      ['2025-2026', INFORMATION_MEETING],
      ['2025-2026', NONE],
    ]);
    // Onderwijsloket 2025-2026: the stages, 2 of 3 started (66.7% as its fraction), 1 rejected.
    expect(rows[3].slice(2, 13)).toEqual(['onderwijsloket', 3, 3, 2, 2, 2, 2, 2, 0, 2, 3]);
    expect(rows[3][13]).toBeCloseTo(0.667, 10);
    expect(rows[3].slice(14)).toEqual([1, 0]);
    expect(sheet.getColumn(14).numFmt).toBe('0.0%');
    // None given: an empty code cell.
    expect(rows[6][2] ?? null).toBeNull();

    const csv = (await download('csv')).toString('utf8').split('\r\n');
    const title = csv.findIndex((line) => line.startsWith('Instroom per bron'));
    expect(title).toBeGreaterThan(0);
    expect(csv[title + 1].split(';').slice(0, 4)).toEqual(['Schooljaar', 'Bron', 'Broncode', 'Aangemeld']);
    expect(csv.slice(title + 2, title + 7)).toEqual([
      '2024-2025;Via een school;school;1;1;1;1;1;1;1;0;1;1;100;0;0',
      '2025-2026;Het Onderwijsloket;onderwijsloket;3;3;2;2;2;2;2;0;2;3;66,7;1;0',
      '2025-2026;Via een school;school;2;2;2;1;1;1;1;0;1;2;50;0;1',
      '2025-2026;Een informatiebijeenkomst;informatiebijeenkomst;2;2;1;1;0;0;0;0;0;2;0;0;1',
      '2025-2026;Niet opgegeven;;2;2;1;1;1;1;1;0;1;2;50;0;0',
    ]);
    expect(csv[title + 7]).toBe('');
  });

  // Last: it erases. S2's personal data goes; its source, stages and dates stay, so every figure is the same.
  it('gives the same split after the rejected applicant was erased (the source stays)', async () => {
    const before = [await funnel(), await funnel('?asOf=2026-02-15')];
    expect(await app().api.get(ErasureService).erase(SYSTEM_ACTOR, candidates.get('S2')!)).toBe(true);
    const { rows } = await app().db.query(`SELECT first_name, erased_at, source FROM candidates WHERE id = $1`, [candidates.get('S2')]);
    expect(rows[0]).toEqual({ first_name: '', erased_at: expect.any(Date), source: 'onderwijsloket' });
    expect([await funnel(), await funnel('?asOf=2026-02-15')]).toEqual(before);
    expect((await funnel()).sources).toEqual(TODAY);
  });
});
