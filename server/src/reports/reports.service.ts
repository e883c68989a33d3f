import {
  AGING_BUCKETS,
  addDays,
  addMonths,
  averageDaysDelinquent,
  bestPossibleDso,
  collectionEffectivenessIndex,
  daysInMonth,
  disputeShare,
  dsoCountback,
  dsoStandard,
  endOfMonth,
  monthKeyOf,
  promiseKeptRate,
  roundTo,
  startOfMonth,
  todayIn,
} from '@relance/shared';
import type {
  ActivityReport,
  AgedBalanceReport,
  CustomerRef,
  DsoTrendReport,
  Kpi,
  KpiReport,
  MonthlySales,
} from '@relance/shared';
import type { DialectName } from '../db/connect.ts';
import type { AppDeps } from '../deps.ts';
import { bucketsRecord, presentCustomerRef } from '../context/presenters.ts';
import { num, runStatement } from '../context/statements.ts';
import type { Statement } from '../context/statements.ts';
import {
  activityUsers,
  agedBalanceByCustomer,
  agedBalanceLinesAsJson,
  agedBalanceSums,
  agedBalanceTotals,
  appliedAfter,
  appliedByDay,
  appliedSinceToCurrent,
  balancesPage,
  balancesPerCurrency,
  customerRefsOf,
  decidedPromises,
  disputedOpen,
  disputesOpenedBy,
  emailsLoggedBy,
  mostCommonCurrency,
  openNow,
  paidLate,
  promisesDecidedBy,
  promisesLoggedBy,
  salesByDay,
} from './reports.sql.ts';

/** Months of sales history the countback DSO may walk back through. */
export const COUNTBACK_MONTHS = 12;

/** Months the countback reads first; most AR is used up within them. */
export const COUNTBACK_FIRST_MONTHS = 4;

/** Months of sales behind the standard DSO of each point of the trend. */
export const TREND_PERIOD_MONTHS = 3;

function today(deps: AppDeps): string {
  return todayIn(deps.config.timeZone, deps.clock.now());
}

function run<Row>(deps: AppDeps, statement: Statement): Promise<Row[]> {
  return runStatement<Row>(deps.storage.db, deps.storage.dialect, statement);
}

// ---------- aged balance ----------

interface AgedRow {
  id: string;
  name: string;
  external_ref: string;
  segment: string;
  segment_override: string | null;
  strategic: number;
  currency: string;
  not_due: number;
  d1_30: number;
  d31_60: number;
  d61_90: number;
  over_90: number;
  total: number;
}

type AgedLine = AgedBalanceReport['rows'][number];
type AgedSums = Omit<
  AgedRow,
  'name' | 'external_ref' | 'segment' | 'segment_override' | 'strategic'
>;

/**
 * The aged balance on `asOf` (default today): open amounts per customer and currency, and totals
 * per currency. With `top`, only the `top` customers with the most overdue in each currency are
 * listed (most overdue first); the totals still cover every customer.
 */
export async function agedBalanceReport(
  deps: AppDeps,
  options: { asOf?: string; top?: number } = {},
): Promise<AgedBalanceReport> {
  const asOf = options.asOf ?? today(deps);
  const method = agedMethod(asOf);

  if (options.top === undefined) {
    const rows = (await run<AgedRow>(deps, agedBalanceByCustomer(asOf))).map((row) =>
      agedLine(row, presentCustomerRef(row)),
    );
    return { asOf, method, rows, totals: totalsOf(rows), rowCount: rows.length };
  }

  const { totals, perCurrency } = await currencyTotals(deps, asOf);
  const kept: { line: AgedLine; id: string }[] = [];
  for (const { currency } of perCurrency) {
    kept.push(...(await mostOverdue(deps, asOf, currency, options.top)));
  }
  const refs = new Map<string, CustomerRef>();
  for (let at = 0; at < kept.length; at += ID_BATCH) {
    const ids = [...new Set(kept.slice(at, at + ID_BATCH).map((l) => l.id))];
    const rows = await run<AgedRow>(deps, customerRefsOf(ids));
    for (const row of rows) refs.set(row.id, presentCustomerRef(row));
  }
  return {
    asOf,
    method,
    rows: kept.map(({ line, id }) => ({ ...line, customer: refs.get(id) ?? null })),
    totals,
    rowCount: perCurrency.reduce((sum, c) => sum + num(c.n), 0),
  };
}

