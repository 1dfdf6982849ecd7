import { randomUUID } from 'node:crypto';
import { useTestApp } from '../support/test-app';
import { apply, createBoard, createUser, type TestUser } from '../support/factories';
import { expectRefusal } from '../support/expectations';

interface Item {
  id: string;
  reference: string;
  stageChangedAt: string;
}

/** Finding and moving through the pipeline (issue 11, item 6) and working on a stale page (item 7). */
describe('the pipeline: search, total, sorts and the stale page', () => {
  const app = useTestApp({ worker: false });
  let staff: TestUser;
  let otherStaff: TestUser;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    otherStaff = await createUser(app(), 'staff');
    await app().db.query(`UPDATE users SET name = 'Fatima El Amrani' WHERE id = $1`, [otherStaff.id]);
  });

  describe('list', () => {
    const token = `sortering${randomUUID().slice(0, 8)}`;
    // Last names in an order of their own; applied and stage times with ties, so the id must break them.
    const people = [
      { firstName: 'Eva', lastName: `Bakker-${token}`, appliedAt: '2026-01-05T09:00:00.000001Z', stageChangedAt: '2026-02-01T10:00:00Z' },
      { firstName: 'Ali', lastName: `Yilmaz-${token}`, appliedAt: '2026-01-05T09:00:00.000001Z', stageChangedAt: '2026-01-20T10:00:00Z' },
      { firstName: 'Bo', lastName: `Aksoy-${token}`, appliedAt: '2026-01-07T09:00:00Z', stageChangedAt: '2026-01-20T10:00:00Z' },
      { firstName: 'Anna', lastName: `de Vries-${token}`, appliedAt: '2026-01-02T09:00:00Z', stageChangedAt: '2026-02-10T10:00:00.000002Z' },
      { firstName: 'Piet', lastName: `Mulder-${token}`, appliedAt: '2026-01-09T09:00:00Z', stageChangedAt: '2026-01-25T10:00:00Z' },
      { firstName: 'Zoë', lastName: `Aksoy-${token}`, appliedAt: '2026-01-03T09:00:00Z', stageChangedAt: '2026-02-10T10:00:00.000001Z' },
      { firstName: 'Kees', lastName: `Jansen-${token}`, appliedAt: '2026-01-05T09:00:00Z', stageChangedAt: '2026-01-20T10:00:00Z' },
    ];
    const ids: string[] = [];
    const references: string[] = [];

    beforeAll(async () => {
      for (const person of people) {
        const created = await apply(app(), { firstName: person.firstName, lastName: person.lastName });
        ids.push(created.candidateId);
        references.push(created.reference);
        await app().db.query(`UPDATE candidates SET applied_at = $2, stage_changed_at = $3 WHERE id = $1`, [
          created.candidateId,
          person.appliedAt,
          person.stageChangedAt,
        ]);
      }
    });

    /** Every page of a query with limit 3, in order, with the total of each page. */
    async function allPages(query: string): Promise<{ ids: string[]; totals: (number | null)[]; pages: number }> {
      const seen: string[] = [];
      const totals: (number | null)[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { status: number; body: { items: Item[]; total: number | null; nextCursor: string | null } } = await staff.http.get(
          `/api/candidates?${query}&limit=3&withTotal=true${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((item: Item) => item.id));
        totals.push(page.body.total);
        cursor = page.body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      return { ids: seen, totals, pages };
    }

    /** The expected order, computed from the database rows with the id as tie-breaker. */
    async function expectedOrder(orderBy: string): Promise<string[]> {
      const { rows } = await app().db.query(`SELECT id FROM candidates WHERE id = ANY($1::uuid[]) ORDER BY ${orderBy}`, [ids]);
      return rows.map((row: { id: string }) => row.id);
    }

    it('finds a candidate by its reference, whole or in part, in any case', async () => {
      const reference = references[3];
      for (const q of [reference, reference.toLowerCase(), reference.slice(-5), reference.slice(3).toLowerCase()]) {
        const page = await staff.http.get(`/api/candidates?q=${encodeURIComponent(q)}`);
        expect(page.status).toBe(200);
        expect(page.body.items.map((item: Item) => item.id)).toContain(ids[3]);
        expect(page.body.items.every((item: Item) => item.reference.includes(reference.slice(-5)))).toBe(true);
      }
      const columns = await staff.http.get(`/api/candidates/columns?q=${encodeURIComponent(reference.toLowerCase())}`);
      const applied = columns.body.columns.find((column: { stage: string }) => column.stage === 'applied');
      expect(applied.items.map((item: Item) => item.id)).toEqual([ids[3]]);
    });

    it('counts the matching candidates within scope on the first page, when asked', async () => {
      const first = await staff.http.get(`/api/candidates?q=${token}&limit=2&withTotal=true`);
      expect(first.body.total).toBe(people.length);
      expect((await staff.http.get(`/api/candidates?q=${token}&limit=2&withTotal=true&cursor=${first.body.nextCursor}`)).body.total).toBeNull();
      // Not asked, not counted: a count scans every matching row.
      expect((await staff.http.get(`/api/candidates?q=${token}&limit=2`)).body.total).toBeNull();
      expect((await staff.http.post(`/api/candidates/${ids[0]}/screening`, {})).status).toBe(200);
      expect((await staff.http.get(`/api/candidates?q=${token}&stage=screening&withTotal=true`)).body.total).toBe(1);
      expect((await staff.http.get(`/api/candidates?q=${token}&stage=applied&withTotal=true`)).body.total).toBe(people.length - 1);
      // A board sees none of them: the total is counted within the reader's scope.
      const board = await createUser(app(), 'board', { boardId: (await createBoard(app())).id });
      expect((await board.http.get(`/api/candidates?q=${token}&withTotal=true`)).body).toEqual({ items: [], nextCursor: null, total: 0 });
      expectRefusal(await staff.http.get(`/api/candidates?withTotal=ja`), 400, 'withTotal');
    });

    it('carries when each candidate entered its stage', async () => {
      const page = await staff.http.get(`/api/candidates?q=${token}&limit=100`);
      const item = page.body.items.find((candidate: Item) => candidate.id === ids[4]);
      expect(item.stageChangedAt).toBe('2026-01-25T10:00:00.000Z');
    });

    it.each([
      ['appliedAt', 'applied_at DESC, id DESC'],
      ['name', 'lower(last_name || $$ $$ || first_name), id'],
      ['daysInStage', 'stage_changed_at, id'],
    ])('sorts by %s and pages through every candidate once, in that order', async (sort, orderBy) => {
      const paged = await allPages(`q=${token}&sort=${sort}`);
      expect(paged.pages).toBe(3);
      expect(paged.ids).toEqual(await expectedOrder(orderBy));
      expect(paged.totals).toEqual([people.length, null, null]);
    });

    it('sorts by name as people read it: last name, then first name', async () => {
      const page = await staff.http.get(`/api/candidates?q=${token}&sort=name&limit=3`);
      expect(page.body.items.map((item: { firstName: string }) => item.firstName)).toEqual(['Bo', 'Zoë', 'Eva']);
    });

    it('refuses an unknown sort, and a cursor of another sort, with 400 naming the parameter', async () => {
      expectRefusal(await staff.http.get('/api/candidates?sort=leeftijd'), 400, 'sort');
      const byName = await staff.http.get(`/api/candidates?q=${token}&sort=name&limit=2`);
      expectRefusal(await staff.http.get(`/api/candidates?q=${token}&sort=daysInStage&cursor=${byName.body.nextCursor}`), 400, 'cursor');
      expectRefusal(await staff.http.get(`/api/candidates?q=${token}&cursor=${byName.body.nextCursor}`), 400, 'cursor');
    });

    it('filters the columns like the list: by stage, region and q', async () => {
      const screening = await staff.http.get(`/api/candidates/columns?q=${token}&stage=screening`);
      expect(screening.status).toBe(200);
      expect(screening.body.columns).toEqual([expect.objectContaining({ stage: 'screening', count: 1, items: [expect.objectContaining({ id: ids[0] })] })]);
      const utrecht = await staff.http.get('/api/candidates/columns?stage=ergens');
      expectRefusal(utrecht, 400, 'stage');
    });
  });

  describe('a stale page (If-Match)', () => {
    it('answers the detail with its version as ETag', async () => {
      const { candidateId } = await apply(app());
      const detail = await staff.http.get(`/api/candidates/${candidateId}`);
      expect(detail.headers.get('etag')).toBe(`"${detail.body.version}"`);
    });

    it('refuses a command on an old ETag with 412 saying who changed what, and changes nothing', async () => {
      const { candidateId } = await apply(app());
      const seen = await staff.http.get(`/api/candidates/${candidateId}`);
      const etag = seen.headers.get('etag') ?? '';
      // The other staff member moves the candidate on, with the ETag they read.
      const moved = await otherStaff.http.post(`/api/candidates/${candidateId}/screening`, {}, { 'If-Match': etag });
      expect(moved.status).toBe(200);
      expect(moved.headers.get('etag')).toBe(`"${seen.body.version + 1}"`);
      const stale = await staff.http.post(`/api/candidates/${candidateId}/reject`, { reason: 'Onvoldoende motivatie' }, { 'If-Match': etag });
      expectRefusal(stale, 412);
      expect(stale.body.code).toBe('candidates.stale');
      expect(stale.body.message).toContain('Fatima El Amrani');
      expect(stale.body.message).toContain('In screening');
      const { rows } = await app().db.query(`SELECT stage, version FROM candidates WHERE id = $1`, [candidateId]);
      expect(rows[0]).toEqual({ stage: 'screening', version: 2 });
      // A weak tag of the current version is accepted too.
      const fresh = await staff.http.post(`/api/candidates/${candidateId}/withdraw`, {}, { 'If-Match': `W/"2"` });
      expect(fresh.status).toBe(200);
      expect(fresh.body.stage).toBe('withdrawn');
    });

    it('without If-Match keeps the compare-and-set on the stage alone', async () => {
      const { candidateId } = await apply(app());
      expect((await otherStaff.http.post(`/api/candidates/${candidateId}/screening`, {})).status).toBe(200);
      const rejected = await staff.http.post(`/api/candidates/${candidateId}/reject`, { reason: 'Past niet' });
      expect(rejected.status).toBe(200);
      expectRefusal(await staff.http.post(`/api/candidates/${candidateId}/screening`, {}), 409);
    });

    it('refuses a malformed If-Match with 400 naming it', async () => {
      const { candidateId } = await apply(app());
      expectRefusal(await staff.http.post(`/api/candidates/${candidateId}/screening`, {}, { 'If-Match': 'versie 1' }), 400, 'If-Match');
      const { rows } = await app().db.query(`SELECT stage FROM candidates WHERE id = $1`, [candidateId]);
      expect(rows[0].stage).toBe('applied');
    });
  });
});
