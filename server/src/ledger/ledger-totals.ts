import { daysBetween } from '@relance/shared';
import type { Insertable, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DialectName } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { sqlDaysBetween } from '../context/statements.ts';
import { insertRows } from '../demo/bulk-insert.ts';

// Running totals of the ledger, kept so that the collection figures read a few thousand rows
// of sums instead of a million invoices:
// - ledger_days: per currency and day, credit sales (by issue date), cash applied (by payment
//   date), and invoices paid late (by paid date: count, days late, amount-weighted days, amount);
// - open_terms: per currency, issue date and due date, what is open on open invoices;
// - customer_balances: per customer and currency, what is open, the part of it on invoices (not
//   credit notes), and on how many open invoices; a row only while that count is not zero.
//
// Every write to invoices or payments records the rows it changed, before and after, in a
// TotalsChange and applies it in the same transaction. The change is applied as additions
// (`total = total + delta`), keys in a fixed order: two transactions that touch the same day
// wait for each other instead of overwriting each other, and never deadlock on key order.
// Bulk loads (the demo, the benchmark's generator) rebuild the totals from the rows instead.

/** What of an invoice the totals depend on. */
export type InvoiceFacts = Pick<
  Database['invoices'],
  | 'customer_id'
  | 'currency'
  | 'issue_date'
  | 'due_date'
  | 'amount'
  | 'open_amount'
  | 'status'
  | 'paid_date'
>;

/** What of a payment the totals depend on. */
export type PaymentFacts = Pick<
  Database['payments'],
  'currency' | 'date' | 'amount' | 'unapplied_amount'
>;

type Day = Omit<Database['ledger_days'], 'currency' | 'day'>;

const ZERO_DAY: Day = {
  sales: 0,
  applied: 0,
  late_count: 0,
  late_days: 0,
  late_weighted: 0,
  late_amount: 0,
};
const DAY_COLUMNS = Object.keys(ZERO_DAY) as (keyof Day)[];

type Balance = { open_amount: number; open_positive: number; open_count: number };

// Rows per multi-row upsert: far under either engine's bound-parameter limit.
const UPSERT_CHUNK = 400;

/** The additions that a set of invoice and payment writes make to the running totals. */
export class TotalsChange {
  private readonly days = new Map<string, Day>();
  private readonly terms = new Map<string, number>();
  private readonly balances = new Map<string, Balance>();

  /** Records an invoice written: `before` null when inserted, `after` null when deleted. */
  invoice(before: InvoiceFacts | null, after: InvoiceFacts | null): this {
    if (before) this.addInvoice(before, -1);
    if (after) this.addInvoice(after, 1);
    return this;
  }

  /** Records a payment written: `before` null when inserted, `after` null when deleted. */
  payment(before: PaymentFacts | null, after: PaymentFacts | null): this {
    for (const [row, sign] of [
      [before, -1],
      [after, 1],
    ] as const) {
      if (row) this.addDay(row.currency, row.date, { applied: sign * appliedOf(row) });
    }
    return this;
  }

  /** Adds the change to the stored totals (call inside the write's transaction). */
  async apply(db: Kysely<Database>): Promise<void> {
    const days = sortedEntries(this.days)
      .filter(([, d]) => DAY_COLUMNS.some((c) => d[c] !== 0))
      .map(([key, d]) => ({ ...splitKey(key, ['currency', 'day'] as const), ...d }));
    await addRows(db, 'ledger_days', ['currency', 'day'], DAY_COLUMNS, days);

    const terms = sortedEntries(this.terms)
      .filter(([, open]) => open !== 0)
      .map(([key, open_amount]) => ({
        ...splitKey(key, ['currency', 'issue_date', 'due_date'] as const),
        open_amount,
      }));
    await addRows(db, 'open_terms', ['currency', 'issue_date', 'due_date'], ['open_amount'], terms);

    const balances = sortedEntries(this.balances)
      .filter(([, b]) => b.open_amount !== 0 || b.open_positive !== 0 || b.open_count !== 0)
      .map(([key, b]) => ({ ...splitKey(key, ['customer_id', 'currency'] as const), ...b }));
    await addRows(
      db,
      'customer_balances',
      ['customer_id', 'currency'],
      ['open_amount', 'open_positive', 'open_count'],
      balances,
    );
    // A customer who owes nothing more in a currency has no balance row there.
    const customers = [...new Set(balances.map((b) => b.customer_id))];
    for (const chunk of chunks(customers)) {
      await db
        .deleteFrom('customer_balances')
        .where('open_count', '=', 0)
        .where('customer_id', 'in', chunk)
        .execute();
    }
  }

  private addInvoice(row: InvoiceFacts, sign: 1 | -1): void {
    if (row.status !== 'cancelled') {
      this.addDay(row.currency, row.issue_date, { sales: sign * row.amount });
    }
    if (isPaidLate(row)) {
      const late = daysBetween(row.due_date, row.paid_date);
      this.addDay(row.currency, row.paid_date, {
        late_count: sign,
        late_days: sign * late,
        late_weighted: sign * late * row.amount,
        late_amount: sign * row.amount,
      });
    }
    if (row.status === 'open') {
      const term = `${row.currency}|${row.issue_date}|${row.due_date}`;
      this.terms.set(term, (this.terms.get(term) ?? 0) + sign * row.open_amount);
      const key = `${row.customer_id}|${row.currency}`;
      const balance = this.balances.get(key) ?? { open_amount: 0, open_positive: 0, open_count: 0 };
      balance.open_amount += sign * row.open_amount;
      balance.open_positive += sign * Math.max(0, row.open_amount);
      balance.open_count += row.open_amount === 0 ? 0 : sign;
      this.balances.set(key, balance);
    }
  }

