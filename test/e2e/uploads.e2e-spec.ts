import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient, type HttpResult } from '../support/http-client';
import { applicationFields, applicationForm, apply, createUser, fixture, login, openDossierOf, type TestUser } from '../support/factories';
import { expectRefusal, filesUnder } from '../support/expectations';
import { writeDocx } from '../support/zip-writer';

const PDF = fixture('motivatiebrief.pdf');
const DOCX = fixture('cv.docx');
const PDF_TYPE = 'application/pdf';

/** A DOCX with `count` tiny images besides its document: far more parts than a CV has. */
const manyEntries = (count: number) =>
  writeDocx({ extra: Array.from({ length: count }, (_, index) => ({ name: `word/media/image${index}.png`, data: Buffer.from([index % 256]) })) });

/** Issue 10, item 3 (OWASP ASVS 5.2): uploads, and item 7 in part: document downloads in the audit. */
describe('uploads and downloads of documents (R2, issue 10)', () => {
  const app = useTestApp({ worker: false });
  let anonymous: HttpClient;
  let staff: TestUser;
  let admin: HttpClient;

  beforeAll(async () => {
    anonymous = new HttpClient(app().baseUrl);
    staff = await createUser(app(), 'staff');
    admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
  });

  async function candidatesWithEmail(email: string): Promise<number> {
    const { rows } = await app().db.query(`SELECT count(*)::int AS count FROM candidates WHERE lower(email) = lower($1)`, [email]);
    return rows[0].count;
  }

  /** Posts an application with this CV; a refusal must name cv in Dutch and leave no candidate and no file. */
  async function applyWithCv(cv: Buffer): Promise<{ result: HttpResult; email: string }> {
    const fields = applicationFields();
    const form = applicationForm({ ...fields }, { motivationLetter: { content: PDF, name: 'brief.pdf' }, cv: { content: cv, name: 'cv.docx' } });
    return { result: await anonymous.postForm('/api/applications', form), email: fields.email };
  }

  async function expectRefusedCv(result: HttpResult, email: string, reason: RegExp): Promise<void> {
    expectRefusal(result, 422, 'cv');
    expect(result.body.message).toMatch(/^Het cv is geweigerd\./);
    expect(result.body.message).toMatch(reason);
    expect(await candidatesWithEmail(email)).toBe(0);
  }

  describe('DOCX inspection', () => {
    it('refuses a DOCX with thousands of entries by name, without a 500 and keeping nothing', async () => {
      // Before: 500 — yauzl's close() closed the descriptor, then the inspection's finally closed it again (EBADF).
      const before = await filesUnder(app().storageDirectory);
      const { result, email } = await applyWithCv(manyEntries(3000));
      await expectRefusedCv(result, email, /ongewoon veel onderdelen/);
      expect(await filesUnder(app().storageDirectory)).toEqual(before);
    });

    it('answers 20 concurrent uploads of such a DOCX without any 5xx, and accepts a DOCX with a few hundred entries', async () => {
      // Before: 20 × 500, and each second close could hit a descriptor another request had just opened.
      const before = await filesUnder(app().storageDirectory);
      const many = manyEntries(3000);
      const results = await Promise.all(Array.from({ length: 20 }, () => applyWithCv(many)));
      expect(results.map(({ result }) => result.status)).toEqual(Array(20).fill(422));
      for (const { result, email } of results) await expectRefusedCv(result, email, /ongewoon veel onderdelen/);
      expect(await filesUnder(app().storageDirectory)).toEqual(before);

      const { result } = await applyWithCv(manyEntries(400));
      expect(result.status).toBe(202);
    });

    it('refuses a zip that claims small sizes but inflates huge, by inflating it with a byte limit', async () => {
      // Before: 201 — only the sizes the central directory claims (1 kB here) were added up; the document inflates to 50 MB.
      const before = await filesUnder(app().storageDirectory);
      const document = { name: 'word/document.xml', data: Buffer.alloc(50 * 1024 * 1024, 0x41), claimedSize: 1024 };
      const { result, email } = await applyWithCv(writeDocx({ document }));
      await expectRefusedCv(result, email, /gecomprimeerd/);
      expect(await filesUnder(app().storageDirectory)).toEqual(before);
    });
  });

  describe('file names', () => {
    async function storedNames(files: Record<string, { content: Buffer; name: string }>): Promise<{ candidateId: string; names: Record<string, string> }> {
      const fields = applicationFields();
      const result = await anonymous.postForm('/api/applications', applicationForm({ ...fields }, files));
      expect(result.status).toBe(202);
      const dossier = await openDossierOf(app(), fields.email);
      const candidateId = dossier?.candidateId as string;
      const { rows } = await app().db.query(`SELECT kind, file_name FROM candidate_documents WHERE candidate_id = $1`, [candidateId]);
      return {
        candidateId,
        names: Object.fromEntries(rows.map((row: { kind: string; file_name: string }) => [row.kind, row.file_name])),
      };
    }

    it('stores a name without control or bidirectional characters, with the extension of the detected type', async () => {
      // Before: stored and downloaded as sent — `cv\u202efdp.exe` shows as "cvexe.pdf", `poly.html` and `evil.pdf.exe` kept their extensions.
      expect((await storedNames({ motivationLetter: { content: PDF, name: 'cv\u202efdp.exe' }, cv: { content: PDF, name: 'poly.html' } })).names).toEqual({
        motivation_letter: 'cv-fdp.pdf',
        cv: 'poly.pdf',
      });
      expect(
        (await storedNames({ motivationLetter: { content: PDF, name: 'evil.pdf.exe' }, cv: { content: DOCX, name: 'a\u2066b\u0007.pdf' } })).names,
      ).toEqual({
        motivation_letter: 'evil.pdf',
        cv: 'a-b.docx',
      });
    });

    it('downloads under the safe name (RFC 6266 with filename*), with the detected type and nosniff', async () => {
      // Before: `filename*` carried the bidirectional override percent-encoded and left ' ( ) unencoded, which RFC 5987 forbids.
      const { candidateId } = await storedNames({
        motivationLetter: { content: PDF, name: "Zoë's brief (1)\u202e.html" },
        cv: { content: DOCX, name: 'cv.docx' },
      });
      const { documents } = (await staff.http.get(`/api/candidates/${candidateId}`)).body as { documents: { id: string; kind: string }[] };
      const letter = documents.find((document) => document.kind === 'motivation_letter');
      const download = await fetch(`${app().baseUrl}/api/candidates/${candidateId}/documents/${letter?.id}`, {
        headers: { authorization: `Bearer ${staff.token}` },
      });
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(PDF_TYPE);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="Zo_'s brief (1).pdf"; filename*=UTF-8''Zo%C3%AB%27s%20brief%20%281%29.pdf`,
      );
      expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    });
  });

  describe('downloads in the audit (issue 10, item 7)', () => {
    it('records who downloaded which document of which candidate, visible to administrators; a refused download records nothing', async () => {
      // Before: a download left no trace at all.
      const { candidateId } = await apply(app());
      const { documents } = (await staff.http.get(`/api/candidates/${candidateId}`)).body as { documents: { id: string; kind: string }[] };
      const cv = documents.find((document) => document.kind === 'cv');
      const response = await fetch(`${app().baseUrl}/api/candidates/${candidateId}/documents/${cv?.id}`, {
        headers: { authorization: `Bearer ${staff.token}` },
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();

      const coach = await createUser(app(), 'coach');
      expectRefusal(await coach.http.get(`/api/candidates/${candidateId}/documents/${cv?.id}`), 404);

      const { rows } = await app().db.query(
        `SELECT actor_id, actor_role, action, changed_fields FROM audit_log WHERE entity = 'candidate' AND entity_id = $1 ORDER BY id`,
        [candidateId],
      );
      expect(rows).toEqual([
        { actor_id: null, actor_role: 'public', action: 'apply', changed_fields: expect.any(Array) },
        { actor_id: staff.id, actor_role: 'staff', action: 'download_cv', changed_fields: [] },
      ]);
      const trail = await admin.get(`/api/audit?entity=candidate&entityId=${candidateId}`);
      expect(trail.status).toBe(200);
      expect(trail.body.items[0]).toEqual(
        expect.objectContaining({
          entity: 'candidate',
          entityId: candidateId,
          action: 'download_cv',
          actorId: staff.id,
          actorName: 'Test staff',
          at: expect.any(String),
        }),
      );
    });
  });
});
