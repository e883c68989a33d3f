import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KpiReport } from '@relance/shared';
import { FiguresView } from './FiguresView.tsx';
import { fakeServer, renderView } from './test-support.tsx';

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
  promiseKeptRate: {
    value: 0.75,
    method: 'kept ÷ (kept + broken), grace ended in period',
    kept: 3,
    broken: 1,
  },
  disputeShare: figure(0.1, 'disputed open ÷ open AR'),
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
            promisesKept: 3,
            promisesBroken: 1,
            keptRate: 0.75,
          },
        ],
      }),
    });
    renderView(<FiguresView />, server.fetch);
    expect(await screen.findByText('45 days')).toBeTruthy();
    expect(
      screen.getByText(/^ending AR ÷ credit sales × 90 days — Period of 90 days/),
    ).toBeTruthy();
    expect(screen.getByText(/^DSO − best possible DSO/)).toBeTruthy();
    expect(
      screen.getByText(/kept ÷ \(kept \+ broken\), grace ended in period \(3 \/ 4\)/),
    ).toBeTruthy();
    expect(screen.getAllByText('75%').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('table', { name: 'DSO over the last 12 months' }).textContent,
    ).toContain('2025-03');
    expect(screen.getByText(/standard over 3 months · countback by month/)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Activity per collector' }).textContent).toContain(
      'Colette',
    );
    expect(
      server.seen.find((r) => r.path === '/api/v1/reports/dso-trend')?.query.get('months'),
    ).toBe('12');
  });
});