/**
 * The whole aged balance as agedBalanceReport gives it, with each customer line already written
 * as JSON by the database, for the API to send as it is.
 */
export async function agedBalanceAsJson(
  deps: AppDeps,
  options: { asOf?: string } = {},
): Promise<Omit<AgedBalanceReport, 'rows'> & { rows: string[] }> {
  const asOf = options.asOf ?? today(deps);
  const lines = await run<{ line: string }>(
    deps,
    agedBalanceLinesAsJson(asOf, deps.storage.dialect),
  );
  const { totals } = await currencyTotals(deps, asOf);
  return {
    asOf,
    method: agedMethod(asOf),
    rows: lines.map((l) => l.line),
    totals,
    rowCount: lines.length,
  };
}

function agedMethod(asOf: string): string {
  return (
    `open amounts of open invoices and credit notes, bucketed by days past due on ${asOf} ` +
    '(not due ≤ 0, 1–30, 31–60, 61–90, over 90); one row per customer and currency, ' +
    'totals per currency'
  );
}

/**
 * The aged balance's totals per currency, from the running totals (ledger-totals.ts), for the
 * currencies some customer owes in, and how many customers owe in each.
 */
async function currencyTotals(deps: AppDeps, asOf: string) {
  const [totals, perCurrency] = await Promise.all([
    run<AgedSums & { currency: string }>(deps, agedBalanceTotals(asOf)),
    run<{ currency: string; n: number | string }>(deps, balancesPerCurrency),
  ]);
  const owing = new Set(perCurrency.map((c) => c.currency));
  return {
    totals: totals
      .filter((t) => owing.has(t.currency))
      .map((t) => agedLine(t, null))
      .sort((a, b) => (a.currency < b.currency ? -1 : 1)),
    perCurrency,
  };
}

/**
 * The `top` customers of a currency with the most overdue, most first, ties by id. Customers
 * are read from the largest open amount on invoices down, a page at a time, and the walk stops
 * once that amount falls below the smallest overdue kept: no customer further down can beat it.
 */
async function mostOverdue(
  deps: AppDeps,
  asOf: string,
  currency: string,
  top: number,
): Promise<{ line: AgedLine; id: string }[]> {
  const best: { line: AgedLine; id: string }[] = [];
  const ranked = (a: { line: AgedLine; id: string }, b: { line: AgedLine; id: string }) =>
    b.line.overdue - a.line.overdue || (a.id < b.id ? -1 : 1);
  if (top === 0) return best;

  type Balance = { id: string; open_positive: number };
  let after: Balance | null = null;
  for (let size = Math.max(FIRST_PAGE, 4 * top); ; size = Math.min(2 * size, LAST_PAGE)) {
    const page: Balance[] = (
      await run<{ id: string; open_positive: number | string }>(
        deps,
        balancesPage(currency, size, after),
      )
    ).map((p) => ({ id: p.id, open_positive: num(p.open_positive) }));
    const last: Balance | undefined = page[page.length - 1];
    if (!last) return best;
    const sums = await run<AgedSums>(
      deps,
      agedBalanceSums(asOf, { currency, customerIds: page.map((p) => p.id) }),
    );
    best.push(...sums.map((row) => ({ line: agedLine(row, null), id: row.id })));
    best.sort(ranked).splice(top);

    const floor = best[top - 1]?.line.overdue;
    if (page.length < size || (floor !== undefined && last.open_positive < floor)) return best;
    after = last;
  }
}

// Customers read per page while looking for the most overdue: pages double as the walk goes on.
const FIRST_PAGE = 100;
const LAST_PAGE = 3_200;