  private addDay(currency: string, day: string, delta: Partial<Day>): void {
    const key = `${currency}|${day}`;
    const sums = this.days.get(key) ?? { ...ZERO_DAY };
    for (const column of DAY_COLUMNS) sums[column] += delta[column] ?? 0;
    this.days.set(key, sums);
  }
}

type TotalsTable = 'ledger_days' | 'open_terms' | 'customer_balances';

/**
 * Inserts rows of a totals table, or adds their `sums` to the row already under the same
 * `keys` (`x = x + excluded.x`), a chunk at a time.
 */
async function addRows<T extends TotalsTable>(
  db: Kysely<Database>,
  table: T,
  keys: readonly (keyof Database[T] & string)[],
  sums: readonly (keyof Database[T] & string)[],
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const added = Object.fromEntries(
    sums.map((column) => [
      column,
      sql`${sql.ref(`${table}.${column}`)} + excluded.${sql.ref(column)}`,
    ]),
  );
  for (const chunk of chunks(rows)) {
    // Kysely's typing cannot follow a table chosen by the caller; the columns are checked above.
    await db
      .insertInto(table)
      .values(chunk as never)
      .onConflict((oc) => oc.columns(keys as never).doUpdateSet(added as never))
      .execute();
  }
}

/** Cash a payment applied to invoices. */
function appliedOf(row: PaymentFacts): number {
  return row.amount - row.unapplied_amount;
}

/** An invoice paid after its due date, as the days-late figures count it. */
function isPaidLate(row: InvoiceFacts): row is InvoiceFacts & { paid_date: string } {
  return (
    row.status === 'paid' &&
    row.amount > 0 &&
    row.paid_date !== null &&
    row.paid_date > row.due_date
  );
}

function sortedEntries<V>(map: Map<string, V>): [string, V][] {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function splitKey<const K extends readonly string[]>(key: string, names: K) {
  const parts = key.split('|');
  return Object.fromEntries(names.map((name, i) => [name, parts[i] ?? ''])) as Record<
    K[number],
    string
  >;
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let at = 0; at < rows.length; at += UPSERT_CHUNK) yield rows.slice(at, at + UPSERT_CHUNK);
}

type DayRow = { currency: string; day: string } & Record<string, number | string | null>;

/**
 * Recomputes every running total from the invoices and payments: after a bulk load, in the
 * migration that adds them, and in tests as the reference the kept totals must equal.
 */
export async function rebuildLedgerTotals(db: Kysely<Database>, dialect: DialectName) {
  const totals = await computeLedgerTotals(db, dialect);
  await db.deleteFrom('ledger_days').execute();
  await db.deleteFrom('open_terms').execute();
  await db.deleteFrom('customer_balances').execute();
  await insertRows(db, dialect, 'ledger_days', totals.days);
  await insertRows(db, dialect, 'open_terms', totals.terms);
  await insertRows(db, dialect, 'customer_balances', totals.balances);
}

/** The running totals as the invoices and payments imply them, keys in order. */
export async function computeLedgerTotals(db: Kysely<Database>, dialect: DialectName) {
  const late = sqlDaysBetween(dialect, 'due_date', 'paid_date');
  const [sales, paidLate, applied, terms, balances] = await Promise.all([
    sql<DayRow>`select currency, issue_date as day, sum(amount) as sales from invoices
      where status <> 'cancelled' group by currency, issue_date`.execute(db),
    sql<DayRow>`select currency, paid_date as day, count(*) as late_count,
        sum(${sql.raw(late)}) as late_days, sum(${sql.raw(late)} * amount) as late_weighted,
        sum(amount) as late_amount
      from invoices where status = 'paid' and amount > 0 and paid_date > due_date
      group by currency, paid_date`.execute(db),
    sql<DayRow>`select currency, date as day, sum(amount - unapplied_amount) as applied
      from payments group by currency, date`.execute(db),
    sql<{ currency: string; issue_date: string; due_date: string; open_amount: number }>`
      select currency, issue_date, due_date, sum(open_amount) as open_amount from invoices
      where status = 'open' group by currency, issue_date, due_date
      order by currency, issue_date, due_date`.execute(db),
    sql<{ customer_id: string; currency: string } & Balance>`
      select customer_id, currency, sum(open_amount) as open_amount,
        sum(case when open_amount > 0 then open_amount else 0 end) as open_positive,
        sum(case when open_amount <> 0 then 1 else 0 end) as open_count
      from invoices where status = 'open' group by customer_id, currency
      order by customer_id, currency`.execute(db),
  ]);

  const days = new Map<string, Day>();
  for (const row of [...sales.rows, ...paidLate.rows, ...applied.rows]) {
    const key = `${row.currency}|${row.day}`;
    const sums = days.get(key) ?? { ...ZERO_DAY };
    for (const column of DAY_COLUMNS) sums[column] += Number(row[column] ?? 0);
    days.set(key, sums);
  }
  return {
    days: sortedEntries(days)
      .filter(([, d]) => DAY_COLUMNS.some((c) => d[c] !== 0))
      .map(([key, d]) => ({ ...splitKey(key, ['currency', 'day'] as const), ...d })),
    terms: terms.rows
      .map((r) => ({ ...r, open_amount: Number(r.open_amount) }))
      .filter((r) => r.open_amount !== 0),
    balances: balances.rows
      .map((r) => ({
        ...r,
        open_amount: Number(r.open_amount),
        open_positive: Number(r.open_positive),
        open_count: Number(r.open_count),
      }))
      .filter((r) => r.open_amount !== 0 || r.open_positive !== 0 || r.open_count !== 0),
  };
}
