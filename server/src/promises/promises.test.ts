import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { loadLedger, manualClock } from '../ledger/testing-ledger.ts';
import type { SmallLedger } from '../ledger/testing-ledger.ts';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`payment promises on ${engine.name}`, () => {
    let server: TestServer;
    let ledger: SmallLedger;
    beforeAll(async () => {
      server = await startTestServer(engine, { clock: manualClock('2025-06-15T10:00:00Z') });
      ledger = await loadLedger(server);
    });
    afterAll(async () => server?.close());

    const create = (body: Record<string, unknown>, user = server.users.collector, headers = {}) =>
      server.call(
        user,
        'POST',
        '/api/v1/promises',
        {
          customerId: ledger.acme,
          invoiceIds: [ledger.invoices['F-001']],
          amount: 100_000,
          currency: 'EUR',
          promisedDate: '2025-06-20',
          ...body,
        },
        headers,
      );

    describe('POST /promises', () => {
      it('needs a token', async () => {
        expect((await server.call(null, 'POST', '/api/v1/promises', {})).status).toBe(401);
      });

      it('names each failing field', async () => {
        const res = await create({ amount: 0, promisedDate: 'soon', extra: 1 });
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'amount',
          'extra',
          'promisedDate',
        ]);
      });

      it('refuses a date in the past, another customer’s invoice, another currency', async () => {
        const past = await create({ promisedDate: '2025-06-14' });
        expect(past.body.errors).toEqual([{ field: 'promisedDate', message: 'is in the past' }]);
        const other = await create({ invoiceIds: [ledger.invoices['B-001']] });
        expect(other.body.errors).toEqual([
          { field: 'invoiceIds.0', message: 'is not an invoice of this customer' },
        ]);
        const currency = await create({ currency: 'USD' });
        expect(currency.body.errors.map((e: { field: string }) => e.field)).toEqual(['currency']);
      });

      it('answers 404 for an unknown customer', async () => {
        expect((await create({ customerId: 'nope' })).status).toBe(404);
      });

      it('logs a pending promise with the grace in force, audited, replayable', async () => {
        const headers = { 'idempotency-key': 'promise-1' };
        const res = await create(
          { quote: 'Nous paierons le 20 juin.', sourceMessageId: '<a@b>' },
          server.users.collector,
          headers,
        );
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({
          customerId: ledger.acme,
          customerName: 'Acme Industries',
          status: 'pending',
          promisedDate: '2025-06-20',
          graceEndsOn: '2025-06-23',
          paidAmount: 0,
          paidShare: 0,
          invoiceNumbers: ['F-001'],
          quote: 'Nous paierons le 20 juin.',
          loggedBy: { id: server.users.collector.id },
        });
        const replay = await create(
          { quote: 'Nous paierons le 20 juin.', sourceMessageId: '<a@b>' },
          server.users.collector,
          headers,
        );
        expect(replay.body.id).toBe(res.body.id);
        const audits = await server.storage.db
          .selectFrom('audit_log')
          .select('action')
          .where('entity_id', '=', res.body.id)
          .execute();
        expect(audits).toEqual([{ action: 'promise.create' }]);
      });
    });

    describe('GET /promises', () => {
      it('filters, pages with a cursor and answers CSV', async () => {
        await create({ amount: 1_000 });
        await create({ amount: 2_000, promisedDate: '2025-07-10' });
        const all = await server.call(
          server.users.manager,
          'GET',
          `/api/v1/promises?customerId=${ledger.acme}`,
        );
        const total = all.body.items.length as number;
        expect(total).toBeGreaterThanOrEqual(3);

        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: { body: { items: { id: string }[]; nextCursor: string | null } } =
            await server.call(
              server.users.manager,
              'GET',
              `/api/v1/promises?customerId=${ledger.acme}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
            );
          seen.push(...page.body.items.map((p) => p.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(seen).toEqual(all.body.items.map((p: { id: string }) => p.id));

        const july = await server.call(
          server.users.manager,
          'GET',
          '/api/v1/promises?dueFrom=2025-07-01&dueTo=2025-07-31',
        );
        expect(july.body.items.map((p: { amount: number }) => p.amount)).toEqual([2_000]);
        const byCollector = await server.call(
          server.users.manager,
          'GET',
          `/api/v1/promises?collectorId=${server.users.otherCollector.id}`,
        );
        expect(byCollector.body.items).toEqual([]);
        const csv = await server.call(server.users.manager, 'GET', '/api/v1/promises?format=csv');
        expect(csv.text.trim().split('\r\n')).toHaveLength(total + 1);
      });

      it('names a bad filter and a forged cursor; 401 without a token', async () => {
        const bad = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/promises?status=late&dueFrom=x',
        );
        expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'dueFrom',
          'status',
        ]);
        const forged = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/promises?cursor=abc',
        );
        expect(forged.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
        expect((await server.call(null, 'GET', '/api/v1/promises')).status).toBe(401);
      });

      it('gets one promise, 404 when unknown', async () => {
        const made = await create({ amount: 3_000 });
        const res = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/promises/${made.body.id}`,
        );
        expect(res.body).toEqual(made.body);
        expect(
          (await server.call(server.users.collector, 'GET', '/api/v1/promises/nope')).status,
        ).toBe(404);
      });
    });

    describe('POST /promises/:id/cancel', () => {
      it('is for managers, needs a reason, cancels a pending promise once', async () => {
        const made = await create({ amount: 4_000 });
        const path = `/api/v1/promises/${made.body.id}/cancel`;
        expect(
          (await server.call(server.users.collector, 'POST', path, { reason: 'x' })).status,
        ).toBe(403);
        const noReason = await server.call(server.users.manager, 'POST', path, { reason: ' ' });
        expect(noReason.body.errors).toEqual([{ field: 'reason', message: 'is required' }]);
        const res = await server.call(
          server.users.manager,
          'POST',
          path,
          { reason: 'customer disputes the invoice' },
          {
            'idempotency-key': 'cancel-1',
          },
        );
        expect(res.body).toMatchObject({
          status: 'cancelled',
          cancelReason: 'customer disputes the invoice',
        });
        const replay = await server.call(
          server.users.manager,
          'POST',
          path,
          { reason: 'customer disputes the invoice' },
          {
            'idempotency-key': 'cancel-1',
          },
        );
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        const again = await server.call(server.users.manager, 'POST', path, { reason: 'again' });
        expect(again.status).toBe(409);
        expect(
          (
            await server.call(server.users.manager, 'POST', '/api/v1/promises/nope/cancel', {
              reason: 'x',
            })
          ).status,
        ).toBe(404);
      });
    });

    describe('POST /promises/:id/follow-up', () => {
      it('marks a broken promise followed up; refuses one that is not broken', async () => {
        const made = await create({ amount: 5_000 });
        const path = `/api/v1/promises/${made.body.id}/follow-up`;
        expect((await server.call(server.users.collector, 'POST', path)).status).toBe(409);
        await server.storage.db
          .updateTable('payment_promises')
          .set({ status: 'broken' })
          .where('id', '=', made.body.id)
          .execute();
        const res = await server.call(server.users.collector, 'POST', path, undefined, {
          'idempotency-key': 'fu-1',
        });
        expect(res.status).toBe(200);
        expect(res.body.followedUpAt).toBe('2025-06-15T10:00:00.000Z');
        const replay = await server.call(server.users.collector, 'POST', path, undefined, {
          'idempotency-key': 'fu-1',
        });
        expect(replay.body).toEqual(res.body);
        expect((await server.call(null, 'POST', path)).status).toBe(401);
        const extra = await server.call(server.users.collector, 'POST', path, { note: 'x' });
        expect(extra.body.errors.map((e: { field: string }) => e.field)).toEqual(['note']);
        expect(
          (await server.call(server.users.collector, 'POST', '/api/v1/promises/nope/follow-up'))
            .status,
        ).toBe(404);
      });
    });
  });
}
