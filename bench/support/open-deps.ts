import { loadConfig } from '../../server/src/config.ts';
import { migrateToLatest, openStorage } from '../../server/src/db/connect.ts';
import type { AppDeps } from '../../server/src/deps.ts';
import { createLogger } from '../../server/src/logger.ts';

/** Where a benchmark database lives: a SQLite file, or a PostgreSQL URL and schema. */
export interface BenchTarget {
  engine: 'sqlite' | 'postgres';
  sqliteFile?: string;
  databaseUrl?: string;
  pgSchema?: string;
}

/** Opens the target (migrating it when asked) with the dependencies the app and services need. */
export async function openDeps(
  target: BenchTarget,
  poolSize = 10,
  migrate = false,
): Promise<AppDeps> {
  const storage = openStorage({
    sqliteFile: target.sqliteFile,
    databaseUrl: target.engine === 'postgres' ? target.databaseUrl : undefined,
    pgSchema: target.pgSchema,
    poolSize,
  });
  if (migrate) await migrateToLatest(storage);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    RATE_LIMIT_PER_MINUTE: '100000000',
    TIME_ZONE: 'Europe/Paris',
  });
  return { config, storage, logger: createLogger('silent'), clock: { now: () => new Date() } };
}
