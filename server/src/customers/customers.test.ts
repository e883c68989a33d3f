import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { loadLedger, manualClock, pay } from '../ledger/testing-ledger.ts';
import type { SmallLedger } from '../ledger/testing-ledger.ts';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`customers on ${engine.name}`, () => {
    let server: TestServer;
    let ledger: SmallLedger;
    beforeAll(async () => {
      server = await startTestServer(engine, { clock: manualClock('2025-06-15T10:00:00Z') });
      ledger = await loadLedger(server);
    });
    afterAll(async () => server?.close());

    describe('GET /customers', () => {
      it('needs a token', async () => {
        expect((await server.call(null, 'GET', '/api/v1/customers')).status).toBe(401);
      });

      it('finds a customer by part of its name, any case', async () => {
        const res = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/customers?q=acme%20IND',
        );
        expect(res.status).toBe(200);
        expect(res.body.items).toEqual([
          { id: ledger.acme, name: 'Acme Industries', externalRef: 'C-ACME', segment: 'new' },
        ]);
      });

      it('finds a customer by external reference, contact address and domain', async () => {
        for (const q of ['c-bolt', 'compta@acme.fr', 'someone.else@acme.fr', 'acme.fr']) {
          const res = await server.call(
            server.users.collector,
            'GET',
            `/api/v1/customers?q=${encodeURIComponent(q)}`,
          );
          expect(res.body.items.map((c: { externalRef: string }) => c.externalRef)).toEqual([
            q === 'c-bolt' ? 'C-BOLT' : 'C-ACME',
          ]);
        }
      });

      it('takes the wildcards of the query literally', async () => {
        const res = await server.call(server.users.collector, 'GET', '/api/v1/customers?q=%25');
        expect(res.body.items).toEqual([]);
      });

      it('names a bad parameter', async () => {
        const res = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/customers?limit=0&x=1',
        );
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'limit',
          'x',
        ]);
      });

      it('answers CSV with a header row', async () => {
        const res = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/customers?format=csv',
        );
        expect(res.headers.get('content-type')).toContain('text/csv');
        const lines = res.text.trim().split('\r\n');
        expect(lines[0]).toBe('id,external_ref,name,segment');
        expect(lines).toHaveLength(3);
      });
    });

    describe('GET /customers/:id', () => {
      it('sums balances per currency into aging buckets with the disputed part', async () => {
        await server.call(server.users.collector, 'POST', '/api/v1/disputes', {
          customerId: ledger.acme,
          invoiceIds: [ledger.invoices['F-003']],
          category: 'price',
        });
        const res = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}`,
        );
        expect(res.status).toBe(200);
        expect(res.body.balances).toEqual([
          {
            currency: 'EUR',
            outstanding: 170_000,
            overdue: 120_000,
            disputed: 20_000,
            buckets: { not_due: 50_000, d1_30: 0, d31_60: 100_000, d61_90: 0, over_90: 20_000 },
          },
        ]);
        expect(res.body).toMatchObject({
          segment: 'new',
          segmentSource: 'computed',
          strategic: false,
          tone: 'courteous',
          domains: ['acme.fr'],
          assignee: null,
          averageDaysLate: null,
        });
      });

      it('shows unapplied cash and the average days late of paid invoices', async () => {
        await pay(server, [
          {
            externalRef: 'P-SUM-1',
            customerExternalRef: 'C-BOLT',
            date: '2025-06-10',
            amount: 40_000,
            currency: 'GBP',
            applications: [{ invoiceNumber: 'B-001', amount: 30_000 }],
          },
        ]);
        const res = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.bolt}`,
        );
        expect(res.body.unappliedCash).toEqual([{ currency: 'GBP', amount: 10_000 }]);
        expect(res.body.averageDaysLate).toBe(10);
        expect(res.body.balances).toEqual([]);
      });

      it('answers 404 for an unknown customer', async () => {
        const res = await server.call(server.users.collector, 'GET', '/api/v1/customers/nope');
        expect(res.status).toBe(404);
      });
    });

    describe('PATCH /customers/:id', () => {
      it('is for managers', async () => {
        const res = await server.call(
          server.users.collector,
          'PATCH',
          `/api/v1/customers/${ledger.acme}`,
          {
            strategic: true,
          },
        );
        expect(res.status).toBe(403);
      });

      it('names a field that may not be set', async () => {
        const res = await server.call(
          server.users.manager,
          'PATCH',
          `/api/v1/customers/${ledger.acme}`,
          {
            name: 'x',
            domains: ['not a domain'],
          },
        );
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'domains.0',
          'name',
        ]);
      });

      it('refuses an assignee who is not a user', async () => {
        const res = await server.call(
          server.users.manager,
          'PATCH',
          `/api/v1/customers/${ledger.acme}`,
          {
            assigneeId: 'ghost',
          },
        );
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([
          { field: 'assigneeId', message: 'is not an active user' },
        ]);
      });

      it('sets an override, the strategic flag, the assignee and domains; audited; replayable', async () => {
        const body = {
          segmentOverride: 'recurring_late',
          strategic: true,
          assigneeId: server.users.collector.id,
          domains: ['Acme.fr', 'acme-group.com'],
        };
        const headers = { 'idempotency-key': 'patch-acme-1' };
        const path = `/api/v1/customers/${ledger.acme}`;
        const res = await server.call(server.users.manager, 'PATCH', path, body, headers);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          segment: 'recurring_late',
          segmentSource: 'override',
          strategic: true,
          tone: 'courteous',
          assignee: { id: server.users.collector.id },
          domains: ['acme-group.com', 'acme.fr'],
        });
        const replay = await server.call(server.users.manager, 'PATCH', path, body, headers);
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        expect(replay.body).toEqual(res.body);
        const entries = await server.storage.db
          .selectFrom('audit_log')
          .selectAll()
          .where('entity_id', '=', ledger.acme)
          .where('action', '=', 'customer.update')
          .execute();
        expect(entries).toHaveLength(1);
      });

      it('answers 404 for an unknown customer', async () => {
        const res = await server.call(server.users.manager, 'PATCH', '/api/v1/customers/nope', {});
        expect(res.status).toBe(404);
      });
    });

    describe('POST /customers/bulk', () => {
      it('is for admins', async () => {
        const res = await server.call(server.users.manager, 'POST', '/api/v1/customers/bulk', {
          customers: [],
        });
        expect(res.status).toBe(403);
      });

      it('names the failing fields', async () => {
        const res = await server.call(server.users.admin, 'POST', '/api/v1/customers/bulk', {
          customers: [{ externalRef: 'X', name: '', currency: 'euro' }],
        });
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'customers.0.currency',
          'customers.0.name',
        ]);
      });

      it('is idempotent and reports a contact that belongs to another customer', async () => {
        const payload = {
          customers: [
            {
              externalRef: 'C-NEW',
              name: 'Nouvelle SARL',
              currency: 'EUR',
              contacts: [{ email: 'Compta@acme.fr' }, { email: 'paie@nouvelle.fr' }],
            },
          ],
        };
        const first = await server.call(
          server.users.admin,
          'POST',
          '/api/v1/customers/bulk',
          payload,
        );
        expect(first.body).toEqual({
          created: 1,
          updated: 0,
          unchanged: 0,
          conflicts: [
            {
              index: 0,
              field: 'contacts.0.email',
              message: 'this address belongs to another customer',
            },
          ],
        });
        const second = await server.call(
          server.users.admin,
          'POST',
          '/api/v1/customers/bulk',
          payload,
        );
        expect(second.body).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
        const renamed = await server.call(server.users.admin, 'POST', '/api/v1/customers/bulk', {
          customers: [{ ...payload.customers[0], name: 'Nouvelle SAS', contacts: [] }],
        });
        expect(renamed.body).toMatchObject({ created: 0, updated: 1, unchanged: 0, conflicts: [] });
      });
    });

    describe('contacts', () => {
      it('lists a customer’s contacts, and 404 for an unknown customer', async () => {
        const res = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/contacts`,
        );
        expect(res.body.items.map((c: { email: string }) => c.email)).toEqual(['compta@acme.fr']);
        const missing = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/customers/nope/contacts',
        );
        expect(missing.status).toBe(404);
        const csv = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/customers/${ledger.acme}/contacts?format=csv`,
        );
        expect(csv.text.split('\r\n')[0]).toBe('id,customer_id,email,name,created_at');
      });

      it('links an address (201), returns it again (200), replays a key', async () => {
        const body = { customerId: ledger.bolt, email: 'AP@Bolt.co.uk', name: 'Accounts payable' };
        const headers = { 'idempotency-key': 'link-bolt' };
        const first = await server.call(
          server.users.collector,
          'POST',
          '/api/v1/contacts',
          body,
          headers,
        );
        expect(first.status).toBe(201);
        expect(first.body.contact).toMatchObject({
          customerId: ledger.bolt,
          email: 'ap@bolt.co.uk',
        });
        expect(first.body.customer).toMatchObject({ id: ledger.bolt, externalRef: 'C-BOLT' });
        const replay = await server.call(
          server.users.collector,
          'POST',
          '/api/v1/contacts',
          body,
          headers,
        );
        expect(replay.status).toBe(201);
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        const again = await server.call(
          server.users.otherCollector,
          'POST',
          '/api/v1/contacts',
          body,
        );
        expect(again.status).toBe(200);
        expect(again.body.contact.id).toBe(first.body.contact.id);
      });

      it('refuses an address of another customer with a 409 naming email', async () => {
        const res = await server.call(server.users.collector, 'POST', '/api/v1/contacts', {
          customerId: ledger.bolt,
          email: 'compta@acme.fr',
        });
        expect(res.status).toBe(409);
        expect(res.body.errors).toEqual([
          { field: 'email', message: 'this address belongs to another customer' },
        ]);
      });

      it('names a bad address, 401 without a token, 404 for an unknown customer', async () => {
        const bad = await server.call(server.users.collector, 'POST', '/api/v1/contacts', {
          customerId: ledger.bolt,
          email: 'nope',
        });
        expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
        expect((await server.call(null, 'POST', '/api/v1/contacts', {})).status).toBe(401);
        const missing = await server.call(server.users.collector, 'POST', '/api/v1/contacts', {
          customerId: 'nope',
          email: 'x@y.fr',
        });
        expect(missing.status).toBe(404);
      });

      it('unlinks for managers only, 404 when gone', async () => {
        const list = await server.call(
          server.users.manager,
          'GET',
          `/api/v1/customers/${ledger.bolt}/contacts`,
        );
        const id = list.body.items[0].id as string;
        expect(
          (await server.call(server.users.collector, 'DELETE', `/api/v1/contacts/${id}`)).status,
        ).toBe(403);
        const res = await server.call(server.users.manager, 'DELETE', `/api/v1/contacts/${id}`);
        expect(res.status).toBe(200);
        expect(res.body.email).toBe('ap@bolt.co.uk');
        expect(
          (await server.call(server.users.manager, 'DELETE', `/api/v1/contacts/${id}`)).status,
        ).toBe(404);
      });
    });
  });
}
