import { MigrationInterface, QueryRunner } from 'typeorm';

/** Selection interviews, their panels and the boards' advice. */
export class Selection1764100000000 implements MigrationInterface {
  name = 'Selection1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT 1`);
  }
}
