import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply, createUser, login, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import {
  candidateInScreening,
  interviewBody,
  interviewUid,
  calendarMailsFor,
  panelBoard,
  waitForCalendarMails,
  waitForCalendarVersion,
  type PanelBoard,
} from '../support/selection-fixtures';

const DISCLOSED = 'naam, contactgegevens, motivatiebrief en cv';

describe('R5 selection interviews: planning and invitations', () => {
  const app = useTestApp();
  let admin: HttpClient;
  let staff: TestUser;
  let boardA: PanelBoard;
  let boardB: PanelBoard;

  beforeAll(async () => {
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
    staff = await createUser(app(), 'staff');
    boardA = await panelBoard(app());
    boardB = await panelBoard(app());
  });

  async function stageOf(candidateId: string): Promise<string> {
    return (await admin.get(`/api/candidates/${candidateId}`)).body.stage;
  }

  it('schedules: the candidate moves to interview_scheduled and candidate and panel get a REQUEST in Amsterdam time', async () => {
    const candidate = await candidateInScreening(app(), staff.http);
    const created = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [boardA]));
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      candidateId: candidate.candidateId,
      status: 'scheduled',
      startsAt: '2027-03-25T09:00:00.000Z',
      startsAtLocal: '2027-03-25T10:00',
      durationMinutes: 60,
      location: 'Flevowijs, Stationsplein 1, Almere',
      sequence: 0,
      staff: [{ userId: staff.id, name: 'Test staff' }],
      boards: [
        {
          boardId: boardA.boardId,
          boardName: boardA.boardName,
          representativeUserId: boardA.representative.id,
          representativeName: 'Test board',
          advice: null,
        },
      ],
      outcome: null,
      cancelledAt: null,
      cancellationReason: null,
    });
    expect(await stageOf(candidate.candidateId)).toBe('interview_scheduled');
    const interviewId = created.body.id as string;
    for (const email of [candidate.email, staff.email, boardA.representative.email]) {
      const [invitation] = await waitForCalendarMails(app(), email, interviewId, 1);
      expect(invitation.calendar).toEqual(
        expect.objectContaining({
          method: 'REQUEST',
          uid: interviewUid(interviewId),
          sequence: 0,
          dtstart: 'DTSTART;TZID=Europe/Amsterdam:20270325T100000',
          dtend: 'DTEND;TZID=Europe/Amsterdam:20270325T110000',
          status: 'CONFIRMED',
          hasAmsterdamTimezone: true,
        }),
      );
      expect(invitation.calendar.attendees).toEqual(expect.arrayContaining([candidate.email, staff.email, boardA.representative.email]));
      expect(invitation.mail.subject).toMatch(/selectiegesprek/i);
    }
    expect((await waitForCalendarMails(app(), candidate.email, interviewId, 1))[0].mail.subject).toContain('Uitnodiging');
  });

  it('reschedules with the same UID and SEQUENCE 1, cancels with SEQUENCE 2; grants follow the panel', async () => {
    const candidate = await candidateInScreening(app(), staff.http);
    const created = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [boardA]));
    const interviewId = created.body.id as string;
    expect((await boardA.representative.http.get(`/api/candidates/${candidate.candidateId}`)).status).toBe(200);

    const moved = await staff.http.patch(`/api/interviews/${interviewId}`, {
      startsAt: '2027-07-15T14:30',
      durationMinutes: 90,
      boards: [{ boardId: boardB.boardId, representativeUserId: boardB.representative.id }],
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual(
      expect.objectContaining({ sequence: 1, startsAt: '2027-07-15T12:30:00.000Z', startsAtLocal: '2027-07-15T14:30', durationMinutes: 90 }),
    );
    expect(moved.body.boards.map((board: { boardId: string }) => board.boardId)).toEqual([boardB.boardId]);

    const update = (await waitForCalendarVersion(app(), candidate.email, interviewId, 'REQUEST', 1)).calendar;
    expect(update).toEqual(
      expect.objectContaining({ uid: interviewUid(interviewId), dtstart: 'DTSTART;TZID=Europe/Amsterdam:20270715T143000', status: 'CONFIRMED' }),
    );
    expect(update.attendees).toEqual(expect.arrayContaining([candidate.email, staff.email, boardB.representative.email]));
    expect(update.attendees).not.toContain(boardA.representative.email);
    await waitForCalendarVersion(app(), staff.email, interviewId, 'REQUEST', 1);
    await waitForCalendarVersion(app(), boardB.representative.email, interviewId, 'REQUEST', 1);
    const removal = await waitForCalendarVersion(app(), boardA.representative.email, interviewId, 'CANCEL', 1);
    expect(removal.calendar).toEqual(expect.objectContaining({ uid: interviewUid(interviewId), status: 'CANCELLED' }));
    expect(removal.calendar.attendees).toEqual([boardA.representative.email]);

    // R14: board A left the panel and no longer sees the candidate; board B joined and does.
    expectRefusal(await boardA.representative.http.get(`/api/candidates/${candidate.candidateId}`), 404);
    expect((await boardB.representative.http.get(`/api/candidates/${candidate.candidateId}`)).status).toBe(200);

    const cancelled = await staff.http.post(`/api/interviews/${interviewId}/cancel`, { reason: 'Kandidaat is ziek' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toEqual(
      expect.objectContaining({ status: 'cancelled', sequence: 2, cancellationReason: 'Kandidaat is ziek', cancelledAt: expect.any(String) }),
    );
    expect(await stageOf(candidate.candidateId)).toBe('screening');
    for (const email of [candidate.email, staff.email, boardB.representative.email]) {
      const cancellation = await waitForCalendarVersion(app(), email, interviewId, 'CANCEL', 2);
      expect(cancellation.calendar).toEqual(
        expect.objectContaining({ uid: interviewUid(interviewId), dtstart: 'DTSTART;TZID=Europe/Amsterdam:20270715T143000', status: 'CANCELLED' }),
      );
    }
    expect((await waitForCalendarVersion(app(), candidate.email, interviewId, 'CANCEL', 2)).mail.subject).toContain('Geannuleerd');
    // Board A left at version 1: it gets no cancellation of version 2.
    expect(calendarMailsFor(app(), boardA.representative.email, interviewId).filter((entry) => entry.calendar.sequence === 2)).toEqual([]);
    expectRefusal(await boardB.representative.http.get(`/api/candidates/${candidate.candidateId}`), 404);

    // The disclosure log on the candidate page: who, what, when, why — and when it ended.
    const detail = await staff.http.get(`/api/candidates/${candidate.candidateId}`);
    expect(detail.body.disclosures).toEqual([
      expect.objectContaining({
        partyKind: 'board',
        partyId: boardA.boardId,
        purpose: 'selection_panel',
        disclosed: DISCLOSED,
        grantedBy: staff.id,
        grantedAt: expect.any(String),
        revokedAt: expect.any(String),
      }),
      expect.objectContaining({
        partyKind: 'board',
        partyId: boardB.boardId,
        purpose: 'selection_panel',
        disclosed: DISCLOSED,
        grantedBy: staff.id,
        revokedAt: expect.any(String),
      }),
    ]);

    // Audit: every change, with the stage moves and the grants.
    const { rows } = await app().db.query(
      `SELECT entity, action FROM audit_log WHERE (entity = 'selection_interview' AND entity_id = $1) OR (entity = 'candidate' AND entity_id = $2::text)
         OR (entity = 'candidate_access_grant' AND entity_id IN (SELECT id::text FROM candidate_access_grants WHERE candidate_id = $2::uuid)) ORDER BY id`,
      [interviewId, candidate.candidateId],
    );
    const actions = rows.map((row: { entity: string; action: string }) => `${row.entity}:${row.action}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'candidate:schedule_interview',
        'selection_interview:schedule',
        'selection_interview:reschedule',
        'selection_interview:cancel',
        'candidate:cancel_interview',
      ]),
    );
    expect(actions.filter((action) => action === 'candidate_access_grant:grant')).toHaveLength(2);
    expect(actions.filter((action) => action === 'candidate_access_grant:revoke')).toHaveLength(2);

    // Once cancelled, nothing more can happen to it.
    expectRefusal(await staff.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'positive', motivation: 'Sterk gesprek' }), 409);
    expectRefusal(await staff.http.patch(`/api/interviews/${interviewId}`, { location: 'Elders' }), 409);
    expectRefusal(await staff.http.post(`/api/interviews/${interviewId}/cancel`, { reason: 'Nog een keer' }), 409);
    expectRefusal(
      await staff.http.post(`/api/interviews/${interviewId}/advice`, { advice: 'positive', wouldEmploy: true, motivation: 'Goed', boardId: boardB.boardId }),
      409,
    );
  });

  it.each([
    ['the day before the switch to summer time', '2027-03-27T10:00', '2027-03-27T09:00:00.000Z', '20270327T100000'],
    ['the day of the switch to summer time', '2027-03-28T10:00', '2027-03-28T08:00:00.000Z', '20270328T100000'],
    ['the day before the switch back to winter time', '2027-10-30T10:00', '2027-10-30T08:00:00.000Z', '20271030T100000'],
    ['the day of the switch back to winter time', '2027-10-31T10:00', '2027-10-31T09:00:00.000Z', '20271031T100000'],
  ])('keeps 10:00 Amsterdam time on %s', async (_, startsAt, utc, local) => {
    const candidate = await candidateInScreening(app(), staff.http);
    const created = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [boardA], { startsAt }));
    expect(created.status).toBe(201);
    expect([created.body.startsAt, created.body.startsAtLocal]).toEqual([utc, startsAt]);
    const [invitation] = await waitForCalendarMails(app(), candidate.email, created.body.id, 1);
    expect(invitation.calendar.dtstart).toBe(`DTSTART;TZID=Europe/Amsterdam:${local}`);
  });

  it('refuses an interview without a board, without staff, or at a time that does not exist, naming the field', async () => {
    const candidate = await candidateInScreening(app(), staff.http);
    const path = `/api/candidates/${candidate.candidateId}/interviews`;
    expectRefusal(await staff.http.post(path, interviewBody(staff, [])), 400, 'boards');
    const { boards: _, ...withoutBoards } = interviewBody(staff, [boardA]);
    expectRefusal(await staff.http.post(path, withoutBoards), 400, 'boards');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { staffUserIds: [] })), 400, 'staffUserIds');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA, boardA])), 400, 'boards');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { startsAt: '2027-03-28T02:30' })), 400, 'startsAt');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { startsAt: '2027-02-30T10:00' })), 400, 'startsAt');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { startsAt: '2027-03-25T10:00:00+01:00' })), 400, 'startsAt');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { startsAt: '2020-03-25T10:00' })), 422, 'startsAt');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { durationMinutes: 10 })), 400, 'durationMinutes');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { stage: 'interview_passed' })), 400, 'stage');
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { boards: ['x'] })), 400);
    // Who sits on the panel must fit: a board user is no staff member; a representative belongs to that board.
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], { staffUserIds: [boardA.representative.id] })), 422, 'staffUserIds');
    const wrongRepresentative = { boards: [{ boardId: boardA.boardId, representativeUserId: boardB.representative.id }] };
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], wrongRepresentative)), 422, 'boards.0.representativeUserId');
    const unknownBoard = { boards: [{ boardId: randomUUID(), representativeUserId: boardA.representative.id }] };
    expectRefusal(await staff.http.post(path, interviewBody(staff, [boardA], unknownBoard)), 422, 'boards.0.boardId');
    expect(await stageOf(candidate.candidateId)).toBe('screening');
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM selection_interviews WHERE candidate_id = $1`, [candidate.candidateId]);
    expect(rows[0].count).toBe(0);
  });

  it('refuses a candidate outside screening (409 naming the allowed stages), a second interview, and other roles', async () => {
    const applied = await apply(app());
    const refused = await staff.http.post(`/api/candidates/${applied.candidateId}/interviews`, interviewBody(staff, [boardA]));
    expectRefusal(refused, 409);
    expect(refused.body.message).toContain('screening');

    const candidate = await candidateInScreening(app(), staff.http);
    expect((await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [boardA]))).status).toBe(201);
    expectRefusal(await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [boardA])), 409);

    const other = await candidateInScreening(app(), staff.http);
    expectRefusal(await boardA.representative.http.post(`/api/candidates/${other.candidateId}/interviews`, interviewBody(staff, [boardA])), 404);
    expectRefusal(await staff.http.post(`/api/candidates/${randomUUID()}/interviews`, interviewBody(staff, [boardA])), 404);
    expectRefusal(await staff.http.patch(`/api/interviews/${randomUUID()}`, { location: 'Lelystad' }), 404);
    expectRefusal(await staff.http.patch(`/api/interviews/not-an-id`, { location: 'Lelystad' }), 404);
  });

  it('refuses an empty change and a change that leaves no board on the panel', async () => {
    const candidate = await candidateInScreening(app(), staff.http);
    const created = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [boardA]));
    expectRefusal(await staff.http.patch(`/api/interviews/${created.body.id}`, {}), 400);
    expectRefusal(await staff.http.patch(`/api/interviews/${created.body.id}`, { boards: [] }), 400, 'boards');
    expectRefusal(await staff.http.patch(`/api/interviews/${created.body.id}`, { sequence: 7 }), 400, 'sequence');
    const unchanged = await staff.http.get(`/api/interviews/${created.body.id}`);
    expect(unchanged.body.sequence).toBe(0);
  });
});
