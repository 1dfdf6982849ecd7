import { Client } from 'pg';
import { Database } from '@app/infra';
import { useTestApp } from '../support/test-app';

/**
 * A transaction has one connection, which runs one statement at a time. Statements a unit of work
 * starts together (Promise.all, as the import's check does) wait their turn in Database; handing
 * pg a statement while its connection is busy is deprecated (pg queues it for now, not in pg 9).
 */
describe('Database: statements started together in a transaction', () => {
  const app = useTestApp({ worker: false });
  const table = 'turn_probe';
  /** Statements handed to a pg connection that was still busy with another. */
  let overlapping = 0;

  beforeAll(async () => {
    const busy = new WeakMap<Client, number>();
    const query = Client.prototype.query;
    jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...parameters: unknown[]) {
      const running = busy.get(this) ?? 0;
      if (running > 0) overlapping += 1;
      busy.set(this, running + 1);
      const result = (query as (...parameters: unknown[]) => unknown).apply(this, parameters);
      const done = () => void busy.set(this, (busy.get(this) ?? 1) - 1);
      if (result instanceof Promise) result.then(done, done);
      return result as never;
    });
    await app().db.query(`CREATE TABLE ${table} (value int NOT NULL)`);
  });

  // The table goes with the test app's own database.
  afterAll(() => jest.restoreAllMocks());

  beforeEach(() => {
    overlapping = 0;
  });

  it('run one after another on its connection, each with its own answer', async () => {
    const database = app().api.get(Database);
    // Without the turn-taking in Database (tried once) 3 of these 4 were handed to a busy connection.
    const answers = await database.transaction(() =>
      Promise.all([1, 2, 3, 4].map((value) => database.query<{ value: number }>('SELECT $1::int AS value', [value]))),
    );
    expect(answers.map((rows) => rows[0].value)).toEqual([1, 2, 3, 4]);
    expect(overlapping).toBe(0);
  });

  it('roll back as a whole when one of them fails, after the others have had their turn', async () => {
    const database = app().api.get(Database);
    const failed = database.transaction(() =>
      Promise.all([
        database.query(`INSERT INTO ${table} (value) VALUES (1)`),
        database.query('SELECT 1 / 0'),
        database.query(`INSERT INTO ${table} (value) VALUES (3)`),
      ]),
    );
    await expect(failed).rejects.toThrow('division by zero');
    expect(overlapping).toBe(0);
    expect((await app().db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows).toEqual([{ n: 0 }]);
    // The connection went back to the pool clean: the next transaction commits.
    await database.transaction(() => database.query(`INSERT INTO ${table} (value) VALUES (4)`));
    expect((await app().db.query(`SELECT value FROM ${table}`)).rows).toEqual([{ value: 4 }]);
  });
});
