import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Pool, QueryResultRow } from 'pg';

/**
 * The way into PostgreSQL. Reads on hot paths go straight to the driver's pool (no ORM
 * hydration); commands run in one transaction and use only that transaction's manager.
 */
@Injectable()
export class Database {
  constructor(readonly dataSource: DataSource) {}

  private get pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  async query<Row extends QueryResultRow>(sql: string, parameters: unknown[] = []): Promise<Row[]> {
    const result = await this.pool.query<Row>(sql, parameters);
    return result.rows;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', work);
  }
}
