import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackendError } from '@relance/shared';
import type { BackendUser, CollectionsBackend } from '@relance/shared';
import { ledgerBuilder } from '../context/testing-ledger.ts';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { gmailBackend } from './backend.ts';

const clock = { now: () => new Date('2026-03-15T10:00:00.000Z') };

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`Gmail backend on ${engine.name}`, () => {
    let server: TestServer;
    let backend: CollectionsBackend;
    let user: BackendUser;
    let acme: string;
    let invoice: string;

    beforeAll(async () => {
      server = await startTestServer(engine, { clock });
      const ledger = ledgerBuilder(server.storage.db);
      await ledger.settings({ ownDomains: ['relance.test'] });
      acme = await ledger.customer({
        name: 'Acme',
        assignee_id: server.users.collector.id,
        domains: ['acme.fr'],
        contacts: ['paul@acme.fr'],
      });
      invoice = await ledger.invoice(acme, {
        issue_date: '2026-01-10',
        due_date: '2026-02-10',
        amount: 120_000,
      });
      backend = gmailBackend(server.deps);
      const found = await backend.findUserByEmail('Colette@Relance.test');
      if (!found) throw new Error('collector not found');
      user = found;
    });
    afterAll(() => server.close());

    const promise = (amount: number) => ({
      customerId: acme,
      invoiceIds: [invoice],
      amount,
      currency: 'EUR',
      promisedDate: '2026-03-30',
      sourceMessageId: '<p@acme.fr>',
    });
    const promiseRows = () =>
      server.storage.db
        .selectFrom('payment_promises')
        .select('id')
        .where('customer_id', '=', acme)
        .execute();

    it('finds a Relance user by email, case-insensitively, and nobody for a stranger', async () => {
      expect(user).toMatchObject({ id: server.users.collector.id, role: 'collector' });
      expect(await backend.findUserByEmail('stranger@acme.fr')).toBeNull();
    });

    it('matches the sender through the same context service as the API', async () => {
      const context = await backend.context(user, { from: 'paul@acme.fr', subject: 'Hello' });
      expect(context.match).toMatchObject({ status: 'matched', step: 'contact' });
      expect(context.invoices.map((i) => i.id)).toEqual([invoice]);
    });

    it('saves a promise once when the same key arrives twice at the same time', async () => {
      const before = (await promiseRows()).length;
      const [a, b] = await Promise.all([
        backend.createPromise(user, promise(50_000), 'double-click-key-1'),
        backend.createPromise(user, promise(50_000), 'double-click-key-1'),
      ]);
      expect(a.id).toBe(b.id);
      expect((await promiseRows()).length).toBe(before + 1);
    });

    it('refuses a key reused with another input', async () => {
      await backend.createPromise(user, promise(10_000), 'reused-key-1');
      await expect(
        backend.createPromise(user, promise(20_000), 'reused-key-1'),
      ).rejects.toMatchObject({
        code: 'idempotency_key_reused',
      });
    });

    it('replays a promise first saved over HTTP with the same key and body', async () => {
      const body = promise(30_000);
      const viaHttp = await server.call(server.users.collector, 'POST', '/api/v1/promises', body, {
        'Idempotency-Key': 'shared-key-1',
      });
      expect(viaHttp.status).toBe(201);
      const inProcess = await backend.createPromise(user, body, 'shared-key-1');
      expect(inProcess.id).toBe(viaHttp.body.id);
    });

    it('reports invalid input with the field, and frees the key for a corrected retry', async () => {
      const past = { ...promise(10_000), promisedDate: '2026-01-01' };
      const failure = backend.createPromise(user, past, 'retry-key-1');
      await expect(failure).rejects.toBeInstanceOf(BackendError);
      await expect(failure).rejects.toMatchObject({
        code: 'invalid_request',
        fields: [{ field: 'promisedDate', message: 'is in the past' }],
      });
      const rows = await server.storage.db
        .selectFrom('idempotency_keys')
        .select('key')
        .where('key', '=', 'retry-key-1')
        .execute();
      expect(rows).toEqual([]);
    });

    it('logs an email once whether Gmail or Outlook logs it first', async () => {
      const email = {
        customerId: acme,
        messageId: '<same-mail@acme.fr>',
        direction: 'inbound' as const,
        from: 'paul@acme.fr',
        to: ['colette@relance.test'],
        subject: 'Paiement',
        sentAt: '2026-03-14T09:00:00.000Z',
      };
      const fromGmail = await backend.logInteraction(
        user,
        { ...email, client: 'gmail' },
        'log-key-1',
      );
      const fromOutlook = await server.call(
        server.users.collector,
        'POST',
        '/api/v1/interactions',
        {
          ...email,
          messageId: 'same-mail@acme.fr',
          client: 'outlook',
        },
      );
      expect(fromGmail.created).toBe(true);
      expect(fromOutlook.status).toBe(200);
      expect(fromOutlook.body.id).toBe(fromGmail.interaction.id);
    });

    it('remembers a picked customer as a contact, so the next email matches it', async () => {
      const customer = await backend.linkContact(user, {
        customerId: acme,
        email: 'new@elsewhere.fr',
      });
      expect(customer.id).toBe(acme);
      const context = await backend.context(user, { from: 'new@elsewhere.fr' });
      expect(context.match).toMatchObject({ status: 'matched', step: 'contact' });
    });

    it('searches customers and lists the collector’s worklist', async () => {
      expect((await backend.searchCustomers(user, 'acm')).map((c) => c.id)).toContain(acme);
      const worklist = await backend.worklist(user);
      expect(worklist.asOf).toBe('2026-03-15');
    });
  });
}
