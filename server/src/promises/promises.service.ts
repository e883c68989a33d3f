import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { addDays } from '@relance/shared';
import type {
  PaymentPromiseCreate,
  PaymentPromiseQuery,
  PaymentPromiseView,
} from '@relance/shared';
import type { z } from 'zod';
import { audit } from '../audit.ts';
import { customerOrNotFound } from '../customers/customers.service.ts';
import type { Actor } from '../customers/customers.service.ts';
import { requiredRef, userRefsByIds } from '../customers/user-refs.ts';
import type { Database, PaymentPromiseTable } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError, invalidField, notFound } from '../http/errors.ts';
import { todayOf } from '../ledger/ledger-time.ts';
import { decodeCursor, pageOf } from '../ledger/page-cursor.ts';
import { getSettings } from '../settings/settings.service.ts';

type Db = Kysely<Database>;
type PromiseRow = Selectable<PaymentPromiseTable> & { customer_name: string };

function promisesWithCustomer(db: Db) {
  return db
    .selectFrom('payment_promises')
    .innerJoin('customers', 'customers.id', 'payment_promises.customer_id')
    .selectAll('payment_promises')
    .select('customers.name as customer_name');
}

/** Turns promise rows into their wire shape, loading invoice numbers and people in bulk. */
export async function presentPromises(db: Db, rows: PromiseRow[]): Promise<PaymentPromiseView[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('payment_promise_invoices')
    .innerJoin('invoices', 'invoices.id', 'payment_promise_invoices.invoice_id')
    .select(['payment_promise_invoices.promise_id', 'invoices.number'])
    .where(
      'payment_promise_invoices.promise_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('invoices.number')
    .execute();
  const numbers = new Map<string, string[]>();
  for (const link of links)
    numbers.set(link.promise_id, [...(numbers.get(link.promise_id) ?? []), link.number]);
  const refs = await userRefsByIds(
    db,
    rows.map((r) => r.logged_by),
  );

  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    amount: row.amount,
    currency: row.currency,
    promisedDate: row.promised_date,
    graceEndsOn: row.grace_ends_on,
    status: row.status,
    paidAmount: row.paid_amount,
    paidShare: row.amount > 0 ? row.paid_amount / row.amount : 0,
    invoiceNumbers: numbers.get(row.id) ?? [],
    note: row.note,
    quote: row.quote,
    sourceMessageId: row.source_message_id,
    loggedBy: requiredRef(refs, row.logged_by),
    createdAt: row.created_at,
    cancelReason: row.cancel_reason,
    followedUpAt: row.followed_up_at,
  }));
}

/** One promise in its wire shape, or a 404. */
export async function getPaymentPromise(db: Db, promiseId: string): Promise<PaymentPromiseView> {
  const row = await promisesWithCustomer(db)
    .where('payment_promises.id', '=', promiseId)
    .executeTakeFirst();
  if (!row) throw notFound('payment promise');
  const [view] = await presentPromises(db, [row]);
  if (!view) throw notFound('payment promise');
  return view;
}

/**
 * Logs a customer's promise to pay: its invoices must be the customer's and open, in the
 * promise's currency, and the date may not be past; the grace in force is fixed on it.
 */
