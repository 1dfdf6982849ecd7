import { useTestApp } from '../support/test-app';
import { createBoard, createInstitute, createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import type { ReceivedMail } from '../support/smtp-sink';
import { amsterdamDate, candidateWithPassedInterview } from '../support/assessment-fixtures';
import { MAIL_WAIT_MS, candidateInScreening, interviewBody, panelBoard, type PanelBoard } from '../support/selection-fixtures';

const REASON = 'GEHEIM-reden-9d2e';

/** Issue 11, items 3–5: the boards' access ends with the candidate's path; the candidate and the institute get their mails. */
describe('closing a path: access ends, mails go out', () => {
  const app = useTestApp();
  let staff: TestUser;
  let panel: PanelBoard;
  let requestingBoard: { id: string; name: string };
  let requestingBoardUser: TestUser;
  let institute: { id: string; name: string };
  let instituteUsers: TestUser[];
  let otherInstituteUser: TestUser;
  let today: string;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    panel = await panelBoard(app());
    requestingBoard = await createBoard(app());
    requestingBoardUser = await createUser(app(), 'board', { boardId: requestingBoard.id });
    institute = await createInstitute(app());
    instituteUsers = [await createUser(app(), 'institute', { instituteId: institute.id }), await createUser(app(), 'institute', { instituteId: institute.id })];
    otherInstituteUser = await createUser(app(), 'institute', { instituteId: (await createInstitute(app())).id });
    today = amsterdamDate(new Date());
  });

  /** A candidate in assessment: the panel board saw them at the interview, the requesting board and the institute since the request. */
  async function inAssessment(): Promise<{ candidateId: string; email: string; reference: string; assessmentId: string }> {
    const candidate = await candidateWithPassedInterview(app(), { panelBoardId: panel.boardId });
    const requested = await staff.http.post(`/api/candidates/${candidate.candidateId}/assessments`, {
      boardId: requestingBoard.id,
      instituteId: institute.id,
      requestedOn: today,
    });
    expect(requested.status).toBe(201);
    return { ...candidate, assessmentId: requested.body.id };
  }

  async function boardGrants(candidateId: string): Promise<{ partyId: string; revokedAt: Date | null }[]> {
    const { rows } = await app().db.query(
      `SELECT party_id AS "partyId", revoked_at AS "revokedAt" FROM candidate_access_grants WHERE candidate_id = $1 AND party_kind = 'board' ORDER BY granted_at, id`,
      [candidateId],
    );
    return rows;
  }

  /** The mail to `email` whose subject starts so and names the reference. */
  async function mailTo(email: string, subjectStart: string, reference: string): Promise<ReceivedMail> {
    const matching = () =>
      app()
        .mail.to(email)
        .filter((mail) => (mail.subject ?? '').startsWith(subjectStart) && (mail.subject ?? '').includes(reference));
    await app().mail.waitFor(() => matching().length > 0, MAIL_WAIT_MS);
    return matching()[0];
  }

  async function expectBoardsShutOut(candidateId: string, boardUsers: TestUser[]): Promise<void> {
    const grants = await boardGrants(candidateId);
    expect(grants.length).toBeGreaterThan(0);
    expect(grants.every((grant) => grant.revokedAt instanceof Date)).toBe(true);
    for (const user of boardUsers) expectRefusal(await user.http.get(`/api/candidates/${candidateId}`), 404);
    const disclosures = (await staff.http.get(`/api/candidates/${candidateId}`)).body.disclosures as { partyKind: string; revokedAt: string | null }[];
    const boards = disclosures.filter((disclosure) => disclosure.partyKind === 'board');
    expect(boards).toHaveLength(grants.length);
    expect(boards.every((disclosure) => typeof disclosure.revokedAt === 'string')).toBe(true);
  }

  it('the desk rejects a candidate with a planned interview: every board loses access; the mail carries no reason', async () => {
    const candidate = await candidateInScreening(app(), staff.http);
    expect((await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [panel]))).status).toBe(201);
    expect((await panel.representative.http.get(`/api/candidates/${candidate.candidateId}`)).status).toBe(200);

    const rejected = await staff.http.post(`/api/candidates/${candidate.candidateId}/reject`, { reason: REASON });
    expect(rejected.status).toBe(200);
    await expectBoardsShutOut(candidate.candidateId, [panel.representative]);
    const { rows } = await app().db.query(
      `SELECT count(*)::int AS count FROM audit_log a JOIN candidate_access_grants g ON g.id::text = a.entity_id
       WHERE a.entity = 'candidate_access_grant' AND a.action = 'revoke' AND g.candidate_id = $1`,
      [candidate.candidateId],
    );
    expect(rows[0].count).toBe(1);

    const mail = await mailTo(candidate.email, 'Besluit over je aanmelding voor zij-instroom', candidate.reference);
    expect(mail.text).toContain('niet verder in behandeling');
    expect(mail.text).not.toContain(REASON);
    await waitForQuiet(app());
    await expectSentOnce(app(), 'candidate_rejection', candidate.candidateId, [{ dueKey: 'once', recipient: candidate.email }]);
  });

  it('the candidate withdraws during the assessment: the panel and the requesting board lose access; the candidate gets a confirmation', async () => {
    const candidate = await inAssessment();
    expect((await requestingBoardUser.http.get(`/api/candidates/${candidate.candidateId}`)).status).toBe(200);

    expect((await staff.http.post(`/api/candidates/${candidate.candidateId}/withdraw`, { reason: 'Andere baan' })).status).toBe(200);
    await expectBoardsShutOut(candidate.candidateId, [panel.representative, requestingBoardUser]);

    await mailTo(candidate.email, 'Bevestiging: je hebt je aanmelding voor zij-instroom ingetrokken', candidate.reference);
    await waitForQuiet(app());
    await expectSentOnce(app(), 'withdrawal_confirmation', candidate.candidateId, [{ dueKey: 'once', recipient: candidate.email }]);
  });

  it('a request mails the institute’s users, and only them, once', async () => {
    const candidate = await inAssessment();
    for (const user of instituteUsers) {
      const mail = await mailTo(user.email, 'Nieuw geschiktheidsonderzoek aangevraagd', candidate.reference);
      expect(mail.text).toContain(requestingBoard.name);
    }
    await waitForQuiet(app());
    await expectSentOnce(
      app(),
      'assessment_request',
      candidate.assessmentId,
      instituteUsers.map((user) => ({ dueKey: 'once', recipient: user.email })),
    );
    expect(app().mail.to(otherInstituteUser.email)).toEqual([]);
  });

  it('not suitable: the boards lose access; the institute’s motivation ("Toelichting") is shown to the desk only', async () => {
    const candidate = await inAssessment();
    const decided = await instituteUsers[0].http.post(`/api/assessments/${candidate.assessmentId}/outcome`, {
      outcome: 'not_suitable',
      decidedOn: today,
      motivation: REASON,
    });
    expect(decided.status).toBe(200);
    expect(decided.body.motivation).toBeNull();
    await expectBoardsShutOut(candidate.candidateId, [panel.representative, requestingBoardUser]);

    const forDesk = await staff.http.get(`/api/candidates/${candidate.candidateId}/assessments`);
    expect(forDesk.body[0].motivation).toBe(REASON);
    const deskList = await staff.http.get('/api/assessments');
    expect(deskList.body.find((assessment: { id: string }) => assessment.id === candidate.assessmentId).motivation).toBe(REASON);
    const instituteList = await instituteUsers[0].http.get('/api/assessments');
    expect(JSON.stringify(instituteList.body)).not.toContain(REASON);
    expectRefusal(await requestingBoardUser.http.get(`/api/candidates/${candidate.candidateId}/assessments`), 404);
    const boardList = await requestingBoardUser.http.get('/api/assessments');
    expect(JSON.stringify(boardList.body)).not.toContain(REASON);
  });
});
