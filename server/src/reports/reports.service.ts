import {
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
  applicationsAfter,
  applicationsByMonths,
  decidedPromises,
  disputedOpen,
  disputesOpenedBy,
  emailsLoggedBy,
  invoiceTotals,
  monthlySales,
  mostCommonCurrency,
  openByIssueMonth,
  paidLate,
  promisesDecidedBy,
  promisesLoggedBy,
} from './reports.sql.ts';

/** Months of sales history the countback DSO may walk back through. */
export const COUNTBACK_MONTHS = 12;

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

/** The aged balance on `asOf` (default today): open amounts per customer and currency, and totals. */
export async function agedBalanceReport(
  deps: AppDeps,
  options: { asOf?: string } = {},
): Promise<AgedBalanceReport> {
  const asOf = options.asOf ?? today(deps);
  const rows = await run<AgedRow>(deps, agedBalanceByCustomer(asOf));

  const totals = new Map<string, AgedBalanceReport['totals'][number]>();
  const presented = rows.map((row) => {
    const buckets = bucketsRecord(row);
    const total = num(row.total);
    const line = {
      customer: presentCustomerRef(row),
      currency: row.currency,
      buckets,
      total,
      overdue: total - buckets.not_due,
    };
    const sum = totals.get(row.currency) ?? {
      customer: null,
      currency: row.currency,
      buckets: bucketsRecord({}),
      total: 0,
      overdue: 0,
    };
    for (const bucket of Object.keys(buckets) as (keyof typeof buckets)[]) {
      sum.buckets[bucket] += buckets[bucket];
    }
    sum.total += line.total;
    sum.overdue += line.overdue;
    totals.set(row.currency, sum);
    return line;
  });

  return {
    asOf,
    method:
      `open amounts of open invoices and credit notes, bucketed by days past due on ${asOf} ` +
      '(not due ≤ 0, 1–30, 31–60, 61–90, over 90); one row per customer and currency, ' +
      'totals per currency',
    rows: presented,
    totals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1)),
  };
}

/** The aged balance's aggregate statement, for timing beside the report. */
export function agedBalanceStatements(asOf: string): Statement[] {
  return [agedBalanceByCustomer(asOf)];
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

/** Newest month first: the month of `asOf` counted to its day, then whole months. */
function countbackMonths(asOf: string, sales: ReadonlyMap<string, number>): MonthlySales[] {
  const months: MonthlySales[] = [];
  for (let k = 0; k < COUNTBACK_MONTHS; k++) {
    const first = addMonths(startOfMonth(asOf), -k);
    const month = monthKeyOf(first);
    const days = k === 0 ? Number(asOf.slice(8, 10)) : daysInMonth(first);
    months.push({ month, sales: sales.get(month) ?? 0, days });
  }
  return months;
}

function describe(kpi: Kpi, extra = ''): string {
  const note = kpi.note === null ? '' : ` (${kpi.note})`;
  return `${kpi.method.formula}; period: ${kpi.period.label}${extra}${note}`;
}

function figure(kpi: Kpi, extra = '') {
  return { value: roundTo(kpi.value, 1), method: describe(kpi, extra) };
}

/** The raw aggregate statements of a KPI report, in the order the report runs them. */
export function kpiStatements(
  dialect: DialectName,
  asOf: string,
  periodDays: number,
  currency: string,
): Statement[] {
  const start = addDays(asOf, -periodDays);
  const periodFrom = addDays(start, 1);
  const historyFrom = startOfMonth(addMonths(asOf, -(COUNTBACK_MONTHS - 1)));
  return [
    invoiceTotals(currency, start, asOf),
    applicationsAfter(currency, start, asOf),
    monthlySales(currency, historyFrom, asOf),
    paidLate(dialect, currency, periodFrom, asOf),
    decidedPromises(currency, periodFrom, asOf),
    disputedOpen(currency),
  ];
}

/**
 * Collection KPIs of one currency for the `periodDays` days ending on `asOf`. AR on a past
 * date is rebuilt from invoice issue dates and the dates of the payments applied since.
 */
export async function kpiReport(deps: AppDeps, options: KpiOptions = {}): Promise<KpiReport> {
  const asOf = options.asOf ?? today(deps);
  const periodDays = options.periodDays ?? 90;
  const currency = options.currency ?? (await defaultCurrency(deps));
  const start = addDays(asOf, -periodDays);
  const periodFrom = addDays(start, 1);

  const [totalsQ, appsQ, salesQ, lateQ, promisesQ, disputedQ] = kpiStatements(
    deps.storage.dialect,
    asOf,
    periodDays,
    currency,
  ) as [Statement, Statement, Statement, Statement, Statement, Statement];
  const [totals, apps, sales, late, promises, disputed] = await Promise.all([
    run<Record<string, number | null>>(deps, totalsQ),
    run<Record<string, number | null>>(deps, appsQ),
    run<{ month: string; sales: number }>(deps, salesQ),
    run<{ n: number; days: number; weighted: number; amount: number }>(deps, lateQ),
    run<{ status: string; n: number }>(deps, promisesQ),
    run<{ disputed: number | null }>(deps, disputedQ),
  ]);

  const t = totals[0] ?? {};
  const a = apps[0] ?? {};
  const endingAr = num(t.open_end) + num(a.apps_end);
  const currentAr = num(t.open_end_current) + num(a.apps_end_current);
  const beginningAr = num(t.open_start) + num(a.apps_start);
  const creditSales = num(t.sales);
  const months = Math.max(1, Math.round(periodDays / 30));
  const byMonth = new Map(sales.map((s) => [s.month, num(s.sales)]));
  const kept = num(promises.find((p) => p.status === 'kept')?.n);
  const broken = num(promises.find((p) => p.status === 'broken')?.n);
  const paid = late[0];
  const lateCount = num(paid?.n);

  const common = { creditSales, periodDays, asOf };
  const periodNote = `; AR on ${start} and ${asOf} rebuilt from issue and payment dates`;
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
    dsoCountback: figure(dsoCountback({ endingAr, monthlySales: countbackMonths(asOf, byMonth) })),
    bestPossibleDso: figure(bestPossibleDso({ currentAr, ...common })),
    averageDaysDelinquent: figure(averageDaysDelinquent({ endingAr, currentAr, ...common })),
    collectionEffectivenessIndex: figure(
      cei,
      `; ${periodDays} days taken as ${months} month${months === 1 ? '' : 's'}${periodNote}`,
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
      disputeShare({ disputedAr: num(disputed[0]?.disputed), totalAr: endingAr, asOf }),
      '; disputes open now',
    ),
    endingAr,
    overdue: endingAr - currentAr,
    creditSales,
  };
}