// Ids per customers lookup: well under SQLite's and PostgreSQL's limits on bound parameters.
const ID_BATCH = 500;

function agedLine(row: AgedSums, customer: CustomerRef | null): AgedLine {
  const buckets = bucketsRecord(row);
  const total = num(row.total);
  return { customer, currency: row.currency, buckets, total, overdue: total - buckets.not_due };
}

function totalsOf(lines: readonly AgedLine[]): AgedLine[] {
  const totals = new Map<string, AgedLine>();
  for (const line of lines) {
    const sum = totals.get(line.currency) ?? {
      customer: null,
      currency: line.currency,
      buckets: bucketsRecord({}),
      total: 0,
      overdue: 0,
    };
    for (const bucket of AGING_BUCKETS) sum.buckets[bucket] += line.buckets[bucket];
    sum.total += line.total;
    sum.overdue += line.overdue;
    totals.set(line.currency, sum);
  }
  return [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
}

/** The statements the whole aged balance runs (as JSON), for timing beside the report. */
export function agedBalanceStatements(asOf: string, dialect: DialectName): Statement[] {
  return [agedBalanceLinesAsJson(asOf, dialect), agedBalanceTotals(asOf), balancesPerCurrency];
}

// ---------- KPIs ----------

/** What a KPI report covers; defaults: today, 90 days, the most common currency. */
export interface KpiOptions {
  asOf?: string;
  periodDays?: number;
  currency?: string;
}

async function defaultCurrency(deps: AppDeps): Promise<string> {
  const rows = await run<{ currency: string }>(deps, mostCommonCurrency);
  return rows[0]?.currency ?? 'EUR';
}

/** The `count` month keys ending with the month of `date`, oldest first. */
function monthsEndingWith(date: string, count: number): string[] {
  const months: string[] = [];
  for (let k = count - 1; k >= 0; k--) months.push(monthKeyOf(addMonths(startOfMonth(date), -k)));
  return months;
}

/** Newest month first, for the countback: the month of `asOf` to its day, then whole months. */
function countbackMonths(asOf: string, sales: ReadonlyMap<string, number>, count: number) {
  return monthsEndingWith(asOf, count)
    .reverse()
    .map((month, k): MonthlySales => ({
      month,
      sales: sales.get(month) ?? 0,
      days: k === 0 ? Number(asOf.slice(8, 10)) : daysInMonth(month),
    }));
}

/** Sums daily rows into months ('YYYY-MM'), keeping only days in [from, through]. */
function monthsOf(
  days: readonly { day: string; amount: number | string | null }[],
  from: string,
  through: string,
): Map<string, number> {
  const months = new Map<string, number>();
  for (const { day, amount } of days) {
    if (day < from || day > through) continue;
    const month = day.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + num(amount));
  }
  return months;
}

/** The total of daily rows strictly after `after` (and up to `through` when given). */
function sumAfter(
  days: readonly { day: string; amount: number | string | null }[],
  after: string,
  through?: string,
): number {
  let total = 0;
  for (const { day, amount } of days) {
    if (day > after && (through === undefined || day <= through)) total += num(amount);
  }
  return total;
}

function describe(kpi: Kpi, extra = ''): string {
  const note = kpi.note === null ? '' : ` (${kpi.note})`;
  return `${kpi.method.formula}; period: ${kpi.period.label}${extra}${note}`;
}

function figure(kpi: Kpi, extra = '') {
  return { value: roundTo(kpi.value, 1), method: describe(kpi, extra) };
}

/** The first day whose sales a KPI report reads: the period's or the countback's, earlier. */
function kpiSalesFrom(asOf: string, periodDays: number, countbackMonths: number): string {
  const periodFrom = addDays(asOf, -(periodDays - 1));
  const monthsFrom = `${monthsEndingWith(asOf, countbackMonths)[0] as string}-01`;
  return periodFrom < monthsFrom ? periodFrom : monthsFrom;
}

/**
 * The raw aggregate statements of a KPI report, in the order the report runs them (the
 * countback reads its first months; the report reads up to a year when AR outlasts them).
 */
