import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PaymentPromiseView } from '@relance/shared';
import { PromisesView } from './PromisesView.tsx';
import { fakeServer, renderView } from './test-support.tsx';

afterEach(cleanup);

function promise(
  id: string,
  over: Partial<PaymentPromiseView> & Pick<PaymentPromiseView, 'status'>,
): PaymentPromiseView {
  return {
    id,
    customerId: 'c1',
    customerName: 'Atlas Freight',
    amount: 100_000,
    currency: 'EUR',
    promisedDate: '2025-03-10',
    graceEndsOn: '2025-03-13',
    paidAmount: 0,
    paidShare: 0,
    invoiceNumbers: ['INV-1'],
    note: null,
    quote: null,
    sourceMessageId: null,
    loggedBy: { id: 'u1', name: 'Colette', email: 'c@x' },
    createdAt: '2025-03-01T09:00:00.000Z',
    cancelReason: null,
    followedUpAt: null,
    ...over,
  };
}

describe('the promises page', () => {
  it('shows paidShare (0–1) and kept rates (percent points) on one percent scale', async () => {
    const byStatus: Record<string, PaymentPromiseView[]> = {
      pending: [
        promise('p2', { status: 'pending', promisedDate: '2025-03-12' }),
        promise('p1', { status: 'pending', promisedDate: '2025-03-08' }),
      ],
      broken: [
        promise('b1', { status: 'broken', paidAmount: 50_000, paidShare: 0.5 }),
        promise('b2', { status: 'broken', followedUpAt: '2025-03-20T09:00:00.000Z' }),
      ],
      kept: [promise('k1', { status: 'kept', paidAmount: 100_000, paidShare: 1 })],
    };
    const server = fakeServer({
      'GET /api/v1/promises': (req) => ({
        items: byStatus[req.query.get('status') ?? ''] ?? [],
        nextCursor: null,
      }),
      'GET /api/v1/reports/activity': () => ({
        from: '2025-01-01',
        to: '2025-03-31',
        rows: [
          {
            collector: { id: 'u1', name: 'Colette', email: 'c@x' },
            emailsLogged: 3,
            promisesLogged: 5,
            disputesOpened: 0,
            promisesKept: 1,
            promisesBroken: 4,
            keptRate: 20,
          },
        ],
      }),
    });
    renderView(<PromisesView />, server.fetch);

    const broken = await screen.findByRole('table', { name: 'Broken, not followed up' });
    expect(within(broken).getByText('50%')).toBeTruthy();
    expect(within(broken).getByText('Partially kept')).toBeTruthy();
    expect(within(broken).getAllByRole('row')).toHaveLength(2);

    const perCollector = screen.getByRole('table', { name: 'Kept rate per collector' });
    expect(within(perCollector).getByText('20%')).toBeTruthy();
    // One kept of three decided (the two broken count), computed in the page.
    const perCustomer = screen.getByRole('table', { name: 'Kept rate per customer' });
    expect(within(perCustomer).getByText('33.3%')).toBeTruthy();

    // Due this week, soonest first whatever order the API sent.
    const due = screen.getByRole('table', { name: 'Due this week' });
    const dates = within(due)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelectorAll('td')[1]?.textContent);
    expect(dates).toEqual(['08 Mar 2025', '12 Mar 2025']);
  });
});
