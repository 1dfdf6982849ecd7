import type { INestApplicationContext } from '@nestjs/common';
import { FixedClock } from '@app/shared';
import { UnitOfWork } from '@app/infra';
import { createWorkerApplication } from '../../apps/worker/src/bootstrap';
import { useTestApp } from '../support/test-app';
import { createUser, type TestUser } from '../support/factories';
import { noonInAmsterdam } from '../support/assessment-fixtures';
import { boardWithSchool, type BoardWithSchool } from '../support/placement-fixtures';
import { waitForQuiet } from '../support/quiet';
import { caseloads, runningProgrammesInBulk } from '../support/coaching-fixtures';

/**
 * R9 under concurrency: two worker apps (each its own queue consumer on the same queue and
 * database) assign coaches for 200 programmes at once with a total capacity of 150 (10 coaches of
 * at most 15). The guarantee comes from the database: a place is taken by the conditional
 * `UPDATE coaches SET caseload = caseload + 1 WHERE … AND caseload < max_caseload`, and the partial
 * unique index `coach_assignments_one_current` allows one current assignment per programme.
 *
 * A naive variant — read the current assignments of the best coach (`SELECT count(*) …`), compare
 * with the maximum, then INSERT — lets two workers read the same count before either inserts, so
 * coaches can end above their maximum (and without the unique index a programme can get two
 * coaches); the first expectations below (no coach above maximum, counter equal to the
 * assignments, 150 distinct programmes) are the ones such a variant breaks. (That variant was not
 * run against this test; under READ COMMITTED nothing in it serialises the two workers.)
 */
describe('coaching: two workers assign 200 programmes to 150 places', () => {
  const clock = new FixedClock(noonInAmsterdam('2026-03-15'));
  const app = useTestApp({ clock });
  let second: INestApplicationContext;
  let board: BoardWithSchool;
  let coaches: TestUser[];
  let programmeIds: string[];

  beforeAll(async () => {
    board = await boardWithSchool(app());
    coaches = [];
    for (let index = 0; index < 10; index += 1) coaches.push(await createUser(app(), 'coach'));
    const staff = await createUser(app(), 'staff');
    for (const coach of coaches) {
      const created = await staff.http.post('/api/coaches', { userId: coach.id, regions: ['almere'], maxCaseload: 15, active: true });
      if (created.status !== 204) throw new Error(`coach refused: ${created.status} ${JSON.stringify(created.body)}`);
    }
    programmeIds = await runningProgrammesInBulk(app(), board, 200);
    second = await createWorkerApplication(app().config, { clock });
  }, 120_000);

  afterAll(async () => {
    await second?.close();
  });

  async function enqueueAll(): Promise<void> {
    const unitOfWork = app().api.get(UnitOfWork);
    await unitOfWork.run(async () => {
      await unitOfWork.enqueue(...programmeIds.map((programmeId) => ({ name: 'coaching.assign-coach' as const, data: { programmeId } })));
    });
  }

  async function state() {
    const { rows: assigned } = await app().db.query<{ count: number; programmes: number }>(
      `SELECT count(*)::int AS count, count(DISTINCT programme_id)::int AS programmes FROM coach_assignments WHERE ended_at IS NULL`,
    );
    const { rows: waiting } = await app().db.query<{ count: number }>(`SELECT count(*)::int AS count FROM programmes_needing_coach`);
    const { rows: history } = await app().db.query<{ count: number }>(`SELECT count(*)::int AS count FROM coach_assignments`);
    return { assigned: assigned[0], waiting: waiting[0].count, history: history[0].count, coaches: await caseloads(app()) };
  }

  it('never exceeds a maximum: 150 assigned, 50 waiting, nobody with two coaches; running it again changes nothing', async () => {
    await enqueueAll();
    await waitForQuiet(app(), 120_000);
    const first = await state();
    for (const coach of first.coaches) {
      expect(coach.current).toBeLessThanOrEqual(coach.maxCaseload);
      expect(coach.caseload).toBe(coach.current);
    }
    expect(first.assigned).toEqual({ count: 150, programmes: 150 });
    expect(first.history).toBe(150);
    expect(first.waiting).toBe(50);
    expect(first.coaches.every((coach) => coach.current === 15)).toBe(true);

    await enqueueAll();
    await waitForQuiet(app(), 120_000);
    const again = await state();
    expect(again.assigned).toEqual(first.assigned);
    expect(again.history).toBe(150);
    expect(again.waiting).toBe(50);
    expect(again.coaches).toEqual(first.coaches);
  }, 240_000);
});