export async function createPaymentPromise(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  input: z.output<typeof PaymentPromiseCreate>,
): Promise<PaymentPromiseView> {
  await customerOrNotFound(trx, input.customerId);
  const invoiceIds = [...new Set(input.invoiceIds)];
  if (invoiceIds.length > 0) {
    const invoices = await trx
      .selectFrom('invoices')
      .select(['id', 'customer_id', 'status', 'currency'])
      .where('id', 'in', invoiceIds)
      .execute();
    for (const [index, id] of input.invoiceIds.entries()) {
      const invoice = invoices.find((i) => i.id === id);
      if (!invoice || invoice.customer_id !== input.customerId) {
        throw invalidField(`invoiceIds.${index}`, 'is not an invoice of this customer');
      }
      if (invoice.status !== 'open') throw invalidField(`invoiceIds.${index}`, 'is not open');
      if (invoice.currency !== input.currency) {
        throw invalidField('currency', `must be the invoices' currency (${invoice.currency})`);
      }
    }
  }
  const today = todayOf(deps);
  if (input.promisedDate < today) throw invalidField('promisedDate', 'is in the past');

  const settings = await getSettings(trx);
  const now = deps.clock.now().toISOString();
  const id = randomUUID();
  await trx
    .insertInto('payment_promises')
    .values({
      id,
      customer_id: input.customerId,
      amount: input.amount,
      currency: input.currency,
      promised_date: input.promisedDate,
      grace_ends_on: addDays(input.promisedDate, settings.promiseGraceDays),
      status: 'pending',
      note: input.note ?? null,
      source_message_id: input.sourceMessageId ?? null,
      quote: input.quote ?? null,
      logged_by: actor.id,
      created_at: now,
      evaluated_at: null,
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
      followed_up_by: null,
      followed_up_at: null,
    })
    .execute();
  if (invoiceIds.length > 0) {
    await trx
      .insertInto('payment_promise_invoices')
      .values(invoiceIds.map((invoiceId) => ({ promise_id: id, invoice_id: invoiceId })))
      .execute();
  }

  const view = await getPaymentPromise(trx, id);
  await audit(trx, {
    actorId: actor.id,
    action: 'promise.create',
    entityType: 'payment_promise',
    entityId: id,
    after: view,
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return view;
}

/** A page of promises, newest first, filtered by customer, status, collector and due dates. */
export async function listPaymentPromises(
  db: Db,
  query: z.output<typeof PaymentPromiseQuery>,
): Promise<{ items: PaymentPromiseView[]; nextCursor: string | null }> {
  let q = promisesWithCustomer(db)
    .orderBy('payment_promises.created_at', 'desc')
    .orderBy('payment_promises.id', 'desc')
    .limit(query.limit + 1);
  if (query.customerId) q = q.where('payment_promises.customer_id', '=', query.customerId);
  if (query.status) q = q.where('payment_promises.status', '=', query.status);
  if (query.collectorId) q = q.where('payment_promises.logged_by', '=', query.collectorId);
  if (query.dueFrom) q = q.where('payment_promises.promised_date', '>=', query.dueFrom);
  if (query.dueTo) q = q.where('payment_promises.promised_date', '<=', query.dueTo);
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    q = q.where((eb) =>
      eb.or([
        eb('payment_promises.created_at', '<', after.key),
        eb.and([
          eb('payment_promises.created_at', '=', after.key),
          eb('payment_promises.id', '<', after.id),
        ]),
      ]),
    );
  }
  const page = pageOf(await q.execute(), query.limit, (r) => r.created_at);
  return { items: await presentPromises(db, page.rows), nextCursor: page.nextCursor };
}

/** Cancels a pending promise with a reason (managers); audited. */
export async function cancelPaymentPromise(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  promiseId: string,
  reason: string,
): Promise<PaymentPromiseView> {
  const before = await getPaymentPromise(trx, promiseId);
  if (before.status !== 'pending') {
    throw new ApiError(
      'conflict',
      `only a pending promise can be cancelled; this one is ${before.status}`,
      [{ field: 'status', message: `is ${before.status}` }],
    );
  }
  const now = deps.clock.now().toISOString();
  await trx
    .updateTable('payment_promises')
    .set({ status: 'cancelled', cancelled_by: actor.id, cancelled_at: now, cancel_reason: reason })
    .where('id', '=', promiseId)
    .execute();
  const after = await getPaymentPromise(trx, promiseId);
  await audit(trx, {
    actorId: actor.id,
    action: 'promise.cancel',
    entityType: 'payment_promise',
    entityId: promiseId,
    before: { status: before.status },
    after: { status: after.status, reason },
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return after;
}

/** Marks a broken promise as followed up by the caller; a second mark keeps the first. */
export async function followUpPaymentPromise(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  promiseId: string,
): Promise<PaymentPromiseView> {
  const before = await getPaymentPromise(trx, promiseId);
  if (before.status !== 'broken') {
    throw new ApiError(
      'conflict',
      `only a broken promise is followed up; this one is ${before.status}`,
      [{ field: 'status', message: `is ${before.status}` }],
    );
  }
  if (before.followedUpAt !== null) return before;
  await trx
    .updateTable('payment_promises')
    .set({ followed_up_by: actor.id, followed_up_at: deps.clock.now().toISOString() })
    .where('id', '=', promiseId)
    .execute();
  const after = await getPaymentPromise(trx, promiseId);
  await audit(trx, {
    actorId: actor.id,
    action: 'promise.follow_up',
    entityType: 'payment_promise',
    entityId: promiseId,
    after: { followedUpAt: after.followedUpAt },
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return after;
}
