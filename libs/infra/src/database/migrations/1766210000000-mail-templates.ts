import { SqlMigration } from './sql-migration';

/**
 * Issue 16, item 5: an administrator's own text of a mail kind. The default text lives in the
 * code beside the mail (the template registry); a row here overrides it, and going back to the
 * default deletes the row.
 */
export class MailTemplates1766210000000 extends SqlMigration {
  name = 'MailTemplates1766210000000';

  protected readonly upSql = `
      CREATE TABLE mail_templates (
        kind text PRIMARY KEY,
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES users (id),
        version integer NOT NULL DEFAULT 1
      );
  `;

  protected readonly downSql = `
      DROP TABLE mail_templates;
  `;
}
