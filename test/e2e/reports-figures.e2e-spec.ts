import { FixedClock } from '@app/shared';
import { RETENTION_SWEEP } from '@app/privacy';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { expectRefusal } from '../support/expectations';
import { BOARD_NAMES, insertReferenceData, type ReferenceData } from '../support/report-fixtures';

/**
 * The convenant's figures (SPEC §5, issue 14) on the reference data set of report-fixtures.ts,
 * every figure worked out by hand below (day counts in the comments), as of today (15 March 2027),
 * as of a past day, with filters, and again after the retention job erased the expired applicants.
 * The targets come from two convenant periods: the Almere addendum's defaults, and from 2026-2027
 * a period with a target of 2 starts, satisfaction 80% and a norm of 2 and 3 hours a week.
 */
const TARGETS = [
  {
    fromSchoolYear: '2023-2024',
    startsPerSchoolYear: 40,
    uitvalBelowPercent: 10,
    satisfiedAtLeastPercent: 75,
    coachingHoursPerWeek: [4, 4] as [number, number],
  },
  {
    fromSchoolYear: '2026-2027',
    startsPerSchoolYear: 2,
    uitvalBelowPercent: 10,
    satisfiedAtLeastPercent: 80,
    coachingHoursPerWeek: [2, 3] as [number, number],
  },
];

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

const coachingRow = (
  cohort: string,
  studyYear: number,
  programmes: number,
  loggedHours: number,
  norm: [number, number, number] | null,
  met: boolean | null,
) => ({
  cohort,
  studyYear,
  programmes,
  loggedHours,
  normHours: norm ? norm[0] : null,
  rate: norm ? rate(loggedHours, norm[0], norm[1]) : null,
  hoursPerWeek: norm ? norm[2] : null,
  met,
});

/**
 * Norm hours = hours per week × 40 × Σ (days of the year counted ÷ days of the year), rounded to 2
 * decimals; the percentage is logged ÷ norm, one decimal half up.
 */
const KPIS_TODAY = {
  starts: [
    { schoolYear: '2023-2024', started: 3, target: 40, met: false },
    { schoolYear: '2024-2025', started: 4, target: 40, met: false }, // P3's second programme is no second start
    { schoolYear: '2025-2026', started: 10, target: 40, met: false }, // Q10 started on 31 July 2026
    { schoolYear: '2026-2027', started: 2, target: 2, met: true }, // R1 started on 1 August 2026; the second period's target
  ],
  uitval: [
    // P0 dropped out on 29 February 2024, P0c's term expired; P0b qualified: 2 of 3 = 66.7%.
    uitvalRow('2023-2024', { started: 3, qualified: 1, droppedOut: 1, termExpired: 1 }, [2, 3, 66.7], false),
    // P1 runs past its planned end (31 July 2026): running overdue, not uitval. P2's extension (to 31 March 2027) keeps it in term.
    uitvalRow('2024-2025', { started: 4, qualified: 1, routeSwitched: 1, running: 3, runningOverdue: 1, extended: 1 }, [0, 4, 0], true),
    // Exactly 10%: not below the target.
    uitvalRow('2025-2026', { started: 10, droppedOut: 1, running: 9 }, [1, 10, 10], false),
    uitvalRow('2026-2027', { started: 2, running: 2 }, [0, 2, 0], true),
  ],
  satisfaction: [
    { cohort: '2023-2024', rate: rate(1, 1, 100), satisfiedScore: 7, targetAtLeastPercent: 75, met: true },
    { cohort: '2024-2025', rate: rate(2, 3, 66.7), satisfiedScore: 7, targetAtLeastPercent: 75, met: false },
    // 7, 8, 10 and 6: exactly 75% meets the target; Q6's unanswered survey does not count.
    { cohort: '2025-2026', rate: rate(3, 4, 75), satisfiedScore: 7, targetAtLeastPercent: 75, met: true },
  ],
  coaching: [
    // Year 1: P0 92 of 366 days (30 Nov 2023 – 29 Feb 2024, its dropout), P0b and P0c whole: 160 × (92/366 + 2) = 360.22.
    coachingRow('2023-2024', 1, 3, 0, [360.22, 0, 4], false),
    // Year 2: P0b 320 of 365 days (31 Jul 2025 – 15 Jun 2026, qualified), P0c whole with 1 hour on its last day.
    coachingRow('2023-2024', 2, 2, 1, [300.27, 0.3, 4], false),
    // Year 1 of P1, P2, P3 (its first programme), P3b (counted from its own start, 1 hour on its first day) and P4: 5 × 160.
    coachingRow('2024-2025', 1, 5, 1, [800, 0.1, 4], false),
    // Year 2: P1 and P2 whole, P3b 196 of 365 days (to today), P4 349 of 365 (to 20 Dec 2026, qualified).
    coachingRow('2024-2025', 2, 4, 0, [558.9, 0, 4], false),
    // Past the second year (P1, P2): 45 minutes, no norm.
    coachingRow('2024-2025', 3, 2, 0.75, null, null),
    // Year 1: Q1 252 of 365 days (to its dropout, 8 hours that day), Q2–Q9 whole (Q2 2 h + 1 h on the year's last day), Q10 228 of 365 with 104 hours.
    coachingRow('2025-2026', 1, 10, 115, [1490.41, 7.7, 4], false),
    // Year 2 of Q2–Q9: 196 of 365 days each; Q2's 1.5 hours on the year's first day and 0.5 on today.
    coachingRow('2025-2026', 2, 8, 2, [687.34, 0.3, 4], false),
    // The second period's norm, 2 hours a week: R1 227 and R2 196 of 365 days, 4 hours logged.
    coachingRow('2026-2027', 1, 2, 4, [92.71, 4.3, 2], false),
  ],
};

