import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { agingBucketOf, daysPastDue } from '@relance/shared';
import type {
  BulkResult,
  InvoiceBulkUpsert,
  InvoiceView,
  PaymentBulkUpsert,
  PaymentView,
} from '@relance/shared';
import type { z } from 'zod';
import { audit } from '../audit.ts';
import type { Database, InvoiceTable } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { notFound } from '../http/errors.ts';
import { customerOrNotFound } from '../customers/customers.service.ts';
import type { Actor } from '../customers/customers.service.ts';
import { evaluateCustomerPromises } from '../jobs/promise-evaluation.ts';
import { todayOf } from './ledger-time.ts';
import { TotalsChange } from './ledger-totals.ts';

type Db = Kysely<Database>;
type Invoice = Selectable<InvoiceTable>;
type InvoiceRow = Invoice & { disputed?: unknown; promised?: unknown };

// Lookups by many keys go in chunks that stay under both engines' bound-parameter limits.
const CHUNK = 500;

/** Lower-case alphanumerics of an invoice number: the key email text is matched against. */
export function invoiceNumberKey(number: string): string {
  return number.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** An invoice as the wire shows it on `asOf`; paid invoices are aged at their payment date. */
export function presentInvoice(row: InvoiceRow, asOf: string): InvoiceView {
  const agedOn = row.status === 'paid' && row.paid_date !== null ? row.paid_date : asOf;
  const pastDue = daysPastDue(row.due_date, agedOn);
  return {
    id: row.id,
    number: row.number,
    externalRef: row.external_ref,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    amount: row.amount,
    openAmount: row.open_amount,
    currency: row.currency,
    status: row.status,
    paidDate: row.paid_date,
    daysOverdue: Math.max(0, pastDue),
    bucket: agingBucketOf(pastDue),
    disputed: Boolean(row.disputed),
    promised: Boolean(row.promised),
    documentUrl: row.document_url,
    paymentUrl: row.payment_url,
  };
}

// Invoices with their "under an open dispute" and "under a pending promise" flags.
function invoicesWithFlags(db: Db) {
  return db
    .selectFrom('invoices')
    .selectAll('invoices')
    .select((eb) => [
      eb
        .exists(
          eb
            .selectFrom('dispute_invoices')
            .innerJoin('disputes', 'disputes.id', 'dispute_invoices.dispute_id')
            .select('dispute_invoices.invoice_id')
            .whereRef('dispute_invoices.invoice_id', '=', 'invoices.id')
            .where('disputes.status', 'in', ['open', 'in_review']),
        )
        .as('disputed'),
      eb
        .exists(
          eb
            .selectFrom('payment_promise_invoices')
            .innerJoin(
              'payment_promises',
              'payment_promises.id',
              'payment_promise_invoices.promise_id',
            )
            .select('payment_promise_invoices.invoice_id')
            .whereRef('payment_promise_invoices.invoice_id', '=', 'invoices.id')
            .where('payment_promises.status', '=', 'pending'),
        )
        .as('promised'),
    ]);
}

/** A customer's invoices (open, paid or all), oldest due first. */
export async function listInvoices(
  db: Db,
  customerId: string,
  status: 'open' | 'paid' | 'all',
  asOf: string,
): Promise<InvoiceView[]> {
  await customerOrNotFound(db, customerId);
  let query = invoicesWithFlags(db)
    .where('invoices.customer_id', '=', customerId)
    .orderBy('invoices.due_date')
    .orderBy('invoices.number');
  if (status !== 'all') query = query.where('invoices.status', '=', status);
  const rows = await query.execute();
  return rows.map((row) => presentInvoice(row, asOf));
}

/** One invoice, or a 404. */
export async function getInvoice(db: Db, invoiceId: string, asOf: string): Promise<InvoiceView> {
  const row = await invoicesWithFlags(db).where('invoices.id', '=', invoiceId).executeTakeFirst();
  if (!row) throw notFound('invoice');
  return presentInvoice(row, asOf);
}

async function customerIdsByRef(db: Db, refs: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const unique = [...new Set(refs)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'external_ref'])
      .where('external_ref', 'in', unique.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) ids.set(row.external_ref, row.id);
  }
  return ids;
}

async function invoicesBy(
  db: Db,
  column: 'external_ref' | 'number',
  values: string[],
): Promise<Map<string, Invoice>> {
  const found = new Map<string, Invoice>();
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .selectFrom('invoices')
      .selectAll()
      .where(column, 'in', unique.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) found.set(row[column], row);
  }
  return found;
}

