import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContextRequest, ContextResponse } from '@relance/shared';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { buildContext, contextFloor, matchEmail } from './context.service.ts';
import {
  customerFacts,
  lastInteractionsOf,
  listedAsJson,
  openDisputesOf,
  openInvoicesOf,
  promisesOf,
} from './context.sql.ts';
import { runStatement } from './statements.ts';
import { ledgerBuilder } from './testing-ledger.ts';

// 11:00 in Paris on 15 March 2026: the as-of date is 2026-03-15.
const clock = { now: () => new Date('2026-03-15T10:00:00.000Z') };

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`context on ${engine.name}`, () => {
    let server: TestServer;
    const ids = {} as Record<'acme' | 'beta' | 'gamma' | 'misfit', string>;
    const inv = {} as Record<'a1' | 'a2' | 'a3', string>;

    const post = (body: Record<string, unknown>) =>
      server.call(server.users.collector, 'POST', '/api/v1/context', body);

    beforeAll(async () => {
      server = await startTestServer(engine, { clock });
      const ledger = ledgerBuilder(server.storage.db);
      const { collector, manager } = server.users;
      await ledger.settings({
        ownDomains: ['relance.test'],
        neverLog: ['lawyer@avocats.test', 'private.test'],
      });

      ids.acme = await ledger.customer({
        name: 'Acme',
        assignee_id: collector.id,
        segment: 'occasional_late',
        segment_reason: 'occasional_late: 1 invoice paid >5 days late',
        domains: ['acme.fr'],
        contacts: ['paul@acme.fr'],
      });
      ids.beta = await ledger.customer({
        name: 'Beta',
        domains: ['beta.fr', 'shared.fr'],
        contacts: ['anne@beta.fr'],
      });
      ids.gamma = await ledger.customer({ name: 'Gamma', domains: ['shared.fr'] });
      await ledger.invoice(ids.gamma, {
        number: '2345-6789',
        issue_date: '2026-02-01',
        due_date: '2026-03-01',
        amount: 1_000,
      });
      // Bad data on purpose: free-mail and our own domain registered to a customer.
      ids.misfit = await ledger.customer({
        name: 'Misfit',
        domains: ['gmail.com', 'relance.test'],
      });

      inv.a1 = await ledger.invoice(ids.acme, {
        number: 'FA-2026-0042',
        issue_date: '2026-01-05',
        due_date: '2026-02-03',
        amount: 100_000,
      });
      inv.a2 = await ledger.invoice(ids.acme, {
        issue_date: '2026-02-01',
        due_date: '2026-03-05',
        amount: 50_000,
      });
      inv.a3 = await ledger.invoice(ids.acme, {
        issue_date: '2026-03-01',
        due_date: '2026-03-31',
        amount: 30_000,
        open_amount: 20_000,
      });
      const paidLate = await ledger.invoice(ids.acme, {
        issue_date: '2025-12-10',
        due_date: '2026-01-10',
        amount: 40_000,
        status: 'paid',
        paid_date: '2026-01-30',
      });
      const paidSoonish = await ledger.invoice(ids.acme, {
        issue_date: '2025-12-20',
        due_date: '2026-01-20',
        amount: 10_000,
        status: 'paid',
        paid_date: '2026-01-25',
      });
      await ledger.payment(ids.acme, '2026-01-30', [{ invoiceId: paidLate, amount: 40_000 }]);
      await ledger.payment(ids.acme, '2026-01-25', [{ invoiceId: paidSoonish, amount: 10_000 }], {
        unapplied: 500,
      });
      await ledger.invoice(ids.beta, {
        number: 'FB-2026-0077',
        issue_date: '2026-02-01',
        due_date: '2026-03-01',
        amount: 7_000,
      });

      await ledger.dispute(ids.acme, collector.id, [inv.a1], {
        owner_id: manager.id,
        category: 'quantity',
        created_at: '2026-03-01T08:00:00.000Z',
      });
      await ledger.dispute(ids.acme, collector.id, [inv.a1], { status: 'resolved' });
      await ledger.promise(
        ids.acme,
        collector.id,
        { amount: 50_000, promised_date: '2026-03-20', grace_ends_on: '2026-03-23' },
        [inv.a2],
      );
      await ledger.promise(ids.acme, collector.id, {
        amount: 10_000,
        promised_date: '2026-01-20',
        grace_ends_on: '2026-01-23',
        status: 'kept',
        paid_amount: 10_000,
      });
      await ledger.promise(ids.acme, collector.id, {
        amount: 40_000,
        promised_date: '2026-01-05',
        grace_ends_on: '2026-01-08',
        status: 'broken',
      });
      for (let day = 1; day <= 12; day++) {
        await ledger.interaction(ids.acme, collector.id, {
          message_id: `acme-${day}@acme.fr`,
          thread_id: day === 12 ? 'thread-acme' : null,
          sent_at: `2026-02-${String(day).padStart(2, '0')}T09:00:00.000Z`,
        });
      }
    });
    afterAll(async () => server?.close());

    // The detail is read as one statement on PostgreSQL only.
    if (engine.name === 'postgres') {
      it("lists a customer's detail in one statement as the five statements list it", async () => {
        const { db } = server.storage;
        const dialect = server.storage.dialect;
        const statements = {
          facts: customerFacts(dialect, ids.acme, 'EUR', '2025-03-15', '2026-03-15'),
          invoices: openInvoicesOf(ids.acme),
          disputes: openDisputesOf(ids.acme),
          promises: promisesOf(ids.acme),
          interactions: lastInteractionsOf(ids.acme, 10),
        };
        const [row] = await runStatement<Record<string, string>>(
          db,
          dialect,
          listedAsJson(statements),
        );
        for (const [name, statement] of Object.entries(statements)) {
          const apart = await runStatement<Record<string, unknown>>(db, dialect, statement);
          expect(apart.length, name).toBeGreaterThan(0);
          // Numbers stay numbers and texts texts; nulls, order and limits are kept.
          expect(JSON.parse(row?.[name] ?? 'null'), name).toEqual(apart);
        }
      });
    }

    describe('the matching chain', () => {
      it('matches by thread when a message of the conversation is logged', async () => {
        const res = await post({ from: 'stranger@nowhere.test', thread: 'thread-acme' });
        expect(res.status).toBe(200);
        expect(res.body.match).toMatchObject({
          status: 'matched',
          step: 'thread',
          evidence: 'thread-acme',
          customer: { id: ids.acme, name: 'Acme' },
        });
      });

      it('matches by thread when the email itself is logged, and returns its record', async () => {
        const res = await post({ from: 'stranger@nowhere.test', messageId: ' <acme-3@acme.fr> ' });
        expect(res.body.match).toMatchObject({ step: 'thread', evidence: 'acme-3@acme.fr' });
        expect(res.body.loggedEmail).toMatchObject({
          messageId: 'acme-3@acme.fr',
          customerId: ids.acme,
        });
      });

      it('matches by the sender being a contact, saying which address', async () => {
        const res = await post({ from: 'Paul@Acme.fr', subject: 'FB-2026-0077' });
        expect(res.body.match).toMatchObject({
          status: 'matched',
          step: 'contact',
          evidence: 'paul@acme.fr',
          customer: { id: ids.acme },
        });
      });

      it('matches a draft by its recipients, and is ambiguous when they belong to two customers', async () => {
        const one = await post({
          from: 'colette@relance.test',
          to: ['anne@beta.fr'],
          mode: 'compose',
        });
        expect(one.body.match).toMatchObject({ step: 'contact', customer: { id: ids.beta } });

        const two = await post({
          from: 'colette@relance.test',
          to: ['paul@acme.fr'],
          cc: ['anne@beta.fr'],
          mode: 'compose',
        });
        expect(two.body.match.status).toBe('ambiguous');
        expect(two.body.match.step).toBe('contact');
        expect(two.body.match.evidence).toBe('paul@acme.fr, anne@beta.fr');
        expect(two.body.match.candidates.map((c: { id: string }) => c.id).sort()).toEqual(
          [ids.acme, ids.beta].sort(),
        );
        expect(two.body.customer).toBeNull();
      });

      it('matches by a known invoice number in the subject or the text', async () => {
        const bySubject = await post({ from: 'compta@gmail.com', subject: 'Facture fa 2026-0042' });
        expect(bySubject.body.match).toMatchObject({
          status: 'matched',
          step: 'invoice',
          evidence: 'FA-2026-0042',
          customer: { id: ids.acme },
        });

        const byText = await post({
          from: 'compta@gmail.com',
          subject: 'Question',
          text: 'Bonjour, au sujet de la facture FB-2026-0077, merci.',
        });
        expect(byText.body.match).toMatchObject({ step: 'invoice', customer: { id: ids.beta } });
      });

      it('is ambiguous when invoice numbers of two customers appear', async () => {
        const res = await post({
          from: 'compta@gmail.com',
          subject: 'FA-2026-0042 et FB-2026-0077',
        });
        expect(res.body.match).toMatchObject({ status: 'ambiguous', step: 'invoice' });
        expect(res.body.match.candidates).toHaveLength(2);
      });

      it('never takes a known number inside a phone number for an invoice reference', async () => {
        const phone = await post({
          from: 'compta@gmail.com',
          text: 'Appelez-moi au 01 23 45 67 89.',
        });
        expect(phone.body.match).toEqual({ status: 'none' });
        const invoice = await post({ from: 'compta@gmail.com', subject: 'Facture 2345-6789' });
        expect(invoice.body.match).toMatchObject({ step: 'invoice', customer: { id: ids.gamma } });
      });

      it('never matches an invoice number nobody issued', async () => {
        const res = await post({ from: 'compta@gmail.com', subject: 'Facture FA-2026-9999' });
        expect(res.body.match).toEqual({ status: 'none' });
      });

      it('matches by registered domain, the most specific one first', async () => {
        const res = await post({ from: 'new.person@eu.acme.fr' });
        expect(res.body.match).toMatchObject({
          status: 'matched',
          step: 'domain',
          evidence: 'acme.fr',
          customer: { id: ids.acme },
        });
      });

      it('is ambiguous when a domain is registered to two customers', async () => {
        const res = await post({ from: 'x@shared.fr' });
        expect(res.body.match).toMatchObject({
          status: 'ambiguous',
          step: 'domain',
          evidence: 'shared.fr',
        });
        expect(res.body.match.candidates.map((c: { name: string }) => c.name)).toEqual([
          'Beta',
          'Gamma',
        ]);
      });

      it('never matches a free-mail or own domain, even when registered', async () => {
        const freeMail = await post({ from: 'someone@gmail.com' });
        expect(freeMail.body.match).toEqual({ status: 'none' });

        const own = await post({
          from: 'colette@relance.test',
          to: ['oscar@relance.test', 'someone@gmail.com'],
          mode: 'compose',
        });
        expect(own.body.match).toEqual({ status: 'none' });
      });

      it('flags internal mail and looks nothing else up', async () => {
        const res = await post({
          from: 'oscar@relance.test',
          to: ['colette@relance.test'],
          thread: 'thread-acme',
        });
        expect(res.body.match).toEqual({ status: 'internal' });
        expect(res.body.customer).toBeNull();
        expect(res.body.loggedEmail).toBeNull();
      });

      it('excludes addresses and domains on the never-log list', async () => {
        const address = await post({ from: 'lawyer@avocats.test', thread: 'thread-acme' });
        expect(address.body.match).toMatchObject({ status: 'excluded' });
        expect(address.body.match.reason).toContain('lawyer@avocats.test');
        const domain = await post({ from: 'me@mail.private.test' });
        expect(domain.body.match.status).toBe('excluded');
        expect(domain.body.customer).toBeNull();
      });

      it('answers by the manual step when a person pinned the customer', async () => {
        const res = await post({ from: 'stranger@nowhere.test', customerId: ids.beta });
        expect(res.body.match).toMatchObject({
          status: 'matched',
          step: 'manual',
          evidence: 'stranger@nowhere.test',
          customer: { id: ids.beta },
        });
        expect(res.body.customer.id).toBe(ids.beta);
      });

      it('answers none when no step finds anyone', async () => {
        const res = await post({ from: 'stranger@nowhere.test', subject: 'Hello 2026' });
        expect(res.body.match).toEqual({ status: 'none' });
      });

      it('runs in-process through matchEmail', async () => {
        const match = await matchEmail(
          server.storage.db,
          server.deps,
          ContextRequest.parse({ from: 'anne@beta.fr' }),
        );
        expect(match).toMatchObject({ status: 'matched', step: 'contact' });
      });
    });

    describe('the context of a matched customer', () => {
      it('holds the summary, open invoices, disputes, promises, emails and settings', async () => {
        const context = await buildContext(
          server.deps,
          { id: server.users.collector.id, role: 'collector' },
          ContextRequest.parse({ from: 'paul@acme.fr' }),
        );
        expect(() => ContextResponse.parse(context)).not.toThrow();
        expect(context.asOf).toBe('2026-03-15');

        const summary = context.customer;
        expect(summary).toMatchObject({
          id: ids.acme,
          segment: 'occasional_late',
          segmentSource: 'computed',
          tone: 'neutral',
          assignee: { id: server.users.collector.id },
          domains: ['acme.fr'],
          unappliedCash: [{ currency: 'EUR', amount: 500 }],
        });
        // Paid late: 20 days on 40,000 and 5 days on 10,000, weighted by amount.
        expect(summary?.averageDaysLate).toBeCloseTo((20 * 40_000 + 5 * 10_000) / 50_000, 6);
        expect(summary?.balances).toEqual([
          {
            currency: 'EUR',
            outstanding: 100_000 + 50_000 + 20_000,
            overdue: 100_000 + 50_000,
            disputed: 100_000,
            buckets: { not_due: 20_000, d1_30: 50_000, d31_60: 100_000, d61_90: 0, over_90: 0 },
          },
        ]);

        expect(context.invoices.map((i) => [i.id, i.daysOverdue, i.bucket])).toEqual([
          [inv.a1, 40, 'd31_60'],
          [inv.a2, 10, 'd1_30'],
          [inv.a3, -16, 'not_due'],
        ]);
        expect(context.invoices.map((i) => [i.disputed, i.promised])).toEqual([
          [true, false],
          [false, true],
          [false, false],
        ]);

        expect(context.disputes).toHaveLength(1);
        expect(context.disputes[0]).toMatchObject({
          category: 'quantity',
          invoiceNumbers: ['FA-2026-0042'],
          amount: [{ currency: 'EUR', amount: 100_000 }],
          owner: { id: server.users.manager.id },
          ageDays: 14,
        });

        expect(context.promises.pending.map((p) => p.amount)).toEqual([50_000]);
        expect(context.promises.pending[0]?.invoiceNumbers).toHaveLength(1);
        // The kept one's grace ended last (23 January against 8 January).
        expect(context.promises.lastResolved).toMatchObject({ status: 'kept', paidShare: 1 });

        expect(context.interactions).toHaveLength(10);
        expect(context.interactions[0]?.messageId).toBe('acme-12@acme.fr');
        expect(context.interactions[0]?.to).toEqual(['colette@relance.test']);
        expect(context.loggedEmail).toBeNull();
        expect(context.settings.ownDomains).toEqual(['relance.test']);
      });

      it('answers the same over GET, with recipients as a comma list', async () => {
        const query = 'from=colette%40relance.test&to=anne%40beta.fr,paul%40acme.fr&mode=compose';
        const res = await server.call(server.users.manager, 'GET', `/api/v1/context?${query}`);
        expect(res.status).toBe(200);
        expect(res.body.match).toMatchObject({ status: 'ambiguous', step: 'contact' });
      });

      it('runs the raw statements of the floor', async () => {
        const rows = await contextFloor(server.storage, ids.acme, '2026-03-15', 'paul@acme.fr');
        expect(rows).toBeGreaterThan(10);
      });
    });

    describe('what the email says (reading)', () => {
      const promise = {
        from: 'paul@acme.fr',
        subject: 'RE: relance',
        text: 'Bonjour, nous réglerons la facture FA-2026-0042 de 1 000,00 € demain. Cordialement',
        // 23:30 in London is already the next day in Paris.
        sentAt: '2026-03-14T23:30:00.000Z',
      };

      it('reads an email against the open invoices, in the reader’s time zone', async () => {
        const paris = await post({ ...promise, timeZone: 'Europe/Paris' });
        expect(paris.status).toBe(200);
        const reading = ContextResponse.parse(paris.body).reading;
        expect(reading).toMatchObject({
          intent: 'promise',
          invoices: [{ number: 'FA-2026-0042' }],
          amounts: [{ amount: 100_000, currency: 'EUR' }],
          promisedDate: { date: '2026-03-16' },
          disputeCategory: null,
        });
        expect(reading?.promisedDate?.evidence).toContain('demain');

        const london = await post({ ...promise, timeZone: 'Europe/London' });
        expect(london.body.reading.promisedDate.date).toBe('2026-03-15');
      });

      it('falls back on the server’s zone and on now when the request omits them', async () => {
        // The server runs in Europe/Paris; now is 11:00 on 15 March there.
        const res = await post({ from: promise.from, subject: '', text: promise.text });
        expect(res.body.reading.promisedDate.date).toBe('2026-03-16');
      });

      it('names the dispute category of a complaint', async () => {
        const res = await post({
          from: 'paul@acme.fr',
          text: 'Le prix facturé sur FA-2026-0042 ne correspond pas au devis signé.',
        });
        expect(res.body.reading).toMatchObject({
          intent: 'dispute',
          disputeCategory: { category: 'price' },
        });
      });

      it('reads nothing for a draft, a request without text or an unknown sender', async () => {
        const draft = await post({
          from: 'colette@relance.test',
          to: ['paul@acme.fr'],
          mode: 'compose',
          text: promise.text,
        });
        expect(draft.body.customer?.name).toBe('Acme');
        expect(draft.body.reading).toBeNull();
        expect((await post({ from: 'paul@acme.fr' })).body.reading).toBeNull();
        const stranger = await post({
          from: 'who@nowhere.test',
          text: 'Nous réglerons votre facture demain.',
        });
        expect(stranger.body.customer).toBeNull();
        expect(stranger.body.reading).toBeNull();
      });

      it('refuses an unknown time zone or a bad sent time, naming the field', async () => {
        const res = await post({ ...promise, timeZone: 'Mars/Olympus', sentAt: 'yesterday' });
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'sentAt',
          'timeZone',
        ]);
      });
    });

    describe('errors', () => {
      it('refuses a request without a token', async () => {
        expect((await server.call(null, 'GET', '/api/v1/context?from=a%40b.fr')).status).toBe(401);
        expect(
          (await server.call(null, 'POST', '/api/v1/context', { from: 'a@b.fr' })).status,
        ).toBe(401);
      });

      it('names each bad field', async () => {
        const get = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/context?from=nope&x=1',
        );
        expect(get.status).toBe(400);
        expect(get.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'from',
          'x',
        ]);

        const postRes = await post({ from: 'a@b.fr', mode: 'shout' });
        expect(postRes.status).toBe(400);
        expect(postRes.body.errors).toEqual([{ field: 'mode', message: expect.any(String) }]);
      });

      it('answers 404 for a pinned customer that does not exist', async () => {
        const res = await post({ from: 'a@b.fr', customerId: 'no-such-customer' });
        expect(res.status).toBe(404);
      });
    });
  });
}
