import { FixedClock } from '@app/shared';
import { TERM_EXPIRY_SWEEP, UitvalReader } from '@app/programmes';
import { JobsProcessor } from '../../apps/worker/src/processors/jobs.processor';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { candidatesAtAssessmentPassed, place, programmeBody, stageOf } from '../support/programme-fixtures';

/**
 * The term-expiry sweep (R8) and uitval per cohort (R11, SPEC §5) on one board's programmes, as
 * the clock moves from March 2026 past the end of the terms. The sweep claims each programme by a
 * conditional UPDATE (running, planned end before today) and moves the candidate's stage by
 * compare-and-set; the test counts what a second change would leave behind (version, stage history,
 * audit rows, mails). A variant that picked programmes by planned end alone and updated without the
 * status condition was still held here by the stage's compare-and-set (its 409 rolls the unit back).
 */
describe('programmes: term expiry and uitval per cohort', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  // The clock moves some twenty months on: the sessions must outlast that (their lifetimes have their own tests).
  const app = useTestApp({ clock, config: { sessionHours: 24 * 366 * 3, sessionIdleMinutes: 60 * 24 * 366 * 3 } });
  let staff: TestUser[];
  let board: BoardWithSchool;
  /** By name: P1 dropped out, P2 qualified, P3 switched route, P4–P6 running; P7 (cohort 2024-2025) running, P8 dropped out. */
  const programmes = new Map<string, { candidateId: string; programmeId: string }>();

  const desk = () => staff[0].http;
  const sweep = () => app().worker!.get(JobsProcessor).runSweep(TERM_EXPIRY_SWEEP);
  const moveTo = (date: string) => clock.set(noonInAmsterdam(date));
  const id = (name: string) => programmes.get(name)!.programmeId;

  async function start(name: string, startDate: string, placementStart: string): Promise<void> {
    const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
    await place(desk(), candidateId, board, placementStart);
    const started = await desk().post('/api/programmes', programmeBody(candidateId, { startDate, conductCertificateDate: placementStart }));
    if (started.status !== 201) throw new Error(`${name}: ${started.status} ${JSON.stringify(started.body)}`);
    programmes.set(name, { candidateId, programmeId: started.body.id });
  }

  async function uitval(): Promise<Record<string, unknown>[]> {
    const result = await desk().get(`/api/programmes/uitval?boardId=${board.boardId}`);
    expect(result.status).toBe(200);
    return result.body;
  }

  beforeAll(async () => {
    staff = [await createUser(app(), 'staff'), await createUser(app(), 'staff')];
    board = await boardWithSchool(app());
    for (const name of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']) await start(name, '2025-10-01', '2025-09-01');
    // 31 July is the last day of school year 2024-2025: these two belong to the earlier cohort.
    for (const name of ['P7', 'P8']) await start(name, '2025-07-31', '2025-07-01');
    const outcomes = [
      desk().post(`/api/programmes/${id('P1')}/dropout`, { droppedOutOn: '2026-01-10', reason: 'personal_circumstances' }),
      desk().post(`/api/programmes/${id('P2')}/qualify`, { qualifiedOn: '2026-03-01' }),
      desk().post(`/api/programmes/${id('P3')}/switch-route`, { route: 'duaal', startDate: '2026-03-01' }),
      desk().post(`/api/programmes/${id('P8')}/dropout`, { droppedOutOn: '2025-12-01', reason: 'other_job' }),
    ];
    for (const outcome of await Promise.all(outcomes)) expect(outcome.status).toBe(200);
  });

  it('counts people per cohort: uitval = dropped out + term expired ÷ started; switches apart; rate with one decimal', async () => {
    expect(await uitval()).toEqual([
      {
        cohort: '2024-2025',
        started: 2,
        qualified: 0,
        droppedOut: 1,
        termExpired: 0,
        routeSwitched: 0,
        running: 1,
        runningOverdue: 0,
        uitval: 1,
        rate: 50,
        targetMet: false,
      },
      {
        cohort: '2025-2026',
        started: 6, // P3's second programme is not a second start
        qualified: 1,
        droppedOut: 1,
        termExpired: 0,
        routeSwitched: 1,
        running: 4,
        runningOverdue: 0,
        uitval: 1,
        rate: 16.7, // 1 of 6 = 16.666…, rounded half up to one decimal
        targetMet: false,
      },
    ]);
    expect(await desk().get(`/api/programmes/uitval?boardId=${board.boardId}&cohort=2025-2026`)).toEqual(
      expect.objectContaining({ body: [expect.objectContaining({ cohort: '2025-2026', started: 6 })] }),
    );
    // The board reads its own figures; another board's answers 404 (programmes.e2e-spec).
    expect((await board.user.http.get('/api/programmes/uitval')).body).toEqual(await uitval());
  });

  it('counts only what is dated on or before the day asked for', async () => {
    const reader = app().api.get(UitvalReader);
    const [before] = await reader.byCohort({ asOf: '2026-01-09', boardId: board.boardId, cohort: '2025-2026' });
    expect(before).toEqual(expect.objectContaining({ started: 6, droppedOut: 0, qualified: 0, routeSwitched: 0, running: 6, rate: 0, targetMet: true }));
    const [onTheDay] = await reader.byCohort({ asOf: '2026-01-10', boardId: board.boardId, cohort: '2025-2026' });
    expect(onTheDay).toEqual(expect.objectContaining({ droppedOut: 1, uitval: 1 }));
    expect(await reader.byCohort({ asOf: '2025-09-30', boardId: board.boardId, cohort: '2025-2026' })).toEqual([]);
  });

  it('expires each term the day after its last day, once, however often the sweep runs and the clock moves', async () => {
    const expiring = ['P4', 'P5', 'P6', 'P7'];
    moveTo('2027-07-30'); // P7's last day (31 July 2025 + 24 months − 1 day)
    expect(await sweep()).toBe(0);
    moveTo('2027-07-31');
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    expect((await desk().get(`/api/programmes/${id('P7')}`)).body).toEqual(expect.objectContaining({ status: 'term_expired', endedOn: '2027-07-30' }));

    moveTo('2027-09-30'); // the last day of P4–P6
    expect(await sweep()).toBe(0);
    moveTo('2027-10-01');
    // Past the planned end and still running: running overdue, not uitval.
    expect((await uitval())[1]).toEqual(expect.objectContaining({ running: 4, runningOverdue: 3, termExpired: 0, uitval: 1 }));
    expect(await sweep()).toBe(3);
    expect(await sweep()).toBe(0);
    moveTo('2027-10-02');
    expect(await sweep()).toBe(0);

    for (const name of expiring) {
      const { candidateId, programmeId } = programmes.get(name)!;
      const { rows } = await app().db.query(
        `SELECT p.status, p.version, to_char(p.ended_on, 'YYYY-MM-DD') = to_char(p.planned_end, 'YYYY-MM-DD') AS "endedOnLastDay",
           (SELECT count(*)::int FROM candidate_stage_history h WHERE h.candidate_id = p.candidate_id AND h.to_stage = 'term_expired') AS history,
           (SELECT count(*)::int FROM audit_log a WHERE a.entity = 'programme' AND a.entity_id = p.id::text AND a.action = 'expire_term') AS audited
         FROM programmes p WHERE p.id = $1`,
        [programmeId],
      );
      expect(rows).toEqual([{ status: 'term_expired', version: 2, endedOnLastDay: true, history: 1, audited: 1 }]);
      expect(await stageOf(app(), candidateId)).toBe('term_expired');
    }
    // The others kept their outcome; P3 runs on its new route until 29 February 2028.
    const statuses = await app().db.query(`SELECT id, status FROM programmes WHERE board_id = $1 AND status NOT IN ('term_expired')`, [board.boardId]);
    expect(statuses.rows.map((row: { status: string }) => row.status).sort()).toEqual(['dropped_out', 'dropped_out', 'qualified', 'route_switched', 'running']);

    await waitForQuiet(app());
    for (const name of expiring) {
      const programme = (await desk().get(`/api/programmes/${id(name)}`)).body;
      await expectSentOnce(
        app(),
        'programme_term_expired',
        id(name),
        staff.map((user) => ({ dueKey: programme.plannedEnd, recipient: user.email })),
      );
    }
    const [mail] = app()
      .mail.to(staff[1].email)
      .filter((message) => (message.subject ?? '').startsWith('Termijn verlopen'));
    expect(mail.text).toContain('termijn verlopen');

    expect((await uitval())[1]).toEqual(
      expect.objectContaining({ started: 6, termExpired: 3, droppedOut: 1, running: 1, runningOverdue: 0, uitval: 4, rate: 66.7 }),
    );
  });
});
