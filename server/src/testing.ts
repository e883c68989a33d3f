import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openStorage } from './db/connect.ts';
import type { Storage } from './db/connect.ts';
import { postgresSkipReason } from './testing-skips.ts';

// Test support shared by the server's suites. Not imported by production code.

/** True when CI asked that every suite run: a missing database or browser is then a failure. */
export const requireAllSuites = process.env.RELANCE_REQUIRE_ALL === '1';

/** The PostgreSQL URL tests run against, if any. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL;

/** One database engine a suite runs on, with a factory for a fresh, migrated storage. */
export interface DatabaseUnderTest {
  name: 'sqlite' | 'postgres';
  /** Why the engine is skipped, or null when it runs. */
  skipReason: string | null;
  open(): Promise<Storage>;
}

/**
 * The engines every database suite loops over: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set. Without it PostgreSQL is skipped with a visible reason, and under
 * RELANCE_REQUIRE_ALL=1 its absence throws so that CI cannot pass on SQLite alone.
 */
export function databasesUnderTest(): DatabaseUnderTest[] {
  const pgSkip = postgresSkipReason;
  if (pgSkip && requireAllSuites) {
    throw new Error(`RELANCE_REQUIRE_ALL=1 but ${pgSkip}`);
  }
  return [
    { name: 'sqlite', skipReason: null, open: openFreshSqlite },
    { name: 'postgres', skipReason: pgSkip, open: openFreshPostgres },
  ];
}

async function openFreshSqlite(): Promise<Storage> {
  const storage = openStorage({ sqliteFile: ':memory:' });
  await migrateToLatest(storage);
  return storage;
}

/** Creates a schema of its own for each storage so that test files never see each other. */
async function openFreshPostgres(): Promise<Storage> {
  const url = testDatabaseUrl;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const storage = openStorage({ databaseUrl: url, pgSchema: schema, poolSize: 4 });
  await migrateToLatest(storage);
  return {
    ...storage,
    close: async () => {
      await storage.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`DROP SCHEMA ${schema} CASCADE`);
      await drop.end();
    },
  };
}
