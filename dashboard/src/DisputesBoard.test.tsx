import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DisputeView } from '@relance/shared';
import { DisputesBoard } from './DisputesBoard.tsx';
import { fakeServer, renderView } from './test-support.tsx';

afterEach(cleanup);

function dispute(
  id: string,
  status: DisputeView['status'],
  category: DisputeView['category'],
): DisputeView {
  return {
    id,
    customerId: 'c1',
    customerName: `Customer ${id}`,
    category,
    status,
    owner: status === 'open' ? null : { id: 'u-col', name: 'Colette', email: 'c@x.test' },
    openedBy: { id: 'u-col', name: 'Colette', email: 'c@x.test' },
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    ageDays: 9,
    invoiceNumbers: ['F-1'],
    amount: [{ currency: 'EUR', amount: 50000 }],
    note: null,
    quote: null,
    sourceMessageId: null,
    resolution: null,
  };
}

describe('the disputes board', () => {
  // In jsdom, Fluent's dialog sometimes never starts its opening motion after the click (1 run
  // in 6 here, with nothing rendered at all); the same flow runs in Chromium in
  // e2e/dashboard.test.ts. A retry keeps that from failing the suite; a real fault fails all.
  it(
    'shows one column per status with age and owner, and changes a status',
    { retry: 2 },
    async () => {
      const all = [dispute('d1', 'open', 'price'), dispute('d2', 'in_review', 'quality')];
      const server = fakeServer({
        'GET /api/v1/disputes': (req) => ({
          items: all.filter(
            (d) =>
              d.status === req.query.get('status') &&
              (!req.query.get('category') || d.category === req.query.get('category')),
          ),
          nextCursor: null,
        }),
        'GET /api/v1/reports/activity': () => ({
          from: '2025-01-01',
          to: '2025-03-10',
          rows: [],
        }),
        'PATCH /api/v1/disputes/d1': (req) => ({
          ...dispute('d1', 'in_review', 'price'),
          ...(req.body as object),
        }),
      });
      renderView(<DisputesBoard />, server.fetch);
      const open = await screen.findByRole('region', { name: /^Open/ });
      expect(within(open).getByText('Customer d1')).toBeTruthy();
      expect(within(open).getByText('9 days old')).toBeTruthy();
      expect(within(open).getByText(/No owner/)).toBeTruthy();
      const review = screen.getByRole('region', { name: /^In review/ });
      expect(within(review).getByText(/Colette/)).toBeTruthy();

      await userEvent.click(within(open).getByRole('button', { name: /Change — Customer d1/ }));
      // Fluent's dialog opens through a motion; a loaded machine can take over a second.
      const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
      await userEvent.selectOptions(within(dialog).getByLabelText('Status'), 'in_review');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Dispute saved.')).toBeTruthy();
      const patch = server.seen.find((r) => r.method === 'PATCH');
      expect(patch?.body).toEqual({ status: 'in_review' });

      await userEvent.selectOptions(screen.getByLabelText('Category'), 'quality');
      await waitFor(() => expect(server.seen.at(-2)?.query.get('category')).toBe('quality'));
    },
  );
});
