import { FixedClock } from '@app/shared';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { boardWithSchool, candidatesAtInterviewPassed, capacityLedger, placementBody, type BoardWithSchool } from '../support/placement-fixtures';

const REQUESTS = 200;
const YEAR = '2025-2026';

/**
 * R7 under load: 200 simultaneous supernumerary placements of different candidates against a board
 * with K places, through HTTP. Exactly K succeed, the rest get 409, and the stored use equals the
 * placements that hold a place — also when cancellations race the new placements.
 *
 * Shown once to fail against a naive variant (run once on this branch, not kept): with
 * PlacementsService.place counting the board's placements that hold a place in the year
 * (SELECT count(*)) and inserting when the count was below the declared places, under READ
 * COMMITTED, instead of the counter row's conditional UPDATE, this test failed with 20 placements
 * created for K = 1, 20 for K = 3, 33 for K = 20 and 20 in the cancellation race (K = 3): each
 * transaction counted before the others had committed. K = 0 passed (nothing to overshoot).
 */
describe('placements under concurrency: the declared places are never exceeded', () => {
  const clock = new FixedClock(new Date('2025-06-15T10:00:00Z'));
  const app = useTestApp({ clock });
  let staff: TestUser;

  beforeAll(async () => {
    staff = await createUser(app(), 'staff');
  });

  async function boardWithPlaces(places: number): Promise<BoardWithSchool> {
    const board = await boardWithSchool(app());
    const declared = await staff.http.put(`/api/boards/${board.boardId}/capacity/${YEAR}`, { places });
    if (declared.status !== 200) throw new Error(`capacity refused: ${declared.status} ${JSON.stringify(declared.body)}`);
    return board;
  }

  /**
   * Every request at once; the statuses in the order sent. A request that waited longer than the
   * pool's connection timeout (2 s) for a database connection is shed with 503 and changed nothing;
   * like a client, it is sent again (all of those at once) until every request has its answer.
   */
  async function placeAll(board: BoardWithSchool, candidateIds: string[]): Promise<{ status: number; id?: string }[]> {
    return untilAnswered(candidateIds, async (candidateId) => {
      const result = await staff.http.post('/api/placements', placementBody(candidateId, board));
      return { status: result.status, id: result.status === 201 ? (result.body.id as string) : undefined };
    });
  }

  async function untilAnswered<T, R extends { status: number }>(items: T[], send: (item: T) => Promise<R>): Promise<R[]> {
    const answers: (R | undefined)[] = items.map(() => undefined);
    for (let round = 0; round < 20 && answers.some((answer) => answer === undefined || answer.status === 503); round += 1) {
      const open = items.map((_, index) => index).filter((index) => answers[index] === undefined || answers[index].status === 503);
      const results = await Promise.all(open.map((index) => send(items[index])));
      open.forEach((index, position) => (answers[index] = results[position]));
    }
    return answers.map((answer) => answer ?? ({ status: 0 } as R));
  }

  function tally(statuses: { status: number }[]): Record<number, number> {
    return statuses.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
  }

  it.each([0, 1, 3, 20])('with %i places: exactly that many succeed, the rest 409', async (places) => {
    const board = await boardWithPlaces(places);
    const candidates = await candidatesAtInterviewPassed(app(), REQUESTS);
    const results = await placeAll(board, candidates);
    expect(tally(results)).toEqual(places === 0 ? { 409: REQUESTS } : { 201: places, 409: REQUESTS - places });
    expect(await capacityLedger(app(), board.boardId, YEAR)).toEqual({ used: places, holding: places, active: places });
  });

  it('with cancellations racing new placements: the use stays equal to the placements holding a place, and the places add up', async () => {
    const places = 3;
    const board = await boardWithPlaces(places);
    const [firstWave, secondWave, topUp] = [
      await candidatesAtInterviewPassed(app(), places),
      await candidatesAtInterviewPassed(app(), REQUESTS),
      await candidatesAtInterviewPassed(app(), places + 1),
    ];
    const held = await placeAll(board, firstWave);
    expect(tally(held)).toEqual({ 201: places });

    const [cancellations, placements] = await Promise.all([
      untilAnswered(held, ({ id }) => staff.http.post(`/api/placements/${id}/cancel`, { reason: 'Per vergissing ingevoerd' })),
      placeAll(board, secondWave),
    ]);
    expect(cancellations.map((result) => result.status)).toEqual(held.map(() => 200));
    const won = tally(placements)[201] ?? 0;
    expect(won).toBeLessThanOrEqual(places);
    expect(tally(placements)).toEqual(won === 0 ? { 409: REQUESTS } : { 201: won, 409: REQUESTS - won });
    expect(await capacityLedger(app(), board.boardId, YEAR)).toEqual({ used: won, holding: won, active: won });

    // No place was lost or counted twice: exactly the places left can still be taken, then 409.
    const more = [];
    for (const candidateId of topUp) more.push((await staff.http.post('/api/placements', placementBody(candidateId, board))).status);
    expect(more.filter((status) => status === 201)).toHaveLength(places - won);
    expect(more.slice(places - won).every((status) => status === 409)).toBe(true);
    expect(await capacityLedger(app(), board.boardId, YEAR)).toEqual({ used: places, holding: places, active: places });
  });
});
