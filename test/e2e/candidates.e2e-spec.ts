import { createHash, randomUUID } from 'node:crypto';
import { FixedClock } from '@app/shared';
import { Database } from '@app/infra';
import { useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply, createUser, fixture, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('candidates for the central desk', () => {
  // A clock that stands still: every candidate below has the same applied_at, so the keyset's
  // tie-breaker on id is what keeps pages apart.
  const clock = new FixedClock(new Date());
  const app = useTestApp({ worker: false, clock });
  let staffUser: TestUser;
  let staff: HttpClient;

  beforeAll(async () => {
    staffUser = await createUser(app(), 'staff');
    staff = staffUser.http;
  });

  describe('list', () => {
    const token = `pagina${randomUUID().slice(0, 8)}`;
    const created: string[] = [];

    beforeAll(async () => {
      for (let index = 0; index < 7; index += 1) {
        const region = index < 2 ? 'lelystad' : 'almere';
        created.push((await apply(app(), { lastName: `Jansen-${token}`, firstName: `Kandidaat${index}`, region })).candidateId);
      }
    });

    it('pages with limit=3 through all candidates: no duplicates, none missing, same order as one page', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `/api/candidates?q=${token}&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await staff.get(query);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...created].sort());
      const whole = await staff.get(`/api/candidates?q=${token}&limit=100`);
      expect(whole.body.items.map((item: { id: string }) => item.id)).toEqual(seen);
      expect(whole.body.nextCursor).toBeNull();
    });

    it('without q pages through everything in the database', async () => {
      const { rows } = await app().db.query(`SELECT id FROM candidates`);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await staff.get(
          `/api/candidates?limit=5${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.body.items.map((item) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.length).toBe(rows.length);
      expect(new Set(seen)).toEqual(new Set(rows.map((row: { id: string }) => row.id)));
    });

    it('list items carry what the pipeline shows and nothing of the documents', async () => {
      const page = await staff.get(`/api/candidates?q=${token}&limit=1`);
      expect(page.body.items[0]).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          reference: expect.stringMatching(/^ZI-\d{4}-\d{5}$/),
          lastName: `Jansen-${token}`,
          stage: 'applied',
        }),
      );
      expect(page.body.items[0].documents).toBeUndefined();
    });

    it('list items hold exactly the fields of CandidateListItem: no keyset position or count from the query', async () => {
      // Pushing the query's rows as they are (tried once) fails here: sortKey and total come along.
      const fields = [
        'appliedAt',
        'email',
        'erasedAt',
        'firstName',
        'id',
        'lastName',
        'reference',
        'region',
        'stage',
        'stageChangedAt',
        'updatedAt',
        'version',
      ];
      const first = await staff.get('/api/candidates?limit=2&withTotal=true');
      const next = await staff.get(`/api/candidates?limit=2&cursor=${first.body.nextCursor}`);
      for (const item of [...first.body.items, ...next.body.items]) expect(Object.keys(item).sort()).toEqual(fields);
    });

    it('the list reads its columns by position only after checking their names and order', async () => {
      const database = app().api.get(Database);
      const values = await database.queryValues(`SELECT 1 AS "id", 'a' AS "reference"`, [], ['id', 'reference']);
      expect(values).toEqual([[1, 'a']]);
      // A SELECT whose columns were reordered would hand a value to the wrong field: refused instead.
      await expect(database.queryValues(`SELECT 'a' AS "reference", 1 AS "id"`, [], ['id', 'reference'])).rejects.toThrow(
        'Query returned columns reference, id where id, reference were expected',
      );
      await expect(database.queryValues(`SELECT 1 AS "id"`, [], ['id', 'reference'])).rejects.toThrow('Query returned columns id where');
    });

    it('sends timestamps as ISO 8601 in UTC to the millisecond, as Date#toISOString writes them', async () => {
      const candidateId = created[6];
      // Microseconds (cut, not rounded, like a JavaScript Date) and a local time just before the spring-forward hour.
      await app().db.query(`UPDATE candidates SET updated_at = '2026-03-29 01:59:59.999876+01' WHERE id = $1`, [candidateId]);
      const { rows } = await app().db.query(`SELECT applied_at FROM candidates WHERE id = $1`, [candidateId]);
      const expected = { appliedAt: (rows[0].applied_at as Date).toISOString(), updatedAt: '2026-03-29T00:59:59.999Z' };
      const page = await staff.get(`/api/candidates?q=${token}&limit=100`);
      expect(page.body.items.find((item: { id: string }) => item.id === candidateId)).toEqual(expect.objectContaining(expected));
      expect((await staff.get(`/api/candidates/${candidateId}`)).body).toEqual(expect.objectContaining(expected));
    });

    it('filters by stage, region and q (name or e-mail, case-insensitive)', async () => {
      expect((await staff.post(`/api/candidates/${created[3]}/screening`, {})).status).toBe(200);
      const screening = await staff.get(`/api/candidates?q=${token}&stage=screening`);
      expect(screening.body.items.map((item: { id: string }) => item.id)).toEqual([created[3]]);
      const lelystad = await staff.get(`/api/candidates?q=${token}&region=lelystad`);
      expect(lelystad.body.items.map((item: { id: string }) => item.id).sort()).toEqual([created[0], created[1]].sort());
      const byName = await staff.get(`/api/candidates?q=${encodeURIComponent(`KANDIDAAT4 JANSEN-${token.toUpperCase()}`)}`);
      expect(byName.body.items.map((item: { id: string }) => item.id)).toEqual([created[4]]);
      const { rows } = await app().db.query(`SELECT email FROM candidates WHERE id = $1`, [created[5]]);
      const byEmail = await staff.get(`/api/candidates?q=${encodeURIComponent(rows[0].email.toUpperCase())}`);
      expect(byEmail.body.items.map((item: { id: string }) => item.id)).toEqual([created[5]]);
      const none = await staff.get(`/api/candidates?q=${token}&stage=rejected`);
      expect(none.body).toEqual({ items: [], nextCursor: null, total: null });
    });

    it('treats % and _ in q literally', async () => {
      const literal = await apply(app(), { lastName: `Procent-${token}%_x` });
      const percent = await staff.get(`/api/candidates?q=${encodeURIComponent(`${token}%`)}`);
      expect(percent.body.items.map((item: { id: string }) => item.id)).toEqual([literal.candidateId]);
      const underscore = await staff.get(`/api/candidates?q=${encodeURIComponent(`${token}%_`)}`);
      expect(underscore.body.items.map((item: { id: string }) => item.id)).toEqual([literal.candidateId]);
      const wildcardOnly = await staff.get(`/api/candidates?q=${encodeURIComponent(`jansen-${token.slice(0, 4)}_`)}`);
      expect(wildcardOnly.body.items).toEqual([]);
    });

    it('refuses bad list parameters with 400 naming the parameter', async () => {
      expectRefusal(await staff.get('/api/candidates?limit=101'), 400, 'limit');
      expectRefusal(await staff.get('/api/candidates?limit=0'), 400, 'limit');
      expectRefusal(await staff.get('/api/candidates?limit=drie'), 400, 'limit');
      expectRefusal(await staff.get('/api/candidates?cursor=onzin'), 400, 'cursor');
      expectRefusal(await staff.get(`/api/candidates?cursor=${cursorOf(['gisteren', randomUUID()])}`), 400, 'cursor');
      expectRefusal(await staff.get(`/api/candidates?cursor=${cursorOf([new Date().toISOString(), 'geen-id'])}`), 400, 'cursor');
      expectRefusal(await staff.get(`/api/candidates?cursor=${cursorOf(['-271821-04-20T00:00:00.000Z', randomUUID()])}`), 400, 'cursor');
      // A day or an hour that does not exist, a year PostgreSQL refuses: before the query, never a 500.
      for (const key of ['2026-02-29T10:00:00.000Z', '2026-04-31T10:00:00Z', '2026-01-01T24:00:00Z', '2026-13-01T10:00:00Z', '0999-01-01T10:00:00Z']) {
        expectRefusal(await staff.get(`/api/candidates?cursor=${cursorOf([key, randomUUID()])}`), 400, 'cursor');
      }
      // A leap day and a key to the microsecond, as the list hands them out, are positions.
      for (const key of ['2028-02-29T10:00:00.123456Z', '2026-07-31T23:59:59Z']) {
        expect((await staff.get(`/api/candidates?cursor=${cursorOf([key, randomUUID()])}`)).status).toBe(200);
      }
      expectRefusal(await staff.get(`/api/candidates?cursor=${cursorOf({ a: 1 })}`), 400, 'cursor');
      expectRefusal(await staff.get('/api/candidates?stage=gevorderd'), 400, 'stage');
      expectRefusal(await staff.get('/api/candidates?region=utrecht'), 400, 'region');
      expectRefusal(await staff.get(`/api/candidates?q=${'a'.repeat(101)}`), 400, 'q');
      expectRefusal(await staff.get('/api/candidates?boardIdx=1'), 400, 'boardIdx');
    });

    it('summary counts candidates per stage', async () => {
      const summary = await staff.get('/api/candidates/summary');
      expect(summary.status).toBe(200);
      const { rows } = await app().db.query(`SELECT stage, count(*)::int AS count FROM candidates GROUP BY stage`);
      expect(summary.body.counts).toEqual(Object.fromEntries(rows.map((row: { stage: string; count: number }) => [row.stage, row.count])));
    });
  });

  describe('detail, documents and history', () => {
    it('shows the candidate with both documents and their SHA-256', async () => {
      const { candidateId, reference, email } = await apply(app());
      const detail = await staff.get(`/api/candidates/${candidateId}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toEqual(
        expect.objectContaining({ id: candidateId, reference, email, stage: 'applied', version: 1, allowedCommands: ['screening', 'reject', 'withdraw'] }),
      );
      expect(detail.body.documents).toEqual([
        expect.objectContaining({ kind: 'cv', fileName: 'cv.docx', sha256: sha256(fixture('cv.docx')), size: fixture('cv.docx').length }),
        expect.objectContaining({
          kind: 'motivation_letter',
          fileName: 'motivatiebrief.pdf',
          mediaType: 'application/pdf',
          sha256: sha256(fixture('motivatiebrief.pdf')),
        }),
      ]);
      expect(JSON.stringify(detail.body)).not.toMatch(/storageKey|storage_key/);
      expect(detail.headers.get('cache-control')).toBe('no-store');
    });

    it('downloads the exact bytes with the right Content-Type', async () => {
      const { candidateId } = await apply(app());
      const { documents } = (await staff.get(`/api/candidates/${candidateId}`)).body as { documents: { id: string; kind: string }[] };
      const expected = {
        cv: ['cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        motivation_letter: ['motivatiebrief.pdf', 'application/pdf'],
      };
      for (const document of documents) {
        const [name, type] = expected[document.kind as keyof typeof expected];
        const response = await fetch(`${app().baseUrl}/api/candidates/${candidateId}/documents/${document.id}`, {
          headers: { authorization: `Bearer ${staffUser.token}` },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(type);
        expect(response.headers.get('content-disposition')).toContain(`filename="${name}"`);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(Buffer.from(await response.arrayBuffer()).equals(fixture(name))).toBe(true);
      }
      expectRefusal(await staff.get(`/api/candidates/${candidateId}/documents/${randomUUID()}`), 404);
      expectRefusal(await staff.get(`/api/candidates/${candidateId}/documents/geen-id`), 404);
      // A document of another candidate is not reachable through this candidate.
      const other = await apply(app());
      const otherDocuments = (await staff.get(`/api/candidates/${other.candidateId}`)).body.documents as { id: string }[];
      expectRefusal(await staff.get(`/api/candidates/${candidateId}/documents/${otherDocuments[0].id}`), 404);
    });

    it('refuses an unknown or malformed id with 404', async () => {
      expectRefusal(await staff.get(`/api/candidates/${randomUUID()}`), 404);
      expectRefusal(await staff.get('/api/candidates/123'), 404);
      expectRefusal(await staff.get(`/api/candidates/${randomUUID()}/history`), 404);
      expectRefusal(await staff.post(`/api/candidates/${randomUUID()}/screening`, {}), 404);
      expectRefusal(await staff.post('/api/candidates/%27%20OR%201%3D1/reject', { reason: 'geen reden' }), 404);
    });
  });

  describe('stage commands (R4)', () => {
    it('moves applied → screening → rejected with a reason, and history lists the path with actor and reason', async () => {
      const { candidateId } = await apply(app());
      const screening = await staff.post(`/api/candidates/${candidateId}/screening`, {});
      expect(screening.status).toBe(200);
      expect(screening.body).toEqual(expect.objectContaining({ stage: 'screening', version: 2, allowedCommands: ['reject', 'withdraw'] }));
      const rejected = await staff.post(`/api/candidates/${candidateId}/reject`, { reason: '  Onvoldoende motivatie  ' });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toEqual(expect.objectContaining({ stage: 'rejected', version: 3, closingReason: 'Onvoldoende motivatie', allowedCommands: [] }));
      const history = await staff.get(`/api/candidates/${candidateId}/history`);
      expect(history.status).toBe(200);
      expect(history.body.map((step: { fromStage: string | null; toStage: string }) => [step.fromStage, step.toStage])).toEqual([
        [null, 'applied'],
        ['applied', 'screening'],
        ['screening', 'rejected'],
      ]);
      expect(history.body[2]).toEqual(expect.objectContaining({ reason: 'Onvoldoende motivatie', actorName: 'Test staff', actorId: expect.any(String) }));
      const { rows } = await app().db.query(`SELECT stage, closed_at IS NOT NULL AS closed FROM candidates WHERE id = $1`, [candidateId]);
      expect(rows[0]).toEqual({ stage: 'rejected', closed: true });
    });

    it('withdraws with an optional reason', async () => {
      const { candidateId } = await apply(app());
      const withdrawn = await staff.post(`/api/candidates/${candidateId}/withdraw`, {});
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.stage).toBe('withdrawn');
    });

    it('refuses a command the stage does not allow with 409 naming the allowed stages', async () => {
      const { candidateId } = await apply(app());
      await staff.post(`/api/candidates/${candidateId}/screening`, {});
      const again = await staff.post(`/api/candidates/${candidateId}/screening`, {});
      expectRefusal(again, 409);
      for (const stage of ['interview_scheduled', 'rejected', 'withdrawn']) expect(again.body.message).toContain(stage);
      expect(again.body.message).not.toContain('applied,');
      await staff.post(`/api/candidates/${candidateId}/withdraw`, { reason: 'Andere baan' });
      const afterClose = await staff.post(`/api/candidates/${candidateId}/reject`, { reason: 'Te laat' });
      expectRefusal(afterClose, 409);
      expect(afterClose.body.message).toContain('geen');
      const { rows } = await app().db.query(`SELECT stage, version, closing_reason FROM candidates WHERE id = $1`, [candidateId]);
      expect(rows[0]).toEqual({ stage: 'withdrawn', version: 3, closing_reason: 'Andere baan' });
    });

    it('needs a reason to reject (400 naming reason)', async () => {
      const { candidateId } = await apply(app());
      const missing = await staff.post(`/api/candidates/${candidateId}/reject`, {});
      expectRefusal(missing, 400, 'reason');
      // The message says what to do: a missing reason is "verplicht", not "te lang".
      expect(missing.body.fields).toEqual([{ field: 'reason', message: expect.stringContaining('verplicht') }]);
      expectRefusal(await staff.post(`/api/candidates/${candidateId}/reject`, { reason: '  ' }), 400, 'reason');
      expectRefusal(await staff.post(`/api/candidates/${candidateId}/reject`, { reason: 42 }), 400, 'reason');
      expectRefusal(await staff.post(`/api/candidates/${candidateId}/reject`, { reason: 'x'.repeat(2001) }), 400, 'reason');
      const { rows } = await app().db.query(`SELECT stage FROM candidates WHERE id = $1`, [candidateId]);
      expect(rows[0].stage).toBe('applied');
    });

    it('mass assignment: a stage, version or id in the body is refused by name and nothing changes', async () => {
      const { candidateId } = await apply(app());
      const withStage = await staff.post(`/api/candidates/${candidateId}/reject`, { reason: 'Past niet', stage: 'in_programme' });
      expectRefusal(withStage, 400, 'stage');
      expect(withStage.body.fields).toEqual([{ field: 'stage', message: expect.stringContaining('hoort niet bij dit verzoek') }]);
      expectRefusal(await staff.post(`/api/candidates/${candidateId}/screening`, { stage: 'qualified' }), 400, 'stage');
      expectRefusal(await staff.post(`/api/candidates/${candidateId}/withdraw`, { version: 1 }), 400, 'version');
      expectRefusal(await staff.post(`/api/candidates/${candidateId}/withdraw`, { closedAt: new Date().toISOString() }), 400, 'closedAt');
      const { rows } = await app().db.query(`SELECT stage, version FROM candidates WHERE id = $1`, [candidateId]);
      expect(rows[0]).toEqual({ stage: 'applied', version: 1 });
      const history = await app().db.query(`SELECT count(*)::int AS count FROM candidate_stage_history WHERE candidate_id = $1`, [candidateId]);
      expect(history.rows[0].count).toBe(1);
    });
  });
});
