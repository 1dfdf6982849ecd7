import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Agent } from 'node:http';
import { basename } from 'node:path';
import { useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { applicationFields, applicationForm, apply, createUser, fixture, openDossierOf, type TestUser } from '../support/factories';
import { eventually, expectRefusal, filesUnder } from '../support/expectations';
import { encodeForm, sendOnce } from '../support/raw-http';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce, notificationTally } from '../support/notifications';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const PDF = { content: fixture('motivatiebrief.pdf'), name: 'motivatiebrief.pdf', type: 'application/pdf' };
const DOCX = { content: fixture('cv.docx'), name: 'cv.docx' };
/** R3: the one answer to every accepted form, whether it made a dossier or not. */
const RECEIVED = { status: 'received', message: 'Bedankt voor je aanmelding. Je ontvangt binnen enkele minuten een e-mail met je aanmeldnummer.' };

describe('public applications (R1, R2, R3)', () => {
  const app = useTestApp();
  let anonymous: HttpClient;
  let staff: TestUser;

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    staff = await createUser(app(), 'staff');
  });

  async function candidatesWithEmail(email: string): Promise<number> {
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM candidates WHERE lower(email) = lower($1)`, [email]);
    return rows[0].count;
  }

  /** The dossier an accepted form made: the answer names none (R3), so it is found by its address. */
  async function dossierOf(email: string): Promise<{ candidateId: string; reference: string }> {
    const dossier = await openDossierOf(app(), email);
    if (!dossier) throw new Error(`no open dossier for ${email}`);
    return dossier;
  }

  /** Posts a form and checks that the refusal left no candidate and no file behind. */
  async function refusedWithoutTrace(form: FormData, email: string, status: number, field?: string): Promise<HttpResult> {
    const before = await filesUnder(app().storageDirectory);
    const result = await anonymous.postForm('/api/applications', form);
    expectRefusal(result, status, field);
    expect(await candidatesWithEmail(email)).toBe(0);
    expect(await filesUnder(app().storageDirectory)).toEqual(before);
    return result;
  }

  describe('accepted', () => {
    it('keeps the dossier, the documents with their SHA-256, and mails the candidate and staff in Dutch', async () => {
      const fields = applicationFields({ firstName: 'Fatima' });
      const result = await anonymous.postForm('/api/applications', applicationForm({ ...fields }));
      expect(result.status).toBe(202);
      expect(result.body).toEqual(RECEIVED);
      const { candidateId, reference } = await dossierOf(fields.email);
      expect(reference).toMatch(/^ZI-\d{4}-\d{5}$/);

      const { rows: candidates } = await app().db.query(`SELECT stage, email, degree_level, consent_to_keep FROM candidates WHERE id = $1`, [candidateId]);
      expect(candidates[0]).toEqual({ stage: 'applied', email: fields.email, degree_level: 'wo_master', consent_to_keep: false });
      const { rows: documents } = await app().db.query(
        `SELECT kind, sha256, storage_key, size_bytes FROM candidate_documents WHERE candidate_id = $1 ORDER BY kind`,
        [candidateId],
      );
      expect(documents.map((row: { kind: string; sha256: string }) => [row.kind, row.sha256])).toEqual([
        ['cv', sha256(DOCX.content)],
        ['motivation_letter', sha256(PDF.content)],
      ]);
      const stored = await filesUnder(app().storageDirectory);
      for (const document of documents as { storage_key: string; sha256: string }[]) {
        const path = stored.find((file) => basename(file) === document.storage_key);
        expect(path).toBeDefined();
        expect(sha256(await readFile(path as string))).toBe(document.sha256);
      }

      await app().mail.waitFor(
        () =>
          app().mail.to(fields.email).length === 1 &&
          app()
            .mail.to(staff.email)
            .some((mail) => mail.subject?.includes(reference)),
      );
      const confirmation = app().mail.to(fields.email)[0];
      expect(confirmation.subject).toContain(reference);
      expect(confirmation.subject).toMatch(/aanmelding/i);
      expect(confirmation.text).toContain('Beste Fatima');
      expect(confirmation.text).toContain(reference);
      const staffMail = app()
        .mail.to(staff.email)
        .find((mail) => mail.subject?.includes(reference));
      expect(staffMail?.text).toContain(`/kandidaten/${candidateId}`);
      // Both are kept as notifications, once per recipient; the candidate got exactly one mail.
      const notifications = await eventually(async () => {
        const { rows } = await app().db.query(`SELECT kind, recipient, status FROM notifications WHERE subject_id = $1`, [candidateId]);
        return rows.every((row: { status: string }) => row.status === 'sent') && rows;
      }, 'notifications marked sent');
      expect(notifications).toEqual(
        expect.arrayContaining([
          { kind: 'application_confirmation', recipient: fields.email, status: 'sent' },
          { kind: 'new_application', recipient: staff.email, status: 'sent' },
        ]),
      );
      expect(app().mail.to(fields.email)).toHaveLength(1);
      await waitForQuiet(app());
      expect(app().mail.to(fields.email)).toHaveLength(1);
      await expectSentOnce(app(), 'application_confirmation', candidateId, [{ dueKey: 'once', recipient: fields.email }]);
    });

    it('accepts every eligible degree level', async () => {
      for (const degreeLevel of ['hbo_bachelor', 'hbo_master', 'wo_bachelor', 'wo_master']) {
        const result = await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ degreeLevel }) }));
        expect({ degreeLevel, status: result.status }).toEqual({ degreeLevel, status: 202 });
      }
    });

    it('judges documents by content: a PDF named .docx is kept as a PDF', async () => {
      const fields = applicationFields();
      const result = await anonymous.postForm(
        '/api/applications',
        applicationForm({ ...fields }, { motivationLetter: PDF, cv: { content: PDF.content, name: 'cv.docx' } }),
      );
      expect(result.status).toBe(202);
      const { candidateId } = await dossierOf(fields.email);
      const { rows } = await app().db.query(`SELECT media_type FROM candidate_documents WHERE candidate_id = $1 AND kind = 'cv'`, [candidateId]);
      expect(rows[0].media_type).toBe('application/pdf');
    });

    it('stores a path-trick file name under a generated name; the download names only the base name', async () => {
      const fields = applicationFields();
      const trick = { content: PDF.content, name: '../../etc/passwd.pdf', type: 'application/pdf' };
      const result = await anonymous.postForm('/api/applications', applicationForm({ ...fields }, { motivationLetter: trick, cv: DOCX }));
      expect(result.status).toBe(202);
      const { candidateId } = await dossierOf(fields.email);
      const stored = await filesUnder(app().storageDirectory);
      expect(stored.every((path) => path.startsWith(app().storageDirectory))).toBe(true);
      expect(stored.some((path) => path.includes('passwd'))).toBe(false);
      const { rows } = await app().db.query(`SELECT id, file_name FROM candidate_documents WHERE candidate_id = $1 AND kind = 'motivation_letter'`, [
        candidateId,
      ]);
      expect(rows[0].file_name).toBe('passwd.pdf');
      const download = await fetch(`${app().baseUrl}/api/candidates/${candidateId}/documents/${rows[0].id}`, {
        headers: { authorization: `Bearer ${staff.token}` },
      });
      expect(download.status).toBe(200);
      const disposition = download.headers.get('content-disposition') ?? '';
      expect(disposition).toContain('filename="passwd.pdf"');
      expect(disposition).not.toMatch(/\.\.|\/etc/);
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF.content)).toBe(true);
    });
  });

  describe('R1 eligibility and data minimisation', () => {
    it.each([
      ['mbo', /kun je je wel aanmelden voor: Associate degree Pedagogisch Educatief Professional \(Ad PEP\)\./],
      ['associate_degree', /kun je je wel aanmelden voor: Associate degree Pedagogisch Educatief Professional \(Ad PEP\)\./],
      ['other', /Geen van onze routes past bij je opleiding.*pabo/],
    ])(
      'refuses degree level %s for zij-instroom with 422 that explains the requirement and names the routes that fit, and keeps nothing',
      async (degreeLevel, fitting) => {
        const fields = applicationFields({ degreeLevel });
        const result = await refusedWithoutTrace(applicationForm({ ...fields }), fields.email, 422, 'degreeLevel');
        expect(result.body.message).toMatch(
          /^Voor de route Zij-instroom heb je een afgeronde opleiding nodig: hbo-bachelor \(240 EC\), hbo-master, wo-bachelor \(180 EC\) of wo-master\./,
        );
        expect(result.body.message).toMatch(fitting);
        expect(result.body.message).toMatch(/We hebben je gegevens niet bewaard\.$/);
        expect(result.body.code).toBe('candidates.ineligible_degree');
      },
    );

    it('refuses an unknown degree level with 400 naming degreeLevel', async () => {
      const fields = applicationFields({ degreeLevel: 'phd' });
      await refusedWithoutTrace(applicationForm({ ...fields }), fields.email, 400, 'degreeLevel');
    });

    it.each(['bsn', 'healthNotes', 'dateOfBirth', 'nationality'])('refuses the unknown text field %s by name, keeping nothing', async (field) => {
      const fields = applicationFields();
      await refusedWithoutTrace(applicationForm({ ...fields, [field]: '123456782' }), fields.email, 400, field);
    });

    it.each(['idCopy', 'photo'])('refuses the unknown file %s by name, keeping nothing — wherever it is in the form', async (field) => {
      const fields = applicationFields();
      const image = { content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), name: 'foto.jpg', type: 'image/jpeg' };
      await refusedWithoutTrace(applicationForm({ ...fields }, { [field]: image, motivationLetter: PDF, cv: DOCX }), fields.email, 400, field);
      await refusedWithoutTrace(applicationForm({ ...fields }, { motivationLetter: PDF, cv: DOCX, [field]: image }), fields.email, 400, field);
    });

    it('refuses missing or malformed fields by name', async () => {
      const fields = applicationFields();
      const { firstName: _, ...withoutFirstName } = fields;
      await refusedWithoutTrace(applicationForm({ ...withoutFirstName }), fields.email, 400, 'firstName');
      await refusedWithoutTrace(applicationForm({ ...fields, email: 'geen-adres' }), 'geen-adres', 400, 'email');
      await refusedWithoutTrace(applicationForm({ ...fields, region: 'utrecht' }), fields.email, 400, 'region');
      await refusedWithoutTrace(applicationForm({ ...fields, phone: 'bel me' }), fields.email, 400, 'phone');
      await refusedWithoutTrace(applicationForm({ ...fields, consentToKeep: 'misschien' }), fields.email, 400, 'consentToKeep');
      await refusedWithoutTrace(applicationForm({ ...fields, lastName: 'x'.repeat(5000) }), fields.email, 400, 'lastName');
    });

    it('a form refused halfway leaves the keep-alive connection usable for the next request', async () => {
      // Found by fuzz.e2e-spec: the refusal came before the files were read, the rest of the upload
      // stayed unread, and the next request on that connection was never answered.
      const connection = new Agent({ keepAlive: true, maxSockets: 1 });
      const postOnConnection = (form: { body: Buffer; contentType: string }) =>
        sendOnce(app().baseUrl, 'POST', '/api/applications', form.body, { 'content-type': form.contentType }, { agent: connection, timeoutMs: 3000 });
      try {
        for (let round = 0; round < 3; round += 1) {
          const fields = applicationFields();
          const bigPdf = { content: Buffer.concat([PDF.content, Buffer.alloc(2 * 1024 * 1024, 0x20)]), name: 'brief.pdf' };
          const refusedForm = applicationForm({ ...fields }, { motivationLetter: bigPdf, cv: DOCX });
          const reordered = new FormData();
          reordered.append('degreeLevel', 'wo_master');
          for (const [name, value] of refusedForm.entries()) reordered.append(name, value);
          const refused = await encodeForm(reordered);
          const first = await postOnConnection(refused);
          expectRefusal(first, 400, 'degreeLevel');
          const accepted = await encodeForm(applicationForm({ ...applicationFields() }));
          const second = await postOnConnection(accepted);
          expect(second.status).toBe(202);
        }
      } finally {
        connection.destroy();
      }
    });

    it('refuses a request that is not a multipart form, saying what is wrong', async () => {
      const result = await anonymous.post('/api/applications', applicationFields());
      expect([400, 415]).toContain(result.status);
      expectRefusal(result, result.status);
      expect(result.body.message).toMatch(/multipart/);
    });
  });

  describe('R2 documents', () => {
    it.each([
      ['motivationLetter', 'program.exe.pdf'],
      ['motivationLetter', 'page.html.pdf'],
      ['cv', 'not-a-docx.docx'],
      ['cv', 'zip-bomb.docx'],
    ])('refuses %s = %s by content, naming the field and keeping nothing', async (field, name) => {
      const fields = applicationFields();
      const files = { motivationLetter: PDF, cv: DOCX, [field]: { content: fixture(name), name } };
      await refusedWithoutTrace(applicationForm({ ...fields }, files), fields.email, 422, field);
    });

    it.each(['motivationLetter', 'cv'])('refuses a %s over 10 MB, naming the field and keeping nothing', async (field) => {
      const fields = applicationFields();
      const huge = { content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 10, 0x20)]), name: 'groot.pdf' };
      const result = await refusedWithoutTrace(applicationForm({ ...fields }, { motivationLetter: PDF, cv: DOCX, [field]: huge }), fields.email, 422, field);
      expect(result.body.message).toMatch(/10 MB/);
    });

    it('refuses an empty document, naming the field', async () => {
      const fields = applicationFields();
      await refusedWithoutTrace(
        applicationForm({ ...fields }, { motivationLetter: { content: Buffer.alloc(0), name: 'leeg.pdf' }, cv: DOCX }),
        fields.email,
        422,
        'motivationLetter',
      );
    });

    it('requires both documents, naming the missing one', async () => {
      const fields = applicationFields();
      await refusedWithoutTrace(applicationForm({ ...fields }, { motivationLetter: PDF }), fields.email, 400, 'cv');
      await refusedWithoutTrace(applicationForm({ ...fields }, { cv: DOCX }), fields.email, 400, 'motivationLetter');
      await refusedWithoutTrace(applicationForm({ ...fields }, { motivationLetter: PDF, cv: DOCX, ['cv ']: DOCX }), fields.email, 400, 'cv ');
    });

    it('refuses the same file field twice, naming it', async () => {
      const fields = applicationFields();
      const form = applicationForm({ ...fields }, { motivationLetter: PDF, cv: DOCX });
      form.append('cv', new Blob([new Uint8Array(DOCX.content)]), 'cv2.docx');
      await refusedWithoutTrace(form, fields.email, 400, 'cv');
    });
  });

  describe('R3 duplicates', () => {
    const ALREADY_OPEN = /^Er loopt al een aanmelding voor zij-instroom/;
    const alreadyOpenMails = (email: string) =>
      app()
        .mail.to(email)
        .filter((mail) => ALREADY_OPEN.test(mail.subject ?? ''));

    async function auditOf(candidateId: string): Promise<{ action: string; actor_role: string; changed_fields: string[] }[]> {
      const { rows } = await app().db.query(
        `SELECT action, actor_role, changed_fields FROM audit_log WHERE entity = 'candidate' AND entity_id = $1 ORDER BY id`,
        [candidateId],
      );
      return rows;
    }

    it('answers the address of an open dossier (any case) exactly as a new one; no second dossier, nothing kept, the owner mailed the reference', async () => {
      const first = await apply(app());
      await app().mail.waitFor(() => app().mail.to(first.email).length === 1);
      const before = await filesUnder(app().storageDirectory);

      const fresh = await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields() }));
      const duplicate = await anonymous.postForm(
        '/api/applications',
        applicationForm({ ...applicationFields({ email: first.email.toUpperCase(), firstName: 'Iemand' }) }),
      );
      expect([fresh.status, duplicate.status]).toEqual([202, 202]);
      expect(duplicate.body).toEqual(fresh.body);
      expect(duplicate.body).toEqual(RECEIVED);
      expect(duplicate.headers.get('content-type')).toBe(fresh.headers.get('content-type'));
      expect(await candidatesWithEmail(first.email)).toBe(1);
      // The new address's two documents were kept; the duplicate's are gone by the time it is answered.
      expect((await filesUnder(app().storageDirectory)).filter((path) => !before.includes(path))).toHaveLength(2);

      await app().mail.waitFor(() => alreadyOpenMails(first.email).length === 1);
      const [mail] = alreadyOpenMails(first.email);
      expect(mail.subject).toContain(first.reference);
      expect(mail.text).toContain(`Beste Sanne,`);
      expect(mail.text).toContain(`referentie ${first.reference}`);
      // It tells the owner nothing the new form said.
      expect(mail.text).not.toContain('Iemand');
      await waitForQuiet(app());
      // The confirmation of the first form and the already-open mail; no confirmation, and no desk mail, for the duplicate.
      expect(app().mail.to(first.email)).toHaveLength(2);
      expect(
        app()
          .mail.to(staff.email)
          .filter((staffMail) => staffMail.subject?.includes(first.reference)),
      ).toHaveLength(1);
      expect(await auditOf(first.candidateId)).toEqual([
        expect.objectContaining({ action: 'apply', actor_role: 'public' }),
        { action: 'apply_duplicate', actor_role: 'public', changed_fields: [] },
      ]);
      expect(await notificationTally(app(), 'application_already_open', first.candidateId)).toEqual([
        { dueKey: expect.any(String), recipient: first.email, rows: 1, sent: 1 },
      ]);

      // Another form from the address: again no dossier, again one mail.
      expect((await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ email: first.email }) }))).body).toEqual(RECEIVED);
      await waitForQuiet(app());
      expect(alreadyOpenMails(first.email)).toHaveLength(2);
      expect((await auditOf(first.candidateId)).map((row) => row.action)).toEqual(['apply', 'apply_duplicate', 'apply_duplicate']);
      expect(await candidatesWithEmail(first.email)).toBe(1);
    });

    it("inspects a duplicate's documents like any other: a refused document is refused the same way", async () => {
      const first = await apply(app());
      const exe = { content: fixture('program.exe.pdf'), name: 'program.exe.pdf' };
      const forNew = await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields() }, { motivationLetter: exe, cv: DOCX }));
      const forOpen = await anonymous.postForm(
        '/api/applications',
        applicationForm({ ...applicationFields({ email: first.email }) }, { motivationLetter: exe, cv: DOCX }),
      );
      expectRefusal(forOpen, 422, 'motivationLetter');
      expect(forOpen.body).toEqual(forNew.body);
      expect(await auditOf(first.candidateId)).toHaveLength(1);
    });

    it('after closing, the address applies again: a new dossier, linked to the old', async () => {
      const first = await apply(app());
      expect((await staff.http.post(`/api/candidates/${first.candidateId}/reject`, { reason: 'Geen match' })).status).toBe(200);
      const again = await anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ email: first.email.toUpperCase() }) }));
      expect(again.status).toBe(202);
      expect(again.body).toEqual(RECEIVED);
      const second = await dossierOf(first.email);
      expect(second.candidateId).not.toBe(first.candidateId);
      const detail = await staff.http.get(`/api/candidates/${second.candidateId}`);
      expect(detail.body.previousCandidateId).toBe(first.candidateId);
      expect(await candidatesWithEmail(first.email)).toBe(2);
      await app().mail.waitFor(() =>
        app()
          .mail.to(first.email)
          .some((mail) => mail.subject?.includes(second.reference)),
      );
      expect(alreadyOpenMails(first.email)).toEqual([]);
    });

    // The database decides (the partial unique index, INSERT … ON CONFLICT DO NOTHING). Run once
    // against a naive variant that looks for an open dossier first and then inserts: the loser of
    // the race hit the unique index, and this test and the next failed.
    it('two forms at once from one address: exactly one dossier, both 202 alike, the other mailed the open reference', async () => {
      const emails = Array.from({ length: 4 }, () => applicationFields().email);
      const results = await Promise.all(
        emails.flatMap((email) => [0, 1].map(() => anonymous.postForm('/api/applications', applicationForm({ ...applicationFields({ email }) })))),
      );
      expect(results.map((result) => [result.status, result.body])).toEqual(results.map(() => [202, RECEIVED]));
      for (const email of emails) {
        expect(await candidatesWithEmail(email)).toBe(1);
        const { candidateId, reference } = await dossierOf(email);
        expect((await auditOf(candidateId)).map((row) => row.action)).toEqual(['apply', 'apply_duplicate']);
        await app().mail.waitFor(() => alreadyOpenMails(email).length === 1 && app().mail.to(email).length === 2);
        expect(alreadyOpenMails(email)[0].text).toContain(reference);
      }
    });

    it('of six concurrent forms from one address one makes the dossier; all are answered alike and no file of the others is kept', async () => {
      const fields = applicationFields();
      const before = await filesUnder(app().storageDirectory);
      const results = await Promise.all(Array.from({ length: 6 }, () => anonymous.postForm('/api/applications', applicationForm({ ...fields }))));
      expect(results.map((result) => [result.status, result.body])).toEqual(results.map(() => [202, RECEIVED]));
      expect(await candidatesWithEmail(fields.email)).toBe(1);
      const added = (await filesUnder(app().storageDirectory)).filter((path) => !before.includes(path));
      expect(added).toHaveLength(2);
      const { candidateId } = await dossierOf(fields.email);
      expect((await auditOf(candidateId)).map((row) => row.action).sort()).toEqual(['apply', ...Array(5).fill('apply_duplicate')]);
      await waitForQuiet(app());
      // One confirmation, and one already-open mail for each of the five others, each sent once.
      expect(app().mail.to(fields.email)).toHaveLength(6);
      expect(alreadyOpenMails(fields.email)).toHaveLength(5);
      const tally = await notificationTally(app(), 'application_already_open', candidateId);
      expect(tally.map(({ rows, sent }) => [rows, sent])).toEqual(Array(5).fill([1, 1]));
    });
  });
});
