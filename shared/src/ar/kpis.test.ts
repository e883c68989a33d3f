import { describe, expect, it } from 'vitest';
import { daysInMonth } from './calendar.ts';
import {
  averageDaysDelinquent,
  averageDaysLate,
  bestPossibleDso,
  collectionEffectivenessIndex,
  disputeShare,
  dsoCountback,
  dsoStandard,
  promiseKeptRate,
  roundTo,
} from './kpis.ts';

const month = (key: string, sales: number) => ({ month: key, sales, days: daysInMonth(key) });

// domain.md's countback check, in whole euros (cents would only scale both sides).
const DOMAIN_COUNTBACK = [
  month('2025-09', 2_500),
  month('2025-08', 1_750),
  month('2025-07', 2_250),
  month('2025-06', 2_500),
  month('2025-05', 2_000),
  month('2025-04', 2_250),
];

describe('roundTo', () => {
  it('rounds half away from zero without binary artefacts', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(166.3333, 1)).toBe(166.3);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1e-7, 1)).toBe(0);
    expect(roundTo(1.23e21, 1)).toBe(1.23e21);
  });

  it('defaults to one decimal and passes null through', () => {
    expect(roundTo(55.929)).toBe(55.9);
    expect(roundTo(null, 2)).toBeNull();
  });
});

describe('dsoStandard, bestPossibleDso and averageDaysDelinquent', () => {
  const check = { creditSales: 10_000, periodDays: 30, asOf: '2025-09-30' };

  it('give DSO 45, BPDSO 12 and ADD 33 on the domain.md check', () => {
    const dso = dsoStandard({ ...check, endingAr: 15_000 });
    const bpdso = bestPossibleDso({ ...check, currentAr: 4_000 });
    const add = averageDaysDelinquent({ ...check, endingAr: 15_000, currentAr: 4_000 });
    expect(dso.value).toBe(45);
    expect(bpdso.value).toBe(12);
    expect(add.value).toBe(33);
    expect(add.value).toBe(dso.value! - bpdso.value!);
  });

  it('say which method and which period they use', () => {
    const dso = dsoStandard({ ...check, endingAr: 15_000 });
    expect(dso.method.id).toBe('dso_standard');
    expect(dso.unit).toBe('days');
    expect(dso.period).toEqual({
      label: '30 days ending 2025-09-30',
      days: 30,
      months: null,
      from: '2025-09-01',
      to: '2025-09-30',
    });
    expect(bestPossibleDso({ ...check, currentAr: 1 }).method.id).toBe('best_possible_dso');
    expect(dsoStandard({ endingAr: 1, creditSales: 1, periodDays: 90 }).period.label).toBe(
      '90 days',
    );
  });

  it('count a 90-day period back across a leap day', () => {
    const dso = dsoStandard({ endingAr: 1, creditSales: 1, periodDays: 90, asOf: '2024-03-31' });
    expect(dso.period.from).toBe('2024-01-02');
  });

  it('return null rather than Infinity or a negative figure without positive sales', () => {
    for (const creditSales of [0, -500]) {
      const dso = dsoStandard({ endingAr: 15_000, creditSales, periodDays: 30 });
      expect(dso.value).toBeNull();
      expect(dso.note).toMatch(/credit sales/);
      expect(bestPossibleDso({ currentAr: 0, creditSales, periodDays: 30 }).value).toBeNull();
      const add = averageDaysDelinquent({ endingAr: 1, currentAr: 0, creditSales, periodDays: 30 });
      expect(add.value).toBeNull();
    }
  });

  it('give zero days when nothing is owed', () => {
    expect(dsoStandard({ endingAr: 0, creditSales: 10_000, periodDays: 30 }).value).toBe(0);
  });

  it('refuse a period that is not a whole positive number of days, or float money', () => {
    expect(() => dsoStandard({ endingAr: 1, creditSales: 1, periodDays: 0 })).toThrow(RangeError);
    expect(() => dsoStandard({ endingAr: 1.5, creditSales: 1, periodDays: 30 })).toThrow(
      RangeError,
    );
  });
});

