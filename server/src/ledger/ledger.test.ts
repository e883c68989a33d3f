import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { invoiceNumberKey } from './ledger.service.ts';
import { invoice, loadLedger, manualClock, pay } from './testing-ledger.ts';
import type { SmallLedger } from './testing-ledger.ts';

describe('invoiceNumberKey', () => {
  it('keeps lower-case letters and digits only', () => {
    expect(invoiceNumberKey('FA-2025/00.12')).toBe('fa20250012');
  });
});

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`the ledger on ${engine.name}`, () => {
    let server: TestServer;
    let ledger: SmallLedger;
    beforeAll(async () => {
      server = await startTestServer(engine, { clock: manualClock('2025-06-15T10:00:00Z') });
      ledger = await loadLedger(server);
    });
    afterAll(async () => server?.close());

    const invoicesOf = async (customerId: string, status = 'all') =>
      (
        await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${customerId}/invoices?status=${status}`,
        )
      ).body.items as {
        number: string;
        openAmount: number;
        status: string;
        paidDate: string | null;
      }[];

    describe('GET /customers/:id/invoices', () => {
      it('lists open invoices oldest due first with days overdue and bucket', async () => {
        const res = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/invoices`,
        );
        expect(res.status).toBe(200);
        expect(
          res.body.items.map((i: { number: string; daysOverdue: number; bucket: string }) => [
            i.number,
            i.daysOverdue,
            i.bucket,
          ]),
        ).toEqual([
          ['F-003', 100, 'over_90'],
          ['F-001', 45, 'd31_60'],
          ['F-002', 0, 'not_due'],
        ]);
      });

      it('flags invoices under an open dispute and under a pending promise', async () => {
        await server.call(server.users.collector, 'POST', '/api/v1/disputes', {
          customerId: ledger.acme,
          invoiceIds: [ledger.invoices['F-003']],
          category: 'quality',
        });
        await server.call(server.users.collector, 'POST', '/api/v1/promises', {
          customerId: ledger.acme,
          invoiceIds: [ledger.invoices['F-001']],
          amount: 100_000,
          currency: 'EUR',
          promisedDate: '2025-06-20',
        });
        const res = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/invoices/${ledger.invoices['F-003']}`,
        );
        expect(res.body).toMatchObject({ number: 'F-003', disputed: true, promised: false });
        const promised = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/invoices/${ledger.invoices['F-001']}`,
        );
        expect(promised.body).toMatchObject({ disputed: false, promised: true });
      });

      it('names a bad status, 401 without a token, 404 for an unknown customer or invoice', async () => {
        const bad = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/invoices?status=late`,
        );
        expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['status']);
        const badFormat = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/invoices?format=xls`,
        );
        expect(badFormat.body.errors).toEqual([
          { field: 'format', message: 'must be json or csv' },
        ]);
        expect(
          (await server.call(null, 'GET', `/api/v1/customers/${ledger.acme}/invoices`)).status,
        ).toBe(401);
        expect(
          (await server.call(server.users.collector, 'GET', '/api/v1/customers/x/invoices')).status,
        ).toBe(404);
        expect(
          (await server.call(server.users.collector, 'GET', '/api/v1/invoices/x')).status,
        ).toBe(404);
      });

      it('answers CSV', async () => {
        const res = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/invoices?format=csv`,
        );
        const lines = res.text.trim().split('\r\n');
        expect(lines[0]?.startsWith('number,external_ref,issue_date,due_date')).toBe(true);
        expect(lines).toHaveLength(4);
      });
    });

    describe('POST /invoices/bulk', () => {
      it('is for admins and names failing fields', async () => {
        const forbidden = await server.call(server.users.manager, 'POST', '/api/v1/invoices/bulk', {
          invoices: [],
        });
        expect(forbidden.status).toBe(403);
        const bad = await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: [{ ...invoice('Z-1', 'C-ACME', '2025-01-01', '2025-13-01', 1.5) }],
        });
        expect(bad.status).toBe(400);
        expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'invoices.0.amount',
          'invoices.0.dueDate',
        ]);
      });

      it('is idempotent: the same payload twice leaves everything unchanged', async () => {
        const payload = {
          invoices: [
            invoice('G-001', 'C-ACME', '2025-06-01', '2025-07-15', 12_345),
            invoice('G-002', 'C-ACME', '2025-06-01', '2025-07-15', -2_000),
          ],
        };
        const first = await server.call(
          server.users.admin,
          'POST',
          '/api/v1/invoices/bulk',
          payload,
        );
        expect(first.body).toEqual({ created: 2, updated: 0, unchanged: 0, conflicts: [] });
        const second = await server.call(
          server.users.admin,
          'POST',
          '/api/v1/invoices/bulk',
          payload,
        );
        expect(second.body).toEqual({ created: 0, updated: 0, unchanged: 2, conflicts: [] });
        const row = await server.storage.db
          .selectFrom('invoices')
          .select(['number_key', 'open_amount'])
          .where('number', '=', 'G-001')
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ number_key: 'g001', open_amount: 12_345 });
      });

      it('reports an unknown customer and a number taken by another invoice', async () => {
        const res = await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: [
            invoice('H-001', 'C-NOBODY', '2025-06-01', '2025-07-01', 100),
            {
              ...invoice('F-001', 'C-ACME', '2025-06-01', '2025-07-01', 100),
              externalRef: 'OTHER',
            },
          ],
        });
        expect(res.body.conflicts).toEqual([
          {
            index: 0,
            field: 'customerExternalRef',
            message: 'no customer has this external reference',
          },
          { index: 1, field: 'number', message: 'another invoice already has this number' },
        ]);
      });

      it('keeps the open amount as amount minus what was applied when the amount changes', async () => {
        await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: [invoice('K-001', 'C-ACME', '2025-05-01', '2025-06-01', 10_000)],
        });
        await pay(server, [
          {
            externalRef: 'P-K1',
            customerExternalRef: 'C-ACME',
            date: '2025-06-05',
            amount: 4_000,
            applications: [{ invoiceNumber: 'K-001', amount: 4_000 }],
          },
        ]);
        const res = await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: [invoice('K-001', 'C-ACME', '2025-05-01', '2025-06-01', 4_000)],
        });
        expect(res.body.updated).toBe(1);
        const k = (await invoicesOf(ledger.acme)).find((i) => i.number === 'K-001');
        expect(k).toMatchObject({ openAmount: 0, status: 'paid', paidDate: '2025-06-05' });
      });

      it('replays an Idempotency-Key', async () => {
        const body = { invoices: [invoice('R-001', 'C-ACME', '2025-06-01', '2025-07-01', 500)] };
        const headers = { 'idempotency-key': 'inv-r-001' };
        const first = await server.call(
          server.users.admin,
          'POST',
          '/api/v1/invoices/bulk',
          body,
          headers,
        );
        const replay = await server.call(
          server.users.admin,
          'POST',
          '/api/v1/invoices/bulk',
          body,
          headers,
        );
        expect(replay.body).toEqual(first.body);
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
      });
    });

    describe('payments', () => {
      it('applies payments, leaves the rest as unapplied cash, and is idempotent', async () => {
        await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: [
            invoice('M-001', 'C-ACME', '2025-05-01', '2025-06-01', 30_000),
            invoice('M-002', 'C-ACME', '2025-05-01', '2025-06-01', 20_000),
          ],
        });
        const payment = {
          externalRef: 'P-M1',
          customerExternalRef: 'C-ACME',
          date: '2025-06-10',
          amount: 60_000,
          applications: [
            { invoiceNumber: 'M-001', amount: 30_000 },
            { invoiceNumber: 'M-002', amount: 15_000 },
          ],
        };
        expect(await pay(server, [payment])).toEqual({
          created: 1,
          updated: 0,
          unchanged: 0,
          conflicts: [],
        });
        expect(await pay(server, [payment])).toEqual({
          created: 0,
          updated: 0,
          unchanged: 1,
          conflicts: [],
        });
        const invoices = await invoicesOf(ledger.acme);
        expect(invoices.find((i) => i.number === 'M-001')).toMatchObject({
          openAmount: 0,
          status: 'paid',
          paidDate: '2025-06-10',
        });
        expect(invoices.find((i) => i.number === 'M-002')).toMatchObject({
          openAmount: 5_000,
          status: 'open',
        });
        const payments = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/payments`,
        );
        expect(
          payments.body.items.find((p: { externalRef: string }) => p.externalRef === 'P-M1'),
        ).toMatchObject({
          amount: 60_000,
          unappliedAmount: 15_000,
          applications: [
            { invoiceNumber: 'M-001', amount: 30_000 },
            { invoiceNumber: 'M-002', amount: 15_000 },
          ],
        });
      });

      it('refuses applications to another customer, another currency, or more than is open', async () => {
        await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: [invoice('N-001', 'C-ACME', '2025-05-01', '2025-06-01', 1_000)],
        });
        const result = await pay(server, [
          {
            externalRef: 'P-N1',
            customerExternalRef: 'C-ACME',
            date: '2025-06-10',
            amount: 10_000,
            applications: [
              { invoiceNumber: 'B-001', amount: 100 },
              { invoiceNumber: 'N-001', amount: 2_000 },
              { invoiceNumber: 'N-001', amount: 1_000 },
            ],
          },
          {
            externalRef: 'P-N2',
            customerExternalRef: 'C-BOLT',
            date: '2025-06-10',
            amount: 100,
            currency: 'EUR',
            applications: [{ invoiceNumber: 'B-001', amount: 100 }],
          },
        ]);
        expect(result.conflicts).toEqual([
          {
            index: 0,
            field: 'applications.0.invoiceNumber',
            message: 'no invoice of this customer has this number',
          },
          {
            index: 0,
            field: 'applications.1.amount',
            message: 'is more than the invoice has open',
          },
          {
            index: 1,
            field: 'applications.0.invoiceNumber',
            message: 'this invoice is in another currency',
          },
        ]);
        expect(result.created).toBe(2);
        const payments = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/payments`,
        );
        expect(
          payments.body.items.find((p: { externalRef: string }) => p.externalRef === 'P-N1'),
        ).toMatchObject({
          unappliedAmount: 9_000,
        });
      });

      it('reapplies a payment whose applications changed', async () => {
        await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: [invoice('Q-001', 'C-ACME', '2025-05-01', '2025-06-01', 5_000)],
        });
        const base = {
          externalRef: 'P-Q1',
          customerExternalRef: 'C-ACME',
          date: '2025-06-11',
          amount: 5_000,
        };
        await pay(server, [{ ...base, applications: [{ invoiceNumber: 'Q-001', amount: 5_000 }] }]);
        const moved = await pay(server, [{ ...base, applications: [] }]);
        expect(moved.updated).toBe(1);
        expect((await invoicesOf(ledger.acme)).find((i) => i.number === 'Q-001')).toMatchObject({
          openAmount: 5_000,
          status: 'open',
          paidDate: null,
        });
      });

      it('is for admins; names failing fields; 404 and 401 on the list', async () => {
        expect(
          (
            await server.call(server.users.manager, 'POST', '/api/v1/payments/bulk', {
              payments: [],
            })
          ).status,
        ).toBe(403);
        const bad = await server.call(server.users.admin, 'POST', '/api/v1/payments/bulk', {
          payments: [
            {
              externalRef: 'P',
              customerExternalRef: 'C-ACME',
              date: '2025-06-01',
              amount: 0,
              currency: 'EUR',
            },
          ],
        });
        expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
          'payments.0.amount',
        ]);
        expect(
          (await server.call(server.users.collector, 'GET', '/api/v1/customers/x/payments')).status,
        ).toBe(404);
        expect(
          (await server.call(null, 'GET', `/api/v1/customers/${ledger.acme}/payments`)).status,
        ).toBe(401);
        const csv = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/payments?format=csv`,
        );
        expect(csv.text.split('\r\n')[0]).toBe(
          'external_ref,date,currency,amount_minor,unapplied_minor,invoices',
        );
      });

      it('replays an Idempotency-Key', async () => {
        const body = {
          payments: [
            {
              externalRef: 'P-IK',
              customerExternalRef: 'C-ACME',
              date: '2025-06-01',
              amount: 10,
              currency: 'EUR',
            },
          ],
        };
        const headers = { 'idempotency-key': 'pay-ik' };
        const first = await server.call(
          server.users.admin,
          'POST',
          '/api/v1/payments/bulk',
          body,
          headers,
        );
        const replay = await server.call(
          server.users.admin,
          'POST',
          '/api/v1/payments/bulk',
          body,
          headers,
        );
        expect(first.body.created).toBe(1);
        expect(replay.body).toEqual(first.body);
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
      });
    });
  });
}
