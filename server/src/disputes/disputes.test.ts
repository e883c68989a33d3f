import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { loadLedger, manualClock } from '../ledger/testing-ledger.ts';
import type { ManualClock, SmallLedger } from '../ledger/testing-ledger.ts';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`disputes on ${engine.name}`, () => {
    let server: TestServer;
    let ledger: SmallLedger;
    let clock: ManualClock;
    beforeAll(async () => {
      clock = manualClock('2025-06-15T10:00:00Z');
      server = await startTestServer(engine, { clock });
      ledger = await loadLedger(server);
    });
    afterAll(async () => server?.close());

    const open = (
      body: Record<string, unknown> = {},
      user = server.users.collector,
      headers = {},
    ) =>
      server.call(
        user,
        'POST',
        '/api/v1/disputes',
        {
          customerId: ledger.acme,
          invoiceIds: [ledger.invoices['F-001']],
          category: 'price',
          ...body,
        },
        headers,
      );
    const patch = (id: string, body: unknown, user = server.users.collector, headers = {}) =>
      server.call(user, 'PATCH', `/api/v1/disputes/${id}`, body, headers);

    describe('POST /disputes', () => {
      it('needs a token and names failing fields', async () => {
        expect((await server.call(null, 'POST', '/api/v1/disputes', {})).status).toBe(401);
        const bad = await open({ invoiceIds: [], category: 'rude' });
        expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'category',
          'invoiceIds',
        ]);
        const foreign = await open({ invoiceIds: [ledger.invoices['B-001']] });
        expect(foreign.body.errors).toEqual([
          { field: 'invoiceIds.0', message: 'is not an invoice of this customer' },
        ]);
        expect((await open({ customerId: 'nope' })).status).toBe(404);
      });

      it('lets only a manager give the dispute to someone else', async () => {
        const res = await open({ ownerId: server.users.otherCollector.id });
        expect(res.status).toBe(403);
        const managed = await open(
          { ownerId: server.users.otherCollector.id },
          server.users.manager,
        );
        expect(managed.body.owner.id).toBe(server.users.otherCollector.id);
      });

      it('opens a dispute owned by its creator, with a creation event; replayable', async () => {
        const headers = { 'idempotency-key': 'dispute-1' };
        const res = await open(
          { note: 'Prix non conforme', quote: 'le prix est faux' },
          server.users.collector,
          headers,
        );
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({
          customerName: 'Acme Industries',
          category: 'price',
          status: 'open',
          owner: { id: server.users.collector.id },
          openedBy: { id: server.users.collector.id },
          invoiceNumbers: ['F-001'],
          amount: [{ currency: 'EUR', amount: 100_000 }],
          ageDays: 0,
          resolution: null,
        });
        expect(res.body.history).toHaveLength(1);
        expect(res.body.history[0]).toMatchObject({ fromStatus: null, toStatus: 'open' });
        const replay = await open(
          { note: 'Prix non conforme', quote: 'le prix est faux' },
          server.users.collector,
          headers,
        );
        expect(replay.body.id).toBe(res.body.id);
      });
    });

    describe('PATCH /disputes/:id', () => {
      it('moves open → in review → resolved, keeping each change with who and when', async () => {
        const made = await open();
        const id = made.body.id as string;
        clock.set('2025-06-18T09:00:00Z');
        const review = await patch(id, { status: 'in_review', note: 'asked sales' });
        expect(review.body.status).toBe('in_review');
        const noResolution = await patch(id, { status: 'resolved' });
        expect(noResolution.status).toBe(400);
        expect(noResolution.body.errors).toEqual([
          { field: 'resolution', message: 'is required to resolve a dispute' },
        ]);
        clock.set('2025-06-20T09:00:00Z');
        const resolved = await patch(
          id,
          { status: 'resolved', resolution: 'credit_note' },
          server.users.collector,
          {
            'idempotency-key': 'resolve-1',
          },
        );
        expect(resolved.body).toMatchObject({
          status: 'resolved',
          resolution: 'credit_note',
          ageDays: 5,
        });
        const detail = await server.call(server.users.collector, 'GET', `/api/v1/disputes/${id}`);
        expect(
          detail.body.history.map(
            (e: { fromStatus: string | null; toStatus: string | null; at: string }) => [
              e.fromStatus,
              e.toStatus,
              e.at,
            ],
          ),
        ).toEqual([
          [null, 'open', '2025-06-15T10:00:00.000Z'],
          ['open', 'in_review', '2025-06-18T09:00:00.000Z'],
          ['in_review', 'resolved', '2025-06-20T09:00:00.000Z'],
        ]);
        expect(detail.body.history[1].note).toBe('asked sales');
        const replay = await patch(
          id,
          { status: 'resolved', resolution: 'credit_note' },
          server.users.collector,
          {
            'idempotency-key': 'resolve-1',
          },
        );
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        const reopen = await patch(id, { status: 'open' });
        expect(reopen.status).toBe(409);
        clock.set('2025-06-15T10:00:00Z');
      });

      it('cancels an open dispute directly, and refuses in review going back to open', async () => {
        const a = await open();
        expect((await patch(a.body.id, { status: 'cancelled' })).body.status).toBe('cancelled');
        const b = await open();
        await patch(b.body.id, { status: 'in_review' });
        const back = await patch(b.body.id, { status: 'open' });
        expect(back.status).toBe(409);
        expect(back.body.errors).toEqual([
          { field: 'status', message: 'cannot go from in_review to open' },
        ]);
        const early = await patch(b.body.id, { resolution: 'paid' });
        expect(early.body.errors).toEqual([
          { field: 'resolution', message: 'is given only with status resolved' },
        ]);
      });

      it('lets a collector change only disputes they own, and only a manager reassign', async () => {
        const made = await open();
        const id = made.body.id as string;
        expect((await patch(id, { status: 'in_review' }, server.users.otherCollector)).status).toBe(
          403,
        );
        expect((await patch(id, { ownerId: server.users.otherCollector.id })).status).toBe(403);
        const moved = await patch(
          id,
          { ownerId: server.users.otherCollector.id },
          server.users.manager,
        );
        expect(moved.body.owner.id).toBe(server.users.otherCollector.id);
        expect(
          (await patch(id, { category: 'quantity' }, server.users.otherCollector)).body.category,
        ).toBe('quantity');
        const ghost = await patch(id, { ownerId: 'ghost' }, server.users.manager);
        expect(ghost.body.errors).toEqual([{ field: 'ownerId', message: 'is not an active user' }]);
        const audits = await server.storage.db
          .selectFrom('audit_log')
          .select('action')
          .where('entity_id', '=', id)
          .execute();
        expect(audits.map((a) => a.action).sort()).toEqual([
          'dispute.create',
          'dispute.update',
          'dispute.update',
        ]);
      });

      it('names unknown fields, 401 without a token, 404 for an unknown dispute', async () => {
        const made = await open();
        const bad = await patch(made.body.id, { status: 'closed', customerId: 'x' });
        expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'customerId',
          'status',
        ]);
        expect(
          (await server.call(null, 'PATCH', `/api/v1/disputes/${made.body.id}`, {})).status,
        ).toBe(401);
        expect((await patch('nope', { status: 'in_review' }, server.users.manager)).status).toBe(
          404,
        );
      });
    });

    describe('GET /disputes', () => {
      it('filters by status, category, owner and customer; pages; answers CSV', async () => {
        const owned = await server.call(
          server.users.manager,
          'GET',
          `/api/v1/disputes?ownerId=${server.users.otherCollector.id}&status=open`,
        );
        expect(owned.body.items.length).toBeGreaterThan(0);
        for (const d of owned.body.items) {
          expect(d).toMatchObject({
            status: 'open',
            owner: { id: server.users.otherCollector.id },
          });
          expect(d.history).toBeUndefined();
        }
        const quantity = await server.call(
          server.users.manager,
          'GET',
          '/api/v1/disputes?category=quantity',
        );
        expect(
          quantity.body.items.every((d: { category: string }) => d.category === 'quantity'),
        ).toBe(true);
        const bolt = await server.call(
          server.users.manager,
          'GET',
          `/api/v1/disputes?customerId=${ledger.bolt}`,
        );
        expect(bolt.body.items).toEqual([]);

        const all = await server.call(server.users.manager, 'GET', '/api/v1/disputes?limit=200');
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const page: { body: { items: { id: string }[]; nextCursor: string | null } } =
            await server.call(
              server.users.manager,
              'GET',
              `/api/v1/disputes?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
            );
          ids.push(...page.body.items.map((d) => d.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(ids).toEqual(all.body.items.map((d: { id: string }) => d.id));

        const csv = await server.call(
          server.users.manager,
          'GET',
          '/api/v1/disputes?format=csv&limit=200',
        );
        expect(csv.text.trim().split('\r\n')).toHaveLength(all.body.items.length + 1);
      });

      it('names a bad filter, 401 without a token, 404 for one unknown dispute', async () => {
        const bad = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/disputes?category=rude',
        );
        expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['category']);
        expect((await server.call(null, 'GET', '/api/v1/disputes')).status).toBe(401);
        expect(
          (await server.call(server.users.collector, 'GET', '/api/v1/disputes/nope')).status,
        ).toBe(404);
      });
    });
  });
}