// ---------- DSO trend ----------

/** The month ends of the trend, oldest first: the last `months` ends on or before `asOf`. */
function trendMonthEnds(asOf: string, months: number): string[] {
  const last = asOf === endOfMonth(asOf) ? asOf : addDays(startOfMonth(asOf), -1);
  const ends: string[] = [];
  for (let k = months - 1; k >= 0; k--) ends.push(endOfMonth(addMonths(startOfMonth(last), -k)));
  return ends;
}

/** The trend's aggregate statements. */
export function dsoTrendStatements(asOf: string, months: number, currency: string): Statement[] {
  const ends = trendMonthEnds(asOf, months);
  const first = ends[0] as string;
  const last = ends[ends.length - 1] as string;
  const historyFrom = startOfMonth(addMonths(first, -(COUNTBACK_MONTHS - 1)));
  return [
    openByIssueMonth(currency),
    applicationsByMonths(currency, first),
    monthlySales(currency, historyFrom, last),
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
  const [openQ, appsQ, salesQ] = dsoTrendStatements(asOf, months, currency) as [
    Statement,
    Statement,
    Statement,
  ];
  const [open, apps, sales] = await Promise.all([
    run<{ month: string; open: number }>(deps, openQ),
    run<{ issue_month: string; paid_month: string; amount: number }>(deps, appsQ),
    run<{ month: string; sales: number }>(deps, salesQ),
  ]);
  const byMonth = new Map(sales.map((s) => [s.month, num(s.sales)]));

  const points = trendMonthEnds(asOf, months).map((monthEnd) => {
    const month = monthKeyOf(monthEnd);
    // AR at a month end: open now and issued by then, plus what later payments applied.
    const endingAr =
      open.filter((o) => o.month <= month).reduce((s, o) => s + num(o.open), 0) +
      apps
        .filter((x) => x.issue_month <= month && x.paid_month > month)
        .reduce((s, x) => s + num(x.amount), 0);
    const history = countbackMonths(monthEnd, byMonth);
    const window = history.slice(0, TREND_PERIOD_MONTHS);
    const creditSales = window.reduce((s, m) => s + m.sales, 0);
    const periodDays = window.reduce((s, m) => s + m.days, 0);
    const standard = dsoStandard({ endingAr, creditSales, periodDays, asOf: monthEnd });
    const countback = dsoCountback({ endingAr, monthlySales: history });
    return {
      monthEnd,
      endingAr,
      creditSales,
      dsoStandard: roundTo(standard.value, 1),
      dsoCountback: roundTo(countback.value, 1),
    };
  });

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
