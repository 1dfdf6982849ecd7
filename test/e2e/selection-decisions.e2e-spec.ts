import { randomUUID } from 'node:crypto';
import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { MAIL_WAIT_MS, candidateInScreening, interviewBody, panelBoard, type PanelBoard } from '../support/selection-fixtures';
import { waitForQuiet } from '../support/quiet';
import { notificationTally } from '../support/notifications';

const ADVICE = { advice: 'positive', wouldEmploy: true, motivation: 'Sterke motivatie en ervaring met groepen.' };
/** The interviews are on Thursday 25 March 2027 at 10:00 Amsterdam time (09:00 UTC): planned before, decided after the start. */
const BEFORE_THE_INTERVIEW = new Date('2027-03-25T08:00:00Z');
const DURING_THE_INTERVIEW = new Date('2027-03-25T09:05:00Z');

describe('R5 selection interviews: advice, outcome and access', () => {
  const clock = new FixedClock(BEFORE_THE_INTERVIEW);
  // The clock jumps an hour to the interview: the sessions must outlast that (the idle timeout has its own test, login-security).
  const app = useTestApp({ clock, config: { sessionIdleMinutes: 24 * 60 } });
  let staff: TestUser;
  let coach: TestUser;
  let boardA: PanelBoard;
  let boardB: PanelBoard;
  let otherBoard: PanelBoard;
  let colleagueOfA: TestUser;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    coach = await createUser(app(), 'coach');
    [boardA, boardB, otherBoard] = [await panelBoard(app()), await panelBoard(app()), await panelBoard(app())];
    colleagueOfA = await createUser(app(), 'board', { boardId: boardA.boardId });
  });

  beforeEach(() => clock.set(BEFORE_THE_INTERVIEW));

  /** A candidate with an interview that has just begun, boards A and B on the panel. */
  async function interviewed(): Promise<{ candidateId: string; email: string; interviewId: string }> {
    const candidate = await candidateInScreening(app(), staff.http);
    const created = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [boardA, boardB]));
    if (created.status !== 201) throw new Error(`interview refused: ${created.status} ${JSON.stringify(created.body)}`);
    clock.set(DURING_THE_INTERVIEW);
    return { ...candidate, interviewId: created.body.id };
  }

  function boardEntry(view: { boards: { boardId: string; advice: null | Record<string, unknown> }[] }, boardId: string) {
    const entry = view.boards.find((board) => board.boardId === boardId);
    if (!entry) throw new Error(`board ${boardId} not on the panel`);
    return entry;
  }

  it('each board records its own advice; the board comes from the session, never from the body', async () => {
    const { interviewId } = await interviewed();
    const recorded = await boardA.representative.http.post(`/api/interviews/${interviewId}/advice`, ADVICE);
    expect(recorded.status).toBe(200);
    expect(boardEntry(recorded.body, boardA.boardId).advice).toEqual({ ...ADVICE, recordedAt: expect.any(String), recordedBy: boardA.representative.id });
    // Another user of the same board may record too; it overwrites (the audit keeps both).
    const again = await colleagueOfA.http.post(`/api/interviews/${interviewId}/advice`, {
      ...ADVICE,
      advice: 'negative',
      wouldEmploy: false,
      boardId: boardA.boardId,
    });
    expect(again.status).toBe(200);
    expect(boardEntry(again.body, boardA.boardId).advice).toEqual(
      expect.objectContaining({ advice: 'negative', wouldEmploy: false, recordedBy: colleagueOfA.id }),
    );

    // Sending another board's id, or being a board that is not on the panel: 404.
    expectRefusal(await boardA.representative.http.post(`/api/interviews/${interviewId}/advice`, { ...ADVICE, boardId: boardB.boardId }), 404);
    expectRefusal(await otherBoard.representative.http.post(`/api/interviews/${interviewId}/advice`, ADVICE), 404);
    expectRefusal(await coach.http.post(`/api/interviews/${interviewId}/advice`, { ...ADVICE, boardId: boardA.boardId }), 404);

    // Staff name the board; it must be on the panel.
    expectRefusal(await staff.http.post(`/api/interviews/${interviewId}/advice`, ADVICE), 400, 'boardId');
    expectRefusal(await staff.http.post(`/api/interviews/${interviewId}/advice`, { ...ADVICE, boardId: otherBoard.boardId }), 422, 'boardId');
    expectRefusal(await staff.http.post(`/api/interviews/${interviewId}/advice`, { ...ADVICE, advice: 'misschien', boardId: boardB.boardId }), 400, 'advice');
    expectRefusal(
      await staff.http.post(`/api/interviews/${interviewId}/advice`, { advice: 'positive', motivation: 'Goed', boardId: boardB.boardId }),
      400,
      'wouldEmploy',
    );
    const byStaff = await staff.http.post(`/api/interviews/${interviewId}/advice`, { ...ADVICE, boardId: boardB.boardId });
    expect(byStaff.status).toBe(200);
    expect(boardEntry(byStaff.body, boardB.boardId).advice).toEqual(expect.objectContaining({ advice: 'positive', recordedBy: staff.id }));

    // A board user sees its own advice only; the desk sees all.
    const seenByA = await boardA.representative.http.get(`/api/interviews/${interviewId}`);
    expect(boardEntry(seenByA.body, boardA.boardId).advice).not.toBeNull();
    expect(boardEntry(seenByA.body, boardB.boardId).advice).toBeNull();
    const seenByDesk = await staff.http.get(`/api/interviews/${interviewId}`);
    expect(seenByDesk.body.boards.every((board: { advice: unknown }) => board.advice !== null)).toBe(true);

    const { rows } = await app().db.query(
      `SELECT actor_id AS "actorId" FROM audit_log WHERE entity = 'selection_interview_board' AND entity_id LIKE $1 ORDER BY id`,
      [`${interviewId}/%`],
    );
    expect(rows.map((row: { actorId: string }) => row.actorId)).toEqual([boardA.representative.id, colleagueOfA.id, staff.id]);
  });

  it('a positive outcome passes the candidate; the panel boards keep access', async () => {
    const { candidateId, interviewId } = await interviewed();
    expectRefusal(await boardA.representative.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'positive', motivation: 'Goed' }), 404);
    expectRefusal(await staff.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'positive' }), 400, 'motivation');
    const passed = await staff.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'positive', motivation: 'Unaniem positief.' });
    expect(passed.status).toBe(200);
    expect(passed.body).toEqual(
      expect.objectContaining({ status: 'completed', outcome: { outcome: 'positive', motivation: 'Unaniem positief.', recordedAt: expect.any(String) } }),
    );
    expect((await staff.http.get(`/api/candidates/${candidateId}`)).body.stage).toBe('interview_passed');
    expect((await boardA.representative.http.get(`/api/candidates/${candidateId}`)).status).toBe(200);
    // Completed: no second outcome, no advice, no change.
    expectRefusal(await staff.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'negative', motivation: 'Toch niet' }), 409);
    expectRefusal(await boardA.representative.http.post(`/api/interviews/${interviewId}/advice`, ADVICE), 409);
    expectRefusal(await staff.http.post(`/api/interviews/${interviewId}/cancel`, { reason: 'Te laat' }), 409);
    const { rows } = await app().db.query(`SELECT action FROM audit_log WHERE entity = 'selection_interview' AND entity_id = $1 ORDER BY id`, [interviewId]);
    expect(rows.map((row: { action: string }) => row.action)).toEqual(['schedule', 'record_outcome']);
  });

  it('a negative outcome rejects the candidate with the motivation as reason, mails them in Dutch and ends the boards’ access', async () => {
    const { candidateId, email, interviewId } = await interviewed();
    const rejected = await staff.http.post(`/api/interviews/${interviewId}/outcome`, {
      outcome: 'negative',
      motivation: 'Onvoldoende affiniteit met het jonge kind.',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.outcome).toEqual(expect.objectContaining({ outcome: 'negative' }));
    const detail = await staff.http.get(`/api/candidates/${candidateId}`);
    expect(detail.body).toEqual(expect.objectContaining({ stage: 'rejected', closingReason: 'Onvoldoende affiniteit met het jonge kind.' }));
    await app().mail.waitFor(
      () =>
        app()
          .mail.to(email)
          .some((mail) => (mail.subject ?? '').startsWith('Uitkomst van je selectiegesprek')),
      MAIL_WAIT_MS,
    );
    const mail = app()
      .mail.to(email)
      .find((message) => (message.subject ?? '').startsWith('Uitkomst'));
    expect(mail?.text).toContain('niet verder in behandeling');
    expectRefusal(await boardA.representative.http.get(`/api/candidates/${candidateId}`), 404);
    expect(detail.body.disclosures.every((disclosure: { revokedAt: string | null }) => disclosure.revokedAt !== null)).toBe(true);
    await waitForQuiet(app());
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM notifications WHERE kind = 'interview_rejection' AND subject_id = $1`, [
      interviewId,
    ]);
    expect(rows[0].count).toBe(1);
    expect(await notificationTally(app(), 'interview_rejection', interviewId)).toEqual([expect.objectContaining({ recipient: email, rows: 1, sent: 1 })]);
  });

  it('R14: a board user of another board gets 404 on the candidate, its interviews and each interview', async () => {
    const { candidateId, interviewId } = await interviewed();
    for (const path of [`/api/candidates/${candidateId}`, `/api/candidates/${candidateId}/interviews`, `/api/interviews/${interviewId}`]) {
      expectRefusal(await otherBoard.representative.http.get(path), 404);
      expectRefusal(await coach.http.get(path), 404);
    }
    expectRefusal(await otherBoard.representative.http.get(`/api/interviews/${randomUUID()}`), 404);
    const listed = await boardA.representative.http.get(`/api/candidates/${candidateId}/interviews`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((interview: { id: string }) => interview.id)).toEqual([interviewId]);
    expect((await staff.http.get(`/api/candidates/${candidateId}/interviews`)).body).toHaveLength(1);
  });

  it('a board user sees only the interviews its board sits on', async () => {
    const candidate = await candidateInScreening(app(), staff.http);
    const first = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [boardA]));
    // Board B joins the panel after the first interview is replaced.
    await staff.http.post(`/api/interviews/${first.body.id}/cancel`, { reason: 'Nieuwe datum en ander panel' });
    const second = await staff.http.post(
      `/api/candidates/${candidate.candidateId}/interviews`,
      interviewBody(staff, [boardB], { startsAt: '2027-04-01T13:00' }),
    );
    expect(second.status).toBe(201);
    const seenByB = await boardB.representative.http.get(`/api/candidates/${candidate.candidateId}/interviews`);
    expect(seenByB.body.map((interview: { id: string }) => interview.id)).toEqual([second.body.id]);
    expectRefusal(await boardB.representative.http.get(`/api/interviews/${first.body.id}`), 404);
    expect((await staff.http.get(`/api/candidates/${candidate.candidateId}/interviews`)).body.map((interview: { id: string }) => interview.id)).toEqual([
      second.body.id,
      first.body.id,
    ]);
  });
});
