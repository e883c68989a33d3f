import { CompiledQuery } from 'kysely';
import type { Kysely } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import { nameStatement } from '../db/named-statements.ts';
import type { Database } from '../db/schema.ts';

// The read side runs hand-written SQL for its hot paths: the context is benchmarked against
// the raw statements it runs, so the service runs exactly those statements and nothing more.
// Statements are written with `?` placeholders; PostgreSQL gets `$1, $2, …` instead.

/** One raw SQL statement with its parameters, as the read side runs it. */
export interface Statement {
  name: string;
  text: string;
  params: readonly unknown[];
}

const dollarTexts = new Map<string, string>();

function forDialect(text: string, dialect: DialectName): string {
  if (dialect === 'sqlite') return text;
  let converted = dollarTexts.get(text);
  if (converted === undefined) {
    let n = 0;
    converted = text.replace(/\?/g, () => `$${++n}`);
    if (dollarTexts.size < 500) dollarTexts.set(text, converted);
    nameStatement(converted);
  }
  return converted;
}

/** Runs one statement and returns its rows. */
export async function runStatement<Row>(
  db: Kysely<Database>,
  dialect: DialectName,
  statement: Statement,
): Promise<Row[]> {
  const query = CompiledQuery.raw(forDialect(statement.text, dialect), [...statement.params]);
  const result = await db.executeQuery<Row>(query);
  return result.rows;
}

/** `?, ?, ?` for a list of n values (n ≥ 1). */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** SQL for the calendar days from date-text column `from` to `to` (to − from). */
export function sqlDaysBetween(dialect: DialectName, from: string, to: string): string {
  return dialect === 'sqlite'
    ? `cast(julianday(${to}) - julianday(${from}) as integer)`
    : `(cast(${to} as date) - cast(${from} as date))`;
}

/** Reads an integer-or-null aggregate the same way on both engines. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}
