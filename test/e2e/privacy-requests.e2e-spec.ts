import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply, createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { waitForQuiet } from '../support/quiet';
import { unzip } from '../support/zip-reader';
import { candidateInScreening, interviewBody, panelBoard, type PanelBoard } from '../support/selection-fixtures';
import { boardWithSchool } from '../support/placement-fixtures';
import { candidatesAtAssessmentPassed, place, programmeBody } from '../support/programme-fixtures';

/** Thursday 25 March 2027: 09:00 UTC is the interview's start (10:00 Amsterdam). */
const BEFORE_THE_INTERVIEW = new Date('2027-03-25T08:00:00Z');
const THE_START = new Date('2027-03-25T09:00:00Z');
const ADVICE = 'ADVIES-vertrouwelijk-7f3a';
const OUTCOME = 'UITKOMST-vertrouwelijk-91bd';
const SESSION_NOTE = 'SESSIE-vertrouwelijk-3c5e';
const RISK_NOTE = 'RISICO-vertrouwelijk-d41a';
const SURVEY_COMMENT = 'ENQUETE-vertrouwelijk-08f2';
const EXTENSION_REASON = 'Verlengd na overleg met de opleiding';

/**
 * Issue 13 item 8, R13: the desk records inspection and erasure requests with their deadlines,
 * exports everything held on a person as a zip, and erases on request through the retention's
 * own code path, the files only after the commit (by an outbox job that survives a stopped worker).
 */
