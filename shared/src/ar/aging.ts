import { AGING_BUCKETS } from '../domain/vocabulary.ts';
import type { AgingBucket } from '../domain/model.ts';
import { addDays, daysBetween } from './calendar.ts';
import { compareCurrencyCodes } from './money.ts';

/** Due-date bounds of the aging buckets on an as-of date, for bucketing text dates in SQL. */
export interface AgingBucketBounds {
  /** due_date >= notDueFrom → not due (0 or fewer days past due). Equals the as-of date. */
  notDueFrom: string;
  /** d1_30From <= due_date < notDueFrom → 1–30 days past due. As-of − 30. */
  d1_30From: string;
  /** d31_60From <= due_date < d1_30From → 31–60 days past due. As-of − 60. */
  d31_60From: string;
  /** d61_90From <= due_date < d31_60From → 61–90; due_date < d61_90From → over 90. As-of − 90. */
  d61_90From: string;
}

/** An open invoice or credit note as aging needs it. */
export interface AgingItem {
  dueDate: string;
  /** Open amount in minor units; negative for an open credit note. */
  openAmount: number;
  currency: string;
}

/** The aged balance of one currency: open amounts per bucket, their total and the overdue part. */
export interface AgedBalance {
  currency: string;
  buckets: Record<AgingBucket, number>;
  total: number;
  /** Everything not in `not_due`. */
  overdue: number;
}

/** Calendar days from the due date to the as-of date; 0 on the due date, negative before it. */
export function daysPastDue(dueDate: string, asOf: string): number {
  return daysBetween(dueDate, asOf);
}

/** The aging bucket of a number of days past due: ≤ 0, 1–30, 31–60, 61–90, over 90. */
export function agingBucketOf(daysPastDue: number): AgingBucket {
  if (!Number.isSafeInteger(daysPastDue)) {
    throw new RangeError(`days past due must be a whole number, got ${daysPastDue}`);
  }
  if (daysPastDue <= 0) return 'not_due';
  if (daysPastDue <= 30) return 'd1_30';
  if (daysPastDue <= 60) return 'd31_60';
  if (daysPastDue <= 90) return 'd61_90';
  return 'over_90';
}

/**
 * The due-date lower bounds of each bucket on `asOf`: a bucket holds due dates `>=` its bound and
 * `<` the next newer bound; 'YYYY-MM-DD' text compares in date order, so SQL can use the strings.
 */
export function agingBucketBounds(asOf: string): AgingBucketBounds {
  return {
    notDueFrom: asOf,
    d1_30From: addDays(asOf, -30),
    d31_60From: addDays(asOf, -60),
    d61_90From: addDays(asOf, -90),
  };
}

/** Buckets a due date by plain text comparison against bounds, exactly as the SQL `CASE` would. */
export function agingBucketFromBounds(dueDate: string, bounds: AgingBucketBounds): AgingBucket {
  if (dueDate >= bounds.notDueFrom) return 'not_due';
  if (dueDate >= bounds.d1_30From) return 'd1_30';
  if (dueDate >= bounds.d31_60From) return 'd31_60';
  if (dueDate >= bounds.d61_90From) return 'd61_90';
  return 'over_90';
}

function emptyBuckets(): Record<AgingBucket, number> {
  const buckets = {} as Record<AgingBucket, number>;
  for (const bucket of AGING_BUCKETS) buckets[bucket] = 0;
  return buckets;
}

/**
 * Sums open amounts per bucket and per currency on `asOf`, sorted by currency; items with a zero
 * open amount are skipped, and a credit note counts (negatively) in the bucket of its due date.
 */
export function agedBalance(items: readonly AgingItem[], asOf: string): AgedBalance[] {
  const byCurrency = new Map<string, AgedBalance>();

  for (const { dueDate, openAmount, currency } of items) {
    if (!Number.isSafeInteger(openAmount)) {
      throw new RangeError(`open amount must be whole minor units, got ${openAmount}`);
    }
    if (openAmount === 0) continue;

    let balance = byCurrency.get(currency);
    if (!balance) {
      balance = { currency, buckets: emptyBuckets(), total: 0, overdue: 0 };
      byCurrency.set(currency, balance);
    }

    const bucket = agingBucketOf(daysPastDue(dueDate, asOf));
    balance.buckets[bucket] += openAmount;
    balance.total += openAmount;
    if (bucket !== 'not_due') balance.overdue += openAmount;
  }

  return [...byCurrency.values()].sort((a, b) => compareCurrencyCodes(a.currency, b.currency));
}
