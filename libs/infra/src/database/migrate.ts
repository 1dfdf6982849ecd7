import { DataSource } from 'typeorm';
import { loadDatabaseUrl } from '../config/app-config';
import { migrationDataSourceOptions } from './connection-options';
import { describeStartupFailure } from '../config/startup-failure';

/** Applies pending migrations; `npm run migrate`. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource(migrationDataSourceOptions(databaseUrl));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  // Migrating needs the database only, not the mail relay or the first administrator.
  Promise.resolve()
    .then(() => runMigrations(loadDatabaseUrl()))
    .then((applied) => {
      console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
    })
    .catch((error: unknown) => {
      console.error(describeStartupFailure(error));
      process.exit(1);
    });
}
