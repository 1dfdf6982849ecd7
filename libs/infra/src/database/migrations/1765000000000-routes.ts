import { SqlMigration } from './sql-migration';

/**
 * Routes (trajectvormen) as data (R1, R8): each with its duration, whether it needs a suitability
 * assessment, and the degree levels it accepts. The candidate keeps the route they applied for;
 * every earlier candidate applied for zij-instroom.
 */
export class Routes1765000000000 extends SqlMigration {
  name = 'Routes1765000000000';

  protected readonly upSql = `
      CREATE TABLE routes (
        code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
        name text NOT NULL,
        duration_months integer NOT NULL CHECK (duration_months BETWEEN 1 AND 120),
        assessment_required boolean NOT NULL,
        degree_levels text[] NOT NULL CHECK (cardinality(degree_levels) > 0),
        active boolean NOT NULL DEFAULT true,
        position integer GENERATED ALWAYS AS IDENTITY,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX routes_name_key ON routes (lower(name));
      INSERT INTO routes (code, name, duration_months, assessment_required, degree_levels) VALUES
        ('zij_instroom', 'Zij-instroom', 24, true, '{hbo_bachelor,hbo_master,wo_bachelor,wo_master}'),
        ('versneld_voor_de_klas', 'Versneld voor de klas', 24, true, '{hbo_bachelor,hbo_master,wo_bachelor,wo_master}'),
        ('ad_pep', 'Associate degree Pedagogisch Educatief Professional (Ad PEP)', 24, false,
          '{hbo_bachelor,hbo_master,wo_bachelor,wo_master,associate_degree,mbo,havo,vwo}'),
        ('duaal', 'Duaal traject', 24, false, '{hbo_bachelor,hbo_master,wo_bachelor,wo_master}'),
        ('mijlpalen', 'Mijlpalen', 24, true, '{hbo_bachelor,hbo_master,wo_bachelor,wo_master}'),
        ('maatwerk', 'Maatwerktraject', 24, true, '{hbo_bachelor,hbo_master,wo_bachelor,wo_master}');
      ALTER TABLE candidates ADD COLUMN route text NOT NULL DEFAULT 'zij_instroom' REFERENCES routes (code);
  `;

  protected readonly downSql = `
      ALTER TABLE candidates DROP COLUMN route;
      DROP TABLE routes;
  `;
}