describe('dsoCountback', () => {
  it('gives 166.3 days on the domain.md check, not the 179.7 a vendor printed', () => {
    const wholeMonthDays = DOMAIN_COUNTBACK.slice(0, 5).reduce((sum, m) => sum + m.days, 0);
    expect(wholeMonthDays).toBe(153);

    const kpi = dsoCountback({ endingAr: 12_000, monthlySales: DOMAIN_COUNTBACK });
    expect(kpi.value).toBeCloseTo(153 + (1_000 / 2_250) * 30, 10);
    expect(roundTo(kpi.value, 1)).toBe(166.3);
    expect(roundTo(kpi.value, 1)).not.toBe(179.7);
  });

  it('names the months it walked back through', () => {
    const kpi = dsoCountback({ endingAr: 12_000, monthlySales: DOMAIN_COUNTBACK });
    expect(kpi.method.id).toBe('dso_countback');
    expect(kpi.period).toEqual({
      label: 'months 2025-09 back to 2025-04',
      days: 183,
      months: 6,
      from: '2025-04-01',
      to: '2025-09-30',
    });
  });

  it('stops inside the newest month when its sales cover the AR', () => {
    const kpi = dsoCountback({ endingAr: 1_250, monthlySales: DOMAIN_COUNTBACK });
    expect(kpi.value).toBe(15);
    expect(kpi.period.label).toBe('month 2025-09');
  });

  it('counts a whole month when AR equals its sales exactly', () => {
    const kpi = dsoCountback({ endingAr: 2_500, monthlySales: DOMAIN_COUNTBACK });
    expect(kpi.value).toBe(30);
  });

  it('walks through months without sales, adding their days', () => {
    const kpi = dsoCountback({
      endingAr: 1_000,
      monthlySales: [month('2024-03', 0), month('2024-02', 2_000)],
    });
    expect(kpi.value).toBe(31 + 29 / 2);
  });

  it('counts a partial current month by the days given', () => {
    const kpi = dsoCountback({
      endingAr: 3_000,
      monthlySales: [{ month: '2025-10', sales: 1_000, days: 15 }, month('2025-09', 4_000)],
    });
    expect(kpi.value).toBe(15 + 15);
    expect(kpi.period.to).toBe('2025-10-15');
  });

  it('is null, with a note, when the sales history runs out', () => {
    const kpi = dsoCountback({ endingAr: 20_000, monthlySales: DOMAIN_COUNTBACK });
    expect(kpi.value).toBeNull();
    expect(kpi.note).toMatch(/exhausted: 6750/);
    expect(dsoCountback({ endingAr: 1, monthlySales: [] }).value).toBeNull();
  });

  it('is zero days when no AR is outstanding', () => {
    expect(dsoCountback({ endingAr: 0, monthlySales: DOMAIN_COUNTBACK }).value).toBe(0);
    expect(dsoCountback({ endingAr: -300, monthlySales: [] }).value).toBe(0);
  });

  it('refuses months given oldest first, with gaps, or with impossible day counts', () => {
    const oldestFirst = [...DOMAIN_COUNTBACK].reverse();
    expect(() => dsoCountback({ endingAr: 1, monthlySales: oldestFirst })).toThrow(/newest first/);
    const gap = [month('2025-09', 1), month('2025-07', 1)];
    expect(() => dsoCountback({ endingAr: 1, monthlySales: gap })).toThrow(/consecutive/);
    const tooLong = [{ month: '2025-02', sales: 1, days: 29 }];
    expect(() => dsoCountback({ endingAr: 1, monthlySales: tooLong })).toThrow(/1 to 28/);
  });

  it('crosses a year boundary', () => {
    const kpi = dsoCountback({
      endingAr: 2_000,
      monthlySales: [month('2025-01', 1_000), month('2024-12', 2_000)],
    });
    expect(kpi.value).toBe(31 + 31 / 2);
  });
});

describe('collectionEffectivenessIndex', () => {
  const check = {
    beginningAr: 6_200,
    creditSales: 10_890,
    months: 3,
    endingTotalAr: 6_340,
    endingCurrentAr: 3_590,
  };

  it('gives 55.9 % on the domain.md check', () => {
    const kpi = collectionEffectivenessIndex(check);
    expect(roundTo(kpi.value, 1)).toBe(55.9);
    expect(kpi.unit).toBe('percent');
    expect(kpi.method.id).toBe('collection_effectiveness_index');
  });

  it('describes a period of whole months ending on a month end', () => {
    const kpi = collectionEffectivenessIndex({ ...check, asOf: '2025-09-30' });
    expect(kpi.period).toEqual({
      label: '3 months ending 2025-09-30',
      days: 92,
      months: 3,
      from: '2025-07-01',
      to: '2025-09-30',
    });
    const february = collectionEffectivenessIndex({ ...check, months: 1, asOf: '2024-02-29' });
    expect(february.period.from).toBe('2024-02-01');
    expect(february.period.days).toBe(29);
  });

  it('describes a period ending mid-month as running from the day after the same date', () => {
    const kpi = collectionEffectivenessIndex({ ...check, asOf: '2025-09-15' });
    expect(kpi.period.from).toBe('2025-06-16');
  });

  it('is 100 % when everything collectible was collected', () => {
    const kpi = collectionEffectivenessIndex({ ...check, endingTotalAr: 3_590 });
    expect(kpi.value).toBe(100);
  });

  it('is null when nothing was collectible', () => {
    const kpi = collectionEffectivenessIndex({
      beginningAr: 0,
      creditSales: 0,
      months: 3,
      endingTotalAr: 0,
      endingCurrentAr: 0,
    });
    expect(kpi.value).toBeNull();
    expect(kpi.note).not.toBeNull();
  });

  it('refuses zero months', () => {
    expect(() => collectionEffectivenessIndex({ ...check, months: 0 })).toThrow(RangeError);
  });
});

