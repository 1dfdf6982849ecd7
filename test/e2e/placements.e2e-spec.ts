import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { candidateInScreening } from '../support/selection-fixtures';
import { MAIL_WAIT_MS } from '../support/selection-fixtures';
import { boardWithSchool, candidatesAtInterviewPassed, capacityLedger, placementBody, type BoardWithSchool } from '../support/placement-fixtures';

/**
 * R7 and R14 through the API: capacity per board and school year, placements and their refusals,
 * matching proposals, and the audit of every change (R15). The clock stands on 15 June 2025, so a
 * placement from 1 September 2025 has not started and takes a place in 2025-2026.
 */
describe('placements: capacity, placements and matching', () => {
  const clock = new FixedClock(new Date('2025-06-15T10:00:00Z'));
  // One test moves the clock months on, past a placement's start: the sessions must outlast that
  // (session lifetimes have their own tests in login-security).
  const app = useTestApp({ clock, config: { sessionHours: 24 * 366, sessionIdleMinutes: 60 * 24 * 366 } });
  let staff: TestUser;
  let coach: TestUser;
  let own: BoardWithSchool;
  let other: BoardWithSchool;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    coach = await createUser(app(), 'coach');
    own = await boardWithSchool(app(), 'lelystad');
    other = await boardWithSchool(app());
  });

  const capacityPath = (board: BoardWithSchool, year = '2025-2026') => `/api/boards/${board.boardId}/capacity/${year}`;

  it('lets a board user declare the places of their own board and staff those of any; another board answers 404', async () => {
    const declared = await own.user.http.put(capacityPath(own), { places: 3 });
    expect(declared.status).toBe(200);
    expect(declared.body).toEqual(expect.objectContaining({ boardId: own.boardId, schoolYear: '2025-2026', places: 3, used: 0, status: 'under' }));
    expect((await own.user.http.get(capacityPath(own))).body).toEqual(expect.objectContaining({ places: 3, used: 0 }));

    expect((await staff.http.put(capacityPath(other), { places: 1 })).status).toBe(200);
    expectRefusal(await own.user.http.get(capacityPath(other)), 404);
    expectRefusal(await own.user.http.put(capacityPath(other), { places: 9 }), 404);
    expectRefusal(await coach.http.get(capacityPath(own)), 404);
    expect((await staff.http.get(capacityPath(other))).body.places).toBe(1);

    const undeclared = await staff.http.get(capacityPath(own, '2030-2031'));
    expect(undeclared.body).toEqual(expect.objectContaining({ places: null, used: 0, status: 'undeclared' }));
  });

  it('refuses bad capacity input naming the field', async () => {
    expectRefusal(await own.user.http.put(capacityPath(own), { places: -1 }), 400, 'places');
    expectRefusal(await own.user.http.put(capacityPath(own), { places: 2.5 }), 400, 'places');
    expectRefusal(await own.user.http.put(capacityPath(own), {}), 400, 'places');
    expectRefusal(await own.user.http.put(capacityPath(own, '2025-2027'), { places: 2 }), 400, 'schoolYear');
    expectRefusal(await own.user.http.get(`/api/boards/not-a-board/capacity/2025-2026`), 404);
  });

  it('places a supernumerary candidate: the school year of the start, the end of the soft landing, one place taken', async () => {
    const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
    const placed = await staff.http.post('/api/placements', placementBody(candidateId, own, { startDate: '2025-12-01', fte: 0.6 }));
    expect(placed.status).toBe(201);
    expect(placed.body).toEqual(
      expect.objectContaining({
        candidateId,
        boardId: own.boardId,
        boardName: own.boardName,
        schoolId: own.schoolId,
        schoolName: own.schoolName,
        startDate: '2025-12-01',
        fte: 0.6,
        supernumerary: true,
        schoolYear: '2025-2026',
        status: 'active',
        holdsPlace: true,
        softLandingEndsOn: '2026-02-28',
      }),
    );
    expect((await own.user.http.get(capacityPath(own))).body).toEqual(expect.objectContaining({ places: 3, used: 1 }));
    expect(await capacityLedger(app(), own.boardId, '2025-2026')).toEqual({ used: 1, holding: 1, active: 1 });
    // The candidate's stage does not change by a placement; the board may now see the candidate.
    expect((await staff.http.get(`/api/candidates/${candidateId}`)).body.stage).toBe('interview_passed');
    expect((await own.user.http.get(`/api/candidates/${candidateId}`)).status).toBe(200);
    const grants = await app().db.query(`SELECT purpose FROM candidate_access_grants WHERE candidate_id = $1 AND party_id = $2`, [candidateId, own.boardId]);
    expect(grants.rows).toEqual([{ purpose: 'placement' }]);
  });

  it('refuses a placement before interview_passed (409) and a second active placement (409)', async () => {
    const screened = await candidateInScreening(app(), staff.http);
    const early = await staff.http.post('/api/placements', placementBody(screened.candidateId, own));
    expectRefusal(early, 409);
    expect(early.body.message).toContain('screening');

    const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
    expect((await staff.http.post('/api/placements', placementBody(candidateId, own, { supernumerary: false }))).status).toBe(201);
    const second = await staff.http.post('/api/placements', placementBody(candidateId, other, { supernumerary: false }));
    expectRefusal(second, 409);
    expect(second.body.message).toContain('lopende plaatsing');
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM placements WHERE candidate_id = $1`, [candidateId]);
    expect(rows[0].count).toBe(1);
  });

  it('takes no place for a placement within the formation', async () => {
    const before = await capacityLedger(app(), own.boardId, '2025-2026');
    const [candidateId] = await candidatesAtInterviewPassed(app(), 1, { panelBoardId: own.boardId });
    const placed = await own.user.http.post('/api/placements', placementBody(candidateId, own, { supernumerary: false }));
    expect(placed.status).toBe(201);
    expect(placed.body.holdsPlace).toBe(false);
    expect((await capacityLedger(app(), own.boardId, '2025-2026')).used).toBe(before.used);
  });

  it('refuses beyond the declared places with the places and their use (409), and in a year without declared places', async () => {
    const board = await boardWithSchool(app());
    await staff.http.put(capacityPath(board), { places: 1 });
    const [first, second, third] = await candidatesAtInterviewPassed(app(), 3);
    expect((await staff.http.post('/api/placements', placementBody(first, board))).status).toBe(201);
    const refused = await staff.http.post('/api/placements', placementBody(second, board));
    expectRefusal(refused, 409);
    expect(refused.body.message).toContain('1 van 1 opgegeven plaatsen');
    const undeclared = await staff.http.post('/api/placements', placementBody(third, board, { startDate: '2026-08-01' }));
    expectRefusal(undeclared, 409);
    expect(undeclared.body.message).toContain('2026-2027');
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM placements WHERE candidate_id = ANY($1::uuid[])`, [[second, third]]);
    expect(rows[0].count).toBe(0);
  });

  it('refuses lowering the places below use with the number in use (409)', async () => {
    const board = await boardWithSchool(app());
    await board.user.http.put(capacityPath(board), { places: 3 });
    for (const candidateId of await candidatesAtInterviewPassed(app(), 2, { panelBoardId: board.boardId })) {
      expect((await board.user.http.post('/api/placements', placementBody(candidateId, board))).status).toBe(201);
    }
    const lowered = await board.user.http.put(capacityPath(board), { places: 1 });
    expectRefusal(lowered, 409);
    expect(lowered.body.message).toContain('zijn 2 plaatsen in gebruik');
    expect((await board.user.http.put(capacityPath(board), { places: 2 })).body).toEqual(expect.objectContaining({ places: 2, used: 2, status: 'full' }));
  });

  it('keeps a board to its own schools and placements: another board answers 404', async () => {
    const [candidateId] = await candidatesAtInterviewPassed(app(), 1, { panelBoardId: own.boardId });
    expectRefusal(await own.user.http.post('/api/placements', placementBody(candidateId, other, { supernumerary: false })), 404);
    const placed = await staff.http.post('/api/placements', placementBody(candidateId, other, { supernumerary: false }));
    expect(placed.status).toBe(201);
    const id = placed.body.id as string;
    expectRefusal(await own.user.http.get(`/api/placements/${id}`), 404);
    expectRefusal(await own.user.http.post(`/api/placements/${id}/cancel`, { reason: 'Per vergissing ingevoerd' }), 404);
    expectRefusal(await own.user.http.post(`/api/placements/${id}/end`, { endedOn: '2025-06-15', reason: 'Gestopt' }), 404);
    expectRefusal(await own.user.http.get(`/api/placements?boardId=${other.boardId}`), 404);
    expectRefusal(await coach.http.get('/api/placements'), 404);
    const mine = await own.user.http.get('/api/placements?schoolYear=2025-2026');
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((placement: { boardId: string }) => placement.boardId === own.boardId)).toBe(true);
    expect((await other.user.http.get(`/api/placements/${id}`)).status).toBe(200);
    // A candidate the board may not see cannot be placed by it either.
    const [unseen] = await candidatesAtInterviewPassed(app(), 1);
    expectRefusal(await own.user.http.post('/api/placements', placementBody(unseen, own)), 404);
  });

  it('refuses bad placement input naming the field', async () => {
    const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
    const cases: [Record<string, unknown>, string][] = [
      [{ fte: 1.5 }, 'fte'],
      [{ fte: 0 }, 'fte'],
      [{ fte: 0.25 }, 'fte'],
      [{ fte: '0.8' }, 'fte'],
      [{ startDate: '2025-02-30' }, 'startDate'],
      [{ supernumerary: 'ja' }, 'supernumerary'],
      [{ schoolId: 'school' }, 'schoolId'],
      [{ schoolId: '00000000-0000-4000-8000-000000000000' }, 'schoolId'],
      [{ candidateId: undefined }, 'candidateId'],
      [{ boardId: own.boardId }, 'boardId'],
    ];
    for (const [overrides, field] of cases) expectRefusal(await staff.http.post('/api/placements', placementBody(candidateId, own, overrides)), 400, field);
  });

  it('cancels before the start and frees the place; ends from the start and keeps it; neither twice', async () => {
    const board = await boardWithSchool(app());
    await staff.http.put(capacityPath(board), { places: 2 });
    const [cancelled, ended] = await candidatesAtInterviewPassed(app(), 2, { panelBoardId: board.boardId });
    const first = (await staff.http.post('/api/placements', placementBody(cancelled, board))).body.id as string;
    const second = (await board.user.http.post('/api/placements', placementBody(ended, board))).body.id as string;
    expect(await capacityLedger(app(), board.boardId, '2025-2026')).toEqual({ used: 2, holding: 2, active: 2 });

    expectRefusal(await board.user.http.post(`/api/placements/${first}/end`, { endedOn: '2025-06-15', reason: 'Gestopt' }), 409);
    const cancel = await board.user.http.post(`/api/placements/${first}/cancel`, { reason: 'De kandidaat trok zich terug' });
    expect(cancel.status).toBe(200);
    expect(cancel.body).toEqual(expect.objectContaining({ status: 'cancelled', holdsPlace: false, cancellationReason: 'De kandidaat trok zich terug' }));
    expect(await capacityLedger(app(), board.boardId, '2025-2026')).toEqual({ used: 1, holding: 1, active: 1 });
    expectRefusal(await board.user.http.post(`/api/placements/${first}/cancel`, { reason: 'Nog een keer' }), 409);
    // The placement's disclosure ends with it (the panel's stays).
    const grants = await app().db.query(`SELECT purpose FROM candidate_access_grants WHERE candidate_id = $1 AND revoked_at IS NULL ORDER BY purpose`, [
      cancelled,
    ]);
    expect(grants.rows).toEqual([{ purpose: 'selection_panel' }]);

    const now = clock.now();
    try {
      clock.set(new Date('2025-10-15T10:00:00Z'));
      expectRefusal(await board.user.http.post(`/api/placements/${second}/cancel`, { reason: 'Te laat' }), 409);
      expectRefusal(await board.user.http.post(`/api/placements/${second}/end`, { endedOn: '2025-10-16', reason: 'Te vroeg' }), 422, 'endedOn');
      expectRefusal(await board.user.http.post(`/api/placements/${second}/end`, { endedOn: '2025-08-31', reason: 'Voor de start' }), 422, 'endedOn');
      expectRefusal(await board.user.http.post(`/api/placements/${second}/end`, { endedOn: '2025-10-01' }), 400, 'reason');
      const end = await board.user.http.post(`/api/placements/${second}/end`, { endedOn: '2025-10-01', reason: 'Andere baan' });
      expect(end.status).toBe(200);
      expect(end.body).toEqual(expect.objectContaining({ status: 'ended', endedOn: '2025-10-01', endReason: 'Andere baan', holdsPlace: true }));
      // An ended placement keeps its place for the school year.
      expect(await capacityLedger(app(), board.boardId, '2025-2026')).toEqual({ used: 1, holding: 1, active: 0 });
      expectRefusal(await board.user.http.post(`/api/placements/${second}/end`, { endedOn: '2025-10-02', reason: 'Nog een keer' }), 409);
      // Once ended the candidate can be placed again.
      expect((await staff.http.post('/api/placements', placementBody(ended, own, { startDate: '2025-11-01', supernumerary: false }))).status).toBe(201);
    } finally {
      clock.set(now);
    }
  });

  it('lets staff propose a candidate: the board is mailed, sees the candidate and the proposal, and accepts by placing', async () => {
    const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
    const stranger = await boardWithSchool(app());
    expectRefusal(await own.user.http.get(`/api/candidates/${candidateId}`), 404);

    const proposed = await staff.http.post('/api/matching/proposals', { candidateId, boardId: own.boardId, note: 'Past goed bij jullie school in Lelystad.' });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toEqual(
      expect.objectContaining({ candidateId, boardId: own.boardId, status: 'proposed', note: 'Past goed bij jullie school in Lelystad.' }),
    );
    const proposalId = proposed.body.id as string;
    expectRefusal(await staff.http.post('/api/matching/proposals', { candidateId, boardId: own.boardId }), 409);
    expect((await staff.http.post('/api/matching/proposals', { candidateId, boardId: stranger.boardId })).status).toBe(201);

    const [mail] = await app().mail.waitFor((messages) => messages.some((message) => message.subject?.includes('stelt een kandidaat')), MAIL_WAIT_MS);
    const mails = app()
      .mail.to(own.user.email)
      .filter((message) => message.subject?.includes('stelt een kandidaat'));
    expect(mail).toBeDefined();
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Past goed bij jullie school in Lelystad.');

    expect((await own.user.http.get(`/api/candidates/${candidateId}`)).status).toBe(200);
    const disclosures = (await staff.http.get(`/api/candidates/${candidateId}`)).body.disclosures as { partyId: string; purpose: string }[];
    expect(disclosures).toEqual(expect.arrayContaining([expect.objectContaining({ partyId: own.boardId, purpose: 'matching' })]));
    const listed = await own.user.http.get('/api/matching/proposals?status=proposed');
    expect(listed.body.map((proposal: { id: string }) => proposal.id)).toContain(proposalId);
    expect(listed.body.every((proposal: { boardId: string }) => proposal.boardId === own.boardId)).toBe(true);
    expectRefusal(await other.user.http.post(`/api/matching/proposals/${proposalId}/decline`, { reason: 'Niet voor ons' }), 404);
    expectRefusal(await own.user.http.get('/api/matching/pool'), 404);
    expectRefusal(await own.user.http.post('/api/matching/proposals', { candidateId, boardId: own.boardId }), 404);

    const pool = await staff.http.get('/api/matching/pool');
    expect(pool.body.find((entry: { candidateId: string }) => entry.candidateId === candidateId).proposals).toHaveLength(2);

    const placed = await own.user.http.post('/api/placements', placementBody(candidateId, own, { supernumerary: false }));
    expect(placed.status).toBe(201);
    expect((await staff.http.get(`/api/matching/proposals?status=accepted`)).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: proposalId, status: 'accepted', placementId: placed.body.id })]),
    );
    // The other board's proposal is withdrawn and its access ends; the candidate leaves the pool.
    expect((await stranger.user.http.get('/api/matching/proposals')).body).toEqual([expect.objectContaining({ candidateId, status: 'withdrawn' })]);
    expectRefusal(await stranger.user.http.get(`/api/candidates/${candidateId}`), 404);
    expect((await staff.http.get('/api/matching/pool')).body.map((entry: { candidateId: string }) => entry.candidateId)).not.toContain(candidateId);
    expectRefusal(await staff.http.post('/api/matching/proposals', { candidateId, boardId: other.boardId }), 409);
  });

  it('lets a board decline with a reason, which ends its access', async () => {
    const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
    const proposalId = (await staff.http.post('/api/matching/proposals', { candidateId, boardId: other.boardId })).body.id as string;
    expectRefusal(await other.user.http.post(`/api/matching/proposals/${proposalId}/decline`, { reason: '' }), 400, 'reason');
    const declined = await other.user.http.post(`/api/matching/proposals/${proposalId}/decline`, { reason: 'Geen plek op onze scholen' });
    expect(declined.status).toBe(200);
    expect(declined.body).toEqual(expect.objectContaining({ status: 'declined', declineReason: 'Geen plek op onze scholen' }));
    expectRefusal(await other.user.http.get(`/api/candidates/${candidateId}`), 404);
    expectRefusal(await other.user.http.post(`/api/matching/proposals/${proposalId}/decline`, { reason: 'Nog een keer' }), 409);
    // Declined, the candidate stays in the pool for another board.
    expect((await staff.http.get('/api/matching/pool')).body.map((entry: { candidateId: string }) => entry.candidateId)).toContain(candidateId);
  });

  it('shows in the pool the boards that advised to employ the candidate', async () => {
    const [candidateId] = await candidatesAtInterviewPassed(app(), 1);
    const { rows } = await app().db.query<{ id: string }>(
      `INSERT INTO selection_interviews (candidate_id, status, starts_at, duration_minutes, location, outcome, outcome_motivation, outcome_recorded_at, created_at, updated_at)
       VALUES ($1, 'completed', now(), 60, 'Almere', 'positive', 'Goed gesprek', now(), now(), now()) RETURNING id`,
      [candidateId],
    );
    for (const [board, employ] of [
      [own, true],
      [other, false],
    ] as const) {
      await app().db.query(
        `INSERT INTO selection_interview_boards (interview_id, board_id, representative_user_id, advice, would_employ, motivation, recorded_at)
         VALUES ($1, $2, $3, 'positive', $4, 'Sterke kandidaat', now())`,
        [rows[0].id, board.boardId, board.user.id, employ],
      );
    }
    const entry = (await staff.http.get('/api/matching/pool')).body.find((candidate: { candidateId: string }) => candidate.candidateId === candidateId);
    expect(entry).toEqual(
      expect.objectContaining({ stage: 'interview_passed', employingBoards: [{ boardId: own.boardId, boardName: own.boardName }], proposals: [] }),
    );
  });

  it('audits every change', async () => {
    const { rows } = await app().db.query<{ entity: string; action: string }>(
      `SELECT DISTINCT entity, action FROM audit_log WHERE entity IN ('board_capacity', 'placement', 'matching_proposal') ORDER BY entity, action`,
    );
    expect(rows).toEqual([
      { entity: 'board_capacity', action: 'declare' },
      { entity: 'matching_proposal', action: 'accept' },
      { entity: 'matching_proposal', action: 'decline' },
      { entity: 'matching_proposal', action: 'propose' },
      { entity: 'matching_proposal', action: 'withdraw' },
      { entity: 'placement', action: 'cancel' },
      { entity: 'placement', action: 'end_placement' },
      { entity: 'placement', action: 'place' },
    ]);
    const counts = await app().db.query<{ placements: number; audited: number }>(
      `SELECT (SELECT count(*)::int FROM placements) AS placements,
         (SELECT count(*)::int FROM audit_log WHERE entity = 'placement' AND action = 'place') AS audited`,
    );
    expect(counts.rows[0].audited).toBe(counts.rows[0].placements);
  });
});
