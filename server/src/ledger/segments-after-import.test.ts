import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { manualClock } from './testing-ledger.ts';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`a payment import on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine, { clock: manualClock('2026-06-15T10:00:00Z') });
    });
    afterAll(async () => server?.close());

    it('moves a customer who paid three invoices a month late to recurring late', async () => {
      const admin = server.users.admin;
      await server.call(admin, 'POST', '/api/v1/customers/bulk', {
        customers: [{ externalRef: 'C-LATE', name: 'Late Payer SA', currency: 'EUR' }],
      });
      const dues = ['2026-01-31', '2026-02-28', '2026-03-31'];
      await server.call(admin, 'POST', '/api/v1/invoices/bulk', {
        invoices: dues.map((due, i) => ({
          externalRef: `L-${i}`,
          customerExternalRef: 'C-LATE',
          number: `L-${i}`,
          issueDate: '2026-01-01',
          dueDate: due,
          amount: 10_000,
          currency: 'EUR',
        })),
      });
      const customer = (await server.call(admin, 'GET', '/api/v1/customers?q=C-LATE')).body
        .items[0] as { id: string; segment: string };
      expect(customer.segment).toBe('new');

      const paid = await server.call(admin, 'POST', '/api/v1/payments/bulk', {
        payments: dues.map((due, i) => ({
          externalRef: `P-${i}`,
          customerExternalRef: 'C-LATE',
          date: new Date(Date.parse(due) + 30 * 86_400_000).toISOString().slice(0, 10),
          amount: 10_000,
          currency: 'EUR',
          applications: [{ invoiceNumber: `L-${i}`, amount: 10_000 }],
        })),
      });
      expect(paid.status).toBe(200);

      // The recomputation runs just after the answer.
      let segment = '';
      for (let i = 0; i < 50 && segment !== 'recurring_late'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        segment = (await server.call(admin, 'GET', `/api/v1/customers/${customer.id}`)).body
          .segment;
      }
      expect(segment).toBe('recurring_late');
    });
  });
}
