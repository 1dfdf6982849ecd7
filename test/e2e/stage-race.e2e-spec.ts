import { ADMIN_EMAIL, ADMIN_PASSWORD, useTestApp } from '../support/test-app';
import { HttpClient } from '../support/http-client';
import { apply, createUser, login } from '../support/factories';
import { expectRefusal } from '../support/expectations';
import { STAGE_COMMANDS, type Stage } from '@app/candidates';

/**
 * R4 under concurrency: stage commands are a compare-and-set in PostgreSQL, so of many concurrent
 * commands on one candidate exactly one wins each contested move and the history stays a valid path.
 *
 * Shown to fail: CandidatesService.changeStage was replaced once, locally, by a naive
 * read-then-update (`SELECT stage …` without a lock, the check in TypeScript, a 5 ms pause, then
 * `UPDATE candidates SET stage = $2 WHERE id = $1`). Both tests failed: two screening commands got
 * 200, and the mixed race ended in `screening` after a closing move. Before the fix of TypeORM's
 * `[rows, count]` answer to a bare `UPDATE … RETURNING`, no command could tell it had lost at all.
 */
describe('concurrent stage commands (R4)', () => {
  const app = useTestApp({ worker: false });
  let staff: HttpClient;
  const RACERS = 20;

  beforeAll(async () => {
    staff = (await createUser(app(), 'staff')).http;
  });

  async function historyOf(candidateId: string): Promise<{ from_stage: Stage | null; to_stage: Stage }[]> {
    const { rows } = await app().db.query(`SELECT from_stage, to_stage FROM candidate_stage_history WHERE candidate_id = $1 ORDER BY id`, [candidateId]);
    return rows;
  }

  /** Each step starts where the previous ended and is a move some command allows. */
  function expectValidPath(history: { from_stage: Stage | null; to_stage: Stage }[], finalStage: Stage): void {
    expect(history[0]).toEqual({ from_stage: null, to_stage: 'applied' });
    for (let index = 1; index < history.length; index += 1) {
      const step = history[index];
      expect(step.from_stage).toBe(history[index - 1].to_stage);
      const allowed = Object.values(STAGE_COMMANDS).some(
        (command) => command.to === step.to_stage && (command.from as readonly Stage[]).includes(step.from_stage as Stage),
      );
      expect({ step, allowed }).toEqual({ step, allowed: true });
    }
    expect(history[history.length - 1].to_stage).toBe(finalStage);
  }

  it(`${RACERS} identical screening commands at once: exactly one 200, the rest 409 naming the allowed stages`, async () => {
    const { candidateId } = await apply(app());
    const results = await Promise.all(Array.from({ length: RACERS }, () => staff.post(`/api/candidates/${candidateId}/screening`, {})));
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(RACERS - 1);
    for (const refused of results.filter((result) => result.status === 409)) {
      expectRefusal(refused, 409);
      // From screening the allowed next stages are these three; the message names each one.
      for (const stage of ['interview_scheduled', 'rejected', 'withdrawn']) expect(refused.body.message).toContain(stage);
    }
    const winner = results.find((result) => result.status === 200);
    expect(winner?.body).toEqual(expect.objectContaining({ id: candidateId, stage: 'screening', version: 2 }));
    const history = await historyOf(candidateId);
    expect(history.filter((step) => step.from_stage === 'applied' && step.to_stage === 'screening')).toHaveLength(1);
    expectValidPath(history, 'screening');
    const { rows } = await app().db.query(`SELECT stage, version FROM candidates WHERE id = $1`, [candidateId]);
    expect(rows[0]).toEqual({ stage: 'screening', version: 2 });
    const audit = await app().db.query(`SELECT count(*)::int AS count FROM audit_log WHERE entity_id = $1 AND action = 'screening'`, [candidateId]);
    expect(audit.rows[0].count).toBe(1);
  });

  it('a mixed race (reject, withdraw, screening from several desks) ends in one state with a valid history', async () => {
    const admin = new HttpClient(app().baseUrl, await login(app(), ADMIN_EMAIL, ADMIN_PASSWORD));
    for (let round = 0; round < 5; round += 1) {
      const { candidateId } = await apply(app());
      const commands = Array.from({ length: 18 }, (_, index) => {
        const client = index % 2 === 0 ? staff : admin;
        if (index % 3 === 0) return client.post(`/api/candidates/${candidateId}/reject`, { reason: `Niet passend (${index})` });
        if (index % 3 === 1) return client.post(`/api/candidates/${candidateId}/withdraw`, { reason: `Gestopt (${index})` });
        return client.post(`/api/candidates/${candidateId}/screening`, {});
      });
      const results = await Promise.all(commands);
      expect(results.every((result) => result.status === 200 || result.status === 409)).toBe(true);
      const { rows } = await app().db.query(`SELECT stage, version, closing_reason FROM candidates WHERE id = $1`, [candidateId]);
      const final = rows[0] as { stage: Stage; version: number; closing_reason: string | null };
      expect(['rejected', 'withdrawn']).toContain(final.stage);
      const history = await historyOf(candidateId);
      expectValidPath(history, final.stage);
      // One closing move; at most one screening before it; every 200 is one history step.
      expect(history.filter((step) => step.to_stage === 'rejected' || step.to_stage === 'withdrawn')).toHaveLength(1);
      expect(results.filter((result) => result.status === 200)).toHaveLength(history.length - 1);
      expect(final.version).toBe(history.length);
      const closing = await app().db.query(`SELECT reason FROM candidate_stage_history WHERE candidate_id = $1 AND to_stage = $2`, [candidateId, final.stage]);
      expect(final.closing_reason).toBe(closing.rows[0].reason);
      const closer = results.find((result) => result.status === 200 && result.body.stage === final.stage);
      expect(closer?.body.closingReason).toBe(final.closing_reason);
    }
  });
});
