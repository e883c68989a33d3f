// Collection KPIs of domain.md. Amounts are minor units of ONE currency: callers compute each KPI
// per currency. Figures are returned unrounded (use `roundTo` for display), and a figure whose
// denominator is zero (or, for DSO-type figures, not positive) is `null`, never NaN or Infinity.
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  endOfMonth,
  isCalendarDate,
  startOfMonth,
} from './calendar.ts';

/** Stable identifiers of the KPI methods, for labels and report footers. */
export type KpiMethodId =
  | 'dso_standard'
  | 'dso_countback'
  | 'best_possible_dso'
  | 'average_days_delinquent'
  | 'collection_effectiveness_index'
  | 'average_days_late'
  | 'promise_kept_rate'
  | 'dispute_share';

/** Which method a figure was computed with, with its formula in plain English. */
export interface KpiMethod {
  id: KpiMethodId;
  formula: string;
}

/** The period a figure covers; dates are inclusive and null when the caller gave none. */
export interface KpiPeriod {
  /** English summary such as '30 days ending 2025-09-30' or 'months 2025-09 back to 2025-04'. */
  label: string;
  days: number | null;
  months: number | null;
  from: string | null;
  to: string | null;
}

/** A KPI figure with its unit, method and period, and why it is null when it is. */
export interface Kpi {
  value: number | null;
  unit: 'days' | 'percent';
  method: KpiMethod;
  period: KpiPeriod;
  note: string | null;
}

/** One month of credit sales for the countback DSO. */
export interface MonthlySales {
  /** 'YYYY-MM'. */
  month: string;
  /** Credit sales of the month in minor units. */
  sales: number;
  /** Days of the month counted (its length, or fewer for the current, partial month). */
  days: number;
}

/** Average days late of invoices paid late, weighted by amount and unweighted, and their count. */
export interface AverageDaysLate {
  weighted: number | null;
  unweighted: number | null;
  count: number;
  unit: 'days';
  method: KpiMethod;
  period: KpiPeriod;
}

/** An inclusive date range. */
export interface DateRange {
  from: string;
  to: string;
}

const FORMULAS: Record<KpiMethodId, string> = {
  dso_standard: 'ending AR ÷ credit sales of the period × days in the period',
  dso_countback:
    'ending AR used up by monthly credit sales, newest month first: whole months add their ' +
    'days, the last month adds remaining AR ÷ its sales × its days',
  best_possible_dso: 'current (not due) AR ÷ credit sales of the period × days in the period',
  average_days_delinquent: 'standard DSO − best possible DSO',
  collection_effectiveness_index:
    '(beginning AR + sales ÷ months − ending total AR) ÷ ' +
    '(beginning AR + sales ÷ months − ending current AR) × 100',
  average_days_late:
    'mean of (payment date − due date) over invoices paid late, weighted by amount; ' +
    'also unweighted',
  promise_kept_rate: 'kept ÷ (kept + broken) × 100, promises whose grace ended in the period',
  dispute_share: 'AR in open dispute ÷ total AR × 100',
};

function method(id: KpiMethodId): KpiMethod {
  return { id, formula: FORMULAS[id] };
}

function assertMinorUnits(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be whole minor units`);
}

function assertCount(value: number, name: string, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be a whole number ≥ ${minimum}, got ${value}`);
  }
}

function assertDate(value: string, name: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`${name} must be a YYYY-MM-DD date`);
}

function daysPeriod(days: number, asOf: string | undefined): KpiPeriod {
  assertCount(days, 'periodDays', 1);
  if (asOf === undefined)
    return { label: `${days} days`, days, months: null, from: null, to: null };

  assertDate(asOf, 'asOf');
  const from = addDays(asOf, -(days - 1));
  return { label: `${days} days ending ${asOf}`, days, months: null, from, to: asOf };
}

// A period of whole months ending on a month end starts on the first of a month; otherwise it
// starts the day after the same date `months` earlier (2025-09-15 back 3 months → 2025-06-16).
function monthsPeriod(months: number, asOf: string | undefined): KpiPeriod {
  assertCount(months, 'months', 1);
  const label = `${months} month${months === 1 ? '' : 's'}`;
  if (asOf === undefined) return { label, days: null, months, from: null, to: null };

  assertDate(asOf, 'asOf');
  const from =
    asOf === endOfMonth(asOf)
      ? addMonths(startOfMonth(asOf), -(months - 1))
      : addDays(addMonths(asOf, -months), 1);
  const days = daysBetween(from, asOf) + 1;
  return { label: `${label} ending ${asOf}`, days, months, from, to: asOf };
}

function rangePeriod(range: DateRange | undefined, fallback: string): KpiPeriod {
  if (range === undefined)
    return { label: fallback, days: null, months: null, from: null, to: null };

  assertDate(range.from, 'period.from');
  assertDate(range.to, 'period.to');
  const days = daysBetween(range.from, range.to) + 1;
  if (days < 1) throw new RangeError('period.from must not be after period.to');
  return { label: `${range.from} to ${range.to}`, days, months: null, ...range };
}

