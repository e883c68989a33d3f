import type { Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';
import { rebuildLedgerTotals } from '../../ledger/ledger-totals.ts';
import type { Database } from '../schema.ts';

// The ledger's running totals (see ledger-totals.ts), filled from the rows already stored, and
// an index for the reports' default currency.

/** Creates the totals tables and computes them from the invoices and payments. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_days')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sales', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('applied', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('late_count', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('late_days', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('late_weighted', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('late_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('ledger_days_pk', ['currency', 'day'])
    .execute();
  await db.schema
    .createTable('open_terms')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('open_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('open_terms_pk', ['currency', 'issue_date', 'due_date'])
    .execute();
  await db.schema
    .createTable('customer_balances')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('open_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('open_positive', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('open_count', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('customer_balances_pk', ['customer_id', 'currency'])
    .execute();
  // The aged balance's top customers walk balances from the largest down.
  await db.schema
    .createIndex('customer_balances_by_open')
    .on('customer_balances')
    .columns(['currency', 'open_positive', 'customer_id'])
    .execute();

  // The reports' default currency counts customers per currency along this index.
  await db.schema.createIndex('customers_currency').on('customers').column('currency').execute();

  const dialect = db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  await rebuildLedgerTotals(db as Kysely<Database>, dialect);
}

/** Drops the totals tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_currency').ifExists().execute();
  for (const table of ['customer_balances', 'open_terms', 'ledger_days']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
