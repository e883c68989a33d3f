import {
  addMonths,
  averageDaysDelinquent,
  computeSegment,
  daysBetween,
  todayIn,
} from '@relance/shared';
import type { Segment } from '@relance/shared';
import type { AppDeps } from '../deps.ts';
import { num, placeholders, runStatement } from '../context/statements.ts';
import type { Statement } from '../context/statements.ts';

/** Customers handled per batch: one facts query, one paid-invoices query, a few updates. */
export const SEGMENT_BATCH_SIZE = 1000;

/** What a recomputation did. */
export interface SegmentRecomputation {
  asOf: string;
  /** Customers whose segment was computed. */
  computed: number;
  /** Customers whose computed segment changed. */
  changed: number;
}

interface CustomerRow {
  id: string;
  currency: string;
  segment: string;
}

interface FactsRow {
  customer_id: string;
  first_invoice: string | null;
  sales: number | null;
  open_total: number | null;
  overdue: number | null;
}

interface PaidRow {
  customer_id: string;
  due_date: string;
  paid_date: string;
  amount: number;
}

function customersAfter(afterId: string, limit: number): Statement {
  return {
    name: 'segment_customers_after',
    text: `select id, currency, segment from customers where id > ? order by id limit ?`,
    params: [afterId, limit],
  };
}

function customersIn(ids: readonly string[]): Statement {
  return {
    name: 'segment_customers_in',
    text: `select id, currency, segment from customers where id in (${placeholders(ids.length)})`,
    params: ids,
  };
}

// Sales and AR are read in the customer's own currency, so ADD never adds two currencies.
function factsOf(ids: readonly string[], windowStart: string, asOf: string): Statement {
  return {
    name: 'segment_facts',
    text: `select i.customer_id, min(i.issue_date) as first_invoice,
        sum(case when i.issue_date > ? and i.issue_date <= ? and i.amount > 0
          and i.currency = c.currency then i.amount else 0 end) as sales,
        sum(case when i.status = 'open' and i.currency = c.currency
          then i.open_amount else 0 end) as open_total,
        sum(case when i.status = 'open' and i.due_date < ? and i.currency = c.currency
          then i.open_amount else 0 end) as overdue
      from invoices i join customers c on c.id = i.customer_id
      where i.customer_id in (${placeholders(ids.length)}) and i.status <> 'cancelled'
      group by i.customer_id`,
    params: [windowStart, asOf, asOf, ...ids],
  };
}

function paidInvoicesOf(ids: readonly string[], windowStart: string, asOf: string): Statement {
  return {
    name: 'segment_paid_invoices',
    text: `select customer_id, due_date, paid_date, amount from invoices
      where customer_id in (${placeholders(ids.length)}) and status = 'paid'
        and paid_date > ? and paid_date <= ? and amount > 0`,
    params: [...ids, windowStart, asOf],
  };
}

/**
 * Recomputes the segment of every customer (or of `customerIds`) from the last 12 months of
 * paid invoices, per domain.md, and stores it with its reason and date. A person's override
 * and the strategic flag are left alone: the stored segment is always the computed one, and
 * the effective segment is the override when there is one.
 */
export async function recomputeSegments(
  deps: AppDeps,
  asOf?: string,
  customerIds?: readonly string[],
): Promise<SegmentRecomputation> {
  const day = asOf ?? todayIn(deps.config.timeZone, deps.clock.now());
  const result: SegmentRecomputation = { asOf: day, computed: 0, changed: 0 };

  if (customerIds !== undefined) {
    for (let i = 0; i < customerIds.length; i += SEGMENT_BATCH_SIZE) {
      const ids = customerIds.slice(i, i + SEGMENT_BATCH_SIZE);
      const rows = await run<CustomerRow>(deps, customersIn(ids));
      await recomputeBatch(deps, day, rows, result);
    }
    return result;
  }

  let afterId = '';
  for (;;) {
    const rows = await run<CustomerRow>(deps, customersAfter(afterId, SEGMENT_BATCH_SIZE));
    if (rows.length === 0) break;
    await recomputeBatch(deps, day, rows, result);
    afterId = (rows[rows.length - 1] as CustomerRow).id;
  }
  deps.logger.info({ ...result }, 'segments recomputed');
  return result;
}

function run<Row>(deps: AppDeps, statement: Statement): Promise<Row[]> {
  return runStatement<Row>(deps.storage.db, deps.storage.dialect, statement);
}

async function recomputeBatch(
  deps: AppDeps,
  asOf: string,
  customers: readonly CustomerRow[],
  result: SegmentRecomputation,
): Promise<void> {
  if (customers.length === 0) return;
  const ids = customers.map((c) => c.id);
  const windowStart = addMonths(asOf, -12);
  const periodDays = daysBetween(windowStart, asOf);
  const [facts, paid] = await Promise.all([
    run<FactsRow>(deps, factsOf(ids, windowStart, asOf)),
    run<PaidRow>(deps, paidInvoicesOf(ids, windowStart, asOf)),
  ]);
  const factsById = new Map(facts.map((f) => [f.customer_id, f]));
  const paidById = new Map<string, { dueDate: string; paidDate: string; amount: number }[]>();
  for (const row of paid) {
    const list = paidById.get(row.customer_id) ?? [];
    list.push({ dueDate: row.due_date, paidDate: row.paid_date, amount: num(row.amount) });
    paidById.set(row.customer_id, list);
  }

  // Customers sharing a segment and reason are updated together.
  const updates = new Map<string, { segment: Segment; reason: string; ids: string[] }>();
  for (const customer of customers) {
    const f = factsById.get(customer.id);
    const openTotal = num(f?.open_total);
    const add = averageDaysDelinquent({
      endingAr: openTotal,
      currentAr: openTotal - num(f?.overdue),
      creditSales: num(f?.sales),
      periodDays,
    }).value;
    const decision = computeSegment({
      asOf,
      firstInvoiceDate: f?.first_invoice ?? null,
      paidInvoices: paidById.get(customer.id) ?? [],
      add,
      override: null,
      strategic: false,
    });
    const key = `${decision.segment}\n${decision.reason}`;
    const group = updates.get(key) ?? {
      segment: decision.segment,
      reason: decision.reason,
      ids: [],
    };
    group.ids.push(customer.id);
    updates.set(key, group);
    result.computed += 1;
    if (decision.segment !== customer.segment) result.changed += 1;
  }

  const at = deps.clock.now().toISOString();
  await deps.storage.db.transaction().execute(async (trx) => {
    for (const { segment, reason, ids: groupIds } of updates.values()) {
      await trx
        .updateTable('customers')
        .set({ segment, segment_reason: reason, segment_computed_at: at })
        .where('id', 'in', groupIds)
        .execute();
    }
  });
}
