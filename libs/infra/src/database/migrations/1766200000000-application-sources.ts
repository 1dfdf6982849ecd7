import { SqlMigration } from './sql-migration';

/**
 * Issue 16, item 4: how an applicant heard of Flevowijs. The list is data that administrators
 * manage (a source is retired, never deleted, so the candidates that name it keep their answer);
 * `anders` asks for a short free text, which is personal data and erased with the candidate.
 * The funnel's split by source reads `candidates.source` joined to `application_sources.code`.
 */
export class ApplicationSources1766200000000 extends SqlMigration {
  name = 'ApplicationSources1766200000000';

  protected readonly upSql = `
      CREATE TABLE application_sources (
        code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
        asks_detail boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );
      CREATE UNIQUE INDEX application_sources_label_key ON application_sources (lower(label));
      INSERT INTO application_sources (code, label, asks_detail, position) VALUES
        ('landelijke_campagne', 'De landelijke campagne (Word leraar)', false, 1),
        ('onderwijsloket', 'Het Onderwijsloket', false, 2),
        ('school', 'Via een school', false, 3),
        ('social_media', 'Sociale media', false, 4),
        ('informatiebijeenkomst', 'Een informatiebijeenkomst', false, 5),
        ('bekende', 'Iemand die ik ken', false, 6),
        ('anders', 'Anders', true, 7);

      ALTER TABLE candidates
        ADD COLUMN source text REFERENCES application_sources (code),
        ADD COLUMN source_detail text CHECK (source_detail IS NULL OR length(source_detail) <= 200);
  `;

  protected readonly downSql = `
      ALTER TABLE candidates DROP COLUMN source_detail, DROP COLUMN source;
      DROP TABLE application_sources;
  `;
}