export function kpiStatements(asOf: string, periodDays: number, currency: string): Statement[] {
  const start = addDays(asOf, -periodDays);
  const periodFrom = addDays(start, 1);
  return [
    openNow(currency, asOf),
    salesByDay(currency, kpiSalesFrom(asOf, periodDays, COUNTBACK_FIRST_MONTHS)),
    appliedAfter(currency, start, asOf),
    appliedSinceToCurrent(currency, asOf),
    paidLate(currency, periodFrom, asOf),
    decidedPromises(currency, periodFrom, asOf),
    disputedOpen(currency),
  ];
}

type Aggregate = Record<string, number | string | null>;
type DayRow = { day: string; amount: number | string | null };

/**
 * Collection KPIs of one currency for the `periodDays` days ending on `asOf`. AR on the
 * period's start (and on a past as-of date) is rebuilt from what is open now, the issue dates
 * of invoices and the dates of the payments applied since.
 */
export async function kpiReport(deps: AppDeps, options: KpiOptions = {}): Promise<KpiReport> {
  const asOf = options.asOf ?? today(deps);
  const periodDays = options.periodDays ?? 90;
  const currency = options.currency ?? (await defaultCurrency(deps));
  const start = addDays(asOf, -periodDays);
  const periodFrom = addDays(start, 1);

  const statements = kpiStatements(asOf, periodDays, currency);
  const [open, salesDays, applied, appliedToCurrent, late, promises, disputed] = await Promise.all(
    statements.map((statement) => run<Aggregate>(deps, statement)),
  );
  const days = (salesDays ?? []) as DayRow[];
  const o = open?.[0];
  const a = applied?.[0];

  const openAll = num(o?.open_all);
  const endingAr = openAll - sumAfter(days, asOf) + num(a?.after_end);
  const beginningAr = openAll - sumAfter(days, start) + num(a?.after_start);
  const currentAr = num(o?.open_current) + num(appliedToCurrent?.[0]?.applied);
  const creditSales = sumAfter(days, start, asOf);
  const months = Math.max(1, Math.round(periodDays / 30));
  const kept = num(promises?.find((p) => p.status === 'kept')?.n);
  const broken = num(promises?.find((p) => p.status === 'broken')?.n);
  const paid = late?.[0];
  const lateCount = num(paid?.n);

  const countback = await countbackDso(deps, currency, asOf, endingAr, days);
  const common = { creditSales, periodDays, asOf };
  const rebuilt = `; AR on ${start} and ${asOf} rebuilt from issue and payment dates`;
  const cei = collectionEffectivenessIndex({
    beginningAr,
    creditSales,
    months,
    endingTotalAr: endingAr,
    endingCurrentAr: currentAr,
    asOf,
  });
  return {
    asOf,
    periodDays,
    periodStart: periodFrom,
    currency,
    dsoStandard: figure(dsoStandard({ endingAr, ...common })),
    dsoCountback: figure(countback),
    bestPossibleDso: figure(bestPossibleDso({ currentAr, ...common })),
    averageDaysDelinquent: figure(averageDaysDelinquent({ endingAr, currentAr, ...common })),
    collectionEffectivenessIndex: figure(
      cei,
      `; ${periodDays} days taken as ${months} month${months === 1 ? '' : 's'}${rebuilt}`,
    ),
    averageDaysLate: {
      weighted: lateCount === 0 ? null : roundTo(num(paid?.weighted) / num(paid?.amount), 1),
      unweighted: lateCount === 0 ? null : roundTo(num(paid?.days) / lateCount, 1),
      count: lateCount,
      method:
        'mean of (payment date − due date) over invoices paid late, weighted by amount; also ' +
        `unweighted; period: payments dated ${periodFrom} to ${asOf}`,
    },
    promiseKeptRate: {
      ...figure(promiseKeptRate({ kept, broken, period: { from: periodFrom, to: asOf } })),
      kept,
      broken,
    },
    disputeShare: figure(
      disputeShare({ disputedAr: num(disputed?.[0]?.disputed), totalAr: endingAr, asOf }),
      '; disputes open now',
    ),
    endingAr,
    overdue: endingAr - currentAr,
    creditSales,
  };
}

