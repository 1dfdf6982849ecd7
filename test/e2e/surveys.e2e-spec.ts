import { createHash, randomUUID } from 'node:crypto';
import { FixedClock, calendarDate, today } from '@app/shared';
import { SurveyReader, SurveyService, type SurveyOccasion } from '@app/surveys';
import { useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';

const DAY_MS = 24 * 3600 * 1000;

/**
 * Issue 13, item 6 (R12): the satisfaction survey. The candidate gets a one-time link by mail, answers
 * once without logging in, and the link ends after 30 days; the database keeps only the token's hash.
 */
describe('the satisfaction survey (R12, issue 13 item 6)', () => {
  const start = new Date();
  const clock = new FixedClock(start);
  const app = useTestApp({ clock });
  let anonymous: HttpClient;
  let candidate: { candidateId: string; email: string };
  const programmeId = randomUUID();

  const invite = (occasion: SurveyOccasion, programme = programmeId, candidateId = candidate.candidateId) =>
    app()
      .api.get(SurveyService)
      .invite({ candidateId, programmeId: programme, occasion }, calendarDate(today(clock.now())));
  const surveyMails = (email: string) =>
    app()
      .mail.to(email)
      .filter((message) => (message.subject ?? '').includes('tevreden'));
  const tokenIn = (text: string | undefined) => /\/enquete\/([A-Za-z0-9_-]+)/.exec(text ?? '')?.[1] ?? '';

  async function invitedToken(occasion: SurveyOccasion, programme = programmeId, person = candidate): Promise<string> {
    const before = surveyMails(person.email).length;
    expect(await invite(occasion, programme, person.candidateId)).not.toBeNull();
    await app().mail.waitFor(() => surveyMails(person.email).length > before);
    return tokenIn(surveyMails(person.email).at(-1)?.text);
  }

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    candidate = await apply(app());
    await waitForQuiet(app());
  });

  let token: string;

  it('invites once per programme and occasion: one survey, one Dutch mail with the one-time link', async () => {
    token = await invitedToken('end_of_year_1');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await invite('end_of_year_1')).toBeNull();
    await waitForQuiet(app());
    const mails = surveyMails(candidate.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Hoe tevreden ben je over je traject? (korte enquête)');
    expect(mails[0].text).toContain('Je eerste jaar als zij-instromer zit erop.');
    expect(mails[0].text).toContain(`http://localhost:3000/enquete/${token}`);
    expect(mails[0].text).toContain('De link werkt één keer en is 30 dagen geldig');
    const { rows } = await app().db.query(`SELECT id FROM satisfaction_surveys WHERE programme_id = $1`, [programmeId]);
    expect(rows).toHaveLength(1);
    await expectSentOnce(app(), 'satisfaction_survey', rows[0].id, [{ dueKey: 'once', recipient: candidate.email }]);
  });

  it('keeps only the hash of the token: not in the survey row, the kept mail or the job payload', async () => {
    const hash = createHash('sha256').update(token).digest('hex');
    const { rows } = await app().db.query(`SELECT * FROM satisfaction_surveys WHERE programme_id = $1`, [programmeId]);
    expect(rows[0].token_hash).toBe(hash);
    const everywhere = await app().db.query(
      `SELECT (SELECT count(*) FROM satisfaction_surveys WHERE row_to_json(satisfaction_surveys)::text LIKE '%' || $1 || '%')::int AS surveys,
              (SELECT count(*) FROM notifications WHERE body LIKE '%' || $1 || '%' OR title LIKE '%' || $1 || '%')::int AS notifications,
              (SELECT count(*) FROM outbox_jobs WHERE payload::text LIKE '%' || $1 || '%')::int AS jobs,
              (SELECT count(*) FROM audit_log WHERE row_to_json(audit_log)::text LIKE '%' || $1 || '%')::int AS audit`,
      [token],
    );
    expect(everywhere.rows[0]).toEqual({ surveys: 0, notifications: 0, jobs: 0, audit: 0 });
    const kept = await app().db.query(`SELECT body FROM notifications WHERE kind = 'satisfaction_survey' AND subject_id = $1`, [rows[0].id]);
    expect(kept.rows[0].body).toContain('[link weggelaten: eenmalig geldig]');
    const payloads = await app().db.query(`SELECT payload FROM outbox_jobs WHERE name = 'surveys.invitation-mail'`);
    expect(payloads.rows.map((row) => row.payload)).toEqual([{ surveyId: rows[0].id }]);
  });

  it('GET tells the page the occasion and that the link can be used; an unknown link is 404 in Dutch', async () => {
    const link = await anonymous.get(`/api/surveys/${token}`);
    expect(link.status).toBe(200);
    expect(link.body).toEqual({ occasion: 'end_of_year_1', state: 'open', expiresAt: new Date(clock.now().getTime() + 30 * DAY_MS).toISOString() });
    for (const unknown of [`${token.slice(0, -1)}x`, 'kort', 'a'.repeat(150), '%E2%80%AE']) {
      const refused = await anonymous.get(`/api/surveys/${unknown}`);
      expectRefusal(refused, 404);
      expect(refused.body.message).toContain('Deze link naar de enquête is onbekend');
    }
  });

  it('refuses a score outside 1–10, a text or a decimal, and a comment over 2000 characters, naming the field by its label', async () => {
    const cases: [unknown, string, string][] = [
      [{ score: 11 }, 'score', 'Cijfer moet een geheel getal van 1 tot en met 10 zijn.'],
      [{ score: 0 }, 'score', 'Cijfer moet een geheel getal van 1 tot en met 10 zijn.'],
      [{ score: 7.5 }, 'score', 'Cijfer moet een geheel getal van 1 tot en met 10 zijn.'],
      [{ score: '8' }, 'score', 'Cijfer moet een geheel getal van 1 tot en met 10 zijn.'],
      [{}, 'score', 'Cijfer moet een geheel getal van 1 tot en met 10 zijn.'],
      [{ score: 8, comment: 'x'.repeat(2001) }, 'comment', 'Toelichting is te lang (maximaal 2000 tekens).'],
      [{ score: 8, stage: 'qualified' }, 'stage', 'stage hoort niet bij dit verzoek en wordt niet aangenomen.'],
    ];
    for (const [body, field, message] of cases) {
      const refused = await anonymous.post(`/api/surveys/${token}`, body);
      expectRefusal(refused, 400, field);
      expect(refused.body.fields).toContainEqual({ field, message });
    }
    const { rows } = await app().db.query(`SELECT score FROM satisfaction_surveys WHERE programme_id = $1`, [programmeId]);
    expect(rows[0].score).toBeNull();
  });

  it('takes one answer; a second is refused with 409 in Dutch, also when both arrive at once', async () => {
    const answers = await Promise.all([
      anonymous.post(`/api/surveys/${token}`, { score: 8, comment: '  Fijne begeleiding door mijn coach.\nDank!  ' }),
      anonymous.post(`/api/surveys/${token}`, { score: 3 }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const refused = answers.find((answer) => answer.status === 409)!;
    expect(refused.body).toMatchObject({
      code: 'surveys.already_answered',
      message: 'Deze enquête is al ingevuld. Een link werkt één keer; bedankt voor je antwoord.',
    });
    const again = await anonymous.post(`/api/surveys/${token}`, { score: 9 });
    expectRefusal(again, 409);
    expect(again.body.code).toBe('surveys.already_answered');
    expect((await anonymous.get(`/api/surveys/${token}`)).body.state).toBe('answered');
    const { rows } = await app().db.query(`SELECT id, score, comment, answered_at FROM satisfaction_surveys WHERE programme_id = $1`, [programmeId]);
    const winner = answers.find((answer) => answer.status === 200)!;
    expect(winner.body).toEqual({ state: 'answered' });
    expect(rows[0].answered_at).not.toBeNull();
    expect([8, 3]).toContain(rows[0].score);
    if (rows[0].score === 8) expect(rows[0].comment).toBe('Fijne begeleiding door mijn coach.\nDank!');
    const audit = await app().db.query(`SELECT action FROM audit_log WHERE entity = 'satisfaction_survey' AND entity_id = $1 ORDER BY action`, [rows[0].id]);
    expect(audit.rows.map((row) => row.action)).toEqual(['answer', 'invite']);
  });

  it('a link works 30 days: open just before, refused with 409 in Dutch after', async () => {
    const qualification = await invitedToken('qualification');
    clock.advance(30 * DAY_MS - 60_000);
    expect((await anonymous.get(`/api/surveys/${qualification}`)).body.state).toBe('open');
    clock.advance(60_000);
    expect((await anonymous.get(`/api/surveys/${qualification}`)).body).toMatchObject({ occasion: 'qualification', state: 'expired' });
    const refused = await anonymous.post(`/api/surveys/${qualification}`, { score: 9 });
    expectRefusal(refused, 409);
    expect(refused.body).toMatchObject({ code: 'surveys.link_expired', message: expect.stringContaining('verlopen') });
    // An answered link stays "answered" after its 30 days.
    expect((await anonymous.get(`/api/surveys/${token}`)).body.state).toBe('answered');
  });

  it('counts for the reports per cohort and occasion, satisfied meaning 7 or more', async () => {
    const others = [randomUUID(), randomUUID()];
    for (const [index, score] of [7, 6].entries()) {
      const person = await apply(app());
      const otherToken = await invitedToken('end_of_year_1', others[index], person);
      expect((await anonymous.post(`/api/surveys/${otherToken}`, { score })).status).toBe(200);
    }
    const answered = (await app().db.query(`SELECT score FROM satisfaction_surveys WHERE programme_id = $1`, [programmeId])).rows[0].score as number;
    const tally = await app()
      .api.get(SurveyReader)
      .tally(
        new Map([
          [programmeId, '2025-2026'],
          [others[0], '2026-2027'],
          [others[1], '2026-2027'],
        ]),
      );
    expect(tally).toEqual([
      { cohort: '2025-2026', occasion: 'end_of_year_1', invited: 1, answered: 1, satisfied: answered >= 7 ? 1 : 0 },
      { cohort: '2025-2026', occasion: 'qualification', invited: 1, answered: 0, satisfied: 0 },
      { cohort: '2026-2027', occasion: 'end_of_year_1', invited: 2, answered: 2, satisfied: 1 },
    ]);
  });
});
