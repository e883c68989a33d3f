import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type {
  Migration,
  MigrationProvider,
  PostgresCursor,
  PostgresPool,
  PostgresQueryResult,
  SqliteDatabase as SqliteDialectDatabase,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { sharedMarkReads } from './marked-cache.ts';
import { statementName } from './named-statements.ts';
import * as ledger0001 from './migrations/0001-ledger.ts';
import * as reportIndexes0004 from './migrations/0004-report-indexes.ts';
import * as ledgerTotals0005 from './migrations/0005-ledger-totals.ts';

/** Which engine a storage handle runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** An open storage handle: the Kysely instance, its dialect, and how to close it. */
export interface Storage {
  db: Kysely<Database>;
  dialect: DialectName;
  /** PostgreSQL schema the handle works in, when not the default. */
  schema?: string | undefined;
  /**
   * A mark that changes whenever a write is committed to the database, by this process or any
   * other: equal marks taken before and after some reads mean that they saw one unchanged state.
   */
  changeMark(): Promise<string>;
  close(): Promise<void>;
}

/** Where to store: a PostgreSQL URL, or else a SQLite file (or ':memory:'). */
export interface StorageOptions {
  databaseUrl?: string | undefined;
  sqliteFile?: string | undefined;
  /** PostgreSQL only: a schema to create and use, so tests can run side by side. */
  pgSchema?: string | undefined;
  poolSize?: number | undefined;
}

// PostgreSQL returns int8 and numeric as strings; our integers stay far below 2^53, and
// numeric only appears as the result of SUM over bigint columns.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

const migrations: Record<string, Migration> = {
  '0001-ledger': ledger0001,
  '0004-report-indexes': reportIndexes0004,
  '0005-ledger-totals': ledgerTotals0005,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Opens SQLite (WAL, synchronous FULL, foreign keys on) or PostgreSQL, without migrating. */
export function openStorage(options: StorageOptions): Storage {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openSqlite(options.sqliteFile ?? ':memory:');
}

/** The SQLite file under a data directory, created when missing. */
export function sqliteFileIn(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'relance.sqlite');
}

function openSqlite(file: string): Storage {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  // data_version moves when another connection commits; total_changes() counts the rows this
  // connection changed (https://sqlite.org/pragma.html#pragma_data_version). Relance holds
  // one connection, so the two together move on every write.
  const changes = sqlite.prepare('select total_changes()').pluck();
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  const changeMark = () => Promise.resolve(`${String(dataVersion.get())}:${String(changes.get())}`);
  return { db, dialect: 'sqlite', changeMark, close: () => db.destroy() };
}

// Kysely prepares every query it runs, and preparing cost as much as running the few index
// lookups of a context: prepared statements are kept by their text, the least recently used
// dropped past the bound. Kysely runs a statement to completion (`all` or `run`) before the
// next, so a kept statement is never asked for while it is still busy.
const MAX_PREPARED = 512;

function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectDatabase {
  const prepared = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let statement = prepared.get(text);
      if (statement === undefined) {
        statement = sqlite.prepare(text);
        if (prepared.size >= MAX_PREPARED) {
          const oldest = prepared.keys().next().value;
          if (oldest !== undefined) prepared.delete(oldest);
        }
      } else {
        prepared.delete(text);
      }
      prepared.set(text, statement);
      return statement;
    },
  };
}

function openPostgres(url: string, options: StorageOptions): Storage {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namingPool(pool) }) });
  // Two equal snapshots have the same committed transactions: any commit in between either
  // moves xmax or leaves the list of transactions in progress.
  const changeMark = sharedMarkReads(
    async () =>
      (await sql<{ mark: string }>`select pg_current_snapshot()::text as mark`.execute(db)).rows[0]
        ?.mark ?? '',
  );
  return {
    db,
    dialect: 'postgres',
    schema: options.pgSchema,
    changeMark,
    close: () => db.destroy(),
  };
}

/**
 * Gathers fresh planner statistics over the given tables, after a bulk load.
 *
 * On SQLite only the per-index summaries (`sqlite_stat1`) are kept. This build of SQLite has
 * STAT4, and with samples in `sqlite_stat4` a prepared statement whose parameter meets an
 * indexed column is planned again every time it runs with new values
 * (https://sqlite.org/lang_analyze.html). The context's statements then spent more time in the
 * planner than in their index lookups, and the summaries alone choose the same indexes.
 * On PostgreSQL, VACUUM also sets the visibility map that autovacuum would have set on a live
 * database by then; without it an index-only scan still visits every heap page.
 */
export async function refreshStatistics(
  storage: Storage,
  tables: readonly string[],
): Promise<void> {
  if (storage.dialect === 'postgres') {
    await sql.raw(`VACUUM ANALYZE ${tables.join(', ')}`).execute(storage.db);
    return;
  }
  for (const table of tables) await sql`ANALYZE ${sql.table(table)}`.execute(storage.db);
  const stat4 = await sql<{ name: string }>`select name from sqlite_master
    where type = 'table' and name = 'sqlite_stat4'`.execute(storage.db);
  if (stat4.rows.length > 0) await sql`delete from sqlite_stat4`.execute(storage.db);
  // The connection reads the statistics when it loads the schema: load them again.
  await sql`ANALYZE sqlite_schema`.execute(storage.db);
}

/**
 * The pool as Kysely sees it, whose clients run registered statement texts as named prepared
 * statements (named-statements.ts); node-postgres prepares a name once per connection.
 */
function namingPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => {
      const client = await pool.connect();
      function query<R>(
        text: string,
        values: ReadonlyArray<unknown>,
      ): Promise<PostgresQueryResult<R>>;
      function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
      function query(
        text: string | PostgresCursor<unknown>,
        values?: ReadonlyArray<unknown>,
      ): unknown {
        if (typeof text !== 'string') return client.query(text as unknown as pg.Submittable);
        const name = statementName(text);
        return client.query({ ...(name ? { name } : {}), text, values: [...(values ?? [])] });
      }
      return { query, release: (destroy?: boolean) => client.release(destroy) };
    },
    end: () => pool.end(),
  };
}

/** Kysely's migrator over Relance's migrations, for the storage's schema. */
export function migratorFor(storage: Storage): Migrator {
  return new Migrator({
    db: storage.db,
    provider,
    ...(storage.schema ? { migrationTableSchema: storage.schema } : {}),
  });
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(storage: Storage): Promise<string[]> {
  const { error, results } = await migratorFor(storage).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`migration failed${name}: ${String((error as Error).message ?? error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
