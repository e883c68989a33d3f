import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.ts';
import { DEFAULT_SEGMENT_RULES, computeSegment } from './segments.ts';
import type { SegmentInput } from './segments.ts';

const asOf = '2025-06-30';

// An invoice due on 2025-03-01 and paid `late` days after it.
const paidLate = (late: number, amount = 10_000) => ({
  dueDate: '2025-03-01',
  paidDate: addDays('2025-03-01', late),
  amount,
});

const base: SegmentInput = {
  asOf,
  firstInvoiceDate: '2023-01-15',
  paidInvoices: [paidLate(0), paidLate(-3), paidLate(2)],
  add: 0,
  override: null,
  strategic: false,
};

const segmentOf = (changes: Partial<SegmentInput>) => computeSegment({ ...base, ...changes });

describe('computeSegment', () => {
  it('holds domain.md thresholds by default', () => {
    expect(DEFAULT_SEGMENT_RULES).toEqual({
      newAccountDays: 90,
      minPaidInvoices: 3,
      recurringLateDays: 15,
      recurringLateCount: 3,
      recurringAddDays: 15,
      goodPayerToleranceDays: 5,
    });
  });

  it('uses a person’s override before anything else, even over the strategic flag', () => {
    const result = segmentOf({ override: 'recurring_late', strategic: true });
    expect(result).toEqual({
      segment: 'recurring_late',
      source: 'override',
      reason: 'recurring_late: set by a person',
    });
  });

  it('makes a flagged account strategic whatever its payments', () => {
    const result = segmentOf({ strategic: true, add: 60 });
    expect(result).toMatchObject({ segment: 'strategic', source: 'override' });
  });

  it('never computes strategic on its own', () => {
    expect(segmentOf({}).segment).not.toBe('strategic');
  });

  it('calls an account new when its first invoice is under 90 days old', () => {
    const result = segmentOf({ firstInvoiceDate: addDays(asOf, -89) });
    expect(result).toEqual({
      segment: 'new',
      source: 'computed',
      reason: 'new: first invoice 89 days ago (<90)',
    });
    expect(segmentOf({ firstInvoiceDate: addDays(asOf, -90) }).segment).toBe('good_payer');
  });

  it('calls an account new with fewer than 3 paid invoices, even if late', () => {
    const result = segmentOf({ paidInvoices: [paidLate(40), paidLate(50)], add: 40 });
    expect(result.segment).toBe('new');
    expect(result.reason).toBe('new: 2 paid invoices in 12 months (<3)');
    expect(segmentOf({ firstInvoiceDate: null }).reason).toBe('new: no invoice yet');
  });

  it('calls an account recurring late with 3 invoices paid more than 15 days late', () => {
    const result = segmentOf({
      paidInvoices: [paidLate(16), paidLate(20), paidLate(45), paidLate(30)],
    });
    expect(result).toEqual({
      segment: 'recurring_late',
      source: 'computed',
      reason: 'recurring_late: 4 invoices paid >15 days late',
    });
  });

  it('does not count an invoice paid exactly 15 days late towards recurring late', () => {
    const result = segmentOf({ paidInvoices: [paidLate(15), paidLate(16), paidLate(20)] });
    expect(result.segment).toBe('occasional_late');
  });

  it('calls an account recurring late when its ADD is over 15 days', () => {
    expect(segmentOf({ add: 15.04 }).reason).toBe('recurring_late: ADD 15 days >15');
    expect(segmentOf({ add: 15 }).segment).toBe('good_payer');
  });

  it('calls an account occasional late with a payment more than 5 days late', () => {
    const result = segmentOf({ paidInvoices: [paidLate(0), paidLate(6), paidLate(1)] });
    expect(result).toEqual({
      segment: 'occasional_late',
      source: 'computed',
      reason: 'occasional_late: 1 invoice paid >5 days late',
    });
  });

  it('keeps an account a good payer when no payment is more than 5 days late', () => {
    const result = segmentOf({
      paidInvoices: [paidLate(5), paidLate(5), paidLate(-10)],
      add: null,
    });
    expect(result).toEqual({
      segment: 'good_payer',
      source: 'computed',
      reason: 'good_payer: none of 3 paid invoices >5 days late',
    });
  });

  it('looks only at payments of the last 12 months and ignores credit notes', () => {
    const old = { dueDate: '2024-05-01', paidDate: '2024-06-30', amount: 10_000 };
    const inWindow = { dueDate: '2024-05-01', paidDate: '2024-07-01', amount: 10_000 };
    const credit = paidLate(90, -5_000);
    const result = segmentOf({ paidInvoices: [...base.paidInvoices, old, credit] });
    expect(result.segment).toBe('good_payer');
    expect(segmentOf({ paidInvoices: [...base.paidInvoices, inWindow] }).segment).toBe(
      'occasional_late',
    );
  });

  it('counts the 12 months from a leap day as starting after February 28 a year before', () => {
    const leapAsOf = '2024-02-29';
    const onTime = [0, 1, 2].map(() => ({
      dueDate: '2023-12-01',
      paidDate: '2023-12-01',
      amount: 1,
    }));
    const onEdge = { dueDate: '2023-02-20', paidDate: '2023-02-28', amount: 1 };
    const inside = { dueDate: '2023-02-20', paidDate: '2023-03-01', amount: 1 };
    const edge = segmentOf({ asOf: leapAsOf, paidInvoices: [...onTime, onEdge] });
    expect(edge.reason).toBe('good_payer: none of 3 paid invoices >5 days late');
    const counted = segmentOf({ asOf: leapAsOf, paidInvoices: [...onTime, inside] });
    expect(counted.segment).toBe('occasional_late');
  });

  it('takes other thresholds when an admin set them', () => {
    const result = segmentOf({
      paidInvoices: [paidLate(8), paidLate(9), paidLate(10)],
      rules: { recurringLateDays: 7 },
    });
    expect(result.reason).toBe('recurring_late: 3 invoices paid >7 days late');
  });

  it('refuses a malformed as-of date', () => {
    expect(() => segmentOf({ asOf: '30/06/2025' })).toThrow(RangeError);
  });
});
