import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import type { ReceivedMail } from '../support/smtp-sink';
import {
  MAIL_WAIT_MS,
  calendarMailsFor,
  candidateInScreening,
  interviewBody,
  panelBoard,
  waitForCalendarMails,
  waitForCalendarVersion,
  type PanelBoard,
} from '../support/selection-fixtures';

/** Thursday 25 March 2027 at 10:00 Amsterdam time is 09:00 UTC. */
const BEFORE_THE_INTERVIEW = new Date('2027-03-25T08:00:00Z');
const ONE_SECOND_BEFORE_THE_START = new Date('2027-03-25T08:59:59Z');
const THE_START = new Date('2027-03-25T09:00:00Z');
const MOTIVATION = 'GEHEIM-panelmotivatie-41c9';

/** Issue 11, items 3–5: selection follows the calendar, access ends with its purpose, and the mails people expect. */
describe('selection interviews: the calendar, the end of access and the mails', () => {
  const clock = new FixedClock(BEFORE_THE_INTERVIEW);
  // The clock jumps an hour to the interview's start: the users' sessions must outlast that jump
  // (the idle timeout has its own test, test/e2e/login-security.e2e-spec.ts).
  const app = useTestApp({ clock, config: { sessionIdleMinutes: 24 * 60 } });
  let staff: TestUser;
  let boards: PanelBoard[];

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    boards = [await panelBoard(app()), await panelBoard(app()), await panelBoard(app())];
  });

  beforeEach(() => clock.set(BEFORE_THE_INTERVIEW));

  async function planned(panel: PanelBoard[]): Promise<{ candidateId: string; email: string; reference: string; interviewId: string }> {
    const candidate = await candidateInScreening(app(), staff.http);
    const created = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, panel));
    if (created.status !== 201) throw new Error(`interview refused: ${created.status} ${JSON.stringify(created.body)}`);
    return { ...candidate, interviewId: created.body.id };
  }

  async function grantRevokedAt(candidateId: string, boardId: string): Promise<Date | null> {
    const { rows } = await app().db.query(
      `SELECT revoked_at AS "revokedAt" FROM candidate_access_grants WHERE candidate_id = $1 AND party_kind = 'board' AND party_id = $2`,
      [candidateId, boardId],
    );
    expect(rows).toHaveLength(1);
    return rows[0].revokedAt;
  }

  async function mailTo(email: string, subjectStart: string): Promise<ReceivedMail> {
    const matching = () =>
      app()
        .mail.to(email)
        .filter((mail) => (mail.subject ?? '').startsWith(subjectStart));
    await app().mail.waitFor(() => matching().length > 0, MAIL_WAIT_MS);
    return matching()[0];
  }

  it('refuses advice and outcome before the interview starts (409 with the Amsterdam start time) and accepts them from the start on', async () => {
    const [board] = boards;
    const { interviewId, candidateId } = await planned([board]);
    const advice = { advice: 'positive', wouldEmploy: true, motivation: 'Sterk gesprek.' };
    clock.set(ONE_SECOND_BEFORE_THE_START);
    for (const refused of [
      await board.representative.http.post(`/api/interviews/${interviewId}/advice`, advice),
      await staff.http.post(`/api/interviews/${interviewId}/advice`, { ...advice, boardId: board.boardId }),
      await staff.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'positive', motivation: 'Goed.' }),
    ]) {
      expectRefusal(refused, 409);
      expect(refused.body.message).toContain('donderdag 25 maart 2027 om 10:00');
    }
    expect((await staff.http.get(`/api/interviews/${interviewId}`)).body.boards[0].advice).toBeNull();

    clock.set(THE_START);
    expect((await board.representative.http.post(`/api/interviews/${interviewId}/advice`, advice)).status).toBe(200);
    expect((await staff.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'positive', motivation: 'Goed.' })).status).toBe(200);
    expect((await staff.http.get(`/api/candidates/${candidateId}`)).body.stage).toBe('interview_passed');
  });

  it('a positive outcome ends the access of the boards that advised negatively or would not employ; the candidate is told they pass', async () => {
    const [keeps, advisedNegatively, wouldNotEmploy] = boards;
    const { candidateId, email, interviewId } = await planned(boards);
    clock.set(THE_START);
    const advise = (board: PanelBoard, advice: string, wouldEmploy: boolean) =>
      board.representative.http.post(`/api/interviews/${interviewId}/advice`, { advice, wouldEmploy, motivation: 'Na het gesprek.' });
    expect((await advise(keeps, 'positive', true)).status).toBe(200);
    expect((await advise(advisedNegatively, 'negative', true)).status).toBe(200);
    expect((await advise(wouldNotEmploy, 'positive', false)).status).toBe(200);
    expect((await staff.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'positive', motivation: MOTIVATION })).status).toBe(200);

    expect(await grantRevokedAt(candidateId, keeps.boardId)).toBeNull();
    expect(await grantRevokedAt(candidateId, advisedNegatively.boardId)).toEqual(THE_START);
    expect(await grantRevokedAt(candidateId, wouldNotEmploy.boardId)).toEqual(THE_START);
    expect((await keeps.representative.http.get(`/api/candidates/${candidateId}`)).status).toBe(200);
    for (const board of [advisedNegatively, wouldNotEmploy]) {
      expectRefusal(await board.representative.http.get(`/api/candidates/${candidateId}`), 404);
      expectRefusal(await board.representative.http.get(`/api/interviews/${interviewId}`), 404);
    }
    const disclosures = (await staff.http.get(`/api/candidates/${candidateId}`)).body.disclosures as { partyId: string; revokedAt: string | null }[];
    const revokedAt = (board: PanelBoard) => disclosures.find((disclosure) => disclosure.partyId === board.boardId)?.revokedAt;
    expect([revokedAt(keeps), revokedAt(advisedNegatively), revokedAt(wouldNotEmploy)]).toEqual([null, THE_START.toISOString(), THE_START.toISOString()]);

    const mail = await mailTo(email, 'Uitkomst van je selectiegesprek zij-instroom: je gaat door');
    expect(mail.text).not.toContain(MOTIVATION);
    await waitForQuiet(app());
    await expectSentOnce(app(), 'interview_passed', interviewId, [{ dueKey: 'once', recipient: email }]);
  });

  it('a negative outcome ends every board’s access in the same command; the rejection mail carries no motivation', async () => {
    const { candidateId, email, interviewId } = await planned(boards.slice(0, 2));
    clock.set(THE_START);
    expect(
      (await boards[0].representative.http.post(`/api/interviews/${interviewId}/advice`, { advice: 'positive', wouldEmploy: true, motivation: 'Ja.' })).status,
    ).toBe(200);
    expect((await staff.http.post(`/api/interviews/${interviewId}/outcome`, { outcome: 'negative', motivation: MOTIVATION })).status).toBe(200);
    for (const board of boards.slice(0, 2)) {
      expect(await grantRevokedAt(candidateId, board.boardId)).toEqual(THE_START);
      expectRefusal(await board.representative.http.get(`/api/candidates/${candidateId}`), 404);
    }
    const detail = await staff.http.get(`/api/candidates/${candidateId}`);
    expect(detail.body.disclosures.map((disclosure: { revokedAt: string | null }) => disclosure.revokedAt)).toEqual([
      THE_START.toISOString(),
      THE_START.toISOString(),
    ]);
    const mail = await mailTo(email, 'Uitkomst van je selectiegesprek zij-instroom (');
    expect(mail.text).toContain('niet verder in behandeling');
    expect(mail.text).not.toContain(MOTIVATION);
    await waitForQuiet(app());
    await expectSentOnce(app(), 'interview_rejection', interviewId, [{ dueKey: 'once', recipient: email }]);
    await expectSentOnce(app(), 'candidate_rejection', candidateId, []);
  });

  it('an invitation and a cancellation carry their calendar once, under a Dutch file name; the panel is greeted, boards joined with "en"', async () => {
    const [first, second] = boards;
    const { email, interviewId } = await planned([first, second]);
    const boardsInWords = (text: string | undefined) =>
      [`${first.boardName} en ${second.boardName}`, `${second.boardName} en ${first.boardName}`].some((words) =>
        (text ?? '').includes(`medewerkers van Flevowijs, ${words}`),
      );
    const [candidateInvitation] = await waitForCalendarMails(app(), email, interviewId, 1);
    const [panelInvitation] = await waitForCalendarMails(app(), first.representative.email, interviewId, 1);
    const [staffInvitation] = await waitForCalendarMails(app(), staff.email, interviewId, 1);
    for (const { mail, calendar } of [candidateInvitation, panelInvitation, staffInvitation]) {
      expect(calendar.parts).toBe(1);
      expect([calendar.filename, calendar.method]).toEqual(['uitnodiging.ics', 'REQUEST']);
      expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
    }
    // One calendar for everyone: the same event, attendees and times in each mail.
    const withoutStamp = (content: string) => content.replace(/DTSTAMP:\S+/, '');
    expect(withoutStamp(panelInvitation.calendar.content)).toEqual(withoutStamp(candidateInvitation.calendar.content));

    expect(candidateInvitation.mail.subject).toBe('Uitnodiging: selectiegesprek zij-instroom op donderdag 25 maart 2027 om 10:00');
    expect(boardsInWords(candidateInvitation.mail.text)).toBe(true);
    expect(panelInvitation.mail.subject).toMatch(/^Uitnodiging: selectiegesprek met .+ \(ZI-\d{4}-\d{5}\)$/);
    expect(panelInvitation.mail.text?.startsWith('Beste Test board,')).toBe(true);
    expect(boardsInWords(panelInvitation.mail.text)).toBe(true);
    expect(staffInvitation.mail.text?.startsWith('Beste Test staff,')).toBe(true);

    expect((await staff.http.post(`/api/interviews/${interviewId}/cancel`, { reason: 'Panel niet compleet' })).status).toBe(200);
    const cancellation = await waitForCalendarVersion(app(), first.representative.email, interviewId, 'CANCEL', 1);
    expect([cancellation.calendar.parts, cancellation.calendar.filename]).toEqual([1, 'annulering.ics']);
    expect(cancellation.mail.subject).toMatch(/^Geannuleerd: selectiegesprek met /);
    expect(cancellation.mail.text?.startsWith('Beste Test board,')).toBe(true);
    await waitForQuiet(app());
    expect(calendarMailsFor(app(), email, interviewId).map((entry) => entry.calendar.parts)).toEqual([1, 1]);
  });
});
