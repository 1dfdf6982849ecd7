import { FixedClock, SYSTEM_ACTOR } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { CandidateAccessService } from '@app/candidates';
import { ErasureService } from '@app/privacy';
import { useTestApp } from '../support/test-app';
import { apply, createBoard, createInstitute, createUser, login, type TestUser } from '../support/factories';
import { HttpClient } from '../support/http-client';
import { waitForQuiet } from '../support/quiet';
import { expectSentOnce } from '../support/notifications';
import { unzip } from '../support/zip-reader';

const handle = (user: TestUser) => user.email.slice(0, user.email.indexOf('@'));

/**
 * Issue 16 item 1: notes and contact moments. A note is read by the desk and by its author's own
 * organisation only: a board's note is invisible to another board with access to the same
 * candidate, and to the institute. A mention tells only the mentioned colleague who may read the
 * note. The author changes or deletes it within 24 hours (moved clock); erasure empties the text.
 */
describe('notes and contact moments on a candidate', () => {
  const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));
  const app = useTestApp({ clock });
  let staff: TestUser;
  let colleague: TestUser;
  let bystander: TestUser;
  let boardUser: TestUser;
  let boardColleague: TestUser;
  let otherBoardUser: TestUser;
  let instituteUser: TestUser;
  let coach: TestUser;
  let candidateId: string;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    colleague = await createUser(app(), 'staff');
    bystander = await createUser(app(), 'staff');
    const board = await createBoard(app());
    const otherBoard = await createBoard(app());
    const institute = await createInstitute(app());
    boardUser = await createUser(app(), 'board', { boardId: board.id });
    boardColleague = await createUser(app(), 'board', { boardId: board.id });
    otherBoardUser = await createUser(app(), 'board', { boardId: otherBoard.id });
    instituteUser = await createUser(app(), 'institute', { instituteId: institute.id });
    coach = await createUser(app(), 'coach');
    ({ candidateId } = await apply(app()));
    const access = app().api.get(CandidateAccessService);
    await app()
      .api.get(UnitOfWork)
      .run(async () => {
        for (const [partyKind, partyId] of [
          ['board', board.id],
          ['board', otherBoard.id],
          ['institute', institute.id],
          ['coach', coach.id],
        ] as const) {
          await access.grant(SYSTEM_ACTOR, { candidateId, partyKind, partyId, purpose: 'test', disclosed: 'naam' });
        }
      });
    await waitForQuiet(app());
  });

  const notesOf = async (user: TestUser) => {
    const list = await user.http.get(`/api/candidates/${candidateId}/notes`);
    expect(list.status).toBe(200);
    return (list.body as { id: string; text: string }[]).map((note) => note.text);
  };

  it("shows a board's note to the desk and that board only: not to another board, the institute or a coach", async () => {
    const written = await boardUser.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'phone_call', date: '2026-03-01', text: 'Bestuur A belde' });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ kind: 'phone_call', date: '2026-03-01', text: 'Bestuur A belde', editable: true });
    const deskNote = await staff.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'note', text: 'Alleen voor de balie' });
    expect(deskNote.status).toBe(201);
    expect(deskNote.body.date).toBe('2026-03-02');
    const coachNote = await coach.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'conversation', text: 'Coachgesprek' });
    expect(coachNote.status).toBe(201);

    expect((await notesOf(staff)).sort()).toEqual(['Alleen voor de balie', 'Bestuur A belde', 'Coachgesprek']);
    expect(await notesOf(boardColleague)).toEqual(['Bestuur A belde']);
    expect(await notesOf(otherBoardUser)).toEqual([]);
    expect(await notesOf(instituteUser)).toEqual([]);
    expect(await notesOf(coach)).toEqual(['Coachgesprek']);

    // Another board cannot reach the note by its id either: 404, as if it did not exist.
    const path = `/api/candidates/${candidateId}/notes/${written.body.id}`;
    expect((await otherBoardUser.http.patch(path, { kind: 'note', text: 'overschreven' })).status).toBe(404);
    expect((await otherBoardUser.http.delete(path)).status).toBe(404);
    // The institute writes no notes; a user without access to the candidate gets 404.
    expect((await instituteUser.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'note', text: 'x' })).status).toBe(404);
    const stranger = await createUser(app(), 'board', { boardId: (await createBoard(app())).id });
    expect((await stranger.http.get(`/api/candidates/${candidateId}/notes`)).status).toBe(404);
    expect((await stranger.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'note', text: 'x' })).status).toBe(404);
  });

  it('notifies only the mentioned colleague who may read the note', async () => {
    // The desk's note mentions a colleague, a board user (who may not read a desk note) and nobody known.
    const text = `Graag terugbellen, @${handle(colleague)}. Ook @${handle(boardUser)} en @onbekend.iemand weten ervan; mail staat op kandidaat@voorbeeld.nl`;
    const written = await staff.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'note', text });
    expect(written.status).toBe(201);
    await waitForQuiet(app());
    await expectSentOnce(app(), 'note_mention', written.body.id, [{ dueKey: 'once', recipient: colleague.email }]);

    const inbox = await colleague.http.get('/api/notifications');
    expect(inbox.body.items.filter((item: { kind: string }) => item.kind === 'note_mention')).toHaveLength(1);
    for (const other of [staff, bystander, boardUser]) {
      const theirs = await other.http.get('/api/notifications');
      expect(theirs.body.items.filter((item: { kind: string }) => item.kind === 'note_mention')).toEqual([]);
    }
    expect(
      app()
        .mail.to(colleague.email)
        .filter((mail) => (mail.subject ?? '').includes('noemde je')),
    ).toHaveLength(1);
    expect(
      app()
        .mail.to(boardUser.email)
        .filter((mail) => (mail.subject ?? '').includes('noemde je')),
    ).toEqual([]);

    // A board's note may mention a colleague of that board; an edit tells only the newly mentioned.
    const boardNote = await boardUser.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'note', text: `Voor @${handle(boardColleague)}` });
    await waitForQuiet(app());
    const edited = await boardUser.http.patch(`/api/candidates/${candidateId}/notes/${boardNote.body.id}`, {
      kind: 'note',
      text: `Voor @${handle(boardColleague)} en @${handle(staff)}; niet @${handle(otherBoardUser)}`,
    });
    expect(edited.status).toBe(200);
    await waitForQuiet(app());
    await expectSentOnce(app(), 'note_mention', boardNote.body.id, [
      { dueKey: 'once', recipient: boardColleague.email },
      { dueKey: 'once', recipient: staff.email },
    ]);
  });

  it('lets the author change and delete within 24 hours, nobody else, and refuses a date in the future', async () => {
    const written = await staff.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'email', date: '2026-03-02', text: 'Mail gestuurd' });
    const path = `/api/candidates/${candidateId}/notes/${written.body.id}`;
    const future = await staff.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'email', date: '2026-03-03', text: 'Morgen' });
    expect(future.status).toBe(422);
    expect(JSON.stringify(future.body)).toContain('Datum mag niet in de toekomst liggen');
    const badKind = await staff.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'medisch', text: 'x' });
    expect(badKind.status).toBe(400);
    expect(JSON.stringify(badKind.body)).toContain('Soort');

    const notAuthor = await colleague.http.patch(path, { kind: 'email', text: 'Door een ander' });
    expect(notAuthor.status).toBe(403);
    const changed = await staff.http.patch(path, { kind: 'information_meeting', text: 'Op de informatiebijeenkomst gesproken' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ kind: 'information_meeting', text: 'Op de informatiebijeenkomst gesproken', date: '2026-03-02' });

    clock.advance(24 * 3600_000);
    // Sessions end after a day too: sign in again at the moved time.
    for (const user of [staff, colleague]) user.http = new HttpClient(app().baseUrl, await login(app(), user.email, user.password));
    const late = await staff.http.patch(path, { kind: 'email', text: 'Te laat' });
    expect(late.status).toBe(409);
    expect((await staff.http.delete(path)).status).toBe(409);
    expect((await notesOf(staff)).includes('Op de informatiebijeenkomst gesproken')).toBe(true);

    const fresh = await staff.http.post(`/api/candidates/${candidateId}/notes`, { kind: 'note', text: 'Weg ermee' });
    expect((await staff.http.delete(`/api/candidates/${candidateId}/notes/${fresh.body.id}`)).status).toBe(204);
    expect(await notesOf(staff)).not.toContain('Weg ermee');
    const { rows } = await app().db.query(`SELECT action, changed_fields FROM audit_log WHERE entity = 'candidate_note' AND entity_id = $1 ORDER BY id`, [
      fresh.body.id,
    ]);
    expect(rows.map((row) => row.action)).toEqual(['create', 'delete']);
  });

  it('shows the notes in the inspection export, and empties their text when the candidate is erased (R13)', async () => {
    expect((await staff.http.post(`/api/candidates/${candidateId}/reject`, { reason: 'Past niet' })).status).toBe(200);
    await waitForQuiet(app());
    const exported = await fetch(`${app().baseUrl}/api/candidates/${candidateId}/export`, {
      headers: { authorization: `Bearer ${await login(app(), staff.email, staff.password)}` },
    });
    expect(exported.status).toBe(200);
    const data = JSON.parse((await unzip(Buffer.from(await exported.arrayBuffer()))).get('gegevens.json')!.toString('utf8'));
    expect(data.notes.map((note: { text: string }) => note.text)).toEqual(expect.arrayContaining(['Bestuur A belde', 'Coachgesprek']));
    expect(await app().api.get(ErasureService).erase(SYSTEM_ACTOR, candidateId)).toBe(true);
    const { rows } = await app().db.query(`SELECT text FROM candidate_notes WHERE candidate_id = $1`, [candidateId]);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((row) => row.text === '')).toBe(true);
    const mentions = await app().db.query(
      `SELECT title, body FROM notifications WHERE kind = 'note_mention' AND subject_id IN (SELECT id FROM candidate_notes WHERE candidate_id = $1)`,
      [candidateId],
    );
    expect(mentions.rows.length).toBeGreaterThan(0);
    expect(mentions.rows.every((row) => row.title === '' && row.body === '')).toBe(true);
  });
});
