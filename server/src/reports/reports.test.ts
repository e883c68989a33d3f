import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityReport, AgedBalanceReport, DsoTrendReport, KpiReport } from '@relance/shared';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { ledgerBuilder } from '../context/testing-ledger.ts';
import { runStatement } from '../context/statements.ts';
import { kpiReport, kpiStatements } from './reports.service.ts';

const clock = { now: () => new Date('2025-10-01T10:00:00.000Z') };
const round1 = (x: number) => Math.round(x * 10) / 10;

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`reports on ${engine.name}`, () => {
    let server: TestServer;
    const ids: Record<string, string> = {};

    const get = (path: string) => server.call(server.users.manager, 'GET', path);
    const kpis = async (query: string) => {
      const res = await get(`/api/v1/reports/kpis?${query}`);
      expect(res.status).toBe(200);
      return KpiReport.parse(res.body);
    };

    beforeAll(async () => {
      server = await startTestServer(engine, { clock });
      const ledger = ledgerBuilder(server.storage.db);
      const { collector, otherCollector } = server.users;

      // EUR: domain.md's countback check. Sales April to September 2,250 / 2,000 / 2,500 /
      // 2,250 / 1,750 / 2,500, and 1,250 of April's paid on 1 June: 12,000 open at 30 September.
      ids.euro = await ledger.customer({ name: 'Euro', currency: 'EUR' });
      const monthly = [225_000, 200_000, 250_000, 225_000, 175_000, 250_000];
      for (const [k, amount] of monthly.entries()) {
        const month = String(4 + k).padStart(2, '0');
        const due = k === 5 ? '2025-10-10' : `2025-${String(5 + k).padStart(2, '0')}-10`;
        const id = await ledger.invoice(ids.euro, {
          number: `EU-${month}`,
          issue_date: `2025-${month}-10`,
          due_date: due,
          amount,
          open_amount: k === 0 ? amount - 125_000 : amount,
        });
        if (k === 0)
          await ledger.payment(ids.euro, '2025-06-01', [{ invoiceId: id, amount: 125_000 }]);
      }

      // USD: domain.md's ADD check. AR 15,000 of which 4,000 current, sales 10,000 in 30 days.
      ids.dollar = await ledger.customer({ name: 'Dollar', currency: 'USD' });
      const usd = { currency: 'USD' };
      await ledger.invoice(ids.dollar, {
        ...usd,
        issue_date: '2025-04-15',
        due_date: '2025-05-15',
        amount: 500_000,
      });
      await ledger.invoice(ids.dollar, {
        ...usd,
        issue_date: '2025-06-05',
        due_date: '2025-06-20',
        amount: 600_000,
      });
      await ledger.invoice(ids.dollar, {
        ...usd,
        issue_date: '2025-06-20',
        due_date: '2025-07-20',
        amount: 400_000,
      });

      // GBP: domain.md's CEI check. Beginning 6,200 (paid in August), sales 10,890 over the
      // quarter, ending 6,340 of which 3,590 current.
      ids.pound = await ledger.customer({ name: 'Pound', currency: 'GBP' });
      const gbp = { currency: 'GBP' };
      const b = await ledger.invoice(ids.pound, {
        ...gbp,
        issue_date: '2025-06-01',
        due_date: '2025-07-01',
        amount: 620_000,
        status: 'paid',
        paid_date: '2025-08-15',
      });
      await ledger.payment(ids.pound, '2025-08-15', [{ invoiceId: b, amount: 620_000 }], gbp);
      const s1 = await ledger.invoice(ids.pound, {
        ...gbp,
        issue_date: '2025-07-15',
        due_date: '2025-08-14',
        amount: 730_000,
        open_amount: 275_000,
      });
      await ledger.payment(ids.pound, '2025-09-01', [{ invoiceId: s1, amount: 455_000 }], gbp);
      await ledger.invoice(ids.pound, {
        ...gbp,
        issue_date: '2025-09-15',
        due_date: '2025-10-15',
        amount: 359_000,
      });

      // CHF: lateness, promises and disputes.
      ids.franc = await ledger.customer({ name: 'Franc', currency: 'CHF' });
      const chf = { currency: 'CHF', status: 'paid' as const };
      await ledger.invoice(ids.franc, {
        ...chf,
        issue_date: '2025-06-10',
        due_date: '2025-07-10',
        paid_date: '2025-07-20',
        amount: 100_000,
      });
      await ledger.invoice(ids.franc, {
        ...chf,
        issue_date: '2025-07-01',
        due_date: '2025-08-01',
        paid_date: '2025-08-31',
        amount: 300_000,
      });
      await ledger.invoice(ids.franc, {
        ...chf,
        issue_date: '2025-07-20',
        due_date: '2025-08-20',
        paid_date: '2025-08-18',
        amount: 500_000,
      });
      await ledger.invoice(ids.franc, {
        ...chf,
        issue_date: '2025-04-01',
        due_date: '2025-05-01',
        paid_date: '2025-06-15',
        amount: 200_000,
      });
      const d1 = await ledger.invoice(ids.franc, {
        currency: 'CHF',
        issue_date: '2025-09-01',
        due_date: '2025-10-01',
        amount: 100_000,
      });
      await ledger.invoice(ids.franc, {
        currency: 'CHF',
        issue_date: '2025-09-05',
        due_date: '2025-10-05',
        amount: 300_000,
      });
      await ledger.dispute(ids.franc, otherCollector.id, [d1], {
        created_at: '2025-09-02T08:00:00.000Z',
      });
      const promise = (
        status: 'kept' | 'broken' | 'cancelled' | 'pending',
        graceEnds: string,
        createdAt = '2025-01-01T00:00:00.000Z',
      ) =>
        ledger.promise(ids.franc as string, collector.id, {
          currency: 'CHF',
          amount: 1_000,
          promised_date: graceEnds,
          grace_ends_on: graceEnds,
          status,
          created_at: createdAt,
        });
      await promise('kept', '2025-08-01');
      await promise('kept', '2025-09-10', '2025-09-05T12:00:00.000Z');
      await promise('broken', '2025-09-20');
      await promise('broken', '2025-06-01');
      await promise('cancelled', '2025-09-01');
      await promise('pending', '2025-10-03');

      await ledger.interaction(ids.franc, collector.id, { logged_at: '2025-09-10T09:00:00.000Z' });
      await ledger.interaction(ids.franc, collector.id, { logged_at: '2025-09-30T21:00:00.000Z' });
      await ledger.interaction(ids.franc, collector.id, { logged_at: '2025-10-01T00:00:00.000Z' });
    });
    afterAll(async () => server?.close());

    describe('KPIs', () => {
      it('reproduces the countback check of domain.md: 166.3 days', async () => {
        const report = await kpis('asOf=2025-09-30&currency=EUR');
        expect(report.endingAr).toBe(1_200_000);
        expect(report.dsoCountback.value).toBe(166.3);
        expect(report.dsoCountback.method).toContain('months 2025-09 back to 2025-04');
        // Standard: 12,000 ÷ (2,250 + 1,750 + 2,500 issued after 2 July) × 90 days.
        expect(report.creditSales).toBe(650_000);
        expect(report.dsoStandard.value).toBe(round1((12_000 / 6_500) * 90));
        expect(report.dsoStandard.method).toContain('90 days ending 2025-09-30');
      });

      it('reproduces the ADD check of domain.md: DSO 45, best possible 12, ADD 33', async () => {
        const report = await kpis('asOf=2025-06-30&periodDays=30&currency=USD');
        expect([report.endingAr, report.overdue, report.creditSales]).toEqual([
          1_500_000, 1_100_000, 1_000_000,
        ]);
        expect(report.dsoStandard.value).toBe(45);
        expect(report.bestPossibleDso.value).toBe(12);
        expect(report.averageDaysDelinquent.value).toBe(33);
      });

      it('reproduces the CEI check of domain.md: 55.9 %, with beginning AR rebuilt', async () => {
        const report = await kpis('asOf=2025-09-30&periodDays=90&currency=GBP');
        expect(report.collectionEffectivenessIndex.value).toBe(55.9);
        expect(report.collectionEffectivenessIndex.method).toContain('3 months');
        expect(report.endingAr).toBe(634_000);
        expect(report.overdue).toBe(634_000 - 359_000);
      });

      it('rebuilds AR on a past date from issue and payment dates', async () => {
        // On 31 August the invoice paid on 1 September was still wholly open; September's
        // invoice was not issued, and June's was paid on 15 August.
        const report = await kpis('asOf=2025-08-31&periodDays=30&currency=GBP');
        expect(report.endingAr).toBe(730_000);
      });

      it('computes average days late, weighted and not, over payments in the period', async () => {
        const report = await kpis('asOf=2025-09-30&currency=CHF');
        expect(report.averageDaysLate).toMatchObject({
          weighted: (10 * 100_000 + 30 * 300_000) / 400_000,
          unweighted: (10 + 30) / 2,
          count: 2,
        });
      });

      it('counts promises whose grace ended in the period, leaving out cancelled and pending', async () => {
        const report = await kpis('asOf=2025-09-30&currency=CHF');
        expect(report.promiseKeptRate).toMatchObject({
          kept: 2,
          broken: 1,
          value: round1((2 / 3) * 100),
        });
      });

      it('gives the share of AR in open dispute', async () => {
        const report = await kpis('asOf=2025-09-30&currency=CHF');
        expect(report.endingAr).toBe(400_000);
        expect(report.disputeShare.value).toBe(25);
      });

      it('defaults to the most common currency and never adds currencies', async () => {
        const report = await kpis('asOf=2025-09-30');
        expect(['CHF', 'EUR', 'GBP', 'USD']).toContain(report.currency);
        const same = await kpis(`asOf=2025-09-30&currency=${report.currency}`);
        expect(report.endingAr).toBe(same.endingAr);
      });

      it('exposes the raw statements it runs, which run alone', async () => {
        const statements = kpiStatements('2025-09-30', 90, 'EUR');
        for (const statement of statements) {
          await expect(
            runStatement(server.storage.db, server.storage.dialect, statement),
          ).resolves.toBeDefined();
        }
        const direct = await kpiReport(server.deps, {
          asOf: '2025-09-30',
          currency: 'EUR',
          periodDays: 90,
        });
        expect(direct.dsoCountback.value).toBe(166.3);
      });
    });

    describe('aged balance', () => {
      it('buckets open amounts per customer and currency, with totals per currency', async () => {
        const res = await get('/api/v1/reports/aged-balance?asOf=2025-09-30');
        expect(res.status).toBe(200);
        const report = AgedBalanceReport.parse(res.body);
        const euro = report.rows.find((r) => r.customer?.id === ids.euro);
        expect(euro).toEqual({
          customer: expect.objectContaining({ name: 'Euro' }),
          currency: 'EUR',
          buckets: {
            not_due: 250_000,
            d1_30: 175_000,
            d31_60: 225_000,
            d61_90: 250_000,
            over_90: 300_000,
          },
          total: 1_200_000,
          overdue: 950_000,
        });
        expect(report.totals.map((t) => t.currency)).toEqual(['CHF', 'EUR', 'GBP', 'USD']);
        for (const total of report.totals) {
          const rows = report.rows.filter((r) => r.currency === total.currency);
          expect(total.total).toBe(rows.reduce((s, r) => s + r.total, 0));
          expect(total.customer).toBeNull();
        }
      });

      it('keeps the most overdue customers of each currency with top, totals still whole', async () => {
        const all = AgedBalanceReport.parse(
          (await get('/api/v1/reports/aged-balance?asOf=2025-09-30')).body,
        );
        const res = await get('/api/v1/reports/aged-balance?asOf=2025-09-30&top=1');
        expect(res.status).toBe(200);
        const top = AgedBalanceReport.parse(res.body);

        expect(top.totals).toEqual(all.totals);
        expect(top.rowCount).toBe(all.rows.length);
        expect(all.rowCount).toBe(all.rows.length);
        expect(top.rows.map((r) => r.currency)).toEqual(all.totals.map((t) => t.currency));
        for (const row of top.rows) {
          const most = Math.max(
            ...all.rows.filter((r) => r.currency === row.currency).map((r) => r.overdue),
          );
          expect(row.overdue).toBe(most);
          expect(all.rows).toContainEqual(row);
        }
      });

      it('answers as CSV with decimal amounts and a total line per currency', async () => {
        const res = await get('/api/v1/reports/aged-balance?asOf=2025-09-30&format=csv');
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/csv');
        const lines = res.text.trim().split('\r\n');
        expect(lines[0]).toBe(
          'customer_ref,customer,segment,currency,not_due,d1_30,d31_60,d61_90,over_90,total,overdue',
        );
        expect(lines.find((l) => l.includes(',Euro,'))).toContain(
          ',EUR,2500.00,1750.00,2250.00,2500.00,3000.00,12000.00,9500.00',
        );
        expect(lines.filter((l) => l.startsWith(',Total,'))).toHaveLength(4);
      });
    });

    describe('DSO trend', () => {
      it('gives DSO standard and countback at each month end, with AR rebuilt', async () => {
        const res = await get('/api/v1/reports/dso-trend?months=5&currency=EUR&asOf=2025-10-01');
        expect(res.status).toBe(200);
        const report = DsoTrendReport.parse(res.body);
        expect(report.points.map((p) => p.monthEnd)).toEqual([
          '2025-05-31',
          '2025-06-30',
          '2025-07-31',
          '2025-08-31',
          '2025-09-30',
        ]);
        const [may, , , august, september] = report.points;
        // On 31 May the 1,250 paid on 1 June was still open.
        expect(may?.endingAr).toBe(225_000 + 200_000);
        expect(august?.endingAr).toBe(950_000);
        expect(august?.dsoCountback).toBe(round1(31 + 31 + 30 + 31 + (1_000 / 2_250) * 30));
        expect(september?.dsoCountback).toBe(166.3);
        expect(september?.dsoStandard).toBe(round1((12_000 / 6_500) * (31 + 31 + 30)));
      });

      it('answers as CSV', async () => {
        const res = await get(
          '/api/v1/reports/dso-trend?months=2&currency=EUR&asOf=2025-09-30&format=csv',
        );
        expect(res.text.split('\r\n')[0]).toBe(
          'month_end,currency,ending_ar,credit_sales_3_months,dso_standard,dso_countback',
        );
        expect(res.text).toContain('2025-09-30,EUR,12000.00,6500.00,');
      });
    });

    describe('activity', () => {
      it('counts what each collector did in the period', async () => {
        const res = await get('/api/v1/reports/activity?from=2025-09-01&to=2025-09-30');
        expect(res.status).toBe(200);
        const report = ActivityReport.parse(res.body);
        const mine = report.rows.find((r) => r.collector.id === server.users.collector.id);
        expect(mine).toMatchObject({
          emailsLogged: 2,
          promisesLogged: 1,
          disputesOpened: 0,
          promisesKept: 1,
          promisesBroken: 1,
          keptRate: 50,
        });
        const other = report.rows.find((r) => r.collector.id === server.users.otherCollector.id);
        expect(other).toMatchObject({ disputesOpened: 1, keptRate: null });
        expect(report.rows.some((r) => r.collector.id === server.users.admin.id)).toBe(false);
      });

      it('answers as CSV', async () => {
        const res = await get('/api/v1/reports/activity?from=2025-09-01&to=2025-09-30&format=csv');
        expect(res.text).toMatch(/^collector,email,emails_logged,/);
        expect(res.text).toContain('colette@relance.test,2,1,0,1,1,50');
      });
    });

    describe('access and errors', () => {
      const routes = ['aged-balance', 'kpis', 'dso-trend', 'activity'];

      it('refuses each report without a token, and to a collector', async () => {
        for (const route of routes) {
          expect((await server.call(null, 'GET', `/api/v1/reports/${route}`)).status).toBe(401);
          const res = await server.call(server.users.collector, 'GET', `/api/v1/reports/${route}`);
          expect(res.status).toBe(403);
        }
      });

      it('lets an admin read each report', async () => {
        for (const route of routes) {
          const res = await server.call(server.users.admin, 'GET', `/api/v1/reports/${route}`);
          expect(res.status).toBe(200);
        }
      });

      it('names the bad parameter of each report', async () => {
        const cases: [string, string[]][] = [
          ['aged-balance?asOf=30/09/2025', ['asOf']],
          ['aged-balance?top=0', ['top']],
          ['kpis?periodDays=0&currency=euro', ['currency', 'periodDays']],
          ['dso-trend?months=99', ['months']],
          ['activity?from=2025-09-30&to=2025-09-01', ['from']],
          ['activity?format=xml', ['format']],
          ['kpis?colour=red', ['colour']],
        ];
        for (const [path, fields] of cases) {
          const res = await get(`/api/v1/reports/${path}`);
          expect(res.status, path).toBe(400);
          expect(res.body.errors.map((e: { field: string }) => e.field).sort(), path).toEqual(
            fields,
          );
        }
      });
    });
  });
}
