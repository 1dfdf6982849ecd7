import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, candidatesAtInterviewPassed, type BoardWithSchool } from '../support/placement-fixtures';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { candidatesAtAssessmentPassed, place, programmeBody, runningProgramme, stageOf } from '../support/programme-fixtures';

/**
 * R8, R14 and R15 through the API: starting a programme and each refusal, what the clock derives,
 * the outcomes with the candidate's stage, extension, route switch, the subsidy with the board's
 * repayment task, and another board's programme answering 404. The clock stands on 15 March 2026:
 * a programme from 1 October 2025 in a placement from 1 September 2025 is in year 1, past its soft landing.
 */
describe('programmes: start, outcomes, subsidy and access', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const app = useTestApp({ clock });
  let staff: TestUser;
  let coach: TestUser;
  let own: BoardWithSchool;
  let other: BoardWithSchool;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    coach = await createUser(app(), 'coach');
    own = await boardWithSchool(app());
    other = await boardWithSchool(app(), 'lelystad');
  });

  it('starts a programme: planned end, cohort, phase and study year from the clock; the candidate in_programme; audited', async () => {
    const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
    const placementId = await place(staff.http, candidateId, own);
    const started = await staff.http.post('/api/programmes', programmeBody(candidateId));
    expect(started.status).toBe(201);
    expect(started.body).toEqual(
      expect.objectContaining({
        candidateId,
        boardId: own.boardId,
        boardName: own.boardName,
        placementId,
        placementStartDate: '2025-09-01',
        route: 'zij_instroom',
        routeName: 'Zij-instroom',
        startDate: '2025-10-01',
        conductCertificateDate: '2025-09-01',
        cohort: '2025-2026',
        originalPlannedEnd: '2027-09-30',
        plannedEnd: '2027-09-30',
        status: 'running',
        phase: 'year_1',
        studyYear: 1,
        monthsLeft: 18,
        attention: [],
        timeline: { softLandingEndsOn: '2025-11-30', yearOneEndsOn: '2026-09-30', yearTwoEndsOn: '2027-09-30' },
      }),
    );
    expect(await stageOf(app(), candidateId)).toBe('in_programme');
    const audit = await app().db.query(`SELECT action FROM audit_log WHERE entity = 'programme' AND entity_id = $1`, [started.body.id]);
    expect(audit.rows).toEqual([{ action: 'start' }]);
    // A second start of the same person is refused.
    expectRefusal(await staff.http.post('/api/programmes', programmeBody(candidateId)), 409);
  });

  describe('refuses a start with 409 naming exactly what is missing', () => {
    async function refused(candidateId: string, body: Record<string, unknown> = {}) {
      const result = await staff.http.post('/api/programmes', programmeBody(candidateId, body));
      expectRefusal(result, 409);
      const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM programmes WHERE candidate_id = $1`, [candidateId]);
      expect(rows[0].count).toBe(0);
      return result.body as { message: string; fields: { field: string; message: string }[] };
    }

    it('without a positive suitability assessment', async () => {
      const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
      await place(staff.http, candidateId, own);
      const body = await refused(candidateId);
      expect(body.message).toContain('geschiktheidsonderzoek');
      expect(body.message).toContain('interview_passed');
      expect(body.message).not.toMatch(/plaatsing|VOG/);
      expect(body.fields.map((problem) => problem.field)).toEqual(['candidateId']);
      expect(await stageOf(app(), candidateId)).toBe('interview_passed');
    });

    it('without an active placement', async () => {
      const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
      const body = await refused(candidateId);
      expect(body.message).toContain('lopende plaatsing');
      expect(body.message).not.toMatch(/geschiktheidsonderzoek|VOG/);
      expect(await stageOf(app(), candidateId)).toBe('assessment_passed');
    });

    it('without a VOG, or with one older than 6 months before the start', async () => {
      const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
      await place(staff.http, candidateId, own);
      const missing = await refused(candidateId, { conductCertificateDate: undefined });
      expect(missing.message).toContain('VOG');
      expect(missing.fields.map((problem) => problem.field)).toEqual(['conductCertificateDate']);
      const old = await refused(candidateId, { conductCertificateDate: '2025-03-31' });
      expect(old.message).toContain('ouder dan 6 maanden');
      expect(old.fields.map((problem) => problem.field)).toEqual(['conductCertificateDate']);
      // Exactly 6 months before the start is in time.
      expect((await staff.http.post('/api/programmes', programmeBody(candidateId, { conductCertificateDate: '2025-04-01' }))).status).toBe(201);
    });

    it('with everything missing at once', async () => {
      const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
      const body = await refused(candidateId, { conductCertificateDate: undefined });
      expect(body.fields.map((problem) => problem.field)).toEqual(['candidateId', 'candidateId', 'conductCertificateDate']);
    });
  });

  it('refuses bad start input with 400 naming the field in Dutch', async () => {
    const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startDate: '2025-02-30' }, 'startDate', 'Startdatum'],
      [{ startDate: 20251001 }, 'startDate', 'Startdatum'],
      [{ conductCertificateDate: '1-9-2025' }, 'conductCertificateDate', 'Datum VOG'],
      [{ route: 'pabo' }, 'route', 'Route'],
      [{ route: undefined }, 'route', 'Route'],
      [{ candidateId: 'iemand' }, 'candidateId', 'Kandidaat'],
      [{ status: 'running' }, 'status', 'status'],
    ];
    for (const [overrides, field, label] of cases) {
      const result = await staff.http.post('/api/programmes', programmeBody(candidateId, overrides));
      expectRefusal(result, 400, field);
      expect(JSON.stringify(result.body.fields)).toContain(label);
    }
    expectRefusal(
      await staff.http.post('/api/programmes', programmeBody(candidateId, { conductCertificateDate: '2026-03-16' })),
      422,
      'conductCertificateDate',
    );
  });

  it("keeps a board to its own board's programmes: another board's answers 404 for every route", async () => {
    const { programmeId } = await runningProgramme(app(), staff.http, other);
    const path = `/api/programmes/${programmeId}`;
    const attempts = [
      own.user.http.get(path),
      own.user.http.post(`${path}/qualify`, { qualifiedOn: '2026-03-01' }),
      own.user.http.post(`${path}/dropout`, { droppedOutOn: '2026-03-01', reason: 'other_job' }),
      own.user.http.post(`${path}/extend`, { months: 3, reason: 'Langdurig ziek geweest' }),
      own.user.http.post(`${path}/switch-route`, { route: 'duaal', startDate: '2026-03-01' }),
      own.user.http.put(`${path}/subsidy`, { appliedOn: '2025-11-01', amount: 20000 }),
      own.user.http.get(`/api/programmes?boardId=${other.boardId}`),
      own.user.http.get(`/api/programmes/uitval?boardId=${other.boardId}`),
      coach.http.get(path),
    ];
    for (const attempt of await Promise.all(attempts)) expectRefusal(attempt, 404);
    // A coach lists only the programmes assigned to them (R14): none here.
    const coachList = await coach.http.get('/api/programmes');
    expect([coachList.status, coachList.body]).toEqual([200, []]);
    expect((await app().db.query(`SELECT status FROM programmes WHERE id = $1`, [programmeId])).rows).toEqual([{ status: 'running' }]);
    expect((await other.user.http.get(path)).status).toBe(200);
    const mine = await own.user.http.get('/api/programmes');
    expect(mine.status).toBe(200);
    expect(mine.body.every((programme: { boardId: string }) => programme.boardId === own.boardId)).toBe(true);
    expect(mine.body.some((programme: { id: string }) => programme.id === programmeId)).toBe(false);
    // Nor can a board start a programme for a candidate placed with another board.
    const [candidateId] = await candidatesAtAssessmentPassed(app(), 1, { panelBoardId: own.boardId });
    await place(staff.http, candidateId, other);
    expectRefusal(await own.user.http.post('/api/programmes', programmeBody(candidateId)), 404);
  });

  it('lets a board start and act on its own programmes', async () => {
    const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
    await place(staff.http, candidateId, own);
    const started = await own.user.http.post('/api/programmes', programmeBody(candidateId, { route: 'zij_instroom' }));
    expect(started.status).toBe(201);
    const extended = await own.user.http.post(`/api/programmes/${started.body.id}/extend`, { months: 6, reason: 'Opleiding vertraagd door ziekte' });
    expect(extended.status).toBe(200);
    expect(extended.body).toEqual(expect.objectContaining({ extensionMonths: 6, originalPlannedEnd: '2027-09-30', plannedEnd: '2028-03-31' }));
    expect(extended.body.extensions).toEqual([
      expect.objectContaining({ months: 6, reason: 'Opleiding vertraagd door ziekte', plannedEndBefore: '2027-09-30', plannedEndAfter: '2028-03-31' }),
    ]);
    // The phase boundaries stay: the year boundaries and the original end are unchanged.
    expect(extended.body.timeline).toEqual({ softLandingEndsOn: '2025-11-30', yearOneEndsOn: '2026-09-30', yearTwoEndsOn: '2027-09-30' });
    expectRefusal(await own.user.http.post(`/api/programmes/${started.body.id}/extend`, { months: 13, reason: 'Te lang' }), 400, 'months');
    expectRefusal(await own.user.http.post(`/api/programmes/${started.body.id}/extend`, { months: 2 }), 400, 'reason');
  });

  it('records a qualification within the term: the candidate is qualified; later outcomes are refused', async () => {
    const { candidateId, programmeId } = await runningProgramme(app(), staff.http, own);
    const path = `/api/programmes/${programmeId}`;
    expectRefusal(await staff.http.post(`${path}/qualify`, { qualifiedOn: '2026-03-16' }), 422, 'qualifiedOn');
    expectRefusal(await staff.http.post(`${path}/qualify`, { qualifiedOn: '2025-09-30' }), 422, 'qualifiedOn');
    expectRefusal(await staff.http.post(`${path}/qualify`, { qualifiedOn: 'gisteren' }), 400, 'qualifiedOn');
    const qualified = await staff.http.post(`${path}/qualify`, { qualifiedOn: '2026-03-10' });
    expect(qualified.status).toBe(200);
    expect(qualified.body).toEqual(expect.objectContaining({ status: 'qualified', endedOn: '2026-03-10', monthsLeft: 0, attention: [] }));
    expect(await stageOf(app(), candidateId)).toBe('qualified');
    expectRefusal(await staff.http.post(`${path}/dropout`, { droppedOutOn: '2026-03-11', reason: 'other_job' }), 409);
    expectRefusal(await staff.http.post(`${path}/extend`, { months: 1, reason: 'Nog even' }), 409);
  });

  it('records a dropout with its reason from the list and the phase of its date; refuses free text', async () => {
    const { candidateId, programmeId } = await runningProgramme(app(), staff.http, own);
    const path = `/api/programmes/${programmeId}`;
    expectRefusal(await staff.http.post(`${path}/dropout`, { droppedOutOn: '2025-11-15', reason: 'Burn-out na ziekenhuisopname' }), 400, 'reason');
    const dropped = await staff.http.post(`${path}/dropout`, { droppedOutOn: '2025-11-15', reason: 'workload' });
    expect(dropped.status).toBe(200);
    expect(dropped.body).toEqual(
      expect.objectContaining({ status: 'dropped_out', endedOn: '2025-11-15', dropoutReason: 'workload', dropoutPhase: 'soft_landing', phase: 'soft_landing' }),
    );
    // No subsidy: nothing to repay, no task.
    expect(dropped.body.repaymentRisk).toBeNull();
    expect(dropped.body.repaymentTask).toBeNull();
    expect(await stageOf(app(), candidateId)).toBe('dropped_out');
    const history = await app().db.query(`SELECT reason FROM candidate_stage_history WHERE candidate_id = $1 AND to_stage = 'dropped_out'`, [candidateId]);
    expect(history.rows).toEqual([{ reason: 'Combinatie van werk en opleiding te zwaar' }]);
  });

  it('tracks the subsidy; a dropout shows the unspent part as repayment risk and gives the board a task and a mail', async () => {
    const { programmeId } = await runningProgramme(app(), staff.http, own);
    const path = `/api/programmes/${programmeId}`;
    expectRefusal(await own.user.http.put(`${path}/subsidy`, { appliedOn: '2025-11-01', amount: 25000.01 }), 400, 'amount');
    expectRefusal(await own.user.http.put(`${path}/subsidy`, { appliedOn: '2025-11-01', amount: 20000, amountSpent: 20001 }), 422, 'amountSpent');
    expectRefusal(await own.user.http.put(`${path}/subsidy`, { appliedOn: '2025-11-01', amount: 20000, decision: 'granted' }), 422, 'decidedOn');
    const saved = await own.user.http.put(`${path}/subsidy`, {
      appliedOn: '2025-11-01',
      amount: 20000,
      decision: 'granted',
      decidedOn: '2025-12-15',
      amountSpent: 7500.5,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.subsidy).toEqual({
      programmeId,
      appliedOn: '2025-11-01',
      amount: 20000,
      decision: 'granted',
      decidedOn: '2025-12-15',
      amountSpent: 7500.5,
    });
    expect(saved.body.repaymentRisk).toBeNull();

    const dropped = await staff.http.post(`${path}/dropout`, { droppedOutOn: '2026-02-27', reason: 'other_job' });
    expect(dropped.body).toEqual(expect.objectContaining({ dropoutPhase: 'year_1', repaymentRisk: 12499.5 }));
    expect(dropped.body.repaymentTask).toEqual(expect.objectContaining({ boardId: own.boardId, kind: 'report_repayment_to_duo', doneAt: null }));
    const taskId = dropped.body.repaymentTask.id as string;

    await waitForQuiet(app());
    await expectSentOnce(app(), 'programme_repayment_task', taskId, [{ dueKey: 'once', recipient: own.user.email }]);
    const [mail] = app()
      .mail.to(own.user.email)
      .filter((message) => (message.subject ?? '').startsWith('Taak: meld bij DUO'));
    expect(mail.text).toContain('€ 12.499,50');
    expect(mail.text).toContain(`/trajecten/${programmeId}`);

    const open = await own.user.http.get('/api/programme-tasks');
    expect(open.body).toEqual([expect.objectContaining({ id: taskId, programmeId, repaymentRisk: 12499.5 })]);
    expectRefusal(await other.user.http.post(`/api/programme-tasks/${taskId}/done`), 404);
    expect((await other.user.http.get('/api/programme-tasks')).body).toEqual([]);
    const done = await own.user.http.post(`/api/programme-tasks/${taskId}/done`);
    expect(done.status).toBe(200);
    expect(done.body.doneAt).not.toBeNull();
    expectRefusal(await own.user.http.post(`/api/programme-tasks/${taskId}/done`), 409);
    expect((await own.user.http.get('/api/programme-tasks')).body).toEqual([]);
    expect((await own.user.http.get('/api/programme-tasks?includeDone=true')).body).toHaveLength(1);
    const audit = await app().db.query(`SELECT entity, action FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY at, entity`, [programmeId, taskId]);
    expect(audit.rows).toEqual(
      expect.arrayContaining([
        { entity: 'programme', action: 'start' },
        { entity: 'subsidy', action: 'update' },
        { entity: 'programme', action: 'drop_out' },
        { entity: 'programme_task', action: 'create' },
        { entity: 'programme_task', action: 'done' },
      ]),
    );
  });

  it('switches route: a new programme linked to the old one, keeping its cohort and subsidy, study years from its own start', async () => {
    const { candidateId, programmeId } = await runningProgramme(app(), staff.http, own);
    await staff.http.put(`/api/programmes/${programmeId}/subsidy`, { appliedOn: '2025-11-01', amount: 18000 });
    expectRefusal(await staff.http.post(`/api/programmes/${programmeId}/switch-route`, { route: 'zij_instroom', startDate: '2026-03-01' }), 422, 'route');
    const switched = await staff.http.post(`/api/programmes/${programmeId}/switch-route`, { route: 'duaal', startDate: '2026-03-01' });
    expect(switched.status).toBe(200);
    expect(switched.body).toEqual(
      expect.objectContaining({
        candidateId,
        route: 'duaal',
        startDate: '2026-03-01',
        cohort: '2025-2026',
        previousProgrammeId: programmeId,
        plannedEnd: '2028-02-29',
        status: 'running',
        studyYear: 1,
        conductCertificateDate: '2025-09-01',
      }),
    );
    expect(switched.body.subsidy).toEqual(expect.objectContaining({ programmeId: switched.body.id, amount: 18000 }));
    const old = await staff.http.get(`/api/programmes/${programmeId}`);
    expect(old.body).toEqual(expect.objectContaining({ status: 'route_switched', endedOn: '2026-02-28', nextProgrammeId: switched.body.id }));
    expect(await stageOf(app(), candidateId)).toBe('in_programme');
    // The subsidy is once per person: it now lives on the new programme.
    expectRefusal(await staff.http.put(`/api/programmes/${programmeId}/subsidy`, { appliedOn: '2025-11-01', amount: 18000 }), 409);
  });

  it('lists running programmes by status and cohort, and the placed candidates still to start', async () => {
    const board = await boardWithSchool(app());
    const { programmeId } = await runningProgramme(app(), staff.http, board);
    const [waiting] = await candidatesAtAssessmentPassed(app(), 1);
    await place(staff.http, waiting, board);
    const listed = await board.user.http.get('/api/programmes?status=running&cohort=2025-2026');
    expect(listed.body.map((programme: { id: string }) => programme.id)).toEqual([programmeId]);
    expect((await board.user.http.get('/api/programmes?cohort=2024-2025')).body).toEqual([]);
    expectRefusal(await board.user.http.get('/api/programmes?cohort=2025'), 400, 'cohort');
    expectRefusal(await board.user.http.get('/api/programmes?status=lopend'), 400, 'status');
    const ready = await board.user.http.get('/api/programmes/ready-to-start');
    expect(ready.body).toEqual([expect.objectContaining({ candidateId: waiting, stage: 'assessment_passed', boardId: board.boardId })]);
  });
});
