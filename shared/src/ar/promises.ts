import type { PaymentPromiseStatus } from '../domain/model.ts';
import { addDays, isCalendarDate, todayIn } from './calendar.ts';

/** Default days after the promised date before a promise is judged (an admin setting). */
export const DEFAULT_PROMISE_GRACE_DAYS = 3;

/** Default share of the promised amount, in percent, that must be paid for a kept promise. */
export const DEFAULT_PROMISE_THRESHOLD_PERCENT = 100;

/** What evaluating a promise needs: the promise, the settings, the as-of date and the payments. */
export interface PaymentPromiseEvaluationInput {
  promise: {
    /** Promised amount in minor units, positive. */
    amount: number;
    promisedDate: string;
    /** When the promise was logged, an ISO instant. */
    createdAt: string;
    status: PaymentPromiseStatus;
  };
  graceDays: number;
  thresholdPercent: number;
  asOf: string;
  /** Payments already restricted to the promised invoices, or to the customer when none named. */
  payments: readonly { date: string; amount: number }[];
  /** Time zone giving the calendar date of `createdAt`; UTC when omitted. */
  timeZone?: string;
}

/** The status of a promise on the as-of date, with what was paid towards it. */
export interface PaymentPromiseEvaluation {
  status: PaymentPromiseStatus;
  /** Payments counted (dated from creation up to the grace end and the as-of date), minor units. */
  paidAmount: number;
  /** paidAmount in percent of the promised amount, unrounded; "partially kept" shows it. */
  paidShare: number;
  /** The last day of grace: promised date + grace days. */
  graceEndsOn: string;
  /** The first day the promise is kept or broken: the day after the grace ends. */
  decidedOn: string;
}

function validate(input: PaymentPromiseEvaluationInput): void {
  const { promise, graceDays, thresholdPercent, asOf, payments } = input;
  if (!Number.isSafeInteger(promise.amount) || promise.amount <= 0) {
    throw new RangeError('promise.amount must be positive whole minor units');
  }
  if (!isCalendarDate(promise.promisedDate)) {
    throw new RangeError('promise.promisedDate must be a YYYY-MM-DD date');
  }
  if (!Number.isSafeInteger(graceDays) || graceDays < 0) {
    throw new RangeError('graceDays must be a whole number ≥ 0');
  }
  if (!Number.isFinite(thresholdPercent) || thresholdPercent <= 0) {
    throw new RangeError('thresholdPercent must be a positive number');
  }
  if (!isCalendarDate(asOf)) throw new RangeError('asOf must be a YYYY-MM-DD date');
  for (const payment of payments) {
    if (!isCalendarDate(payment.date)) throw new RangeError('payment dates must be YYYY-MM-DD');
    if (!Number.isSafeInteger(payment.amount)) {
      throw new RangeError('payment amounts must be whole minor units');
    }
  }
}

/** The calendar date a promise was logged on, in the given time zone. */
export function promiseCreatedOn(createdAt: string, timeZone = 'UTC'): string {
  const instant = new Date(createdAt);
  if (Number.isNaN(instant.getTime())) throw new RangeError('createdAt must be an ISO instant');
  return todayIn(timeZone, instant);
}

/**
 * Evaluates a payment promise on `asOf`: pending through promised date + grace, then kept when
 * payments dated from its creation date to the grace end reach the threshold, otherwise broken;
 * a cancelled promise stays cancelled, and a stored kept or broken is recomputed from payments.
 */
export function evaluatePaymentPromise(
  input: PaymentPromiseEvaluationInput,
): PaymentPromiseEvaluation {
  validate(input);
  const { promise, graceDays, thresholdPercent, asOf, payments } = input;

  const createdOn = promiseCreatedOn(promise.createdAt, input.timeZone);
  const graceEndsOn = addDays(promise.promisedDate, graceDays);
  const decidedOn = addDays(graceEndsOn, 1);
  const countUntil = asOf < graceEndsOn ? asOf : graceEndsOn;

  const paidAmount = payments
    .filter((p) => p.date >= createdOn && p.date <= countUntil)
    .reduce((sum, p) => sum + p.amount, 0);
  const paidShare = (paidAmount / promise.amount) * 100;
  const outcome = { paidAmount, paidShare, graceEndsOn, decidedOn };

  if (promise.status === 'cancelled') return { status: 'cancelled', ...outcome };
  if (asOf < decidedOn) return { status: 'pending', ...outcome };

  // Compared in minor units × 100 so that a 100 % threshold never suffers float error.
  const kept = paidAmount * 100 >= thresholdPercent * promise.amount;
  return { status: kept ? 'kept' : 'broken', ...outcome };
}
