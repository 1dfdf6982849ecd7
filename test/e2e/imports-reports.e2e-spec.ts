import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { commitAndWait, day, handMadePerson, upload, workbookOf, type SheetRow, type WorkbookRows } from '../support/import-workbooks';

/**
 * Issue 15, "Checked by": a hand-made workbook (built here with exceljs) of 28 people over four
 * school years gives exactly the report figures worked out by hand below. The clock stands on
 * 31 August 2025, the last day of the fourth cohort's first study year, so most years are whole.
 *
 * Every person follows the same path from the day of application A: screening A+2, interview
 * planned A+5, passed A+10, suitability assessment A+15, declaration A+30; the programme starts on
 * 1 September, the placement on 18 August before it, the VOG 30 days before the start. All zij_instroom (24 months: planned end
 * 31 August two years on) unless said. North = an Almere board, South = a Lelystad board.
 *
 * | who | applied    | board | programme start | outcome (date)                                         | super- | coaching / survey            |
 * |-----|------------|-------|-----------------|--------------------------------------------------------|--------|------------------------------|
 * | A1  | 2021-03-01 | North | 2021-09-01      | qualified 2023-06-30                                   | yes    | 120 min 2021-10-01, 60 min 2022-10-03; score 8 |
 * | A2  | 2021-03-01 | North | 2021-09-01      | qualified 2023-06-30                                   | yes    | score 6                      |
 * | A3  | 2021-03-01 | North | 2021-09-01      | dropped out 2022-01-31                                 | yes    |                              |
 * | A4  | 2021-03-01 | North | 2021-09-01      | term expired 2023-08-31                                | yes    |                              |
 * | A5  | 2021-03-01 | North | 2021-09-01      | route switched 2022-08-31 → duaal 2022-09-01, qualified 2024-06-30 | yes | 60 min 2022-09-01 (duaal) |
 * | A6  | 2021-03-01 | North | 2021-09-01      | extended 6 months, qualified 2024-01-31                | no     | 45 min 2023-10-02; score 7   |
 * | B1  | 2022-03-01 | South | 2022-09-01      | qualified 2024-06-30                                   | yes    | score 9                      |
 * | B2  | 2022-03-01 | South | 2022-09-01      | qualified 2024-06-30                                   | yes    | score 7                      |
 * | B3  | 2022-03-01 | South | 2022-09-01      | dropped out 2023-05-15                                 | no     |                              |
 * | B4  | 2022-03-01 | South | 2022-09-01      | term expired 2024-08-31                                | no     | score 5                      |
 * | B5  | 2022-03-01 | South | 2022-09-01      | qualified 2024-06-30                                   | no     | score 10                     |
 * | C1  | 2023-03-01 | North | 2023-09-01      | dropped out 2024-02-29                                 | yes    |                              |
 * | C2  | 2023-03-01 | North | 2023-09-01      | qualified 2025-06-30                                   | yes    | score 7                      |
 * | C3  | 2023-03-01 | North | 2023-09-01      | running (planned end 2025-08-31 = today: in term)      | yes    | 60 min 2024-10-01            |
 * | C4  | 2023-03-01 | North | 2023-09-01      | running                                                | no     |                              |
 * | C5  | 2023-03-01 | North | 2023-09-01      | dropped out 2024-11-30 (in year 2)                     | no     |                              |
 * | C6  | 2023-03-01 | North | 2023-09-01      | qualified 2025-06-30                                   | no     | score 6                      |
 * | D1  | 2024-03-01 | North | 2024-09-01      | running                                                | yes    | 90 min 2024-10-01; score 8   |
 * | D2–D6 | 2024-03-01 | North | 2024-09-01    | running                                                | no     |                              |
 * | E1  | 2024-03-01 | —     | —               | rejected after screening (2024-03-05)                  |        |                              |
 * | E2  | 2024-03-01 | —     | —               | withdrew after the interview passed (2024-03-20)       |        |                              |
 * | E3  | 2023-03-01 | —     | —               | rejected when applied (2023-03-02)                     |        |                              |
 * | E4  | 2022-03-01 | —     | —               | interview passed, still open                           |        |                              |
 * | F1  | 2024-03-01 | North | —               | interview passed; placed from 15 Sep 2025 (planned)    | yes    |                              |
 *
 * Declared places: North 3 in 2021-2022, 3 in 2023-2024, 2 in 2024-2025, 1 in 2025-2026; South 3 in 2022-2023.
 */
