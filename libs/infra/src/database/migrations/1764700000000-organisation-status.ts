import { SqlMigration } from './sql-migration';

/**
 * Boards and institutes can be deactivated instead of deleted: users, candidates and history keep
 * pointing at them, but a deactivated one gets no new users. Their names must hold text, not only
 * whitespace.
 */
export class OrganisationStatus1764700000000 extends SqlMigration {
  name = 'OrganisationStatus1764700000000';

  protected readonly upSql = `
      ALTER TABLE boards ADD COLUMN active boolean NOT NULL DEFAULT true;
      ALTER TABLE institutes ADD COLUMN active boolean NOT NULL DEFAULT true;
      ALTER TABLE boards ADD CONSTRAINT boards_name_not_blank CHECK (btrim(name) <> '');
      ALTER TABLE institutes ADD CONSTRAINT institutes_name_not_blank CHECK (btrim(name) <> '');
  `;

  protected readonly downSql = `
      ALTER TABLE institutes DROP CONSTRAINT institutes_name_not_blank;
      ALTER TABLE boards DROP CONSTRAINT boards_name_not_blank;
      ALTER TABLE institutes DROP COLUMN active;
      ALTER TABLE boards DROP COLUMN active;
  `;
}
