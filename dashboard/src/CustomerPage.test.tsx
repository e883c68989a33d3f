import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CustomerPage } from './CustomerPage.tsx';
import { fakeServer, renderView } from './test-support.tsx';

afterEach(cleanup);

const user = { id: 'u-col', name: 'Colette', email: 'c@x.test' };
const email = (id: string, client: 'outlook' | 'gmail', subject: string) => ({
  id,
  customerId: 'c1',
  customerName: 'Acme SA',
  messageId: `<${id}@x>`,
  threadId: null,
  direction: 'inbound',
  from: 'ap@acme.test',
  to: [],
  cc: [],
  subject,
  sentAt: '2025-03-05T10:00:00.000Z',
  client,
  loggedBy: user,
  loggedAt: '2025-03-05T10:01:00.000Z',
  body: null,
});

describe('the customer page', () => {
  it('shows the header, aging, invoices and the timeline of both mail clients', async () => {
    const server = fakeServer({
      'GET /api/v1/customers/c1': () => ({
        id: 'c1',
        name: 'Acme SA',
        externalRef: 'C-001',
        segment: 'recurring_late',
        segmentSource: 'computed',
        segmentReason: '3 invoices paid over 15 days late',
        strategic: true,
        tone: 'firm',
        language: 'fr',
        currency: 'EUR',
        paymentTermsDays: 45,
        assignee: user,
        domains: ['acme.test'],
        balances: [
          {
            currency: 'EUR',
            outstanding: 300000,
            overdue: 200000,
            disputed: 50000,
            buckets: { not_due: 100000, d1_30: 100000, d31_60: 50000, d61_90: 0, over_90: 50000 },
          },
        ],
        unappliedCash: [],
        averageDaysLate: 17.5,
      }),
      'GET /api/v1/customers/c1/invoices': () => ({
        items: [
          {
            id: 'i1',
            number: 'F-1001',
            externalRef: 'F-1001',
            issueDate: '2025-01-10',
            dueDate: '2025-02-10',
            amount: 200000,
            openAmount: 200000,
            currency: 'EUR',
            status: 'open',
            paidDate: null,
            daysOverdue: 28,
            bucket: 'd1_30',
            disputed: true,
            promised: false,
            documentUrl: null,
            paymentUrl: null,
          },
        ],
      }),
      'GET /api/v1/promises': () => ({ items: [], nextCursor: null }),
      'GET /api/v1/disputes': () => ({ items: [], nextCursor: null }),
      'GET /api/v1/interactions': () => ({
        items: [
          email('e1', 'outlook', 'Relance F-1001'),
          email('e2', 'gmail', 'Re: Relance F-1001'),
        ],
        nextCursor: null,
      }),
    });
    renderView(<CustomerPage customerId="c1" />, server.fetch);
    expect(await screen.findByRole('heading', { name: /Acme SA/, level: 1 })).toBeTruthy();
    expect(screen.getByText('45 days')).toBeTruthy();
    expect(screen.getByText('Strategic')).toBeTruthy();
    const aging = screen.getByRole('table', { name: 'Aging' });
    expect(within(aging).getByText('Over 90')).toBeTruthy();
    const invoices = screen.getByRole('table', { name: 'Invoices' });
    expect(within(invoices).getByText('F-1001')).toBeTruthy();
    expect(within(invoices).getByText('disputed')).toBeTruthy();
    const timeline = screen.getByRole('table', { name: /Every logged email/ });
    expect(within(timeline).getByText('Outlook')).toBeTruthy();
    expect(within(timeline).getByText('Gmail')).toBeTruthy();
    const csv = screen.getByRole('link', { name: 'Export Invoices as CSV' });
    expect(csv.getAttribute('href')).toContain(
      '/api/v1/customers/c1/invoices?status=all&format=csv',
    );
  });
});