type Code = string;
interface Person {
  code: Code;
  applied: string;
  board?: 'north' | 'south';
  start?: string;
  outcome?: [string, string | null];
  supernumerary?: boolean;
  extra?: Partial<SheetRow>;
  /** For who stopped before the programme: the stages reached after applied (1 = screening, 3 = interview passed) and how it closed. */
  reached?: number;
  closed?: [string, string];
  /** A placement agreed before it starts (after today), without a programme yet. */
  plannedPlacement?: string;
}

const A = '2021-03-01';
const B = '2022-03-01';
const C = '2023-03-01';
const D = '2024-03-01';
const PEOPLE: Person[] = [
  { code: 'A1', applied: A, board: 'north', start: '2021-09-01', outcome: ['Bevoegd', '2023-06-30'], supernumerary: true },
  { code: 'A2', applied: A, board: 'north', start: '2021-09-01', outcome: ['Bevoegd', '2023-06-30'], supernumerary: true },
  { code: 'A3', applied: A, board: 'north', start: '2021-09-01', outcome: ['Uitgevallen', '2022-01-31'], supernumerary: true },
  { code: 'A4', applied: A, board: 'north', start: '2021-09-01', outcome: ['Termijn verlopen', '2023-08-31'], supernumerary: true },
  { code: 'A5', applied: A, board: 'north', start: '2021-09-01', outcome: ['Route gewisseld', '2022-08-31'], supernumerary: true },
  {
    code: 'A6',
    applied: A,
    board: 'north',
    start: '2021-09-01',
    outcome: ['Bevoegd', '2024-01-31'],
    extra: { 'Verlenging (maanden)': 6, 'Reden verlenging': 'Langdurige afwezigheid' },
  },
  { code: 'B1', applied: B, board: 'south', start: '2022-09-01', outcome: ['Bevoegd', '2024-06-30'], supernumerary: true },
  { code: 'B2', applied: B, board: 'south', start: '2022-09-01', outcome: ['Bevoegd', '2024-06-30'], supernumerary: true },
  { code: 'B3', applied: B, board: 'south', start: '2022-09-01', outcome: ['Uitgevallen', '2023-05-15'] },
  { code: 'B4', applied: B, board: 'south', start: '2022-09-01', outcome: ['Termijn verlopen', '2024-08-31'] },
  { code: 'B5', applied: B, board: 'south', start: '2022-09-01', outcome: ['Bevoegd', '2024-06-30'] },
  { code: 'C1', applied: C, board: 'north', start: '2023-09-01', outcome: ['Uitgevallen', '2024-02-29'], supernumerary: true },
  { code: 'C2', applied: C, board: 'north', start: '2023-09-01', outcome: ['Bevoegd', '2025-06-30'], supernumerary: true },
  { code: 'C3', applied: C, board: 'north', start: '2023-09-01', supernumerary: true },
  { code: 'C4', applied: C, board: 'north', start: '2023-09-01' },
  { code: 'C5', applied: C, board: 'north', start: '2023-09-01', outcome: ['Uitgevallen', '2024-11-30'] },
  { code: 'C6', applied: C, board: 'north', start: '2023-09-01', outcome: ['Bevoegd', '2025-06-30'] },
  { code: 'D1', applied: D, board: 'north', start: '2024-09-01', supernumerary: true },
  ...['D2', 'D3', 'D4', 'D5', 'D6'].map((code) => ({ code, applied: D, board: 'north' as const, start: '2024-09-01' })),
  { code: 'E1', applied: D, reached: 1, closed: ['Afgewezen', '2024-03-05'] },
  { code: 'E2', applied: D, reached: 3, closed: ['Teruggetrokken', '2024-03-20'] },
  { code: 'E3', applied: C, reached: 0, closed: ['Afgewezen', '2023-03-02'] },
  { code: 'E4', applied: B, reached: 3 },
  { code: 'F1', applied: D, reached: 3, board: 'north', plannedPlacement: '2025-09-15', supernumerary: true },
];