/** Capacity, ordered by school year and board name (Almere Haven = C, Almere Oost = A, Lelystad = B). */
function capacityToday(data: ReferenceData) {
  const row = (board: 'A' | 'B' | 'C', schoolYear: string, declared: number | null, used: number, status: string, met: boolean) => ({
    boardId: data.boards[board],
    boardName: BOARD_NAMES[board],
    region: board === 'B' ? 'lelystad' : 'almere',
    schoolYear,
    declared,
    used,
    status,
    met,
  });
  return [
    row('C', '2024-2025', 1, 2, 'over', false), // P4 and the imported X1 against 1 place
    row('C', '2025-2026', null, 1, 'undeclared', false),
    row('A', '2025-2026', 3, 3, 'full', true),
    row('B', '2025-2026', 4, 2, 'under', true), // Q1 (ended: keeps its place) and Q5; X2's cancelled placement frees its place
    row('B', '2026-2027', 2, 0, 'under', true),
  ];
}

const STAGES = ['applied', 'screening', 'interview_scheduled', 'interview_passed', 'in_assessment', 'assessment_passed', 'in_programme', 'qualified'];

/** A funnel year from its counts per stage, and per step the number reaching both, the percentage and the median days. */
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

/** The fixed offsets of the pipeline give the medians: 2, 3, 7, 8, 20 and 20 days. */
const FUNNEL_TODAY = [
  funnelYear(
    '2022-2023',
    [1, 1, 1, 1, 1, 1, 1, 0],
    [
      [1, 100, 2],
      [1, 100, 3],
      [1, 100, 7],
      [1, 100, 8],
      [1, 100, 20],
      [1, 100, 20],
      [0, 0, null], // P0c's term expired
    ],
  ),
  // P0, P0b (duaal: no assessment), P1, P3; P0b qualified 684 days after its start.
  funnelYear(
    '2023-2024',
    [4, 4, 4, 4, 3, 3, 4, 1],
    [
      [4, 100, 2],
      [4, 100, 3],
      [4, 100, 7],
      [3, 75, 8],
      [3, 100, 20],
      [3, 100, 20],
      [1, 25, 684],
    ],
  ),
  // P2, P4, Q1–Q9, X1 (stopped at interview passed), X2 (withdrawn); P4 qualified 713 days after its start.
  funnelYear(
    '2024-2025',
    [13, 13, 13, 13, 11, 11, 11, 1],
    [
      [13, 100, 2],
      [13, 100, 3],
      [13, 100, 7],
      [11, 84.6, 8],
      [11, 100, 20],
      [11, 100, 20],
      [1, 9.1, 713],
    ],
    0,
    1,
  ),
  // Q10, R1, R2 (ad_pep: no assessment).
  funnelYear(
    '2025-2026',
    [3, 3, 3, 3, 2, 2, 3, 0],
    [
      [3, 100, 2],
      [3, 100, 3],
      [3, 100, 7],
      [2, 66.7, 8],
      [2, 100, 20],
      [2, 100, 20],
      [0, 0, null],
    ],
  ),
  // W1–W6 and R3: W2 rejected from applied, W3 rejected after screening, W1 and W6 withdrew, W4 passed the interview, R3 is assessment passed.
  funnelYear(
    '2026-2027',
    [7, 5, 2, 2, 1, 1, 0, 0],
    [
      [5, 71.4, 2],
      [2, 40, 3],
      [2, 100, 7],
      [1, 50, 8],
      [1, 100, 20],
      [0, 0, null],
      [0, null, null],
    ],
    2,
    2,
  ),
];