describe('data subject requests: deadlines, the inspection export and erasure on request (R13)', () => {
  const clock = new FixedClock(BEFORE_THE_INTERVIEW);
  const app = useTestApp({ clock, config: { sessionIdleMinutes: 24 * 60 } });
  let staff: TestUser;
  let board: PanelBoard;
  let rejected: { candidateId: string; email: string; reference: string; interviewId: string };

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    board = await panelBoard(app());
    const candidate = await candidateInScreening(app(), staff.http);
    const interview = await staff.http.post(`/api/candidates/${candidate.candidateId}/interviews`, interviewBody(staff, [board]));
    expect(interview.status).toBe(201);
    rejected = { ...candidate, interviewId: interview.body.id };
    clock.set(THE_START);
    const advice = { advice: 'negative', wouldEmploy: false, motivation: ADVICE };
    expect((await board.representative.http.post(`/api/interviews/${rejected.interviewId}/advice`, advice)).status).toBe(200);
    expect((await staff.http.post(`/api/interviews/${rejected.interviewId}/outcome`, { outcome: 'negative', motivation: OUTCOME })).status).toBe(200);
    await waitForQuiet(app());
  });

  async function download(candidateId: string): Promise<{ status: number; type: string | null; entries: Map<string, Buffer> }> {
    const response = await fetch(`${app().baseUrl}/api/candidates/${candidateId}/export`, { headers: { authorization: `Bearer ${staff.token}` } });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, type: response.headers.get('content-type'), entries: response.status === 200 ? await unzip(body) : new Map() };
  }

  it('the deadline is receipt + 1 month, clamped (31 January → 28 or 29 February); an extension once, by at most two months, from receipt', async () => {
    const { candidateId } = await apply(app());
    const record = (receivedOn: string, kind = 'inspection') => staff.http.post('/api/data-requests', { candidateId, kind, receivedOn });
    const plain = await record('2027-01-31');
    expect(plain.status).toBe(201);
    expect(plain.body).toEqual(
      expect.objectContaining({ kind: 'inspection', receivedOn: '2027-01-31', deadline: '2027-02-28', status: 'open', overdue: true }),
    );
    expect((await record('2024-01-31', 'erasure')).body).toEqual(expect.objectContaining({ deadline: '2024-02-29', kind: 'erasure' }));
    expect((await record('2027-03-25')).body).toEqual(expect.objectContaining({ deadline: '2027-04-25', overdue: false }));

    const list = await staff.http.get('/api/data-requests');
    expect(list.status).toBe(200);
    expect(list.body.requests.map((request: { deadline: string }) => request.deadline)).toEqual(['2024-02-29', '2027-02-28', '2027-04-25']);
    expect(list.body.retention).toEqual({ applicantDays: 28, consentMonths: 12, programmeYears: 4 });

    const extended = await staff.http.post(`/api/data-requests/${plain.body.id}/extend`, { months: 2, reason: 'Veel stukken bij drie besturen' });
    expect(extended.status).toBe(200);
    expect(extended.body).toEqual(
      expect.objectContaining({ deadline: '2027-04-30', extendedByMonths: 2, extensionReason: 'Veel stukken bij drie besturen', overdue: false }),
    );
    expectRefusal(await staff.http.post(`/api/data-requests/${plain.body.id}/extend`, { months: 1, reason: 'Nog eens' }), 409);

    const other = (await record('2027-03-01')).body.id;
    expectRefusal(await staff.http.post(`/api/data-requests/${other}/extend`, { months: 3, reason: 'Te lang' }), 400, 'months');
    expectRefusal(await staff.http.post(`/api/data-requests/${other}/extend`, { months: 1 }), 400, 'reason');
    expectRefusal(await record('2027-03-26'), 422, 'receivedOn');
    expectRefusal(await record('2027-02-30'), 400, 'receivedOn');
    expectRefusal(await record('2027-03-01', 'correction'), 400, 'kind');
    expectRefusal(
      await staff.http.post('/api/data-requests', { candidateId: '8c4b4c2e-6f4f-4a55-9f3a-3e0f8f7c1d11', kind: 'inspection', receivedOn: '2027-03-01' }),
      404,
    );

    const { rows } = await app().db.query(`SELECT action, changed_fields FROM audit_log WHERE entity = 'data_request' AND entity_id = $1 ORDER BY id`, [
      plain.body.id,
    ]);
    expect(rows).toEqual([
      { action: 'record', changed_fields: ['candidateId', 'kind', 'receivedOn', 'deadline'] },
      { action: 'extend', changed_fields: ['deadline', 'extendedByMonths', 'extensionReason'] },
    ]);
  });

  it('the export is a zip of gegevens.json (everything held on the person) and the documents under their kept names; the download is audited', async () => {
    const request = await staff.http.post('/api/data-requests', { candidateId: rejected.candidateId, kind: 'inspection', receivedOn: '2027-03-20' });
    expect(request.status).toBe(201);
    const exported = await download(rejected.candidateId);
    expect(exported.status).toBe(200);
    expect(exported.type).toBe('application/zip');
    const { rows: documents } = await app().db.query(`SELECT file_name AS "fileName", sha256 FROM candidate_documents WHERE candidate_id = $1 ORDER BY kind`, [
      rejected.candidateId,
    ]);
    expect([...exported.entries.keys()].sort()).toEqual(
      ['gegevens.json', ...documents.map((document: { fileName: string }) => `documenten/${document.fileName}`)].sort(),
    );
    for (const document of documents) {
      const bytes = exported.entries.get(`documenten/${document.fileName}`)!;
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
    }
    const data = JSON.parse(exported.entries.get('gegevens.json')!.toString('utf8'));
    expect(data.candidate).toEqual(expect.objectContaining({ id: rejected.candidateId, email: rejected.email, firstName: 'Sanne', stage: 'rejected' }));
    expect(data.documents).toHaveLength(2);
    expect(data.history.map((entry: { toStage: string }) => entry.toStage)).toEqual(expect.arrayContaining(['applied', 'screening', 'rejected']));
    expect(data.interviews[0]).toEqual(expect.objectContaining({ id: rejected.interviewId, outcome: expect.objectContaining({ motivation: OUTCOME }) }));
    expect(data.interviews[0].boards[0].advice).toEqual(expect.objectContaining({ motivation: ADVICE }));
    expect(data.disclosures.length).toBeGreaterThan(0);
    expect(data.dataRequests).toEqual([expect.objectContaining({ id: request.body.id, kind: 'inspection' })]);
    const kinds = data.notifications.map(
      (message: { kind: string; recipient: string }) => `${message.kind} ${message.recipient === rejected.email ? 'candidate' : 'other'}`,
    );
    expect(kinds).toEqual(expect.arrayContaining(['application_confirmation candidate', 'interview_invitation candidate']));
    const audited = data.audit.map((row: { entity: string; action: string }) => `${row.entity} ${row.action}`);
    expect(audited).toEqual(
      expect.arrayContaining([
        'candidate apply',
        'candidate screening',
        'selection_interview schedule',
        'candidate_access_grant grant',
        'data_request record',
        'candidate export',
      ]),
    );
    const { rows } = await app().db.query(`SELECT actor_id AS "actorId", changed_fields AS fields FROM audit_log WHERE entity_id = $1 AND action = 'export'`, [
      rejected.candidateId,
    ]);
    expect(rows).toEqual([{ actorId: staff.id, fields: [] }]);
  });

  it('completing an erasure request erases through the one code path; the files go after the commit, also when the worker was down meanwhile', async () => {
    const { rows: before } = await app().db.query(`SELECT storage_key AS key FROM candidate_documents WHERE candidate_id = $1`, [rejected.candidateId]);
    const fileExists = (key: string) =>
      access(join(app().storageDirectory, 'documents', key)).then(
        () => true,
        () => false,
      );
    const request = await staff.http.post('/api/data-requests', { candidateId: rejected.candidateId, kind: 'erasure', receivedOn: '2027-03-24' });
    await app().stopWorker();
    const completed = await staff.http.post(`/api/data-requests/${request.body.id}/complete`, {});
    expect(completed.status).toBe(200);
    expect(completed.body).toEqual(expect.objectContaining({ status: 'completed', candidateName: '', candidateReference: rejected.reference }));
    // Committed, the files not yet removed: the job waits in the outbox for a worker.
    for (const { key } of before) expect(await fileExists(key)).toBe(true);
    const { rows: pending } = await app().db.query(`SELECT payload FROM outbox_jobs WHERE name = 'privacy.remove-documents' AND status = 'pending'`);
    expect(pending).toEqual([
      { payload: { candidateId: rejected.candidateId, storageKeys: expect.arrayContaining(before.map((row: { key: string }) => row.key)) } },
    ]);
    await app().startWorker();
    await waitForQuiet(app());
    for (const { key } of before) expect(await fileExists(key)).toBe(false);

    const { rows: interview } = await app().db.query(
      `SELECT i.location, i.outcome, i.outcome_motivation AS "outcomeMotivation", b.advice, b.motivation AS "adviceMotivation", i.starts_at IS NOT NULL AS dated
       FROM selection_interviews i JOIN selection_interview_boards b ON b.interview_id = i.id WHERE i.id = $1`,
      [rejected.interviewId],
    );
    expect(interview).toEqual([{ location: '-', outcome: 'negative', outcomeMotivation: '', advice: 'negative', adviceMotivation: '', dated: true }]);
    const { rows: messages } = await app().db.query(`SELECT recipient, title, body FROM notifications WHERE subject_id = ANY($1::uuid[])`, [
      [rejected.candidateId, rejected.interviewId],
    ]);
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) expect(message).toEqual({ recipient: expect.not.stringContaining(rejected.email), title: '', body: '' });
    expect(messages.map((message: { recipient: string }) => message.recipient)).toEqual(expect.arrayContaining([board.representative.email, staff.email]));
    const { rows: audit } = await app().db.query(`SELECT entity, action FROM audit_log WHERE action IN ('erase', 'complete') ORDER BY id`);
    expect(audit).toEqual([
      { entity: 'candidate', action: 'erase' },
      { entity: 'selection_interview', action: 'erase' },
      { entity: 'data_request', action: 'complete' },
    ]);

    expectRefusal(await staff.http.post(`/api/data-requests/${request.body.id}/complete`, {}), 409);
    const detail = await staff.http.get(`/api/candidates/${rejected.candidateId}`);
    expect(detail.body).toEqual(expect.objectContaining({ firstName: '', lastName: '', email: '', erasedAt: expect.any(String), documents: [] }));

    // What is left to export holds nothing personal: no name, address, motivations or documents.
    const after = await download(rejected.candidateId);
    expect([...after.entries.keys()]).toEqual(['gegevens.json']);
    const text = after.entries.get('gegevens.json')!.toString('utf8');
    for (const secret of [rejected.email, 'Sanne', 'de Vries', '06 12345678', ADVICE, OUTCOME, 'Stationsplein']) expect(text).not.toContain(secret);
  });

  it("a participant's export holds the programme, coach assignments, sessions, at-risk flag and survey; after erasure their notes and comment are empty, dates, minutes and score stay", async () => {
    const coach = await createUser(app(), 'coach');
    expect((await staff.http.post('/api/coaches', { userId: coach.id, regions: ['almere'], maxCaseload: 5, active: true })).status).toBe(204);
    const school = await boardWithSchool(app());
    const [candidateId] = await candidatesAtAssessmentPassed(app(), 1);
    await place(staff.http, candidateId, school, '2026-09-01');
    const started = await staff.http.post('/api/programmes', programmeBody(candidateId, { startDate: '2026-10-01', conductCertificateDate: '2026-09-01' }));
    expect(started.status).toBe(201);
    const programmeId = started.body.id as string;
    await waitForQuiet(app());
    const path = `/api/programmes/${programmeId}`;
    const session = await coach.http.post(`${path}/coaching-sessions`, { date: '2026-11-12', minutes: 90, kind: 'observation', note: SESSION_NOTE });
    expect(session.status).toBe(201);
    expect((await coach.http.put(`${path}/risk`, { level: 'medium', note: RISK_NOTE })).status).toBe(204);
    expect((await staff.http.post(`${path}/extend`, { months: 2, reason: EXTENSION_REASON })).status).toBe(200);
    expect((await staff.http.put(`${path}/subsidy`, { appliedOn: '2026-11-01', amount: 20000 })).status).toBe(200);
    // Qualification invites the candidate to the survey; they answer through the one-time link, without logging in.
    const { rows: contact } = await app().db.query<{ email: string }>(`SELECT email FROM candidates WHERE id = $1`, [candidateId]);
    expect((await staff.http.post(`${path}/qualify`, { qualifiedOn: '2027-03-20' })).status).toBe(200);
    await app().mail.waitFor(() =>
      app()
        .mail.to(contact[0].email)
        .some((message) => (message.subject ?? '').includes('tevreden')),
    );
    const invitation = app()
      .mail.to(contact[0].email)
      .find((message) => (message.subject ?? '').includes('tevreden'));
    const token = /\/enquete\/([A-Za-z0-9_-]+)/.exec(invitation?.text ?? '')?.[1] ?? '';
    const answered = await new HttpClient(app().baseUrl).post(`/api/surveys/${token}`, { score: 8, comment: SURVEY_COMMENT });
    expect(answered.status).toBe(200);
    await waitForQuiet(app());

    const exported = await download(candidateId);
    expect(exported.status).toBe(200);
    const text = exported.entries.get('gegevens.json')!.toString('utf8');
    const data = JSON.parse(text);
    expect(data.programmes).toEqual([
      expect.objectContaining({
        id: programmeId,
        route: 'zij_instroom',
        routeName: expect.any(String),
        startDate: '2026-10-01',
        conductCertificateDate: '2026-09-01',
        extensionMonths: 2,
        status: 'qualified',
        endedOn: '2027-03-20',
        dropoutReason: null,
        previousProgrammeId: null,
        nextProgrammeId: null,
        extensions: [expect.objectContaining({ months: 2, reason: EXTENSION_REASON })],
        subsidy: expect.objectContaining({ programmeId, appliedOn: '2026-11-01', amount: 20000 }),
        repaymentTask: null,
      }),
    ]);
    expect(data.coachAssignments).toEqual([
      expect.objectContaining({ programmeId, coachId: coach.id, coachName: 'Test coach', fromDate: '2026-10-01', overrideReason: null }),
    ]);
    expect(data.coachingSessions).toEqual([
      expect.objectContaining({
        id: session.body.id,
        programmeId,
        date: '2026-11-12',
        minutes: 90,
        kind: 'observation',
        note: SESSION_NOTE,
        authorId: coach.id,
        authorName: 'Test coach',
      }),
    ]);
    expect(data.riskFlags).toEqual([
      expect.objectContaining({ programmeId, level: 'medium', note: RISK_NOTE, flaggedBy: coach.id, flaggedAt: expect.any(String) }),
    ]);
    expect(data.surveys).toEqual([
      expect.objectContaining({
        programmeId,
        occasion: 'qualification',
        sentAt: expect.any(String),
        answeredAt: expect.any(String),
        score: 8,
        comment: SURVEY_COMMENT,
      }),
    ]);
    // The link's token and its hash stay out of the export.
    const { rows: hashes } = await app().db.query<{ hash: string }>(`SELECT token_hash AS hash FROM satisfaction_surveys WHERE candidate_id = $1`, [
      candidateId,
    ]);
    expect(hashes).toHaveLength(1);
    for (const secret of [token, hashes[0].hash]) expect(text).not.toContain(secret);
    expect(data.surveys[0]).not.toHaveProperty('tokenHash');
    // The messages and audit rows about those records come with them.
    const surveyId = data.surveys[0].id as string;
    expect(data.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'satisfaction_survey', subjectId: surveyId, recipient: contact[0].email })]),
    );
    const audited = data.audit.map((row: { entity: string; action: string }) => `${row.entity} ${row.action}`);
    expect(audited).toEqual(
      expect.arrayContaining([
        'programme start',
        'programme extend',
        'programme qualify',
        'subsidy update',
        'coach_assignment assign',
        'coaching_session create',
        'programme_risk flag',
        'satisfaction_survey invite',
        'satisfaction_survey answer',
      ]),
    );

    const request = await staff.http.post('/api/data-requests', { candidateId, kind: 'erasure', receivedOn: '2027-03-24' });
    expect(request.status).toBe(201);
    expect((await staff.http.post(`/api/data-requests/${request.body.id}/complete`, {})).status).toBe(200);
    await waitForQuiet(app());
    const after = await download(candidateId);
    const erasedText = after.entries.get('gegevens.json')!.toString('utf8');
    const erased = JSON.parse(erasedText);
    for (const secret of [SESSION_NOTE, RISK_NOTE, SURVEY_COMMENT, EXTENSION_REASON, contact[0].email]) expect(erasedText).not.toContain(secret);
    expect(erased.programmes).toEqual([
      expect.objectContaining({
        id: programmeId,
        startDate: '2026-10-01',
        status: 'qualified',
        endedOn: '2027-03-20',
        // The reason is free text (at times about health): it goes; the months stay.
        extensions: [expect.objectContaining({ months: 2, reason: '' })],
      }),
    ]);
    expect(erased.coachAssignments).toEqual([expect.objectContaining({ programmeId, coachName: 'Test coach', fromDate: '2026-10-01' })]);
    expect(erased.coachingSessions).toEqual([expect.objectContaining({ date: '2026-11-12', minutes: 90, kind: 'observation', note: '' })]);
    expect(erased.riskFlags).toEqual([expect.objectContaining({ level: 'medium', note: '', flaggedAt: data.riskFlags[0].flaggedAt })]);
    expect(erased.surveys).toEqual([
      expect.objectContaining({ occasion: 'qualification', sentAt: data.surveys[0].sentAt, answeredAt: data.surveys[0].answeredAt, score: 8, comment: null }),
    ]);
  });

  it('an erasure request for a dossier still running is refused (409) and stays open; nothing is erased', async () => {
    const running = await candidateInScreening(app(), staff.http);
    const request = await staff.http.post('/api/data-requests', { candidateId: running.candidateId, kind: 'erasure', receivedOn: '2027-03-24' });
    const refused = await staff.http.post(`/api/data-requests/${request.body.id}/complete`, {});
    expectRefusal(refused, 409);
    expect(refused.body.message).toContain('Sluit het dossier eerst af');
    const { rows } = await app().db.query(
      `SELECT r.status, c.erased_at AS "erasedAt" FROM data_requests r JOIN candidates c ON c.id = r.candidate_id WHERE r.id = $1`,
      [request.body.id],
    );
    expect(rows).toEqual([{ status: 'open', erasedAt: null }]);
    // An inspection request completes without erasing.
    const inspection = await staff.http.post('/api/data-requests', { candidateId: running.candidateId, kind: 'inspection', receivedOn: '2027-03-24' });
    expect((await staff.http.post(`/api/data-requests/${inspection.body.id}/complete`, {})).body.status).toBe('completed');
    expect((await staff.http.get(`/api/candidates/${running.candidateId}`)).body.erasedAt).toBeNull();
  });
});