const SESSIONS: [Code, string, number][] = [
  ['A1', '2021-10-01', 120],
  ['A1', '2022-10-03', 60],
  ['A5', '2022-09-01', 60], // on the first day of A5's duaal programme
  ['A6', '2023-10-02', 45], // A6's third study year (its extension)
  ['C3', '2024-10-01', 60],
  ['D1', '2024-10-01', 90],
];
const SURVEYS: [Code, string, string, number][] = [
  ['A1', 'Einde leerjaar 1', '2022-08-15', 8],
  ['A2', 'Einde leerjaar 1', '2022-08-15', 6],
  ['A6', 'Bevoegd', '2024-02-15', 7],
  ['B1', 'Einde leerjaar 1', '2023-08-15', 9],
  ['B2', 'Einde leerjaar 1', '2023-08-15', 7],
  ['B4', 'Einde leerjaar 1', '2023-08-15', 5],
  ['B5', 'Einde leerjaar 1', '2023-08-15', 10],
  ['C2', 'Einde leerjaar 1', '2024-08-15', 7],
  ['C6', 'Einde leerjaar 1', '2024-08-15', 6],
  ['D1', 'Einde leerjaar 1', '2025-08-15', 8],
];

const plusDays = (date: string, days: number): string => {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
};
const reference = (code: Code) =>
  `ZI-${PEOPLE.find((person) => person.code === code)?.applied.slice(0, 4)}-${String(PEOPLE.findIndex((person) => person.code === code) + 1).padStart(5, '0')}`;

const PATH_STAGES: [string, number][] = [
  ['Screening op', 2],
  ['Gesprek gepland op', 5],
  ['Gesprek positief op', 10],
  ['Geschiktheidsonderzoek gestart op', 15],
  ['Geschiktheidsverklaring op', 30],
];

function workbook(north: BoardWithSchool, south: BoardWithSchool): WorkbookRows {
  const boards = { north, south };
  const candidates = PEOPLE.map((person) => {
    const reached = person.reached ?? PATH_STAGES.length;
    const dates: Partial<SheetRow> = { 'Aangemeld op': day(person.applied) };
    for (const [heading, offset] of PATH_STAGES.slice(0, reached)) dates[heading] = day(plusDays(person.applied, offset));
    const closed = person.closed ? { 'Afgesloten als': person.closed[0], 'Afgesloten op': day(person.closed[1]), 'Reden afsluiting': 'Past niet' } : {};
    return handMadePerson(reference(person.code), person.code, dates, { Regio: person.board === 'south' ? 'Lelystad' : 'Almere', ...closed });
  });
  const started = PEOPLE.filter((person) => person.start && person.board);
  const placements = PEOPLE.filter((person) => person.board).map((person) => ({
    Referentie: reference(person.code),
    Schoolbestuur: boards[person.board as 'north'].boardName,
    School: boards[person.board as 'north'].schoolName,
    Startdatum: day(person.plannedPlacement ?? plusDays(person.start as string, -14)),
    FTE: 0.8,
    'Boven-formatief': person.supernumerary ? 'ja' : 'nee',
  }));
  const programmes: SheetRow[] = started.map((person) => ({
    Referentie: reference(person.code),
    Route: 'zij_instroom',
    Startdatum: day(person.start as string),
    'Datum VOG': day(plusDays(person.start as string, -30)),
    Uitkomst: person.outcome?.[0] ?? 'Lopend',
    'Datum uitkomst': person.outcome?.[1] ? day(person.outcome[1]) : null,
    'Reden uitval': person.outcome?.[0] === 'Uitgevallen' ? 'Andere baan' : null,
    ...person.extra,
  }));
  // A5 continues on duaal (24 months, no suitability assessment of its own) the day after the switch.
  programmes.push({ Referentie: reference('A5'), Route: 'duaal', Startdatum: day('2022-09-01'), Uitkomst: 'Bevoegd', 'Datum uitkomst': day('2024-06-30') });
  return {
    candidates,
    capacity: [
      { Schoolbestuur: north.boardName, Schooljaar: '2021-2022', Plaatsen: 3 },
      { Schoolbestuur: south.boardName, Schooljaar: '2022-2023', Plaatsen: 3 },
      { Schoolbestuur: north.boardName, Schooljaar: '2023-2024', Plaatsen: 3 },
      { Schoolbestuur: north.boardName, Schooljaar: '2024-2025', Plaatsen: 2 },
      { Schoolbestuur: north.boardName, Schooljaar: '2025-2026', Plaatsen: 1 },
    ],
    placements,
    programmes,
    sessions: SESSIONS.map(([code, date, minutes]) => ({ Referentie: reference(code), Datum: day(date), Minuten: minutes, Soort: 'Individueel' })),
    surveys: SURVEYS.map(([code, moment, date, score]) => ({ Referentie: reference(code), Moment: moment, 'Beantwoord op': day(date), Score: score })),
  };
}

