import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import { Pool, type PoolClient, type QueryResultRow } from 'pg';

interface Transaction {
  client: PoolClient;
  afterCommit: (() => void)[];
  /**
   * The statement whose turn it is last. A connection runs one statement at a time; statements a
   * unit of work starts together (Promise.all) wait here for their turn, as handing pg a statement
   * while its connection is busy is deprecated (pg queues it for now, not in pg 9).
   */
  last: Promise<unknown>;
}

/**
 * The way into PostgreSQL: one pg pool per process, no ORM on the request path. A query runs in
 * the transaction of the unit of work it is called from (an AsyncLocalStorage context), so
 * repositories never pass a transaction around and never starve the pool by querying beside it.
 */
export class Database {
  private readonly transactions = new AsyncLocalStorage<Transaction>();
  /** Transactions running in this process; the context is switched off while there are none. */
  private running = 0;

  constructor(private readonly pool: Pool) {
    // An idle connection that PostgreSQL ends (a restart, a failover) emits 'error' on the pool;
    // unheard, that event would end the process. The pool drops the connection and opens a new one.
    const logger = new Logger(Database.name);
    pool.on('error', (error) => logger.warn(`Idle database connection lost (${(error as { code?: string }).code ?? error.name}); it is replaced`));
  }

  async query<Row extends QueryResultRow>(sql: string, parameters: unknown[] = []): Promise<Row[]> {
    const transaction = this.transactions.getStore();
    const result = transaction ? await inTurn(transaction, (client) => client.query<Row>(sql, parameters)) : await this.pool.query<Row>(sql, parameters);
    return result.rows;
  }

  /**
   * Rows as arrays of their values in the SELECT's column order, for the hottest read (the
   * candidate list). pg builds each row object by keyed stores, and in a process that runs many
   * queries of many shapes those fall to V8's generic path: some 10–20 µs of CPU per page of 50
   * candidates in the running API (bench/, issue 8). `columns` names the columns in order; a query
   * that returns others throws, so a reordered SELECT cannot hand a value to the wrong field.
   */
  async queryValues(sql: string, parameters: unknown[], columns: readonly string[]): Promise<unknown[][]> {
    const transaction = this.transactions.getStore();
    const config = { text: sql, values: parameters, rowMode: 'array' } as const;
    const result = transaction ? await inTurn(transaction, (client) => client.query<unknown[]>(config)) : await this.pool.query<unknown[]>(config);
    const { fields } = result;
    if (fields.length !== columns.length || fields.some((field, index) => field.name !== columns[index])) {
      throw new Error(`Query returned columns ${fields.map((field) => field.name).join(', ')} where ${columns.join(', ')} were expected`);
    }
    return result.rows;
  }

  /** Whether the caller runs inside a transaction (writes that must commit together check this). */
  inTransaction(): boolean {
    return this.transactions.getStore() !== undefined;
  }

  /**
   * Runs `work` in one READ COMMITTED transaction; a call inside a running transaction joins it.
   * Hooks registered with `afterCommit` run once the outermost transaction has committed.
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction()) return work();
    const transaction: Transaction = { client: await this.pool.connect(), afterCommit: [], last: Promise.resolve() };
    let result: T;
    try {
      await inTurn(transaction, (client) => client.query('BEGIN'));
      result = await this.inContext(transaction, work);
      await inTurn(transaction, (client) => client.query('COMMIT'));
    } catch (error) {
      // After the statements still waiting their turn (they fail at once in an aborted transaction).
      // A connection that cannot even roll back is broken: destroy it rather than hand it back.
      const rolledBack = await inTurn(transaction, (client) => client.query('ROLLBACK')).then(
        () => true,
        () => false,
      );
      transaction.client.release(!rolledBack);
      throw error;
    }
    transaction.client.release();
    for (const hook of transaction.afterCommit) hook();
    return result;
  }

  /**
   * On Node 20 an enabled AsyncLocalStorage puts a hook on every promise the process makes (about
   * 4% of a read request's CPU in `npm run bench`), so the context is enabled only while a
   * transaction runs and disabled (as Node's documentation advises for an unused instance) when the
   * last one ends. Reads outside a transaction never needed it.
   */
  private async inContext<T>(transaction: Transaction, work: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await this.transactions.run(transaction, work);
    } finally {
      this.running -= 1;
      if (this.running === 0) this.transactions.disable();
    }
  }

  /** Registers what to do once the current transaction has committed (nothing when it rolls back). */
  afterCommit(hook: () => void): void {
    const transaction = this.transactions.getStore();
    if (!transaction) throw new Error('afterCommit needs a transaction: run the command in a unit of work');
    transaction.afterCommit.push(hook);
  }

  /** A connection of its own, outside any transaction (LISTEN, advisory work); the caller releases it. */
  connect(): Promise<PoolClient> {
    return this.pool.connect();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Runs `statement` on the transaction's connection once the statements before it have finished. */
function inTurn<T>(transaction: Transaction, statement: (client: PoolClient) => Promise<T>): Promise<T> {
  const turn = transaction.last.then(() => statement(transaction.client));
  transaction.last = turn.catch(() => undefined);
  return turn;
}
