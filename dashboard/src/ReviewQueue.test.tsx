import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import type { ReviewItem } from '@relance/shared';
import { ReviewQueue } from './ReviewQueue.tsx';
import { fakeServer, renderView, sessionOf } from './test-support.tsx';

afterEach(cleanup);

function item(over: Partial<ReviewItem> & Pick<ReviewItem, 'id' | 'kind'>): ReviewItem {
  return {
    at: '2025-03-05T10:00:00.000Z',
    customer: { id: 'c1', name: 'Acme SA' },
    collector: { id: 'u-col', name: 'Colette', email: 'c@x.test' },
    client: 'outlook',
    direction: 'inbound',
    summary: 'Re: invoice F-1001',
    amount: null,
    status: null,
    review: null,
    ...over,
  };
}

describe('the review queue', () => {
  it('lists items with the unreviewed count and a CSV link that keeps the filters', async () => {
    const server = fakeServer({
      'GET /api/v1/review': () => ({
        items: [
          item({ id: 'e1', kind: 'email' }),
          item({
            id: 'p1',
            kind: 'promise',
            summary: '2025-03-20',
            amount: { amount: 120000, currency: 'EUR' },
            status: 'pending',
            client: 'gmail',
          }),
        ],
        nextCursor: null,
        unreviewedCount: 42,
      }),
    });
    renderView(<ReviewQueue />, server.fetch);
    expect(await screen.findByText('42 unreviewed')).toBeTruthy();
    const table = screen.getByRole('table', { name: /newest first/ });
    expect(within(table).getByText('Re: invoice F-1001')).toBeTruthy();
    expect(within(table).getByText(/1,200\.00/)).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText('Mail client'), 'gmail');
    await waitFor(() => expect(server.seen.at(-1)?.query.get('client')).toBe('gmail'));
    const csv = screen.getByRole('link', { name: 'Export Review queue as CSV' });
    expect(csv.getAttribute('href')).toBe('http://dash.test/api/v1/review?client=gmail&format=csv');
  });

  it('marks an item reviewed with a comment and lowers the count', async () => {
    const server = fakeServer({
      'GET /api/v1/review': () => ({
        items: [item({ id: 'e1', kind: 'email' })],
        nextCursor: null,
        unreviewedCount: 3,
      }),
      'POST /api/v1/review/email/e1': (req) =>
        item({
          id: 'e1',
          kind: 'email',
          review: {
            reviewer: { id: 'u-manager', name: 'Manon', email: 'm@x.test' },
            reviewedAt: '2025-03-10T09:00:00.000Z',
            comment: (req.body as { comment?: string }).comment ?? null,
          },
        }),
    });
    renderView(<ReviewQueue />, server.fetch);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark Email of Acme SA reviewed' }),
    );
    // Fluent's dialog opens through a motion; a loaded machine can take over a second.
    const dialog = await screen.findByRole('dialog', {}, { timeout: 10_000 });
    await userEvent.type(within(dialog).getByLabelText('Comment (optional)'), 'Good tone');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mark reviewed' }));
    expect(await screen.findByText(/Reviewed by Manon/)).toBeTruthy();
    expect(screen.getByText('“Good tone”')).toBeTruthy();
    expect(screen.getByText('2 unreviewed')).toBeTruthy();
    const post = server.seen.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ comment: 'Good tone' });
    expect(post?.headers['idempotency-key']).toMatch(/[0-9a-f-]{36}/);
    // Once the dialog is gone the page is visible to screen readers again (no aria-hidden left).
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.querySelector('[aria-hidden="true"] table')).toBeNull());
    expect(screen.getByRole('table', { name: /newest first/ })).toBeTruthy();
  });

  it('shows a collector their own work without the collector filter or mark buttons', async () => {
    const server = fakeServer({
      'GET /api/v1/review': () => ({
        items: [item({ id: 'e1', kind: 'email' })],
        nextCursor: null,
        unreviewedCount: 1,
      }),
    });
    renderView(<ReviewQueue />, server.fetch, sessionOf('collector'));
    expect(await screen.findByRole('heading', { name: 'My logged work' })).toBeTruthy();
    expect(screen.queryByLabelText('Collector')).toBeNull();
    expect(screen.queryByRole('button', { name: /Mark .* reviewed/ })).toBeNull();
  });
});