const rate = (numerator: number, denominator: number, percentage: number | null) => ({ numerator, denominator, percentage });
const uitvalRow = (cohort: string, counts: Partial<Record<string, number>>, uitval: [number, number, number], met: boolean) => ({
  cohort,
  started: 0,
  qualified: 0,
  droppedOut: 0,
  termExpired: 0,
  routeSwitched: 0,
  running: 0,
  runningOverdue: 0,
  extended: 0,
  ...counts,
  rate: rate(...uitval),
  targetBelowPercent: 10,
  met,
});
const coachingRow = (cohort: string, studyYear: number, programmes: number, loggedHours: number, norm: [number, number] | null) => ({
  cohort,
  studyYear,
  programmes,
  loggedHours,
  normHours: norm ? norm[0] : null,
  rate: norm ? rate(loggedHours, norm[0], norm[1]) : null,
  hoursPerWeek: norm ? 4 : null,
  met: norm ? loggedHours >= norm[0] : null,
});
const STAGES = ['applied', 'screening', 'interview_scheduled', 'interview_passed', 'in_assessment', 'assessment_passed', 'in_programme', 'qualified'];
function funnelYear(schoolYear: string, reached: number[], steps: [number, number | null, number | null][], rejected = 0, withdrawn = 0) {
  return {
    schoolYear,
    stages: STAGES.map((stage, index) => ({ stage, reached: reached[index] })),
    steps: steps.map(([both, percentage, medianDays], index) => ({
      from: STAGES[index],
      to: STAGES[index + 1],
      conversion: rate(both, reached[index], percentage),
      medianDays,
    })),
    rejected,
    withdrawn,
  };
}

/** Worked out by hand from the table above; a full study year's norm is 4 hours × 40 weeks = 160 hours. */
const EXPECTED = {
  starts: [
    { schoolYear: '2021-2022', started: 6, target: 40, met: false }, // A1–A6: A5's duaal programme is no second start
    { schoolYear: '2022-2023', started: 5, target: 40, met: false },
    { schoolYear: '2023-2024', started: 6, target: 40, met: false },
    { schoolYear: '2024-2025', started: 6, target: 40, met: false },
  ],
  uitval: [
    // A3 dropped out, A4's term expired: 2 of 6 = 33.3%. A5 switched (apart) and qualified on duaal; A6 extended.
    uitvalRow('2021-2022', { started: 6, qualified: 4, droppedOut: 1, termExpired: 1, routeSwitched: 1, extended: 1 }, [2, 6, 33.3], false),
    // B3 dropped out, B4's term expired: 2 of 5 = 40%.
    uitvalRow('2022-2023', { started: 5, qualified: 3, droppedOut: 1, termExpired: 1 }, [2, 5, 40], false),
    // C1 (29 February 2024) and C5 dropped out: 2 of 6; C3 and C4 run to their planned end, today: in term.
    uitvalRow('2023-2024', { started: 6, qualified: 2, droppedOut: 2, running: 2 }, [2, 6, 33.3], false),
    uitvalRow('2024-2025', { started: 6, running: 6 }, [0, 6, 0], true),
  ],
  satisfaction: [
    { cohort: '2021-2022', rate: rate(2, 3, 66.7), satisfiedScore: 7, targetAtLeastPercent: 75, met: false }, // 8, 6, 7
    { cohort: '2022-2023', rate: rate(3, 4, 75), satisfiedScore: 7, targetAtLeastPercent: 75, met: true }, // 9, 7, 5, 10: exactly 75% meets
    { cohort: '2023-2024', rate: rate(1, 2, 50), satisfiedScore: 7, targetAtLeastPercent: 75, met: false }, // 7, 6
    { cohort: '2024-2025', rate: rate(1, 1, 100), satisfiedScore: 7, targetAtLeastPercent: 75, met: true }, // 8
  ],
  coaching: [
    // Year 1 (365 days): A1, A2, A4, A5 (switched on its last day), A6 and A5's duaal programme (from its own start) whole;
    // A3 153 days (1 Sep 2021 – 31 Jan 2022): 160 × (6 + 153/365) = 1027.07. Logged 2 h (A1) + 1 h (A5 duaal): 0.3%.
    coachingRow('2021-2022', 1, 7, 3, [1027.07, 0.3]),
    // Year 2: A1 and A2 303 of 365 days (to 30 Jun 2023), A4 and A6 whole, A5 duaal 304 of 366 (1 Sep 2023 – 30 Jun 2024):
    // 160 × (2 × 303/365 + 2 + 304/366) = 718.54. Logged 1 h (A1): 0.1%.
    coachingRow('2021-2022', 2, 5, 1, [718.54, 0.1]),
    // A6's third year (its extension): 45 minutes, no norm.
    coachingRow('2021-2022', 3, 1, 0.75, null),
    // Year 1: B1, B2, B4, B5 whole, B3 257 of 365 days (to 15 May 2023): 160 × (4 + 257/365) = 752.66.
    coachingRow('2022-2023', 1, 5, 0, [752.66, 0]),
    // Year 2 (366 days, 2024 is a leap year): B1, B2, B5 304 days (to 30 Jun 2024), B4 whole: 160 × (3 × 304/366 + 1) = 558.69.
    coachingRow('2022-2023', 2, 4, 0, [558.69, 0]),
    // Year 1 (366 days): C1 182 days (1 Sep 2023 – 29 Feb 2024), C2–C6 whole: 160 × (5 + 182/366) = 879.56.
    coachingRow('2023-2024', 1, 6, 0, [879.56, 0]),
    // Year 2 (365 days): C2 and C6 303 (to 30 Jun 2025), C3 and C4 whole (to today), C5 91 (to 30 Nov 2024):
    // 160 × (2 × 303/365 + 2 + 91/365) = 625.53. Logged 1 h (C3): 0.16% → 0.2%.
    coachingRow('2023-2024', 2, 5, 1, [625.53, 0.2]),
    // Year 1: D1–D6 whole (it ends today): 6 × 160. Logged 1.5 h (D1): 0.16% → 0.2%.
    coachingRow('2024-2025', 1, 6, 1.5, [960, 0.2]),
  ],
};