/**
 * The split by source (issue 16): no applicant of the reference data gave a source, so each school
 * year is one row "Niet opgegeven" with the year's stages; applied → started (in programme) by hand.
 */
const STARTED_OF_APPLIED = [rate(1, 1, 100), rate(4, 4, 100), rate(11, 13, 84.6), rate(3, 3, 100), rate(0, 7, 0)];
const SOURCES_TODAY = FUNNEL_TODAY.map((year, index) => ({
  schoolYear: year.schoolYear,
  source: null,
  label: 'Niet opgegeven',
  stages: year.stages,
  appliedToStarted: STARTED_OF_APPLIED[index],
  rejected: year.rejected,
  withdrawn: year.withdrawn,
}));

describe('reports: the convenant figures on the reference data set (SPEC §5)', () => {
  const clock = new FixedClock(noonInAmsterdam('2027-03-15'));
  const app = useTestApp({ clock, worker: false, config: { reports: { targets: TARGETS } } });
  let staff: TestUser;
  let data: ReferenceData;

  const kpis = async (query = '') => {
    const result = await staff.http.get(`/api/reports/kpis${query}`);
    expect(result.status).toBe(200);
    return result.body;
  };
  const funnel = async (query = '') => {
    const result = await staff.http.get(`/api/reports/funnel${query}`);
    expect(result.status).toBe(200);
    return result.body;
  };

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    data = await insertReferenceData(app(), staff.id);
  });

  it('gives every KPI as of today with its target beside it', async () => {
    const report = await kpis();
    expect(report).toEqual({
      asOf: '2027-03-15',
      filters: { schoolYear: null, region: null, boardId: null, route: null, asOf: '2027-03-15' },
      ...KPIS_TODAY,
      capacity: capacityToday(data),
      help: expect.arrayContaining([expect.stringContaining('Peildatum')]),
    });
  });

  it('gives the funnel per school year of application', async () => {
    expect(await funnel()).toEqual({
      asOf: '2027-03-15',
      filters: { schoolYear: null, region: null, boardId: null, route: null, asOf: '2027-03-15' },
      schoolYears: FUNNEL_TODAY,
      sources: SOURCES_TODAY,
      help: expect.arrayContaining([expect.stringContaining('Conversie')]),
    });
  });

  it('gives the figures as they stood on a past day (31 August 2025), that day included', async () => {
    const report = await kpis('?asOf=2025-08-31');
    expect(report.starts).toEqual([
      { schoolYear: '2023-2024', started: 3, target: 40, met: false },
      { schoolYear: '2024-2025', started: 4, target: 40, met: false }, // the Q cohort starts the next day
    ]);
    expect(report.uitval).toEqual([
      // P0c's term expired on the day itself: it counts. P0b had not qualified yet.
      uitvalRow('2023-2024', { started: 3, droppedOut: 1, termExpired: 1, running: 1 }, [2, 3, 66.7], false),
      // P3 switched route on that day, but its new programme starts the next: no switch yet, and route_switched is no outcome.
      uitvalRow('2024-2025', { started: 4, running: 4 }, [0, 4, 0], true),
    ]);
    expect(report.satisfaction).toEqual([{ cohort: '2024-2025', rate: rate(1, 1, 100), satisfiedScore: 7, targetAtLeastPercent: 75, met: true }]);
    expect(report.coaching).toEqual([
      coachingRow('2023-2024', 1, 3, 0, [360.22, 0, 4], false),
      // P0b's second year 32 of 365 days (31 Jul – 31 Aug 2025), P0c's whole with the hour on its last day.
      coachingRow('2023-2024', 2, 2, 1, [174.03, 0.6, 4], false),
      // P1 and P3 whole, P2 335 and P4 238 of 365 days; P3b's hour on 1 September is after the day.
      coachingRow('2024-2025', 1, 4, 0, [571.18, 0, 4], false),
      // P1's second year: 31 of 365 days.
      coachingRow('2024-2025', 2, 1, 0, [13.59, 0, 4], false),
    ]);
    // Every placement was recorded by then (30 days before its start), X2's cancelled on 20 August.
    expect(report.capacity).toEqual(capacityToday(data));

    const past = await funnel('?asOf=2025-08-31');
    expect(past.schoolYears.map((year: { schoolYear: string }) => year.schoolYear)).toEqual(['2022-2023', '2023-2024', '2024-2025']);
    // Q1–Q9 were assessment passed (12 Aug 2025) but not yet in the programme (1 Sep 2025); P4 not yet qualified.
    expect(past.schoolYears[2]).toEqual(
      funnelYear(
        '2024-2025',
        [13, 13, 13, 13, 11, 11, 2, 0],
        [
          [13, 100, 2],
          [13, 100, 3],
          [13, 100, 7],
          [11, 84.6, 8],
          [11, 100, 20],
          [2, 18.2, 20],
          [0, 0, null],
        ],
        0,
        1,
      ),
    );
  });

  it('counts the running overdue by the planned end as it stood: an extension recorded later does not move it back', async () => {
    // 1 October 2026: P2's original end (30 September) has passed, its extension is recorded on 15 October.
    const before = await kpis('?asOf=2026-10-01&schoolYear=2024-2025');
    expect(before.uitval).toEqual([uitvalRow('2024-2025', { started: 4, qualified: 0, routeSwitched: 1, running: 4, runningOverdue: 2 }, [0, 4, 0], true)]);
    const after = await kpis('?asOf=2026-10-15&schoolYear=2024-2025');
    expect(after.uitval[0]).toEqual(expect.objectContaining({ runningOverdue: 1, extended: 1 }));
  });

  it('filters by cohort, region, board and route: a start belongs to the route, board and region it started on', async () => {
    // Route zij_instroom: P3 started on it (its switch to duaal does not move it); P0b (duaal) and R2 (ad_pep) do not count.
    const zij = await kpis('?route=zij_instroom');
    expect(zij.starts.map((row: { started: number }) => row.started)).toEqual([2, 4, 9, 1]);
    expect((await kpis('?route=duaal')).starts).toEqual([{ schoolYear: '2023-2024', started: 1, target: 40, met: false }]);
    // Places belong to a board, not a route: the route filter leaves the capacity figure whole (the help text says so).
    expect((await kpis('?route=duaal')).capacity).toEqual(capacityToday(data));
    // Lelystad is board B: P0b, P3, Q1, Q5–Q7, R2.
    const lelystad = await kpis('?region=lelystad');
    expect(lelystad.starts.map((row: { started: number }) => row.started)).toEqual([1, 1, 4, 1]);
    expect(lelystad.uitval[2].rate).toEqual(rate(1, 4, 25));
    expect(lelystad.capacity.map((row: { boardName: string }) => row.boardName)).toEqual([BOARD_NAMES.B, BOARD_NAMES.B]);
    // A school year without starts shows 0 against its period's target (2, from 2026-2027) and nothing else.
    expect(await kpis('?schoolYear=2030-2031')).toEqual(
      expect.objectContaining({ starts: [{ schoolYear: '2030-2031', started: 0, target: 2, met: false }], uitval: [], satisfaction: [], coaching: [] }),
    );
    // Only Q10 (mijlpalen) in 2025-2026: 104 hours against 160 × 228/365 = 99.95, met.
    expect((await kpis('?schoolYear=2025-2026&route=mijlpalen')).coaching).toEqual([coachingRow('2025-2026', 1, 1, 104, [99.95, 104.1, 4], true)]);
    // Board A in 2025-2026: Q2–Q4, 3 hours against 3 × 160.
    const boardA = await kpis(`?schoolYear=2025-2026&boardId=${data.boards.A}`);
    expect(boardA.coaching[0]).toEqual(coachingRow('2025-2026', 1, 3, 3, [480, 0.6, 4], false));
    expect(boardA.starts).toEqual([{ schoolYear: '2025-2026', started: 3, target: 40, met: false }]);
    expect(boardA.satisfaction).toEqual([{ cohort: '2025-2026', rate: rate(3, 3, 100), satisfiedScore: 7, targetAtLeastPercent: 75, met: true }]);
    // The funnel of board A: the dossiers placed there (P0, P0c, P1, P2, Q2–Q4, R1).
    const boardFunnel = await funnel(`?boardId=${data.boards.A}`);
    expect(boardFunnel.schoolYears.map((year: { schoolYear: string; stages: { reached: number }[] }) => [year.schoolYear, year.stages[0].reached])).toEqual([
      ['2022-2023', 1],
      ['2023-2024', 2],
      ['2024-2025', 4],
      ['2025-2026', 1],
    ]);
    // Application year and region of the application.
    const lelystadFunnel = await funnel('?region=lelystad&schoolYear=2026-2027');
    expect(lelystadFunnel.schoolYears).toEqual([
      funnelYear(
        '2026-2027',
        [2, 1, 1, 1, 0, 0, 0, 0],
        [
          [1, 50, 2],
          [1, 100, 3],
          [1, 100, 7],
          [0, 0, null],
          [0, null, null],
          [0, null, null],
          [0, null, null],
        ],
        1,
        0,
      ),
    ]);
  });

  it.each([
    ['schoolYear=2025', 'schoolYear', 'Schooljaar'],
    ['region=utrecht', 'region', 'Regio'],
    ['boardId=bestuur-1', 'boardId', 'Schoolbestuur'],
    ['route=Zij%20instroom', 'route', 'Route'],
    ['asOf=2026-02-30', 'asOf', 'Peildatum'],
    ['asOf=2027-03-16', 'asOf', 'Peildatum'],
    ['format=pdf', 'format', 'Formaat'],
    ['region=almere&region=lelystad', 'region', 'Regio'],
    ['asOf=', 'asOf', 'Peildatum'],
  ])('refuses %s with a Dutch 400 naming the field', async (query, field, label) => {
    for (const path of ['kpis', 'funnel']) {
      const result = await staff.http.get(`/api/reports/${path}?${query}`);
      expectRefusal(result, 400, field);
      expect(JSON.stringify(result.body)).toContain(label);
    }
  });

  it('follows a session that is moved, shortened or removed (the rollup of coaching minutes is kept by a trigger)', async () => {
    // Q2's 90 minutes on the first day of its year 2 become 60 minutes on 30 August 2026, in year 1; R1's session goes.
    await app().db.query(`UPDATE coaching_sessions SET date = '2026-08-30', minutes = 60 WHERE programme_id = $1 AND date = '2026-09-01'`, [
      data.programmes.get('Q2'),
    ]);
    await app().db.query(`DELETE FROM coaching_sessions WHERE programme_id = $1`, [data.programmes.get('R1')]);
    const coaching = (await kpis('?schoolYear=2025-2026')).coaching;
    expect(coaching.map((row: { studyYear: number; loggedHours: number }) => [row.studyYear, row.loggedHours])).toEqual([
      [1, 116],
      [2, 0.5],
    ]);
    expect((await kpis('?schoolYear=2026-2027')).coaching[0]).toEqual(coachingRow('2026-2027', 1, 2, 0, [92.71, 0, 2], false));
  });

  // Last: it erases. The retention job erases the rejected and withdrawn applicants whose 4 weeks
  // have passed (W1, W2, X2); W3 (closed 5 days ago) and W6 (consent: a year) stay. The anonymous
  // records still count: every figure is the same.
  it('gives the same figures after the retention job erased the expired applicants', async () => {
    const [kpisBefore, funnelBefore, pastBefore] = [await kpis(), await funnel(), await funnel('?asOf=2026-01-01')];
    const worker = await app().startWorker();
    try {
      expect(await worker.get(JobsProcessor).runSweep(RETENTION_SWEEP)).toBe(3);
    } finally {
      await app().stopWorker();
    }
    const { rows } = await app().db.query(`SELECT reference FROM candidates WHERE erased_at IS NOT NULL ORDER BY reference`);
    expect(rows.map((row: { reference: string }) => row.reference)).toEqual(['ZI-REF-W1', 'ZI-REF-W2', 'ZI-REF-X2']);
    expect(await kpis()).toEqual(kpisBefore);
    expect(await funnel()).toEqual(funnelBefore);
    expect(await funnel('?asOf=2026-01-01')).toEqual(pastBefore);
  });
});
