import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KpiReport } from '@relance/shared';
import { FiguresView } from './FiguresView.tsx';
import { fakeServer, renderView, sessionOf } from './test-support.tsx';

afterEach(cleanup);

const figure = (value: number | null, method: string) => ({ value, method });

const kpis: KpiReport = {
  asOf: '2025-03-31',
  periodDays: 90,
  periodStart: '2025-01-01',
  currency: 'EUR',
  dsoStandard: figure(45, 'ending AR ÷ credit sales × 90 days'),
  dsoCountback: figure(52.4, 'countback over monthly sales'),
  bestPossibleDso: figure(12, 'current AR ÷ credit sales × 90 days'),
  averageDaysDelinquent: figure(33, 'DSO − best possible DSO'),
  collectionEffectivenessIndex: figure(55.9, 'CEI over 3 months'),
  averageDaysLate: { weighted: 8.2, unweighted: 6.1, count: 14, method: 'paid late in period' },
  // Rates come from the API in percent points (0–100), as the server computes them.
  promiseKeptRate: {
    value: 75,
    method: 'kept ÷ (kept + broken), grace ended in period',
    kept: 3,
    broken: 1,
  },
  disputeShare: figure(4.7, 'disputed open ÷ open AR'),
  endingAr: 1_500_000,
  overdue: 1_100_000,
  creditSales: 1_000_000,
};

describe('the collection figures', () => {
  it('labels each figure with its method and period, and tabulates the DSO trend', async () => {
    const server = fakeServer({
      'GET /api/v1/reports/kpis': () => kpis,
      'GET /api/v1/reports/dso-trend': () => ({
        asOf: '2025-03-31',
        currency: 'EUR',
        method: { dsoStandard: 'standard over 3 months', dsoCountback: 'countback by month' },
        points: [
          {
            monthEnd: '2025-02-28',
            endingAr: 1,
            creditSales: 1,
            dsoStandard: 47,
            dsoCountback: 50,
          },
          {
            monthEnd: '2025-03-31',
            endingAr: 1,
            creditSales: 1,
            dsoStandard: 45,
            dsoCountback: 52.4,
          },
        ],
      }),
      'GET /api/v1/reports/aged-balance': () => ({
        asOf: '2025-03-31',
        method: 'open amounts by days past due',
        rows: [],
        rowCount: 0,
        totals: [
          {
            customer: null,
            currency: 'EUR',
            buckets: {
              not_due: 400000,
              d1_30: 500000,
              d31_60: 300000,
              d61_90: 200000,
              over_90: 100000,
            },
            total: 1500000,
            overdue: 1100000,
          },
        ],
      }),
      'GET /api/v1/reports/activity': () => ({
        from: '2025-01-01',
        to: '2025-03-31',
        rows: [
          {
            collector: { id: 'u1', name: 'Colette', email: 'c@x' },
            emailsLogged: 12,
            promisesLogged: 4,
            disputesOpened: 1,
            promisesKept: 1,
            promisesBroken: 4,
            keptRate: 20,
          },
        ],
      }),
    });
    renderView(<FiguresView />, server.fetch);
    expect(await screen.findByText('45 days')).toBeTruthy();
    expect(screen.getByText('ending AR ÷ credit sales of the period × its days')).toBeTruthy();
    expect(screen.getByText('Period of 90 days, 01 Jan 2025 to 31 Mar 2025 (EUR)')).toBeTruthy();
    expect(screen.getByText('standard DSO − best possible DSO')).toBeTruthy();
    expect(
      screen.getByText(/^kept ÷ \(kept \+ broken\), .* in the period \(3 \/ 4\)$/),
    ).toBeTruthy();
    // The CEI spreads 90 days of sales over 3 months.
    expect(screen.getByText(/^\(beginning AR \+ sales ÷ 3 − ending AR\)/)).toBeTruthy();
    expect(
      screen.getByRole('table', { name: 'DSO over the last 12 months' }).textContent,
    ).toContain('Mar 2025');
    expect(screen.getByText(/standard: ending AR ÷ sales of the 3 months/)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Activity per collector' }).textContent).toContain(
      'Colette',
    );
    expect(
      server.seen.find((r) => r.path === '/api/v1/reports/dso-trend')?.query.get('months'),
    ).toBe('12');
    // Only the customers the chart draws are asked for, not every customer's row.
    expect(
      server.seen.find((r) => r.path === '/api/v1/reports/aged-balance')?.query.get('top'),
    ).toBe('10');
  });
});

describe('percentages on the figures page', () => {
  it('reads the API rates as percent points (75 is 75 %, not 7,500 %), in English and French', async () => {
    const routes = (activityRate: number) => ({
      'GET /api/v1/reports/kpis': () => kpis,
      'GET /api/v1/reports/dso-trend': () => ({
        asOf: '2025-03-31',
        currency: 'EUR',
        method: { dsoStandard: 's', dsoCountback: 'c' },
        points: [],
      }),
      'GET /api/v1/reports/aged-balance': () => ({
        asOf: '2025-03-31',
        method: 'm',
        rows: [],
        totals: [],
      }),
      'GET /api/v1/reports/activity': () => ({
        from: '2025-01-01',
        to: '2025-03-31',
        rows: [
          {
            collector: { id: 'u1', name: 'Colette', email: 'c@x' },
            emailsLogged: 12,
            promisesLogged: 4,
            disputesOpened: 1,
            promisesKept: 1,
            promisesBroken: 4,
            keptRate: activityRate,
          },
        ],
      }),
    });
    renderView(<FiguresView />, fakeServer(routes(20)).fetch);
    const tile = async (label: string) =>
      (await screen.findByText(label)).closest('li') as HTMLElement;
    expect(within(await tile('Promise-kept rate')).getByText('75%')).toBeTruthy();
    expect(within(await tile('Share of AR in dispute')).getByText('4.7%')).toBeTruthy();
    expect(within(await tile('Collection effectiveness index')).getByText('55.9%')).toBeTruthy();
    const activity = screen.getByRole('table', { name: 'Activity per collector' });
    expect(within(activity).getByText('20%')).toBeTruthy();
    expect(within(activity).getByText('1 / 5')).toBeTruthy();
    // No rate on the page reads above 100 %.
    const overHundred = (text: string) => {
      const m = /^([\d.,]+)\s?%$/.exec(text);
      return m !== null && Number((m[1] ?? '').replace(/,/g, '')) > 100;
    };
    expect(screen.queryAllByText((text) => overHundred(text))).toEqual([]);
    cleanup();

    renderView(<FiguresView />, fakeServer(routes(33.3)).fetch, sessionOf('manager', 'fr'));
    const frTile = (await screen.findByText('Taux de promesses tenues')).closest('li');
    expect(frTile?.textContent).toContain('75\u00a0%');
    // Methods read in French too; the API's English words stay out of the page.
    expect(frTile?.textContent).toContain('tenues ÷ (tenues + non tenues)');
    expect(screen.queryAllByText(/ending AR|kept ÷|credit sales/)).toEqual([]);
    const frActivity = screen.getByRole('table', { name: 'Activité par chargé·e' });
    expect(frActivity.textContent).toContain('33,3\u00a0%');
  });
});
