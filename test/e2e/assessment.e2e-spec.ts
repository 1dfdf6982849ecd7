import { useTestApp } from '../support/test-app';
import { apply, createBoard, createInstitute, createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { amsterdamDate, candidateWithPassedInterview, plusDays } from '../support/assessment-fixtures';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';

const DISCLOSED = 'naam, contactgegevens, motivatiebrief, cv en selectieadvies';

describe('suitability assessments (R6, R14)', () => {
  const app = useTestApp();
  let staff: TestUser;
  let coach: TestUser;
  let boardUserA: TestUser;
  let boardUserB: TestUser;
  let instituteUserA: TestUser;
  let instituteUserB: TestUser;
  let boardA: { id: string; name: string };
  let boardB: { id: string; name: string };
  let instituteA: { id: string; name: string };
  let instituteB: { id: string; name: string };
  let today: string;

  beforeAll(async () => {
    [boardA, boardB, instituteA, instituteB] = [
      await createBoard(app()),
      await createBoard(app(), 'lelystad'),
      await createInstitute(app()),
      await createInstitute(app()),
    ];
    staff = await createUser(app(), 'staff');
    coach = await createUser(app(), 'coach');
    boardUserA = await createUser(app(), 'board', { boardId: boardA.id });
    boardUserB = await createUser(app(), 'board', { boardId: boardB.id });
    instituteUserA = await createUser(app(), 'institute', { instituteId: instituteA.id });
    instituteUserB = await createUser(app(), 'institute', { instituteId: instituteB.id });
    today = amsterdamDate(new Date());
  });

  async function requestedAssessment(options: { panelBoardId?: string; firstName?: string } = {}) {
    const candidate = await candidateWithPassedInterview(app(), options);
    const result = await staff.http.post(`/api/candidates/${candidate.candidateId}/assessments`, {
      boardId: boardA.id,
      instituteId: instituteA.id,
      requestedOn: today,
    });
    expect(result.status).toBe(201);
    return { ...candidate, assessmentId: result.body.id as string };
  }

  async function stageOf(candidateId: string): Promise<{ stage: string; closing_reason: string | null }> {
    const { rows } = await app().db.query(`SELECT stage, closing_reason FROM candidates WHERE id = $1`, [candidateId]);
    return rows[0];
  }

  async function auditActions(entity: string, entityId: string): Promise<string[]> {
    const { rows } = await app().db.query(`SELECT action FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id`, [entity, entityId]);
    return rows.map((row: { action: string }) => row.action);
  }

  describe('request', () => {
    it('staff requests one: 201 with the view, the candidate is in_assessment, and institute and board are disclosed to', async () => {
      const candidate = await candidateWithPassedInterview(app());
      const plannedPracticeDay = plusDays(today, 14);
      const result = await staff.http.post(`/api/candidates/${candidate.candidateId}/assessments`, {
        boardId: boardA.id,
        instituteId: instituteA.id,
        requestedOn: today,
        plannedPracticeDay,
      });
      expect(result.status).toBe(201);
      expect(result.body).toEqual({
        id: expect.any(String),
        candidateId: candidate.candidateId,
        candidateName: 'Sanne de Vries',
        candidateReference: candidate.reference,
        boardId: boardA.id,
        boardName: boardA.name,
        instituteId: instituteA.id,
        instituteName: instituteA.name,
        requestedOn: today,
        plannedPracticeDay,
        status: 'requested',
        outcome: null,
        decidedOn: null,
        declarationDate: null,
        validUntil: null,
        requiredTraining: null,
        requiredSupport: null,
        motivation: null,
        createdAt: expect.any(String),
      });
      expect((await stageOf(candidate.candidateId)).stage).toBe('in_assessment');

      const detail = await staff.http.get(`/api/candidates/${candidate.candidateId}`);
      expect(detail.body.disclosures).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            partyKind: 'institute',
            partyId: instituteA.id,
            purpose: 'suitability_assessment',
            disclosed: DISCLOSED,
            grantedBy: staff.id,
            revokedAt: null,
          }),
          expect.objectContaining({
            partyKind: 'board',
            partyId: boardA.id,
            purpose: 'suitability_assessment',
            disclosed: DISCLOSED,
            grantedBy: staff.id,
            revokedAt: null,
          }),
        ]),
      );
      expect((await instituteUserA.http.get(`/api/candidates/${candidate.candidateId}`)).status).toBe(200);
      expect((await boardUserA.http.get(`/api/candidates/${candidate.candidateId}`)).status).toBe(200);
      expectRefusal(await instituteUserB.http.get(`/api/candidates/${candidate.candidateId}`), 404);
      expectRefusal(await boardUserB.http.get(`/api/candidates/${candidate.candidateId}`), 404);

      expect(await auditActions('suitability_assessment', result.body.id)).toEqual(['request']);
      expect(await auditActions('candidate', candidate.candidateId)).toContain('start_assessment');
      const { rows: grantAudits } = await app().db.query(
        `SELECT count(*)::int AS count FROM audit_log a JOIN candidate_access_grants g ON g.id::text = a.entity_id
         WHERE a.entity = 'candidate_access_grant' AND a.action = 'grant' AND g.candidate_id = $1 AND g.purpose = 'suitability_assessment'`,
        [candidate.candidateId],
      );
      expect(grantAudits[0].count).toBe(2);
      const history = await staff.http.get(`/api/candidates/${candidate.candidateId}/history`);
      expect(history.body.at(-1)).toEqual(expect.objectContaining({ fromStage: 'interview_passed', toStage: 'in_assessment', actorId: staff.id }));
    });

    it('a board user requests for their own board (from the session) for a candidate from their panel', async () => {
      const candidate = await candidateWithPassedInterview(app(), { panelBoardId: boardB.id });
      const result = await boardUserB.http.post(`/api/candidates/${candidate.candidateId}/assessments`, { instituteId: instituteB.id, requestedOn: today });
      expect(result.status).toBe(201);
      expect(result.body).toEqual(expect.objectContaining({ boardId: boardB.id, boardName: boardB.name, instituteId: instituteB.id, status: 'requested' }));
      expect((await stageOf(candidate.candidateId)).stage).toBe('in_assessment');
      expect((await instituteUserB.http.get(`/api/candidates/${candidate.candidateId}`)).status).toBe(200);
      const { rows } = await app().db.query(`SELECT created_by FROM suitability_assessments WHERE id = $1`, [result.body.id]);
      expect(rows[0].created_by).toBe(boardUserB.id);
    });

    it('a board user gets 404 for another board in the body, and for a candidate they cannot see', async () => {
      const panelled = await candidateWithPassedInterview(app(), { panelBoardId: boardB.id });
      expectRefusal(
        await boardUserB.http.post(`/api/candidates/${panelled.candidateId}/assessments`, {
          boardId: boardA.id,
          instituteId: instituteA.id,
          requestedOn: today,
        }),
        404,
      );
      const unseen = await candidateWithPassedInterview(app(), { panelBoardId: boardA.id });
      expectRefusal(await boardUserB.http.post(`/api/candidates/${unseen.candidateId}/assessments`, { instituteId: instituteA.id, requestedOn: today }), 404);
      expect((await stageOf(panelled.candidateId)).stage).toBe('interview_passed');
      expect((await stageOf(unseen.candidateId)).stage).toBe('interview_passed');
      // The same board in the body is fine.
      const same = await boardUserB.http.post(`/api/candidates/${panelled.candidateId}/assessments`, {
        boardId: boardB.id,
        instituteId: instituteA.id,
        requestedOn: today,
      });
      expect(same.status).toBe(201);
    });

    it('a candidate not in interview_passed gets 409 naming the allowed stages; a second request too', async () => {
      const applied = await apply(app());
      expect((await staff.http.post(`/api/candidates/${applied.candidateId}/screening`, {})).status).toBe(200);
      const refused = await staff.http.post(`/api/candidates/${applied.candidateId}/assessments`, {
        boardId: boardA.id,
        instituteId: instituteA.id,
        requestedOn: today,
      });
      expectRefusal(refused, 409);
      expect(refused.body.message).toContain('screening');
      expect(refused.body.message).toContain('interview_scheduled');
      const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM suitability_assessments WHERE candidate_id = $1`, [applied.candidateId]);
      expect(rows[0].count).toBe(0);

      const { candidateId } = await requestedAssessment();
      const again = await staff.http.post(`/api/candidates/${candidateId}/assessments`, { boardId: boardA.id, instituteId: instituteB.id, requestedOn: today });
      expectRefusal(again, 409);
      expect(again.body.message).toContain('in_assessment');
    });

    it('of many concurrent requests for one candidate exactly one wins', async () => {
      const candidate = await candidateWithPassedInterview(app());
      const results = await Promise.all(
        Array.from({ length: 8 }, () =>
          staff.http.post(`/api/candidates/${candidate.candidateId}/assessments`, { boardId: boardA.id, instituteId: instituteA.id, requestedOn: today }),
        ),
      );
      expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM suitability_assessments WHERE candidate_id = $1`, [candidate.candidateId]);
      expect(rows[0].count).toBe(1);
    });

    it('refuses bad input naming the field, and changes nothing', async () => {
      const candidate = await candidateWithPassedInterview(app());
      const path = `/api/candidates/${candidate.candidateId}/assessments`;
      const valid = { boardId: boardA.id, instituteId: instituteA.id, requestedOn: today };
      expectRefusal(await staff.http.post(path, { instituteId: instituteA.id, requestedOn: today }), 400, 'boardId');
      expectRefusal(await staff.http.post(path, { ...valid, instituteId: 'geen-id' }), 400, 'instituteId');
      expectRefusal(await staff.http.post(path, { ...valid, instituteId: boardA.id }), 400, 'instituteId');
      expectRefusal(await staff.http.post(path, { ...valid, boardId: instituteA.id }), 400, 'boardId');
      expectRefusal(await staff.http.post(path, { ...valid, requestedOn: '2026-02-30' }), 400, 'requestedOn');
      expectRefusal(await staff.http.post(path, { ...valid, requestedOn: `${today}T10:00:00Z` }), 400, 'requestedOn');
      expectRefusal(await staff.http.post(path, { ...valid, plannedPracticeDay: plusDays(today, -1) }), 400, 'plannedPracticeDay');
      expectRefusal(await staff.http.post(path, { ...valid, requestedOn: plusDays(today, 2) }), 422, 'requestedOn');
      expectRefusal(await staff.http.post(path, { ...valid, status: 'completed' }), 400, 'status');
      expectRefusal(await staff.http.post(path, { ...valid, outcome: 'suitable' }), 400, 'outcome');
      expect((await stageOf(candidate.candidateId)).stage).toBe('interview_passed');
    });
  });

  describe('outcome', () => {
    it('the institute of the assessment records suitable: assessment_passed with the declaration stored; another institute gets 404', async () => {
      const { candidateId, assessmentId, email, reference } = await requestedAssessment();
      const body = {
        outcome: 'suitable',
        decidedOn: today,
        declarationDate: today,
        validUntil: plusDays(today, 730),
        requiredTraining: 'Verkorte deeltijdpabo',
        requiredSupport: 'Schoolopleider één dagdeel per week',
      };
      expectRefusal(await instituteUserB.http.post(`/api/assessments/${assessmentId}/outcome`, body), 404);
      expectRefusal(await instituteUserB.http.get(`/api/candidates/${candidateId}`), 404);
      expectRefusal(await instituteUserB.http.get(`/api/candidates/${candidateId}/assessments`), 404);
      expectRefusal(await boardUserA.http.post(`/api/assessments/${assessmentId}/outcome`, body), 404);

      const result = await instituteUserA.http.post(`/api/assessments/${assessmentId}/outcome`, body);
      expect(result.status).toBe(200);
      expect(result.body).toEqual(
        expect.objectContaining({
          id: assessmentId,
          status: 'completed',
          outcome: 'suitable',
          decidedOn: today,
          declarationDate: today,
          validUntil: body.validUntil,
          requiredTraining: body.requiredTraining,
          requiredSupport: body.requiredSupport,
        }),
      );
      expect((await stageOf(candidateId)).stage).toBe('assessment_passed');
      const { rows } = await app().db.query(
        `SELECT to_char(declaration_date, 'YYYY-MM-DD') AS declaration, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, version FROM suitability_assessments WHERE id = $1`,
        [assessmentId],
      );
      expect(rows[0]).toEqual({ declaration: today, valid_until: body.validUntil, version: 2 });
      expect(await auditActions('suitability_assessment', assessmentId)).toEqual(['request', 'record_outcome']);
      expect(await auditActions('candidate', candidateId)).toEqual(expect.arrayContaining(['start_assessment', 'pass_assessment']));

      const [mail] = (
        await app().mail.waitFor(() =>
          app()
            .mail.to(email)
            .some((message) => message.subject?.includes('geschikt bevonden') ?? false),
        )
      ).filter((message) => message.envelopeTo.includes(email.toLowerCase()) && (message.subject ?? '').includes('geschikt bevonden'));
      expect(mail.subject).toContain(reference);
      expect(mail.text).toContain('Gefeliciteerd');
      expect(mail.text).toContain(instituteA.name);
      expect(mail.text).toContain('Verkorte deeltijdpabo');

      const twice = await instituteUserA.http.post(`/api/assessments/${assessmentId}/outcome`, { outcome: 'not_suitable', decidedOn: today });
      expectRefusal(twice, 409);
      expect((await stageOf(candidateId)).stage).toBe('assessment_passed');
    });

    it('not_suitable rejects the candidate with the reason and mails the candidate in Dutch', async () => {
      const { candidateId, assessmentId, email } = await requestedAssessment();
      const result = await instituteUserA.http.post(`/api/assessments/${assessmentId}/outcome`, {
        outcome: 'not_suitable',
        decidedOn: today,
        motivation: 'Onvoldoende affiniteit met jonge kinderen',
      });
      expect(result.status).toBe(200);
      expect(result.body).toEqual(expect.objectContaining({ status: 'completed', outcome: 'not_suitable', declarationDate: null, validUntil: null }));
      const candidate = await stageOf(candidateId);
      expect(candidate.stage).toBe('rejected');
      expect(candidate.closing_reason).toBe('Niet geschikt bevonden in het geschiktheidsonderzoek: Onvoldoende affiniteit met jonge kinderen');
      const history = await staff.http.get(`/api/candidates/${candidateId}/history`);
      expect(history.body.at(-1)).toEqual(
        expect.objectContaining({ fromStage: 'in_assessment', toStage: 'rejected', actorId: instituteUserA.id, reason: candidate.closing_reason }),
      );
      expect(await auditActions('candidate', candidateId)).toContain('reject');

      await app().mail.waitFor(() =>
        app()
          .mail.to(email)
          .some((message) => (message.subject ?? '').startsWith('Uitkomst van je geschiktheidsonderzoek')),
      );
      await waitForQuiet(app());
      const mails = app()
        .mail.to(email)
        .filter((message) => (message.subject ?? '').startsWith('Uitkomst van je geschiktheidsonderzoek'));
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain('niet geschikt bevonden');
      expect(mails[0].text).not.toContain('Onvoldoende affiniteit');
      await expectSentOnce(app(), 'assessment_outcome', assessmentId, [{ dueKey: 'not_suitable', recipient: email }]);
    });

    it('refuses a suitable outcome without declarationDate (400), a declaration with not_suitable (400) and a decision in the future (422)', async () => {
      const { candidateId, assessmentId } = await requestedAssessment();
      const path = `/api/assessments/${assessmentId}/outcome`;
      expectRefusal(await instituteUserA.http.post(path, { outcome: 'suitable', decidedOn: today }), 400, 'declarationDate');
      expectRefusal(await instituteUserA.http.post(path, { outcome: 'not_suitable', decidedOn: today, declarationDate: today }), 400, 'declarationDate');
      expectRefusal(
        await instituteUserA.http.post(path, { outcome: 'suitable', decidedOn: today, declarationDate: today, validUntil: today }),
        400,
        'validUntil',
      );
      expectRefusal(await instituteUserA.http.post(path, { outcome: 'geschikt', decidedOn: today }), 400, 'outcome');
      expectRefusal(await instituteUserA.http.post(path, { outcome: 'suitable' }), 400, 'decidedOn');
      expectRefusal(
        await instituteUserA.http.post(path, { outcome: 'suitable', decidedOn: plusDays(today, 1), declarationDate: plusDays(today, 1) }),
        422,
        'decidedOn',
      );
      expectRefusal(await instituteUserA.http.post(path, { outcome: 'suitable', decidedOn: plusDays(today, -1), declarationDate: today }), 422, 'decidedOn');
      expectRefusal(await instituteUserA.http.post(path, { outcome: 'not_suitable', decidedOn: today, stage: 'qualified' }), 400, 'stage');
      expect((await stageOf(candidateId)).stage).toBe('in_assessment');
      const { rows } = await app().db.query(`SELECT status, version FROM suitability_assessments WHERE id = $1`, [assessmentId]);
      expect(rows[0]).toEqual({ status: 'requested', version: 1 });
    });

    it('staff may record an outcome too', async () => {
      const { candidateId, assessmentId } = await requestedAssessment();
      const result = await staff.http.post(`/api/assessments/${assessmentId}/outcome`, { outcome: 'suitable', decidedOn: today, declarationDate: today });
      expect(result.status).toBe(200);
      expect(result.body.validUntil).toBeNull();
      expect((await stageOf(candidateId)).stage).toBe('assessment_passed');
    });

    it('an unknown or malformed assessment id answers 404', async () => {
      for (const id of ['geen-uuid', '00000000-0000-4000-8000-000000000000', "' OR '1'='1"]) {
        expectRefusal(await staff.http.post(`/api/assessments/${encodeURIComponent(id)}/outcome`, { outcome: 'not_suitable', decidedOn: today }), 404);
      }
    });
  });

  describe('reading', () => {
    it('each party lists only its own assessments; a coach gets 404 everywhere', async () => {
      const mine = await requestedAssessment({ panelBoardId: boardA.id });
      const other = await candidateWithPassedInterview(app(), { panelBoardId: boardB.id });
      const theirs = (await boardUserB.http.post(`/api/candidates/${other.candidateId}/assessments`, { instituteId: instituteB.id, requestedOn: today })).body
        .id as string;

      const ids = (result: { body: { id: string }[] }) => result.body.map((view) => view.id);
      const staffList = await staff.http.get('/api/assessments?status=requested');
      expect(ids(staffList)).toEqual(expect.arrayContaining([mine.assessmentId, theirs]));
      expect(staffList.body.every((view: { status: string }) => view.status === 'requested')).toBe(true);
      // The list names each candidate, so the page needs no request per row.
      expect(staffList.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            id: theirs,
            candidateId: other.candidateId,
            candidateName: 'Sanne de Vries',
            candidateReference: other.reference,
            boardName: boardB.name,
            instituteName: instituteB.name,
          }),
        ]),
      );
      expect(ids(await instituteUserA.http.get('/api/assessments'))).toContain(mine.assessmentId);
      expect(ids(await instituteUserA.http.get('/api/assessments'))).not.toContain(theirs);
      expect(ids(await instituteUserB.http.get('/api/assessments'))).toContain(theirs);
      expect(ids(await instituteUserB.http.get('/api/assessments'))).not.toContain(mine.assessmentId);
      expect((await boardUserA.http.get('/api/assessments')).body.every((view: { boardId: string }) => view.boardId === boardA.id)).toBe(true);
      expect((await boardUserB.http.get('/api/assessments')).body.every((view: { boardId: string }) => view.boardId === boardB.id)).toBe(true);
      expectRefusal(await staff.http.get('/api/assessments?status=open'), 400, 'status');

      expect(ids(await staff.http.get(`/api/candidates/${mine.candidateId}/assessments`))).toEqual([mine.assessmentId]);
      expect(ids(await instituteUserA.http.get(`/api/candidates/${mine.candidateId}/assessments`))).toEqual([mine.assessmentId]);
      expect(ids(await boardUserA.http.get(`/api/candidates/${mine.candidateId}/assessments`))).toEqual([mine.assessmentId]);
      expectRefusal(await boardUserB.http.get(`/api/candidates/${mine.candidateId}/assessments`), 404);
      expectRefusal(await instituteUserB.http.get(`/api/candidates/${mine.candidateId}/assessments`), 404);

      expectRefusal(await coach.http.get('/api/assessments'), 404);
      expectRefusal(await coach.http.get(`/api/candidates/${mine.candidateId}/assessments`), 404);
      expectRefusal(await coach.http.get(`/api/candidates/${mine.candidateId}`), 404);
      expectRefusal(await coach.http.post(`/api/assessments/${mine.assessmentId}/outcome`, { outcome: 'not_suitable', decidedOn: today }), 404);
      const fresh = await candidateWithPassedInterview(app());
      expectRefusal(
        await coach.http.post(`/api/candidates/${fresh.candidateId}/assessments`, { boardId: boardA.id, instituteId: instituteA.id, requestedOn: today }),
        404,
      );
      expectRefusal(
        await instituteUserA.http.post(`/api/candidates/${fresh.candidateId}/assessments`, {
          boardId: boardA.id,
          instituteId: instituteA.id,
          requestedOn: today,
        }),
        404,
      );
      expect((await stageOf(fresh.candidateId)).stage).toBe('interview_passed');
    });
  });
});