describe('imports: a hand-made workbook gives the report figures worked out by hand', () => {
  const clock = new FixedClock(noonInAmsterdam('2025-08-31'));
  const app = useTestApp({ clock });
  let staff: TestUser;
  let north: BoardWithSchool;
  let south: BoardWithSchool;

  const report = async (name: string, query = '') => {
    const result = await staff.http.get(`/api/reports/${name}${query}`);
    expect(result.status).toBe(200);
    return result.body;
  };

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    north = await boardWithSchool(app());
    south = await boardWithSchool(app(), 'lelystad');
    const checked = await upload(staff.http, await workbookOf(workbook(north, south)));
    expect(checked.body.problems.filter((problem: { severity: string }) => problem.severity === 'error')).toEqual([]);
    // North's five supernumerary placements of 2021-2022 against 3 declared: history, a warning.
    expect(checked.body.problems).toEqual([expect.objectContaining({ severity: 'warning', rule: 'R7', message: expect.stringContaining('2021-2022') })]);
    expect((await commitAndWait(staff.http, checked.body.id)).body.status).toBe('committed');
  });

  it('gives intake, uitval, satisfaction and coaching against the norm per cohort', async () => {
    const kpis = await report('kpis');
    expect(kpis.starts).toEqual(EXPECTED.starts);
    expect(kpis.uitval).toEqual(EXPECTED.uitval);
    expect(kpis.satisfaction).toEqual(EXPECTED.satisfaction);
    expect(kpis.coaching).toEqual(EXPECTED.coaching);
  });

  it('gives the capacity per board and school year, over only through imported history', async () => {
    const row = (board: BoardWithSchool, region: string, schoolYear: string, declared: number, used: number, status: string) => ({
      boardId: board.boardId,
      boardName: board.boardName,
      region,
      schoolYear,
      declared,
      used,
      status,
      met: status !== 'over',
    });
    expect((await report('kpis')).capacity).toEqual([
      row(north, 'almere', '2021-2022', 3, 5, 'over'), // A1–A5
      row(south, 'lelystad', '2022-2023', 3, 2, 'under'), // B1, B2
      row(north, 'almere', '2023-2024', 3, 3, 'full'), // C1–C3: C1's dropout keeps its place
      row(north, 'almere', '2024-2025', 2, 1, 'under'), // D1
      row(north, 'almere', '2025-2026', 1, 1, 'full'), // F1's planned placement holds its place from today, the day of the import
    ]);
    // The day before the import it was not recorded yet.
    expect((await report('kpis', '?asOf=2025-08-30')).capacity[4]).toEqual(row(north, 'almere', '2025-2026', 1, 0, 'under'));
  });

  it('gives the funnel per school year of application', async () => {
    // Fixed offsets give the medians 2, 3, 5, 5 and 15 days; declaration to programme 154 days (31 March – 1 September).
    expect((await report('funnel')).schoolYears).toEqual([
      // A1–A6. Qualified: A1 and A2 after 667 days, A6 after 882, A5 after 1033 (from its first programme): median 774.5.
      funnelYear(
        '2020-2021',
        [6, 6, 6, 6, 6, 6, 6, 4],
        [
          [6, 100, 2],
          [6, 100, 3],
          [6, 100, 5],
          [6, 100, 5],
          [6, 100, 15],
          [6, 100, 154],
          [4, 66.7, 774.5],
        ],
      ),
      // B1–B5 and E4 (interview passed, still open). B1, B2 and B5 qualified after 668 days.
      funnelYear(
        '2021-2022',
        [6, 6, 6, 6, 5, 5, 5, 3],
        [
          [6, 100, 2],
          [6, 100, 3],
          [6, 100, 5],
          [5, 83.3, 5],
          [5, 100, 15],
          [5, 100, 154],
          [3, 60, 668],
        ],
      ),
      // C1–C6 and E3 (rejected when applied). C2 and C6 qualified after 668 days.
      funnelYear(
        '2022-2023',
        [7, 6, 6, 6, 6, 6, 6, 2],
        [
          [6, 85.7, 2],
          [6, 100, 3],
          [6, 100, 5],
          [6, 100, 5],
          [6, 100, 15],
          [6, 100, 154],
          [2, 33.3, 668],
        ],
        1,
      ),
      // D1–D6, E1 (rejected after screening), E2 (withdrew after the interview passed), F1 (interview passed, placed).
      funnelYear(
        '2023-2024',
        [9, 9, 8, 8, 6, 6, 6, 0],
        [
          [9, 100, 2],
          [8, 88.9, 3],
          [8, 100, 5],
          [6, 75, 5],
          [6, 100, 15],
          [6, 100, 154],
          [0, 0, null],
        ],
        1,
        1,
      ),
    ]);
  });

  it('gives the figures as they stood on 29 February 2024 (that day included), and by region', async () => {
    const before = await report('kpis', '?asOf=2024-02-28');
    expect(before.uitval[2]).toEqual(uitvalRow('2023-2024', { started: 6, running: 6 }, [0, 6, 0], true));
    const leapDay = await report('kpis', '?asOf=2024-02-29');
    expect(leapDay.starts.map((row: { started: number }) => row.started)).toEqual([6, 5, 6]); // the D cohort starts on 1 September 2024
    expect(leapDay.uitval).toEqual([
      // A1 and A2 qualified, A6 qualified on 31 January 2024; A5 still runs on duaal (to 30 June 2024).
      uitvalRow('2021-2022', { started: 6, qualified: 3, droppedOut: 1, termExpired: 1, routeSwitched: 1, running: 1, extended: 1 }, [2, 6, 33.3], false),
      // B3 dropped out; B4's term expires on 31 August 2024: still running.
      uitvalRow('2022-2023', { started: 5, droppedOut: 1, running: 4 }, [1, 5, 20], false),
      // C1 dropped out that day: it counts.
      uitvalRow('2023-2024', { started: 6, droppedOut: 1, running: 5 }, [1, 6, 16.7], false),
    ]);
    // Lelystad is South: the B cohort only, and South's places.
    const lelystad = await report('kpis', '?region=lelystad');
    expect(lelystad.starts).toEqual([{ schoolYear: '2022-2023', started: 5, target: 40, met: false }]);
    expect(lelystad.uitval).toEqual([EXPECTED.uitval[1]]);
    expect(lelystad.capacity.map((row: { boardName: string; status: string }) => [row.boardName, row.status])).toEqual([[south.boardName, 'under']]);
  });
});
