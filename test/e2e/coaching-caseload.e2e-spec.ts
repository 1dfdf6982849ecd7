import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { waitForQuiet } from '../support/quiet';
import { runningProgramme } from '../support/programme-fixtures';

interface Session {
  id: string;
  mayChange: boolean;
}
interface CaseloadItem {
  programme: { id: string };
  lastSessionOn: string | null;
  attention: string[];
}

/**
 * What the web page needs of the coaching API (issue 13 item 10): the caseload names a running
 * programme without a session for 28 days (R12) beside behind the norm and at risk; each session says
 * whether the viewer may still change it (its author, within 30 days, by the API's clock — the web
 * page cannot judge that by the browser's clock); the norms come with the school weeks and the year's
 * hours. The clock stands on 15 March 2026; the programme starts 1 October 2025.
 */
describe('coaching for the web page: caseload attention, who may change a session, the norms', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const app = useTestApp({ clock });
  let staff: TestUser;
  let coach: TestUser;
  let programmeId: string;
  let board: BoardWithSchool;

  const caseloadItem = async () => ((await coach.http.get('/api/coaching/caseload')).body as CaseloadItem[]).find((item) => item.programme.id === programmeId);
  const sessionsAs = async (user: TestUser) => (await user.http.get(`/api/programmes/${programmeId}/coaching-sessions`)).body as Session[];

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
    coach = await createUser(app(), 'coach');
    expect((await staff.http.post('/api/coaches', { userId: coach.id, regions: ['almere'], maxCaseload: 3, active: true })).status).toBe(204);
    board = await boardWithSchool(app());
    programmeId = (await runningProgramme(app(), staff.http, board)).programmeId;
    await waitForQuiet(app());
  });

  it('no session for 28 days needs attention: from the start, then from the latest session, exactly at 28 days', async () => {
    expect(await caseloadItem()).toMatchObject({ lastSessionOn: null, attention: ['behind_norm', 'no_recent_session'] });
    const path = `/api/programmes/${programmeId}/coaching-sessions`;
    // 16 February + 28 days = 16 March: on 15 March, 27 days have passed.
    const logged = await coach.http.post(path, { date: '2026-02-16', minutes: 60, kind: 'individual' });
    expect(logged.status).toBe(201);
    const sessionId = (logged.body as { id: string }).id;
    expect(await caseloadItem()).toMatchObject({ lastSessionOn: '2026-02-16', attention: ['behind_norm'] });
    // A day earlier: 28 days have passed.
    expect((await coach.http.patch(`${path}/${sessionId}`, { date: '2026-02-15', minutes: 60, kind: 'individual' })).status).toBe(204);
    expect(await caseloadItem()).toMatchObject({ lastSessionOn: '2026-02-15', attention: ['behind_norm', 'no_recent_session'] });
    // A later session counts, not the earlier one.
    expect((await coach.http.post(path, { date: '2026-03-10', minutes: 60, kind: 'observation' })).status).toBe(201);
    expect(await caseloadItem()).toMatchObject({ lastSessionOn: '2026-03-10', attention: ['behind_norm'] });
  });

  it('each session says whether the viewer may still change it: its author within 30 days, by the API clock', async () => {
    const own = await sessionsAs(coach);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((session) => session.mayChange)).toBe(true);
    // Staff see them, but did not write them.
    expect((await sessionsAs(staff)).map((session) => session.mayChange)).toEqual(own.map(() => false));
    const overview = (await staff.http.get(`/api/programmes/${programmeId}/coaching`)).body as { sessions: Session[] };
    expect(overview.sessions.map((session) => session.mayChange)).toEqual(own.map(() => false));
    // One logged 31 days ago: past the window (the API refuses it too).
    const old = own[0].id;
    await app().db.query(`UPDATE coaching_sessions SET created_at = created_at - interval '31 days' WHERE id = $1`, [old]);
    const after = await sessionsAs(coach);
    expect(after.find((session) => session.id === old)?.mayChange).toBe(false);
    expect(after.filter((session) => session.id !== old).every((session) => session.mayChange)).toBe(true);
    expect((await coach.http.delete(`/api/programmes/${programmeId}/coaching-sessions/${old}`)).status).toBe(409);
  });

  it('the norms come with the school weeks and the whole year in hours; coaches read them, boards do not', async () => {
    const norms = (await coach.http.get('/api/coaching/norms')).body as { route: string; studyYear: number; weeksPerStudyYear: number; yearHours: number }[];
    expect(norms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ route: 'zij_instroom', studyYear: 1, hoursPerUnit: 4, unit: 'week', weeksPerStudyYear: 40, yearHours: 160 }),
      ]),
    );
    expect((await board.user.http.get('/api/coaching/norms')).status).toBe(404);
  });
});
