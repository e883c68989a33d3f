import type { Insertable, Kysely } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';

// Multi-row INSERTs sized to stay under each engine's bound-parameter limit (SQLite 32,766;
// PostgreSQL 65,535), so that bulk loads issue few statements.

const MAX_PARAMETERS: Record<DialectName, number> = { sqlite: 32_000, postgres: 60_000 };

/** Inserts rows of one table in as few multi-row statements as the engine allows. */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  dialect: DialectName,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  maxRowsPerStatement = 2_000,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).length;
  const size = Math.max(
    1,
    Math.min(maxRowsPerStatement, Math.floor(MAX_PARAMETERS[dialect] / columns)),
  );
  for (let start = 0; start < rows.length; start += size) {
    // Kysely's generic insert typing cannot follow a table chosen at run time.
    const chunk = rows.slice(start, start + size) as never;
    await db.insertInto(table).values(chunk).execute();
  }
}