// The first months usually use the AR up; a year of history is read only when they do not.
async function countbackDso(
  deps: AppDeps,
  currency: string,
  asOf: string,
  endingAr: number,
  days: readonly DayRow[],
): Promise<Kpi> {
  const count = COUNTBACK_FIRST_MONTHS;
  const first = monthsOf(days, `${monthsEndingWith(asOf, count)[0] as string}-01`, asOf);
  const kpi = dsoCountback({ endingAr, monthlySales: countbackMonths(asOf, first, count) });
  if (kpi.value !== null || endingAr <= 0) return kpi;

  const from = `${monthsEndingWith(asOf, COUNTBACK_MONTHS)[0] as string}-01`;
  const year = await run<DayRow>(deps, salesByDay(currency, from));
  return dsoCountback({
    endingAr,
    monthlySales: countbackMonths(asOf, monthsOf(year, from, asOf), COUNTBACK_MONTHS),
  });
}

// ---------- DSO trend ----------

/** The month ends of the trend, oldest first: the last `months` ends on or before `asOf`. */
function trendMonthEnds(asOf: string, months: number): string[] {
  const last = asOf === endOfMonth(asOf) ? asOf : addDays(startOfMonth(asOf), -1);
  return monthsEndingWith(last, months).map((month) => endOfMonth(`${month}-01`));
}

function trendPlan(asOf: string, months: number) {
  const ends = trendMonthEnds(asOf, months);
  const last = ends[ends.length - 1] as string;
  const monthStart = (count: number) => `${monthsEndingWith(last, count)[0] as string}-01`;
  return {
    ends,
    last,
    /** Sales read first: enough for the standard DSO and a short countback at every point. */
    salesFrom: monthStart(months + COUNTBACK_FIRST_MONTHS - 1),
    /** Sales read when a countback outlasts them: a full year behind the first point. */
    fullSalesFrom: monthStart(months + COUNTBACK_MONTHS - 1),
    paymentsFrom: monthStart(months),
  };
}

/** The trend's aggregate statements (a year more of sales is read only when AR outlasts them). */
export function dsoTrendStatements(asOf: string, months: number, currency: string): Statement[] {
  const plan = trendPlan(asOf, months);
  return [
    openNow(currency, plan.last),
    salesByDay(currency, plan.salesFrom),
    appliedByDay(currency, plan.paymentsFrom),
  ];
}

/** DSO standard (3 months of sales) and countback at each of the last `months` month ends. */
export async function dsoTrendReport(
  deps: AppDeps,
  options: { asOf?: string; months?: number; currency?: string } = {},
): Promise<DsoTrendReport> {
  const asOf = options.asOf ?? today(deps);
  const months = options.months ?? 12;
  const currency = options.currency ?? (await defaultCurrency(deps));
  const plan = trendPlan(asOf, months);
  const [open, sales, applied] = await Promise.all(
    dsoTrendStatements(asOf, months, currency).map((s) => run<Aggregate>(deps, s)),
  );
  const openAll = num(open?.[0]?.open_all);
  const appliedDays = (applied ?? []) as DayRow[];
  let salesDays = (sales ?? []) as DayRow[];
  let salesFrom = plan.salesFrom;

  const pointsFrom = (history: number) =>
    plan.ends.map((monthEnd) => {
      // AR at a month end: open now, less what was issued since, plus what was paid since.
      const endingAr = openAll - sumAfter(salesDays, monthEnd) + sumAfter(appliedDays, monthEnd);
      const salesOf = monthsOf(salesDays, salesFrom, monthEnd);
      const monthly = countbackMonths(monthEnd, salesOf, COUNTBACK_MONTHS).slice(0, history);
      const window = monthly.slice(0, TREND_PERIOD_MONTHS);
      const creditSales = window.reduce((sum, m) => sum + m.sales, 0);
      const periodDays = window.reduce((sum, m) => sum + m.days, 0);
      const standard = dsoStandard({ endingAr, creditSales, periodDays, asOf: monthEnd });
      const countback = dsoCountback({ endingAr, monthlySales: monthly });
      return {
        monthEnd,
        endingAr,
        creditSales,
        dsoStandard: roundTo(standard.value, 1),
        dsoCountback: roundTo(countback.value, 1),
      };
    });

  // The first point has the fewest months of sales behind it; read more only when needed.
  let points = pointsFrom(COUNTBACK_FIRST_MONTHS);
  if (points.some((p) => p.dsoCountback === null && p.endingAr > 0)) {
    salesDays = await run<DayRow>(deps, salesByDay(currency, plan.fullSalesFrom));
    salesFrom = plan.fullSalesFrom;
    points = pointsFrom(COUNTBACK_MONTHS);
  }

  return {
    asOf,
    currency,
    method: {
      dsoStandard:
        `ending AR ÷ credit sales of the ${TREND_PERIOD_MONTHS} months ending each month end × ` +
        'their days; AR rebuilt from issue and payment dates',
      dsoCountback:
        'ending AR used up by monthly credit sales, newest month first, at each month end; ' +
        `up to ${COUNTBACK_MONTHS} months back`,
    },
    points,
  };
}

