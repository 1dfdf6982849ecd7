import { FixedClock, SYSTEM_ACTOR } from '@app/shared';
import { ErasureService } from '@app/privacy';
import { useTestApp, type TestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply, createUser, uniqueEmail, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { waitForQuiet } from '../support/quiet';
import { interviewBody, panelBoard } from '../support/selection-fixtures';

const SIGN_IN_LINK = /(https?:\/\/\S+)\/mijn-aanmelding#token=([A-Za-z0-9_-]+)/;

/** The token of the newest sign-in mail to `email`, waiting for it to arrive after `seen` earlier sign-in mails. */
async function tokenFromMail(app: TestApp, email: string, seen: number): Promise<string> {
  const signInMails = () => app.mail.to(email).filter((mail) => mail.subject === 'Je inloglink voor Mijn aanmelding bij Flevowijs');
  await app.mail.waitFor(() => signInMails().length > seen);
  const match = SIGN_IN_LINK.exec(signInMails()[seen].text ?? '');
  if (!match) throw new Error(`No sign-in link in the mail: ${signInMails()[seen].text}`);
  expect(match[1]).toBe(app.config.appUrl);
  return match[2];
}

describe('Mijn aanmelding: the candidate’s own page (issue 16, item 6)', () => {
  const clock = new FixedClock(new Date());
  const app = useTestApp({ clock });
  let anonymous: HttpClient;
  let staff: TestUser;

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    staff = await createUser(app(), 'staff');
  });

  async function requestLink(email: string) {
    const answer = await anonymous.post('/api/portal/sign-in-link', { email });
    expect(answer.status).toBe(202);
    return answer;
  }

  async function signIn(email: string, seen = 0): Promise<HttpClient> {
    await requestLink(email);
    const token = await tokenFromMail(app(), email, seen);
    const session = await anonymous.post('/api/portal/sign-in', { token });
    expect(session.status).toBe(200);
    // The candidate's own cookie, only for /api/portal, apart from the staff session's.
    expect(session.headers.get('set-cookie')).toMatch(
      /^flevowijs_candidate=[A-Za-z0-9_-]+; Max-Age=3600; Path=\/api\/portal; HttpOnly; Secure; SameSite=Strict$/,
    );
    return anonymous.withToken(session.body.accessToken as string);
  }

  it('a sign-in link works once, and not after 30 minutes (moved clock)', async () => {
    const { email, candidateId } = await apply(app());
    await requestLink(email.toUpperCase());
    const token = await tokenFromMail(app(), email, 0);

    // Only the token's hash is kept; the notification keeps the mail without its link.
    const { rows } = await app().db.query(
      `SELECT (SELECT count(*)::int FROM candidate_sign_in_links WHERE candidate_id = $1) AS links,
              (SELECT count(*)::int FROM candidate_sign_in_links l WHERE strpos(l::text, $2) > 0) AS "tokensInLinks",
              (SELECT count(*)::int FROM notifications n WHERE strpos(n::text, $2) > 0) AS "tokensInNotifications"`,
      [candidateId, token],
    );
    expect(rows[0]).toEqual({ links: 1, tokensInLinks: 0, tokensInNotifications: 0 });
    // The kept mail is about the candidate, so R13's erasure scrubs it with their other messages.
    const kept = await app().db.query(`SELECT subject_id AS "subjectId", body FROM notifications WHERE kind = 'portal_sign_in_link' AND recipient = $1`, [
      email,
    ]);
    expect(kept.rows).toEqual([{ subjectId: candidateId, body: expect.stringContaining('[link weggelaten: eenmalig geldig]') }]);

    const first = await anonymous.post('/api/portal/sign-in', { token });
    expect(first.status).toBe(200);
    const again = await anonymous.post('/api/portal/sign-in', { token });
    expectRefusal(again, 400, 'token');
    expect(again.body.message).toMatch(/verlopen of al gebruikt/);

    // A new link, 31 minutes later: expired.
    await requestLink(email);
    const late = await tokenFromMail(app(), email, 1);
    clock.advance(31 * 60_000);
    try {
      expectRefusal(await anonymous.post('/api/portal/sign-in', { token: late }), 400, 'token');
    } finally {
      clock.advance(-31 * 60_000);
    }
    // Within its 30 minutes the same link would have worked: the clock, not the link, refused it.
    clock.advance(29 * 60_000);
    try {
      expect((await anonymous.post('/api/portal/sign-in', { token: late })).status).toBe(200);
    } finally {
      clock.advance(-29 * 60_000);
    }
  });

  it('a link sent many times at once starts exactly one session', async () => {
    const { email, candidateId } = await apply(app());
    await requestLink(email);
    const token = await tokenFromMail(app(), email, 0);
    // The link is used up by a compare-and-set in the unit of work. A naive variant that only reads the
    // open link and then starts the session (consume() without its `used_at IS NULL`) let 4 of the 8 in when tried.
    const answers = await Promise.all(Array.from({ length: 8 }, () => anonymous.post('/api/portal/sign-in', { token })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400, 400, 400, 400, 400, 400, 400]);
    const { rows } = await app().db.query(`SELECT count(*)::int AS sessions FROM candidate_sessions WHERE candidate_id = $1`, [candidateId]);
    expect(rows[0].sessions).toBe(1);
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const { email } = await apply(app());
    const unknown = uniqueEmail('niemand');
    const known = await requestLink(email);
    const other = await requestLink(unknown);
    expect(other.body).toEqual(known.body);
    expect(other.headers.get('content-type')).toBe(known.headers.get('content-type'));
    expect(known.body.message).toMatch(/^Als er een aanmelding bij dit e-mailadres hoort/);
    await tokenFromMail(app(), email, 0);
    await waitForQuiet(app());
    expect(app().mail.to(unknown)).toHaveLength(0);
  });

  it('shows where the application stands, the upcoming interview and the documents, and nothing without a session', async () => {
    const { email, candidateId, reference } = await apply(app());
    expectRefusal(await anonymous.get('/api/portal/application'), 401);
    // A staff session is not a candidate session.
    expectRefusal(await staff.http.get('/api/portal/application'), 401);

    await staff.http.post(`/api/candidates/${candidateId}/screening`, {});
    const board = await panelBoard(app());
    const startsAt = new Date(clock.now().getTime() + 14 * 86_400_000);
    const local = startsAt.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 16).replace(' ', 'T');
    const scheduled = await staff.http.post(`/api/candidates/${candidateId}/interviews`, interviewBody(staff, [board], { startsAt: local }));
    expect(scheduled.status).toBe(201);

    const candidate = await signIn(email);
    const overview = await candidate.get('/api/portal/application');
    expect(overview.status).toBe(200);
    expect(overview.body).toEqual(
      expect.objectContaining({
        reference,
        stage: 'interview_scheduled',
        status: expect.stringContaining('uitgenodigd voor een selectiegesprek'),
        canWithdraw: true,
        consentToKeep: false,
        interview: { startsAt: expect.any(String), startsAtLocal: local, durationMinutes: 60, location: 'Flevowijs, Stationsplein 1, Almere' },
        documents: [
          { kind: 'cv', fileName: 'cv.docx' },
          { kind: 'motivation_letter', fileName: 'motivatiebrief.pdf' },
        ],
        dataRequests: [],
      }),
    );
    // Nothing of the desk's: no address, no panel, no advice.
    expect(JSON.stringify(overview.body)).not.toContain(board.boardName);
  });

  it('withdraws with the same stage command as the desk: history and audit as a desk withdraw, the actor the candidate', async () => {
    const { email, candidateId } = await apply(app());
    const deskCase = await apply(app());
    expect((await staff.http.post(`/api/candidates/${deskCase.candidateId}/withdraw`, {})).status).toBe(200);

    const candidate = await signIn(email);
    const withdrawn = await candidate.post('/api/portal/application/withdraw');
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toEqual(expect.objectContaining({ stage: 'withdrawn', canWithdraw: false, status: expect.stringContaining('ingetrokken') }));

    const trail = async (id: string) => {
      const history = await app().db.query(`SELECT from_stage, to_stage, actor_id, reason FROM candidate_stage_history WHERE candidate_id = $1 ORDER BY id`, [
        id,
      ]);
      const audit = await app().db.query(
        `SELECT action, actor_id AS "actorId", actor_role AS "actorRole", changed_fields AS "changedFields" FROM audit_log
         WHERE entity = 'candidate' AND entity_id = $1 AND action = 'withdraw'`,
        [id],
      );
      const candidateRow = await app().db.query(`SELECT stage, closed_at IS NOT NULL AS closed FROM candidates WHERE id = $1`, [id]);
      return { history: history.rows, audit: audit.rows, candidate: candidateRow.rows[0] };
    };
    const mine = await trail(candidateId);
    const desk = await trail(deskCase.candidateId);
    // The same rows as the desk's command, only the actor differs.
    expect(mine.history.map(({ actor_id: _actor, ...step }) => step)).toEqual(desk.history.map(({ actor_id: _actor, ...step }) => step));
    expect(mine.candidate).toEqual(desk.candidate);
    expect(mine.audit).toEqual([{ action: 'withdraw', actorId: candidateId, actorRole: 'candidate', changedFields: desk.audit[0].changedFields }]);
    expect(desk.audit).toEqual([expect.objectContaining({ actorId: staff.id, actorRole: 'staff' })]);
    // And the same confirmation mail.
    await app().mail.waitFor(() =>
      app()
        .mail.to(email)
        .some((mail) => mail.subject?.startsWith('Bevestiging: je hebt je aanmelding')),
    );

    // A second withdraw is refused as the desk's would be.
    expectRefusal(await candidate.post('/api/portal/application/withdraw'), 409);
  });

  it('gives and withdraws consent, and asks for inspection or erasure as a request for the desk with its one-month deadline', async () => {
    const { email, candidateId } = await apply(app());
    const candidate = await signIn(email);
    expect((await candidate.put('/api/portal/application/consent', { consent: true })).body.consentToKeep).toBe(true);
    expect((await candidate.put('/api/portal/application/consent', { consent: false })).body.consentToKeep).toBe(false);
    expectRefusal(await candidate.put('/api/portal/application/consent', { consent: 'ja' }), 400, 'consent');
    const audit = await app().db.query(
      `SELECT action, actor_role AS "actorRole" FROM audit_log WHERE entity = 'candidate' AND entity_id = $1 AND action LIKE '%consent' ORDER BY id`,
      [candidateId],
    );
    expect(audit.rows).toEqual([
      { action: 'give_consent', actorRole: 'candidate' },
      { action: 'withdraw_consent', actorRole: 'candidate' },
    ]);

    const asked = await candidate.post('/api/portal/application/data-requests', { kind: 'erasure' });
    expect(asked.status).toBe(200);
    // Asking twice while one is open adds nothing.
    await candidate.post('/api/portal/application/data-requests', { kind: 'erasure' });
    expectRefusal(await candidate.post('/api/portal/application/data-requests', { kind: 'everything' }), 400, 'kind');
    const requests = await staff.http.get('/api/data-requests?status=open');
    const mine = requests.body.requests.filter((request: { candidateId: string }) => request.candidateId === candidateId);
    expect(mine).toHaveLength(1);
    const today = new Date(clock.now()).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    expect(mine[0]).toEqual(expect.objectContaining({ kind: 'erasure', receivedOn: today, status: 'open' }));
    expect(asked.body.dataRequests).toEqual([{ kind: 'erasure', receivedOn: today, deadline: mine[0].deadline, status: 'open' }]);
  });

  it('a session ends on sign-out, and another candidate’s dossier is never in reach', async () => {
    const first = await apply(app());
    const second = await apply(app());
    const candidate = await signIn(first.email);
    const overview = await candidate.get('/api/portal/application');
    expect(overview.body.reference).toBe(first.reference);
    expect(overview.body.reference).not.toBe(second.reference);
    expect((await candidate.post('/api/portal/sign-out')).status).toBe(204);
    expectRefusal(await candidate.get('/api/portal/application'), 401);
  });

  it('erasure (R13) ends the session and scrubs the sign-in mail kept about the candidate', async () => {
    const { email, candidateId } = await apply(app());
    const candidate = await signIn(email);
    expect((await candidate.post('/api/portal/application/withdraw')).status).toBe(200);
    await waitForQuiet(app());
    expect(await app().api.get(ErasureService).erase(SYSTEM_ACTOR, candidateId)).toBe(true);
    expectRefusal(await candidate.get('/api/portal/application'), 401);
    const { rows } = await app().db.query(`SELECT title, body, recipient FROM notifications WHERE kind = 'portal_sign_in_link' AND subject_id = $1`, [
      candidateId,
    ]);
    expect(rows).toEqual([{ title: '', body: '', recipient: expect.stringMatching(/^erased:/) }]);
    // Asking for a link for the erased address answers alike and mails nothing new.
    const before = app().mail.to(email).length;
    await requestLink(email);
    await waitForQuiet(app());
    expect(app().mail.to(email)).toHaveLength(before);
  });
});
