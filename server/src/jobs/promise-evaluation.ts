import type { Kysely, Selectable } from 'kysely';
import { daysBetween, evaluatePaymentPromise, promiseCreatedOn } from '@relance/shared';
import type { Settings } from '@relance/shared';
import type { Database, PaymentPromiseTable } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { todayOf } from '../ledger/ledger-time.ts';
import { getSettings } from '../settings/settings.service.ts';

type Db = Kysely<Database>;
type PromiseRow = Pick<
  Selectable<PaymentPromiseTable>,
  | 'id'
  | 'customer_id'
  | 'amount'
  | 'currency'
  | 'promised_date'
  | 'grace_ends_on'
  | 'created_at'
  | 'status'
  | 'paid_amount'
>;

/** What one evaluation run did. */
export interface PromiseEvaluationCounts {
  evaluated: number;
  kept: number;
  broken: number;
  pending: number;
}

const PROMISE_COLUMNS = [
  'id',
  'customer_id',
  'amount',
  'currency',
  'promised_date',
  'grace_ends_on',
  'created_at',
  'status',
  'paid_amount',
] as const;

const BATCH = 200;

/**
 * Payments that count towards a promise, dated from its creation up to its grace end: the
 * amounts applied to its invoices, or, when it names none, the customer's payments in its
 * currency.
 */
async function paymentsTowards(
  db: Db,
  deps: AppDeps,
  promise: PromiseRow,
  graceEndsOn: string,
): Promise<{ date: string; amount: number }[]> {
  const createdOn = promiseCreatedOn(promise.created_at, deps.config.timeZone);
  const named = await db
    .selectFrom('payment_promise_invoices')
    .select('invoice_id')
    .where('promise_id', '=', promise.id)
    .execute();
  if (named.length > 0) {
    return db
      .selectFrom('payment_applications')
      .innerJoin('payments', 'payments.id', 'payment_applications.payment_id')
      .select(['payments.date as date', 'payment_applications.amount as amount'])
      .where(
        'payment_applications.invoice_id',
        'in',
        named.map((n) => n.invoice_id),
      )
      .where('payments.date', '>=', createdOn)
      .where('payments.date', '<=', graceEndsOn)
      .execute();
  }
  return db
    .selectFrom('payments')
    .select(['date', 'amount'])
    .where('customer_id', '=', promise.customer_id)
    .where('currency', '=', promise.currency)
    .where('date', '>=', createdOn)
    .where('date', '<=', graceEndsOn)
    .execute();
}

/** Evaluates one promise on `asOf` and stores its status and paid amount when they moved. */
async function evaluateOne(
  db: Db,
  deps: AppDeps,
  settings: Settings,
  promise: PromiseRow,
  asOf: string,
): Promise<PromiseRow['status']> {
  // The grace fixed when the promise was logged holds, even if the setting changed since.
  const graceDays = daysBetween(promise.promised_date, promise.grace_ends_on);
  const payments = await paymentsTowards(db, deps, promise, promise.grace_ends_on);
  const outcome = evaluatePaymentPromise({
    promise: {
      amount: promise.amount,
      promisedDate: promise.promised_date,
      createdAt: promise.created_at,
      status: promise.status,
    },
    graceDays,
    thresholdPercent: settings.promiseThresholdPercent,
    asOf,
    payments,
    timeZone: deps.config.timeZone,
  });
  if (outcome.status !== promise.status || outcome.paidAmount !== promise.paid_amount) {
    await db
      .updateTable('payment_promises')
      .set({
        status: outcome.status,
        paid_amount: outcome.paidAmount,
        evaluated_at: deps.clock.now().toISOString(),
      })
      .where('id', '=', promise.id)
      .execute();
  }
  return outcome.status;
}

function tally(counts: PromiseEvaluationCounts, status: PromiseRow['status']): void {
  counts.evaluated += 1;
  if (status === 'kept') counts.kept += 1;
  else if (status === 'broken') counts.broken += 1;
  else if (status === 'pending') counts.pending += 1;
}

/**
 * Re-evaluates one customer's pending and broken promises on `asOf` (after a payments
 * import, inside its transaction): a payment the ERP sent late may turn broken into kept.
 */
export async function evaluateCustomerPromises(
  trx: Db,
  deps: AppDeps,
  customerId: string,
  asOf: string,
): Promise<PromiseEvaluationCounts> {
  const settings = await getSettings(trx);
  const promises = await trx
    .selectFrom('payment_promises')
    .select(PROMISE_COLUMNS)
    .where('customer_id', '=', customerId)
    .where('status', 'in', ['pending', 'broken'])
    .execute();
  const counts: PromiseEvaluationCounts = { evaluated: 0, kept: 0, broken: 0, pending: 0 };
  for (const promise of promises) {
    tally(counts, await evaluateOne(trx, deps, settings, promise, asOf));
  }
  return counts;
}

/**
 * The scheduled job: decides every pending promise whose grace ended before `asOf` (default:
 * today in the organisation's time zone) as kept or broken, in batches of one transaction.
 */
export async function evaluatePromises(
  deps: AppDeps,
  asOf: string = todayOf(deps),
): Promise<PromiseEvaluationCounts> {
  const db = deps.storage.db;
  const settings = await getSettings(db);
  const counts: PromiseEvaluationCounts = { evaluated: 0, kept: 0, broken: 0, pending: 0 };
  let afterId = '';

  for (;;) {
    const batch = await db
      .selectFrom('payment_promises')
      .select(PROMISE_COLUMNS)
      .where('status', '=', 'pending')
      .where('grace_ends_on', '<', asOf)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (batch.length === 0) break;
    await db.transaction().execute(async (trx) => {
      for (const promise of batch) {
        tally(counts, await evaluateOne(trx, deps, settings, promise, asOf));
      }
    });
    afterId = batch[batch.length - 1]?.id ?? afterId;
  }

  deps.logger.info({ job: 'promise-evaluation', asOf, ...counts }, 'promises evaluated');
  return counts;
}