function salesDays(
  id: KpiMethodId,
  numerator: number,
  creditSales: number,
  periodDays: number,
  asOf: string | undefined,
): Kpi {
  assertMinorUnits(creditSales, 'creditSales');
  const period = daysPeriod(periodDays, asOf);

  if (creditSales <= 0) {
    const note = 'no positive credit sales in the period';
    return { value: null, unit: 'days', method: method(id), period, note };
  }
  const value = (numerator / creditSales) * periodDays;
  return { value, unit: 'days', method: method(id), period, note: null };
}

/** Rounds half away from zero to `digits` decimals, for display only; null stays null. */
export function roundTo(x: number, digits?: number): number;
export function roundTo(x: number | null, digits?: number): number | null;
export function roundTo(x: number | null, digits = 1): number | null {
  if (x === null || !Number.isFinite(x)) return x;
  assertCount(digits, 'digits', 0);

  // Shifting through the decimal exponent avoids binary artefacts such as 1.005 × 100 = 100.49….
  const shift = (value: number, by: number): number => {
    const [mantissa, exponent = '0'] = String(value).split('e');
    return Number(`${mantissa}e${Number(exponent) + by}`);
  };
  const rounded = shift(Math.round(shift(Math.abs(x), digits)), -digits);
  return x < 0 ? -rounded : rounded;
}

/** Standard DSO: ending AR ÷ credit sales of the period × days in the period. */
export function dsoStandard(input: {
  endingAr: number;
  creditSales: number;
  periodDays: number;
  asOf?: string;
}): Kpi {
  assertMinorUnits(input.endingAr, 'endingAr');
  return salesDays('dso_standard', input.endingAr, input.creditSales, input.periodDays, input.asOf);
}

function validateMonthlySales(monthlySales: readonly MonthlySales[]): void {
  let previous: string | null = null;
  for (const { month, sales, days } of monthlySales) {
    if (!/^\d{4}-\d{2}$/.test(month) || !isCalendarDate(`${month}-01`)) {
      throw new RangeError(`month must be YYYY-MM, got ${JSON.stringify(month)}`);
    }
    assertMinorUnits(sales, `sales of ${month}`);
    const length = daysInMonth(month);
    if (!Number.isSafeInteger(days) || days < 1 || days > length) {
      throw new RangeError(`days of ${month} must be 1 to ${length}, got ${days}`);
    }
    if (previous !== null && `${month}-01` !== addMonths(`${previous}-01`, -1)) {
      throw new RangeError(
        `monthlySales must be consecutive months, newest first: ${month} after ${previous}`,
      );
    }
    previous = month;
  }
}

/**
 * Countback DSO: walks back from the newest month subtracting each month's sales from ending AR;
 * null when the months given run out before the AR is used up. Months must be consecutive.
 */
export function dsoCountback(input: {
  endingAr: number;
  monthlySales: readonly MonthlySales[];
}): Kpi {
  const { endingAr, monthlySales } = input;
  assertMinorUnits(endingAr, 'endingAr');
  validateMonthlySales(monthlySales);

  let remaining = endingAr;
  let days = 0;
  const used: MonthlySales[] = [];
  for (const month of monthlySales) {
    if (remaining <= 0) break;
    used.push(month);

    if (remaining > month.sales) {
      remaining -= month.sales;
      days += month.days;
    } else {
      days += (remaining / month.sales) * month.days;
      remaining = 0;
    }
  }

  const period = countbackPeriod(used);
  if (remaining > 0) {
    const left = `${remaining} of ending AR left after ${used.length} months`;
    const note = `sales history exhausted: ${left}`;
    return { value: null, unit: 'days', method: method('dso_countback'), period, note };
  }
  return { value: days, unit: 'days', method: method('dso_countback'), period, note: null };
}

// A partial month is taken as its first `days` days (the current month up to the as-of date).
function countbackPeriod(used: readonly MonthlySales[]): KpiPeriod {
  const newest = used[0];
  const oldest = used[used.length - 1];
  if (!newest || !oldest) {
    return { label: 'no AR outstanding', days: 0, months: 0, from: null, to: null };
  }

  const from = `${oldest.month}-01`;
  const to = addDays(`${newest.month}-01`, newest.days - 1);
  const label =
    newest === oldest ? `month ${newest.month}` : `months ${newest.month} back to ${oldest.month}`;
  const days = used.reduce((sum, m) => sum + m.days, 0);
  return { label, days, months: used.length, from, to };
}

/** Best possible DSO: current (not due) AR ÷ credit sales of the period × days in the period. */
export function bestPossibleDso(input: {
  currentAr: number;
  creditSales: number;
  periodDays: number;
  asOf?: string;
}): Kpi {
  assertMinorUnits(input.currentAr, 'currentAr');
  return salesDays(
    'best_possible_dso',
    input.currentAr,
    input.creditSales,
    input.periodDays,
    input.asOf,
  );
}