describe('averageDaysLate', () => {
  it('averages only invoices paid after their due date, weighted and unweighted', () => {
    const result = averageDaysLate([
      { amount: 1_000, dueDate: '2025-05-01', paidDate: '2025-05-11' },
      { amount: 3_000, dueDate: '2025-05-01', paidDate: '2025-05-21' },
      { amount: 9_999, dueDate: '2025-05-01', paidDate: '2025-05-01' },
      { amount: 9_999, dueDate: '2025-05-01', paidDate: '2025-04-20' },
    ]);
    expect(result.count).toBe(2);
    expect(result.unweighted).toBe((10 + 20) / 2);
    expect(result.weighted).toBe((10 * 1_000 + 20 * 3_000) / 4_000);
    expect(result.method.id).toBe('average_days_late');
  });

  it('counts the leap day when measuring lateness', () => {
    const result = averageDaysLate([
      { amount: 100, dueDate: '2024-02-28', paidDate: '2024-03-01' },
    ]);
    expect(result.unweighted).toBe(2);
  });

  it('keeps only payments dated inside the period, both ends included', () => {
    const result = averageDaysLate(
      [
        { amount: 100, dueDate: '2025-01-01', paidDate: '2025-01-31' },
        { amount: 100, dueDate: '2025-01-01', paidDate: '2025-03-31' },
        { amount: 100, dueDate: '2025-01-01', paidDate: '2025-04-01' },
      ],
      { from: '2025-01-31', to: '2025-03-31' },
    );
    expect(result.count).toBe(2);
    expect(result.period).toMatchObject({ from: '2025-01-31', to: '2025-03-31', days: 60 });
  });

  it('leaves credit notes out and is null when nothing was paid late', () => {
    const result = averageDaysLate([
      { amount: -500, dueDate: '2025-01-01', paidDate: '2025-02-01' },
      { amount: 100, dueDate: '2025-01-01', paidDate: '2025-01-01' },
    ]);
    expect(result).toMatchObject({ weighted: null, unweighted: null, count: 0 });
    expect(averageDaysLate([])).toMatchObject({ weighted: null, unweighted: null, count: 0 });
  });

  it('refuses to weigh amounts of two currencies together', () => {
    expect(() =>
      averageDaysLate([
        { amount: 100, dueDate: '2025-01-01', paidDate: '2025-02-01', currency: 'EUR' },
        { amount: 100, dueDate: '2025-01-01', paidDate: '2025-02-01', currency: 'USD' },
      ]),
    ).toThrow(/one currency/);
  });
});

describe('promiseKeptRate', () => {
  it('is kept ÷ (kept + broken) in percent', () => {
    const kpi = promiseKeptRate({
      kept: 3,
      broken: 1,
      period: { from: '2025-09-01', to: '2025-09-30' },
    });
    expect(kpi.value).toBe(75);
    expect(kpi.period.label).toBe('2025-09-01 to 2025-09-30');
    expect(kpi.method.id).toBe('promise_kept_rate');
  });

  it('is null when no promise was decided', () => {
    expect(promiseKeptRate({ kept: 0, broken: 0 }).value).toBeNull();
  });

  it('refuses negative or fractional counts and an inverted period', () => {
    expect(() => promiseKeptRate({ kept: -1, broken: 0 })).toThrow(RangeError);
    expect(() => promiseKeptRate({ kept: 1.5, broken: 0 })).toThrow(RangeError);
    expect(() =>
      promiseKeptRate({ kept: 1, broken: 0, period: { from: '2025-02-01', to: '2025-01-31' } }),
    ).toThrow(/after/);
  });
});

describe('disputeShare', () => {
  it('is disputed AR ÷ total AR in percent', () => {
    const kpi = disputeShare({ disputedAr: 2_500, totalAr: 10_000, asOf: '2025-09-30' });
    expect(kpi.value).toBe(25);
    expect(kpi.period).toMatchObject({ label: 'as of 2025-09-30', from: '2025-09-30' });
  });

  it('is null when there is no positive AR', () => {
    expect(disputeShare({ disputedAr: 0, totalAr: 0 }).value).toBeNull();
    expect(disputeShare({ disputedAr: 0, totalAr: -100 }).value).toBeNull();
  });
});
