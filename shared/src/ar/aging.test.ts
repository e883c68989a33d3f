import { describe, expect, it } from 'vitest';
import { AGING_BUCKETS } from '../domain/vocabulary.ts';
import {
  agedBalance,
  agingBucketBounds,
  agingBucketFromBounds,
  agingBucketOf,
  daysPastDue,
} from './aging.ts';
import { addDays } from './calendar.ts';

describe('daysPastDue', () => {
  it('is zero on the due date, positive after and negative before', () => {
    expect(daysPastDue('2025-09-30', '2025-09-30')).toBe(0);
    expect(daysPastDue('2025-09-30', '2025-10-01')).toBe(1);
    expect(daysPastDue('2025-09-30', '2025-09-20')).toBe(-10);
  });

  it('counts the leap day', () => {
    expect(daysPastDue('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysPastDue('2025-02-28', '2025-03-01')).toBe(1);
  });
});

describe('agingBucketOf', () => {
  it('puts each boundary in exactly one bucket', () => {
    const cases: [number, string][] = [
      [-5, 'not_due'],
      [0, 'not_due'],
      [1, 'd1_30'],
      [30, 'd1_30'],
      [31, 'd31_60'],
      [60, 'd31_60'],
      [61, 'd61_90'],
      [90, 'd61_90'],
      [91, 'over_90'],
      [3650, 'over_90'],
    ];
    for (const [days, bucket] of cases) expect(agingBucketOf(days)).toBe(bucket);
  });

  it('refuses fractional days', () => {
    expect(() => agingBucketOf(1.5)).toThrow(RangeError);
  });
});

describe('agingBucketBounds', () => {
  it('places the bounds at the as-of date and 30, 60 and 90 days before it', () => {
    expect(agingBucketBounds('2025-03-31')).toEqual({
      notDueFrom: '2025-03-31',
      d1_30From: '2025-03-01',
      d31_60From: '2025-01-30',
      d61_90From: '2024-12-31',
    });
  });

  it('buckets by text comparison exactly as agingBucketOf does, across a leap year', () => {
    for (const asOf of ['2024-03-01', '2024-12-31', '2025-03-01', '2025-01-15']) {
      const bounds = agingBucketBounds(asOf);
      const disagreements: string[] = [];
      for (let back = -40; back <= 130; back += 1) {
        const dueDate = addDays(asOf, -back);
        const expected = agingBucketOf(daysPastDue(dueDate, asOf));
        if (agingBucketFromBounds(dueDate, bounds) !== expected) disagreements.push(dueDate);
      }
      expect(disagreements).toEqual([]);
    }
  });
});

describe('agedBalance', () => {
  const asOf = '2025-06-30';

  it('sums open amounts per bucket with total and overdue', () => {
    const [eur] = agedBalance(
      [
        { dueDate: '2025-07-15', openAmount: 1_000, currency: 'EUR' },
        { dueDate: '2025-06-30', openAmount: 2_000, currency: 'EUR' },
        { dueDate: '2025-06-29', openAmount: 300, currency: 'EUR' },
        { dueDate: '2025-04-30', openAmount: 4_000, currency: 'EUR' },
        { dueDate: '2025-03-01', openAmount: 50_000, currency: 'EUR' },
      ],
      asOf,
    );
    expect(eur?.buckets).toEqual({
      not_due: 3_000,
      d1_30: 300,
      d31_60: 0,
      d61_90: 4_000,
      over_90: 50_000,
    });
    expect(eur?.total).toBe(57_300);
    expect(eur?.overdue).toBe(eur!.total - eur!.buckets.not_due);
  });

  it('never adds two currencies and lists them in code order', () => {
    const balances = agedBalance(
      [
        { dueDate: '2025-06-01', openAmount: 100_000, currency: 'USD' },
        { dueDate: '2025-06-01', openAmount: 5_000, currency: 'JPY' },
        { dueDate: '2025-06-01', openAmount: 700, currency: 'EUR' },
      ],
      asOf,
    );
    expect(balances.map((b) => [b.currency, b.total])).toEqual([
      ['EUR', 700],
      ['JPY', 5_000],
      ['USD', 100_000],
    ]);
  });

  it('counts an open credit note negatively in the bucket of its due date', () => {
    const [eur] = agedBalance(
      [
        { dueDate: '2025-05-01', openAmount: 10_000, currency: 'EUR' },
        { dueDate: '2025-06-10', openAmount: -2_500, currency: 'EUR' },
      ],
      asOf,
    );
    expect(eur?.buckets.d31_60).toBe(10_000);
    expect(eur?.buckets.d1_30).toBe(-2_500);
    expect(eur?.overdue).toBe(7_500);
  });

  it('returns nothing for an empty ledger or one whose items are fully paid', () => {
    expect(agedBalance([], asOf)).toEqual([]);
    expect(agedBalance([{ dueDate: '2025-05-01', openAmount: 0, currency: 'EUR' }], asOf)).toEqual(
      [],
    );
  });

  it('has every bucket present even when empty', () => {
    const [only] = agedBalance([{ dueDate: asOf, openAmount: 1, currency: 'EUR' }], asOf);
    expect(Object.keys(only?.buckets ?? {})).toEqual([...AGING_BUCKETS]);
  });

  it('refuses float open amounts', () => {
    expect(() => agedBalance([{ dueDate: asOf, openAmount: 10.5, currency: 'EUR' }], asOf)).toThrow(
      RangeError,
    );
  });
});