// ---------- activity ----------

/** The activity report's aggregate statements for calendar dates [from, to] (UTC days). */
export function activityStatements(from: string, to: string): Statement[] {
  const fromInstant = `${from}T00:00:00.000Z`;
  const toInstant = `${addDays(to, 1)}T00:00:00.000Z`;
  return [
    activityUsers,
    emailsLoggedBy(fromInstant, toInstant),
    promisesLoggedBy(fromInstant, toInstant),
    disputesOpenedBy(fromInstant, toInstant),
    promisesDecidedBy(from, to),
  ];
}

/**
 * What each collector did from `from` to `to` (default: the last 30 days): emails logged,
 * promises logged, disputes opened, and the promises they logged that were kept or broken
 * when their grace ended in the period. Days are UTC days.
 */
export async function activityReport(
  deps: AppDeps,
  options: { from?: string; to?: string } = {},
): Promise<ActivityReport> {
  const to = options.to ?? today(deps);
  const from = options.from ?? addDays(to, -29);
  type Count = { user_id: string; n: number };
  const [usersQ, emailsQ, promisesQ, disputesQ, decidedQ] = activityStatements(from, to) as [
    Statement,
    Statement,
    Statement,
    Statement,
    Statement,
  ];
  const [users, emails, promises, disputes, decided] = await Promise.all([
    run<{ id: string; name: string; email: string; role: string }>(deps, usersQ),
    run<Count>(deps, emailsQ),
    run<Count>(deps, promisesQ),
    run<Count>(deps, disputesQ),
    run<Count & { status: string }>(deps, decidedQ),
  ]);
  const countOf = (rows: readonly Count[], userId: string) =>
    num(rows.find((r) => r.user_id === userId)?.n);
  const decidedOf = (userId: string, status: string) =>
    num(decided.find((r) => r.user_id === userId && r.status === status)?.n);

  const rows = users.map((user) => {
    const kept = decidedOf(user.id, 'kept');
    const broken = decidedOf(user.id, 'broken');
    return {
      role: user.role,
      collector: { id: user.id, name: user.name, email: user.email },
      emailsLogged: countOf(emails, user.id),
      promisesLogged: countOf(promises, user.id),
      disputesOpened: countOf(disputes, user.id),
      promisesKept: kept,
      promisesBroken: broken,
      keptRate: kept + broken === 0 ? null : roundTo((kept / (kept + broken)) * 100, 1),
    };
  });
  const active = rows.filter(
    (r) =>
      r.role === 'collector' ||
      r.emailsLogged + r.promisesLogged + r.disputesOpened + r.promisesKept + r.promisesBroken > 0,
  );
  return { from, to, rows: active.map(({ role: _role, ...row }) => row) };
}
