import type { Kysely } from 'kysely';

// Covering indexes for the reports, so that each aggregate reads an index range instead of
// visiting invoice and payment rows one by one: open invoices by customer and currency (aged
// balance, AR now), invoices by currency and issue date (credit sales, AR rebuilt on a past
// date), paid invoices by currency and payment date (days late) and payments by currency and
// date (cash applied since a date).

/** Adds the report indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('invoices_open_aging')
    .on('invoices')
    .columns(['status', 'customer_id', 'currency', 'due_date', 'issue_date', 'open_amount'])
    .execute();
  await db.schema
    .createIndex('invoices_currency_issued')
    .on('invoices')
    .columns(['currency', 'issue_date', 'status', 'amount'])
    .execute();
  await db.schema
    .createIndex('invoices_paid_late')
    .on('invoices')
    .columns(['status', 'currency', 'paid_date', 'due_date', 'amount'])
    .execute();
  await db.schema
    .createIndex('payments_currency_date')
    .on('payments')
    .columns(['currency', 'date', 'amount', 'unapplied_amount', 'id'])
    .execute();
}

/** Drops the report indexes. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'invoices_open_aging',
    'invoices_currency_issued',
    'payments_currency_date',
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
}
