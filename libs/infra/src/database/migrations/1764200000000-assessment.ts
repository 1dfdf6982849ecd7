import { MigrationInterface, QueryRunner } from 'typeorm';

/** Suitability assessments with the teacher-training institutes. */
export class Assessment1764200000000 implements MigrationInterface {
  name = 'Assessment1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT 1`);
  }
}
