import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A migration that is one SQL text up and one down. TypeORM knows a migration by its `name`
 * (which carries the timestamp), so every subclass keeps the name it was applied under.
 */
export abstract class SqlMigration implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly upSql: string;
  protected abstract readonly downSql: string;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(this.upSql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(this.downSql);
  }
}