/** Average days delinquent: standard DSO − best possible DSO, i.e. overdue AR ÷ sales × days. */
export function averageDaysDelinquent(input: {
  endingAr: number;
  currentAr: number;
  creditSales: number;
  periodDays: number;
  asOf?: string;
}): Kpi {
  assertMinorUnits(input.endingAr, 'endingAr');
  assertMinorUnits(input.currentAr, 'currentAr');
  return salesDays(
    'average_days_delinquent',
    input.endingAr - input.currentAr,
    input.creditSales,
    input.periodDays,
    input.asOf,
  );
}

/** Collection effectiveness index in percent over a period of `months` months. */
export function collectionEffectivenessIndex(input: {
  beginningAr: number;
  creditSales: number;
  months: number;
  endingTotalAr: number;
  endingCurrentAr: number;
  asOf?: string;
}): Kpi {
  const { beginningAr, creditSales, months, endingTotalAr, endingCurrentAr } = input;
  assertMinorUnits(beginningAr, 'beginningAr');
  assertMinorUnits(creditSales, 'creditSales');
  assertMinorUnits(endingTotalAr, 'endingTotalAr');
  assertMinorUnits(endingCurrentAr, 'endingCurrentAr');
  const period = monthsPeriod(months, input.asOf);

  const collectible = beginningAr + creditSales / months;
  const denominator = collectible - endingCurrentAr;
  const kpi = {
    unit: 'percent',
    method: method('collection_effectiveness_index'),
    period,
  } as const;
  if (denominator === 0) {
    return { ...kpi, value: null, note: 'nothing was collectible in the period' };
  }
  return { ...kpi, value: ((collectible - endingTotalAr) / denominator) * 100, note: null };
}

/**
 * Average days late of invoices paid late (payment date after due date), weighted by amount and
 * unweighted; with `period`, only payments dated in it count. Credit notes (amount ≤ 0) are left
 * out, and items naming two different currencies are refused since amounts would be added.
 */
export function averageDaysLate(
  paid: readonly { amount: number; dueDate: string; paidDate: string; currency?: string }[],
  period?: DateRange,
): AverageDaysLate {
  const kpiPeriod = rangePeriod(period, 'all payments given');
  const currencies = new Set(paid.flatMap((p) => (p.currency === undefined ? [] : [p.currency])));
  if (currencies.size > 1) {
    throw new RangeError(`averageDaysLate needs one currency, got ${[...currencies].join(', ')}`);
  }

  let count = 0;
  let daysSum = 0;
  let weightedSum = 0;
  let amountSum = 0;
  for (const { amount, dueDate, paidDate } of paid) {
    assertMinorUnits(amount, 'amount');
    if (period && (paidDate < period.from || paidDate > period.to)) continue;
    const daysLate = daysBetween(dueDate, paidDate);
    if (daysLate <= 0 || amount <= 0) continue;

    count += 1;
    daysSum += daysLate;
    weightedSum += daysLate * amount;
    amountSum += amount;
  }

  return {
    weighted: count === 0 ? null : weightedSum / amountSum,
    unweighted: count === 0 ? null : daysSum / count,
    count,
    unit: 'days',
    method: method('average_days_late'),
    period: kpiPeriod,
  };
}

/** Promise-kept rate in percent: kept ÷ (kept + broken); cancelled and pending are not counted. */
export function promiseKeptRate(input: { kept: number; broken: number; period?: DateRange }): Kpi {
  assertCount(input.kept, 'kept', 0);
  assertCount(input.broken, 'broken', 0);
  const period = rangePeriod(input.period, 'promises given');

  const decided = input.kept + input.broken;
  const kpi = { unit: 'percent', method: method('promise_kept_rate'), period } as const;
  if (decided === 0) return { ...kpi, value: null, note: 'no promise was kept or broken' };
  return { ...kpi, value: (input.kept / decided) * 100, note: null };
}

/** Share of AR in open dispute, in percent of total AR; null when total AR is not positive. */
export function disputeShare(input: { disputedAr: number; totalAr: number; asOf?: string }): Kpi {
  assertMinorUnits(input.disputedAr, 'disputedAr');
  assertMinorUnits(input.totalAr, 'totalAr');
  if (input.asOf !== undefined) assertDate(input.asOf, 'asOf');

  const at = input.asOf ?? null;
  const period = {
    label: at ? `as of ${at}` : 'point in time',
    days: null,
    months: null,
    from: at,
    to: at,
  };
  const kpi = { unit: 'percent', method: method('dispute_share'), period } as const;
  if (input.totalAr <= 0) return { ...kpi, value: null, note: 'no positive AR outstanding' };
  return { ...kpi, value: (input.disputedAr / input.totalAr) * 100, note: null };
}
