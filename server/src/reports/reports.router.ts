import { Router } from 'express';
import { z } from 'zod';
import {
  AGING_BUCKETS,
  AgedBalanceQuery,
  CalendarDate,
  DsoTrendQuery,
  KpiQuery,
  currencyExponent,
} from '@relance/shared';
import type { ActivityReport, AgedBalanceReport, DsoTrendReport, KpiReport } from '@relance/shared';
import { requireRole } from '../auth/authenticate.ts';
import type { AppDeps } from '../deps.ts';
import { listFormat, parseListQuery, sendCsv } from '../http/csv.ts';
import type { CsvColumn } from '../http/csv.ts';
import { invalidField } from '../http/errors.ts';
import { sendJsonInParts } from '../http/json-parts.ts';
import {
  activityReport,
  agedBalanceAsJson,
  agedBalanceReport,
  dsoTrendReport,
  kpiReport,
} from './reports.service.ts';

const ActivityQuery = z
  .object({ from: CalendarDate.optional(), to: CalendarDate.optional() })
  .strict();

/** Minor units as a plain decimal string in the currency's unit (123456 EUR → 1234.56). */
export function decimalAmount(minor: number, currency: string): string {
  const exponent = currencyExponent(currency);
  if (exponent === 0) return String(minor);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

type AgedLine = AgedBalanceReport['rows'][number];

const AGED_COLUMNS: CsvColumn<AgedLine>[] = [
  { header: 'customer_ref', value: (r) => r.customer?.externalRef ?? '' },
  { header: 'customer', value: (r) => r.customer?.name ?? 'Total' },
  { header: 'segment', value: (r) => r.customer?.segment ?? '' },
  { header: 'currency', value: (r) => r.currency },
  ...AGING_BUCKETS.map((bucket) => ({
    header: bucket,
    value: (r: AgedLine) => decimalAmount(r.buckets[bucket] ?? 0, r.currency),
  })),
  { header: 'total', value: (r) => decimalAmount(r.total, r.currency) },
  { header: 'overdue', value: (r) => decimalAmount(r.overdue, r.currency) },
];

interface KpiLine {
  kpi: string;
  value: number | string | null;
  unit: string;
  method: string;
}

function kpiLines(report: KpiReport): KpiLine[] {
  const money = (n: number) => decimalAmount(n, report.currency);
  const period = `${report.periodStart} to ${report.asOf}`;
  return [
    { kpi: 'dso_standard', unit: 'days', ...report.dsoStandard },
    { kpi: 'dso_countback', unit: 'days', ...report.dsoCountback },
    { kpi: 'best_possible_dso', unit: 'days', ...report.bestPossibleDso },
    { kpi: 'average_days_delinquent', unit: 'days', ...report.averageDaysDelinquent },
    { kpi: 'collection_effectiveness_index', unit: '%', ...report.collectionEffectivenessIndex },
    {
      kpi: 'average_days_late_weighted',
      unit: 'days',
      value: report.averageDaysLate.weighted,
      method: report.averageDaysLate.method,
    },
    {
      kpi: 'average_days_late_unweighted',
      unit: 'days',
      value: report.averageDaysLate.unweighted,
      method: report.averageDaysLate.method,
    },
    { kpi: 'promise_kept_rate', unit: '%', ...report.promiseKeptRate },
    { kpi: 'dispute_share', unit: '%', ...report.disputeShare },
    { kpi: 'ending_ar', unit: report.currency, value: money(report.endingAr), method: report.asOf },
    { kpi: 'overdue', unit: report.currency, value: money(report.overdue), method: report.asOf },
    {
      kpi: 'credit_sales',
      unit: report.currency,
      value: money(report.creditSales),
      method: period,
    },
  ].map(({ kpi, unit, value, method }) => ({ kpi, unit, value, method }));
}

const KPI_COLUMNS: CsvColumn<KpiLine>[] = [
  { header: 'kpi', value: (r) => r.kpi },
  { header: 'value', value: (r) => r.value },
  { header: 'unit', value: (r) => r.unit },
  { header: 'method', value: (r) => r.method },
];

function trendColumns(currency: string): CsvColumn<DsoTrendReport['points'][number]>[] {
  return [
    { header: 'month_end', value: (p) => p.monthEnd },
    { header: 'currency', value: () => currency },
    { header: 'ending_ar', value: (p) => decimalAmount(p.endingAr, currency) },
    { header: 'credit_sales_3_months', value: (p) => decimalAmount(p.creditSales, currency) },
    { header: 'dso_standard', value: (p) => p.dsoStandard },
    { header: 'dso_countback', value: (p) => p.dsoCountback },
  ];
}

const ACTIVITY_COLUMNS: CsvColumn<ActivityReport['rows'][number]>[] = [
  { header: 'collector', value: (r) => r.collector.name },
  { header: 'email', value: (r) => r.collector.email },
  { header: 'emails_logged', value: (r) => r.emailsLogged },
  { header: 'promises_logged', value: (r) => r.promisesLogged },
  { header: 'disputes_opened', value: (r) => r.disputesOpened },
  { header: 'promises_kept', value: (r) => r.promisesKept },
  { header: 'promises_broken', value: (r) => r.promisesBroken },
  { header: 'kept_rate_percent', value: (r) => r.keptRate },
];

/** Routes of /api/v1 for reports (manager and admin): each as JSON or `?format=csv`. */
export function reportsRouter(deps: AppDeps): Router {
  const router = Router();
  const managers = requireRole('manager');

  /** Aged balance per customer and currency (all, or the `top` most overdue), with totals. */
  router.get('/reports/aged-balance', managers, async (req, res) => {
    const format = listFormat(req);
    const query = parseListQuery(AgedBalanceQuery, req);
    const asOf = query.asOf ? { asOf: query.asOf } : {};
    if (format === 'json' && query.top === undefined) {
      // Every customer's line runs to megabytes: written by the database, sent in slices.
      const report = await agedBalanceAsJson(deps, asOf);
      await sendJsonInParts(res, report, 'rows', { written: true });
      return;
    }
    const report = await agedBalanceReport(deps, {
      ...asOf,
      ...(query.top ? { top: query.top } : {}),
    });
    if (format === 'json') {
      res.json(report);
      return;
    }
    sendCsv(res, `aged-balance-${report.asOf}.csv`, AGED_COLUMNS, [
      ...report.rows,
      ...report.totals,
    ]);
  });

  /** Collection KPIs of one currency over a period ending on the as-of date. */
  router.get('/reports/kpis', managers, async (req, res) => {
    const format = listFormat(req);
    const query = parseListQuery(KpiQuery, req);
    const report = await kpiReport(deps, {
      periodDays: query.periodDays,
      ...(query.asOf ? { asOf: query.asOf } : {}),
      ...(query.currency ? { currency: query.currency } : {}),
    });
    if (format === 'json') {
      res.json(report);
      return;
    }
    sendCsv(res, `kpis-${report.currency}-${report.asOf}.csv`, KPI_COLUMNS, kpiLines(report));
  });

  /** DSO standard and countback at each of the last month ends, for the dashboard chart. */
  router.get('/reports/dso-trend', managers, async (req, res) => {
    const format = listFormat(req);
    const query = parseListQuery(DsoTrendQuery, req);
    const report = await dsoTrendReport(deps, {
      months: query.months,
      ...(query.asOf ? { asOf: query.asOf } : {}),
      ...(query.currency ? { currency: query.currency } : {}),
    });
    if (format === 'json') {
      res.json(report);
      return;
    }
    const filename = `dso-trend-${report.currency}-${report.asOf}.csv`;
    sendCsv(res, filename, trendColumns(report.currency), report.points);
  });

  /** What each collector did between two dates. */
  router.get('/reports/activity', managers, async (req, res) => {
    const format = listFormat(req);
    const query = parseListQuery(ActivityQuery, req);
    if (query.from && query.to && query.from > query.to) {
      throw invalidField('from', 'must not be after to');
    }
    const report = await activityReport(deps, {
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
    });
    if (format === 'json') {
      res.json(report);
      return;
    }
    sendCsv(res, `activity-${report.from}-${report.to}.csv`, ACTIVITY_COLUMNS, report.rows);
  });

  return router;
}