/**
 * Creates or updates invoices by external reference (the ERP feed); idempotent: the same
 * payload twice leaves everything unchanged. The open amount stays amount − applied.
 */
export async function upsertInvoices(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  input: z.output<typeof InvoiceBulkUpsert>,
): Promise<BulkResult> {
  const result: BulkResult = { created: 0, updated: 0, unchanged: 0, conflicts: [] };
  const now = deps.clock.now().toISOString();
  const rows = input.invoices;
  const customers = await customerIdsByRef(
    trx,
    rows.map((r) => r.customerExternalRef),
  );
  const byRef = await invoicesBy(
    trx,
    'external_ref',
    rows.map((r) => r.externalRef),
  );
  const byNumber = await invoicesBy(
    trx,
    'number',
    rows.map((r) => r.number),
  );
  const seenRefs = new Set<string>();
  const seenNumbers = new Set<string>();
  const inserts: Insertable<InvoiceTable>[] = [];
  const touched: string[] = [];
  const totals = new TotalsChange();

  for (const [index, row] of rows.entries()) {
    const conflict = (field: string, message: string) =>
      result.conflicts.push({ index, field, message });
    const customerId = customers.get(row.customerExternalRef);
    if (!customerId) {
      conflict('customerExternalRef', 'no customer has this external reference');
      continue;
    }
    if (seenRefs.has(row.externalRef)) {
      conflict('externalRef', 'appears twice in this import');
      continue;
    }
    if (seenNumbers.has(row.number)) {
      conflict('number', 'appears twice in this import');
      continue;
    }
    const existing = byRef.get(row.externalRef);
    const sameNumber = byNumber.get(row.number);
    if (sameNumber && sameNumber.external_ref !== row.externalRef) {
      conflict('number', 'another invoice already has this number');
      continue;
    }
    seenRefs.add(row.externalRef);
    seenNumbers.add(row.number);

    const fields = {
      customer_id: customerId,
      number: row.number,
      number_key: invoiceNumberKey(row.number),
      issue_date: row.issueDate,
      due_date: row.dueDate,
      amount: row.amount,
      currency: row.currency,
      document_url: row.documentUrl ?? null,
      payment_url: row.paymentUrl ?? null,
    };
    if (!existing) {
      inserts.push({
        id: randomUUID(),
        external_ref: row.externalRef,
        ...fields,
        open_amount: row.amount,
        status: row.status === 'cancelled' ? 'cancelled' : row.amount === 0 ? 'paid' : 'open',
        paid_date: null,
        reminder_level: 0,
        last_reminder_on: null,
        created_at: now,
        updated_at: now,
      });
      result.created += 1;
      continue;
    }

    const applied = await appliedTo(trx, existing.id);
    if (
      applied.total !== 0 &&
      (existing.customer_id !== customerId || existing.currency !== row.currency)
    ) {
      conflict(
        existing.customer_id !== customerId ? 'customerExternalRef' : 'currency',
        'cannot change on an invoice that payments were applied to',
      );
      continue;
    }
    const settled = settle(row.amount, applied, row.status === 'cancelled');
    const next = { ...fields, ...settled };
    const same = (Object.keys(next) as (keyof typeof next)[]).every((k) => existing[k] === next[k]);
    if (same) {
      result.unchanged += 1;
      continue;
    }
    await trx
      .updateTable('invoices')
      .set({ ...next, updated_at: now })
      .where('id', '=', existing.id)
      .execute();
    totals.invoice(existing, { ...existing, ...next });
    touched.push(existing.id);
    result.updated += 1;
  }

  for (let i = 0; i < inserts.length; i += CHUNK / 5) {
    await trx
      .insertInto('invoices')
      .values(inserts.slice(i, i + CHUNK / 5))
      .execute();
  }
  for (const row of inserts) totals.invoice(null, { ...row, paid_date: row.paid_date ?? null });
  await totals.apply(trx);

  await audit(trx, {
    actorId: actor.id,
    action: 'invoice.bulk_upsert',
    entityType: 'import',
    entityId: randomUUID(),
    after: { ...result, updatedIds: touched.slice(0, 1000) },
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return result;
}

interface Applied {
  total: number;
  lastDate: string | null;
}

async function appliedTo(db: Db, invoiceId: string): Promise<Applied> {
  const row = await db
    .selectFrom('payment_applications')
    .innerJoin('payments', 'payments.id', 'payment_applications.payment_id')
    .select((eb) => [
      eb.fn.sum<number>('payment_applications.amount').as('total'),
      eb.fn.max('payments.date').as('lastDate'),
    ])
    .where('payment_applications.invoice_id', '=', invoiceId)
    .executeTakeFirst();
  return { total: Number(row?.total ?? 0), lastDate: row?.lastDate ?? null };
}

// Open amount, status and paid date that follow from the amount and what was applied.
function settle(
  amount: number,
  applied: Applied,
  cancelled: boolean,
): Pick<Invoice, 'open_amount' | 'status' | 'paid_date'> {
  const open = amount - applied.total;
  if (cancelled) return { open_amount: open, status: 'cancelled', paid_date: null };
  const paid = open === 0 || (amount > 0 && open < 0);
  return {
    open_amount: open,
    status: paid ? 'paid' : 'open',
    paid_date: paid ? applied.lastDate : null,
  };
}

async function resettleInvoice(
  trx: Db,
  invoiceId: string,
  now: string,
  totals: TotalsChange,
): Promise<void> {
  const invoice = await trx
    .selectFrom('invoices')
    .select([
      'customer_id',
      'currency',
      'issue_date',
      'due_date',
      'amount',
      'open_amount',
      'status',
      'paid_date',
    ])
    .where('id', '=', invoiceId)
    .executeTakeFirstOrThrow();
  const settled = settle(
    invoice.amount,
    await appliedTo(trx, invoiceId),
    invoice.status === 'cancelled',
  );
  await trx
    .updateTable('invoices')
    .set({ ...settled, updated_at: now })
    .where('id', '=', invoiceId)
    .execute();
  totals.invoice(invoice, { ...invoice, ...settled });
}

/** A payment with its applications as the wire shows it. */
export function presentPayment(
  row: {
    id: string;
    external_ref: string;
    customer_id: string;
    date: string;
    amount: number;
    currency: string;
    unapplied_amount: number;
  },
  applications: { invoiceId: string; invoiceNumber: string; amount: number }[],
): PaymentView {
  return {
    id: row.id,
    externalRef: row.external_ref,
    customerId: row.customer_id,
    date: row.date,
    amount: row.amount,
    currency: row.currency,
    unappliedAmount: row.unapplied_amount,
    applications,
  };
}

/** A customer's payments, newest first, each with what it paid. */
export async function listPayments(db: Db, customerId: string): Promise<PaymentView[]> {
  await customerOrNotFound(db, customerId);
  const payments = await db
    .selectFrom('payments')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('date', 'desc')
    .orderBy('external_ref', 'desc')
    .execute();
  const applications = await db
    .selectFrom('payment_applications')
    .innerJoin('payments', 'payments.id', 'payment_applications.payment_id')
    .innerJoin('invoices', 'invoices.id', 'payment_applications.invoice_id')
    .select([
      'payment_applications.payment_id',
      'payment_applications.invoice_id',
      'payment_applications.amount',
      'invoices.number',
    ])
    .where('payments.customer_id', '=', customerId)
    .orderBy('invoices.number')
    .execute();
  const byPayment = new Map<
    string,
    { invoiceId: string; invoiceNumber: string; amount: number }[]
  >();
  for (const a of applications) {
    const list = byPayment.get(a.payment_id) ?? [];
    list.push({ invoiceId: a.invoice_id, invoiceNumber: a.number, amount: a.amount });
    byPayment.set(a.payment_id, list);
  }
  return payments.map((p) => presentPayment(p, byPayment.get(p.id) ?? []));
}

/**
 * Creates or updates payments by external reference (the ERP feed); idempotent. Each
 * application names an invoice of the same customer and currency and may not pay more than
 * is open; a refused application is reported in `conflicts` and its money stays unapplied
 * cash. Invoices' open amounts follow, then the customer's promises are re-evaluated in the
 * same transaction.
 */
export async function upsertPayments(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  input: z.output<typeof PaymentBulkUpsert>,
): Promise<BulkResult> {
  const result: BulkResult = { created: 0, updated: 0, unchanged: 0, conflicts: [] };
  const now = deps.clock.now().toISOString();
  const rows = input.payments;
  const customers = await customerIdsByRef(
    trx,
    rows.map((r) => r.customerExternalRef),
  );
  const seen = new Set<string>();
  const touchedCustomers = new Set<string>();
  const totals = new TotalsChange();

  for (const [index, row] of rows.entries()) {
    const conflict = (field: string, message: string) =>
      result.conflicts.push({ index, field, message });
    const customerId = customers.get(row.customerExternalRef);
    if (!customerId) {
      conflict('customerExternalRef', 'no customer has this external reference');
      continue;
    }
    if (seen.has(row.externalRef)) {
      conflict('externalRef', 'appears twice in this import');
      continue;
    }
    seen.add(row.externalRef);

    const existing = await trx
      .selectFrom('payments')
      .selectAll()
      .where('external_ref', '=', row.externalRef)
      .executeTakeFirst();
    const previous = existing
      ? await trx
          .selectFrom('payment_applications')
          .select(['invoice_id', 'amount'])
          .where('payment_id', '=', existing.id)
          .execute()
      : [];

    // Decide the applications against open amounts as they would be without this payment.
    const accepted: { invoiceId: string; amount: number }[] = [];
    let remaining = row.amount;
    for (const [j, application] of row.applications.entries()) {
      const field = `applications.${j}`;
      const invoice = await trx
        .selectFrom('invoices')
        .select(['id', 'customer_id', 'currency', 'status', 'open_amount'])
        .where('number', '=', application.invoiceNumber)
        .executeTakeFirst();
      if (!invoice || invoice.customer_id !== customerId) {
        conflict(`${field}.invoiceNumber`, 'no invoice of this customer has this number');
        continue;
      }
      if (invoice.currency !== row.currency) {
        conflict(`${field}.invoiceNumber`, 'this invoice is in another currency');
        continue;
      }
      if (invoice.status === 'cancelled') {
        conflict(`${field}.invoiceNumber`, 'this invoice is cancelled');
        continue;
      }
      if (accepted.some((a) => a.invoiceId === invoice.id)) {
        conflict(`${field}.invoiceNumber`, 'this invoice appears twice in the payment');
        continue;
      }
      const alreadyFromThis = previous.find((p) => p.invoice_id === invoice.id)?.amount ?? 0;
      if (application.amount > invoice.open_amount + alreadyFromThis) {
        conflict(`${field}.amount`, 'is more than the invoice has open');
        continue;
      }
      if (application.amount > remaining) {
        conflict(`${field}.amount`, 'is more than what is left of the payment');
        continue;
      }
      remaining -= application.amount;
      accepted.push({ invoiceId: invoice.id, amount: application.amount });
    }

    const fields = {
      customer_id: customerId,
      date: row.date,
      amount: row.amount,
      currency: row.currency,
      unapplied_amount: remaining,
    };
    if (existing && samePayment(existing, fields, previous, accepted)) {
      result.unchanged += 1;
      continue;
    }

    let paymentId: string;
    if (existing) {
      paymentId = existing.id;
      await trx.updateTable('payments').set(fields).where('id', '=', paymentId).execute();
      totals.payment(existing, fields);
      await trx.deleteFrom('payment_applications').where('payment_id', '=', paymentId).execute();
      touchedCustomers.add(existing.customer_id);
      result.updated += 1;
    } else {
      paymentId = randomUUID();
      await trx
        .insertInto('payments')
        .values({ id: paymentId, external_ref: row.externalRef, ...fields, created_at: now })
        .execute();
      totals.payment(null, fields);
      result.created += 1;
    }
    if (accepted.length > 0) {
      await trx
        .insertInto('payment_applications')
        .values(
          accepted.map((a) => ({
            payment_id: paymentId,
            invoice_id: a.invoiceId,
            amount: a.amount,
          })),
        )
        .execute();
    }
    const invoiceIds = new Set([
      ...previous.map((p) => p.invoice_id),
      ...accepted.map((a) => a.invoiceId),
    ]);
    for (const invoiceId of invoiceIds) await resettleInvoice(trx, invoiceId, now, totals);
    touchedCustomers.add(customerId);
  }
  await totals.apply(trx);

  const asOf = todayOf(deps);
  for (const customerId of touchedCustomers) {
    await evaluateCustomerPromises(trx, deps, customerId, asOf);
  }
  await audit(trx, {
    actorId: actor.id,
    action: 'payment.bulk_upsert',
    entityType: 'import',
    entityId: randomUUID(),
    after: result,
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return result;
}

function samePayment(
  existing: {
    customer_id: string;
    date: string;
    amount: number;
    currency: string;
    unapplied_amount: number;
  },
  fields: {
    customer_id: string;
    date: string;
    amount: number;
    currency: string;
    unapplied_amount: number;
  },
  previous: { invoice_id: string; amount: number }[],
  accepted: { invoiceId: string; amount: number }[],
): boolean {
  const sameFields = (Object.keys(fields) as (keyof typeof fields)[]).every(
    (k) => existing[k] === fields[k],
  );
  if (!sameFields || previous.length !== accepted.length) return false;
  return accepted.every((a) =>
    previous.some((p) => p.invoice_id === a.invoiceId && p.amount === a.amount),
  );
}
