import type { Segment } from '../domain/model.ts';
import { addMonths, daysBetween, isCalendarDate } from './calendar.ts';
import { roundTo } from './kpis.ts';

/** Thresholds of the segment rules of domain.md. */
export interface SegmentRules {
  /** An account whose first invoice is fewer days old than this is new. */
  newAccountDays: number;
  /** An account with fewer paid invoices than this (in 12 months) is new. */
  minPaidInvoices: number;
  /** Days late beyond which a payment counts towards "recurring late". */
  recurringLateDays: number;
  /** How many such payments make an account recurring late. */
  recurringLateCount: number;
  /** ADD beyond which an account is recurring late. */
  recurringAddDays: number;
  /** Days late a good payer may reach; beyond it a payment is late for segmenting. */
  goodPayerToleranceDays: number;
}

/** The rules exactly as domain.md states them. */
export const DEFAULT_SEGMENT_RULES: Readonly<SegmentRules> = {
  newAccountDays: 90,
  minPaidInvoices: 3,
  recurringLateDays: 15,
  recurringLateCount: 3,
  recurringAddDays: 15,
  goodPayerToleranceDays: 5,
};

/** What the segment of one customer is computed from. */
export interface SegmentInput {
  asOf: string;
  /** Issue date of the customer's first invoice, or null when none was ever issued. */
  firstInvoiceDate: string | null;
  /** Invoices paid in the last 12 months; older ones and credit notes are ignored here. */
  paidInvoices: readonly { dueDate: string; paidDate: string; amount: number }[];
  /** Average days delinquent of the customer, or null when unknown. */
  add: number | null;
  /** A segment a person chose for this customer, or null. */
  override: Segment | null;
  /** Whether a person flagged the customer strategic. */
  strategic: boolean;
  /** Thresholds to use instead of domain.md's defaults. */
  rules?: Partial<SegmentRules>;
}

/** A customer's segment, whether a person or the rules chose it, and a short English reason. */
export interface SegmentDecision {
  segment: Segment;
  source: 'override' | 'computed';
  /** '<segment>: <why>', e.g. 'recurring_late: 4 invoices paid >15 days late'. */
  reason: string;
}

function computed(segment: Segment, why: string): SegmentDecision {
  return { segment, source: 'computed', reason: `${segment}: ${why}` };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The segment of a customer. Rules are tried in this order, the first that applies wins:
 * a person's override, the strategic flag, new, recurring late, occasional late, good payer.
 * An override beats the strategic flag because it is the more specific choice a person made;
 * "new" comes before the lateness rules since too few payments say nothing reliable; a payment
 * is "late" for segmenting only beyond the good-payer tolerance (5 days), so the last two rules
 * split accounts without overlap; and ADD only ever makes an account recurring late.
 */
export function computeSegment(input: SegmentInput): SegmentDecision {
  const rules = { ...DEFAULT_SEGMENT_RULES, ...input.rules };
  const { asOf, firstInvoiceDate, add } = input;
  if (!isCalendarDate(asOf)) throw new RangeError('asOf must be a YYYY-MM-DD date');

  if (input.override !== null) {
    return {
      segment: input.override,
      source: 'override',
      reason: `${input.override}: set by a person`,
    };
  }
  if (input.strategic) {
    return { segment: 'strategic', source: 'override', reason: 'strategic: flagged by a person' };
  }

  // The 12 months end on the as-of date and start the day after the same date a year before.
  const windowStart = addMonths(asOf, -12);
  const paid = input.paidInvoices.filter(
    (p) => p.amount > 0 && p.paidDate > windowStart && p.paidDate <= asOf,
  );
  const daysLate = paid.map((p) => daysBetween(p.dueDate, p.paidDate));

  if (firstInvoiceDate === null) return computed('new', 'no invoice yet');
  const accountAge = daysBetween(firstInvoiceDate, asOf);
  if (accountAge < rules.newAccountDays) {
    return computed(
      'new',
      `first invoice ${plural(accountAge, 'day')} ago (<${rules.newAccountDays})`,
    );
  }
  if (paid.length < rules.minPaidInvoices) {
    const count = plural(paid.length, 'paid invoice');
    return computed('new', `${count} in 12 months (<${rules.minPaidInvoices})`);
  }

  const { recurringLateDays, goodPayerToleranceDays: tolerance } = rules;
  const veryLate = daysLate.filter((d) => d > recurringLateDays).length;
  if (veryLate >= rules.recurringLateCount) {
    return computed(
      'recurring_late',
      `${plural(veryLate, 'invoice')} paid >${recurringLateDays} days late`,
    );
  }
  if (add !== null && add > rules.recurringAddDays) {
    return computed('recurring_late', `ADD ${roundTo(add, 1)} days >${rules.recurringAddDays}`);
  }

  const late = daysLate.filter((d) => d > tolerance).length;
  if (late > 0) {
    return computed('occasional_late', `${plural(late, 'invoice')} paid >${tolerance} days late`);
  }
  return computed(
    'good_payer',
    `none of ${plural(paid.length, 'paid invoice')} >${tolerance} days late`,
  );
}
