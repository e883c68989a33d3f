import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { loadLedger, manualClock } from '../ledger/testing-ledger.ts';
import type { ManualClock, SmallLedger } from '../ledger/testing-ledger.ts';
import { isInternalMail, normalizeMessageId } from './interactions.service.ts';

describe('normalizeMessageId', () => {
  it('strips angle brackets and whitespace and keeps the case', () => {
    expect(normalizeMessageId(' <AbC.123@Mail.Example.com>\r\n')).toBe('AbC.123@Mail.Example.com');
  });
});

describe('isInternalMail', () => {
  it('is internal only when the sender and every recipient are in own domains', () => {
    expect(isInternalMail('a@relance.test', ['b@relance.test'], ['relance.test'])).toBe(true);
    expect(isInternalMail('a@relance.test', ['b@acme.fr'], ['relance.test'])).toBe(false);
    expect(isInternalMail('a@acme.fr', [], ['relance.test'])).toBe(false);
  });
});

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`interactions on ${engine.name}`, () => {
    let server: TestServer;
    let ledger: SmallLedger;
    let clock: ManualClock;
    beforeAll(async () => {
      clock = manualClock('2025-06-15T10:00:00Z');
      server = await startTestServer(engine, { clock });
      ledger = await loadLedger(server);
      await server.call(server.users.admin, 'PATCH', '/api/v1/settings', {
        ownDomains: ['relance.test'],
        neverLog: ['rh@acme.fr', 'Private.example'],
      });
    });
    afterAll(async () => server?.close());

    let serial = 0;
    const email = (body: Record<string, unknown> = {}) => {
      serial += 1;
      return {
        customerId: ledger.acme,
        messageId: `<msg-${serial}@acme.fr>`,
        direction: 'inbound',
        from: 'compta@acme.fr',
        to: ['colette@relance.test'],
        subject: 'Facture F-001',
        sentAt: '2025-06-15T08:00:00Z',
        client: 'outlook',
        ...body,
      };
    };
    const log = (body: unknown, user = server.users.collector, headers = {}) =>
      server.call(user, 'POST', '/api/v1/interactions', body, headers);

    describe('POST /interactions', () => {
      it('logs an email once: the same Message-ID from another user and client returns the first', async () => {
        const body = email({ body: 'Bonjour' });
        const first = await log(body);
        expect(first.status).toBe(201);
        expect(first.body).toMatchObject({
          customerId: ledger.acme,
          messageId: `msg-${serial}@acme.fr`,
          from: 'compta@acme.fr',
          to: ['colette@relance.test'],
          client: 'outlook',
          loggedBy: { id: server.users.collector.id },
          body: null,
        });
        const again = await log(
          { ...body, messageId: ` ${body.messageId as string} `, client: 'gmail' },
          server.users.otherCollector,
        );
        expect(again.status).toBe(200);
        expect(again.body).toEqual(first.body);
        const count = await server.storage.db
          .selectFrom('interactions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('message_id', '=', first.body.messageId)
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(1);
      });

      it('keeps the case of the Message-ID', async () => {
        const res = await log(email({ messageId: '<CaSe@acme.fr>' }));
        const lower = await log(email({ messageId: '<case@acme.fr>' }));
        expect(res.status).toBe(201);
        expect(lower.status).toBe(201);
      });

      it('refuses the never-log list by address and by domain, naming the field', async () => {
        const byAddress = await log(email({ from: 'RH@acme.fr' }));
        expect(byAddress.status).toBe(409);
        expect(byAddress.body.errors).toEqual([
          { field: 'from', message: 'is on the never-log list' },
        ]);
        const byDomain = await log(
          email({ direction: 'outbound', from: 'colette@relance.test', to: ['x@private.example'] }),
        );
        expect(byDomain.body.errors).toEqual([
          { field: 'to.0', message: 'is on the never-log list' },
        ]);
      });

      it('refuses internal mail', async () => {
        const res = await log(email({ from: 'manon@relance.test', to: ['colette@relance.test'] }));
        expect(res.status).toBe(409);
        expect(res.body.errors).toEqual([
          { field: 'from', message: 'internal mail is never logged' },
        ]);
      });

      it('stores the body only when an admin turned it on, cut to the set length', async () => {
        await server.call(server.users.admin, 'PATCH', '/api/v1/settings', {
          storeBody: true,
          bodyMaxChars: 5,
        });
        const res = await log(email({ body: 'Bonjour, voici' }));
        await server.call(server.users.admin, 'PATCH', '/api/v1/settings', { storeBody: false });
        expect(res.body.body).toBe('Bonjo');
      });

      it('names failing fields, 401 without a token, 404 for an unknown customer', async () => {
        const bad = await log(
          email({ from: 'not-an-address', client: 'thunderbird', messageId: '' }),
        );
        expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'client',
          'from',
          'messageId',
        ]);
        expect((await server.call(null, 'POST', '/api/v1/interactions', email())).status).toBe(401);
        expect((await log(email({ customerId: 'nope' }))).status).toBe(404);
      });

      it('replays an Idempotency-Key', async () => {
        const body = email();
        const headers = { 'idempotency-key': 'log-1' };
        const first = await log(body, server.users.collector, headers);
        const replay = await log(body, server.users.collector, headers);
        expect(replay.status).toBe(201);
        expect(replay.headers.get('idempotent-replayed')).toBe('true');
        expect(replay.body).toEqual(first.body);
      });
    });

    describe('GET /interactions', () => {
      it('lists newest logged first, filters, and pages with an opaque cursor', async () => {
        clock.set('2025-06-16T10:00:00Z');
        const gmail = await log(
          email({
            client: 'gmail',
            direction: 'outbound',
            from: 'colette@relance.test',
            to: ['compta@acme.fr'],
          }),
          server.users.otherCollector,
        );
        clock.set('2025-06-15T10:00:00Z');

        const all = await server.call(
          server.users.manager,
          'GET',
          '/api/v1/interactions?limit=200',
        );
        expect(all.body.items[0].id).toBe(gmail.body.id);
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const page: { body: { items: { id: string }[]; nextCursor: string | null } } =
            await server.call(
              server.users.manager,
              'GET',
              `/api/v1/interactions?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
            );
          ids.push(...page.body.items.map((i) => i.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(ids).toEqual(all.body.items.map((i: { id: string }) => i.id));

        const filtered = await server.call(
          server.users.manager,
          'GET',
          `/api/v1/interactions?client=gmail&direction=outbound&collectorId=${server.users.otherCollector.id}&customerId=${ledger.acme}`,
        );
        expect(filtered.body.items.map((i: { id: string }) => i.id)).toEqual([gmail.body.id]);
        const byDay = await server.call(
          server.users.manager,
          'GET',
          '/api/v1/interactions?from=2025-06-16&to=2025-06-16',
        );
        expect(byDay.body.items.map((i: { id: string }) => i.id)).toEqual([gmail.body.id]);
        const before = await server.call(
          server.users.manager,
          'GET',
          '/api/v1/interactions?to=2025-06-15&limit=200',
        );
        expect(before.body.items).toHaveLength(all.body.items.length - 1);
      });

      it('answers CSV with formulas defused', async () => {
        const manager = server.users.manager;
        await log(email({ subject: '=HYPERLINK("http://evil")' }), manager);
        await log(email({ subject: '=HYPERLINK("http://evil")' }), manager);
        const res = await server.call(
          manager,
          'GET',
          `/api/v1/interactions?format=csv&limit=1&collectorId=${manager.id}`,
        );
        const lines = res.text.trim().split('\r\n');
        expect(lines[0]).toBe(
          'id,customer,direction,from,to,subject,sent_at,client,logged_by,logged_at',
        );
        expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
        expect(res.headers.get('x-next-cursor')).not.toBeNull();
      });

      it('names a bad filter, 401 without a token, 404 for one unknown interaction', async () => {
        const bad = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/interactions?direction=sideways&limit=500',
        );
        expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'direction',
          'limit',
        ]);
        expect((await server.call(null, 'GET', '/api/v1/interactions')).status).toBe(401);
        expect(
          (await server.call(server.users.collector, 'GET', '/api/v1/interactions/nope')).status,
        ).toBe(404);
        const one = await server.call(
          server.users.collector,
          'GET',
          '/api/v1/interactions?limit=1',
        );
        const got = await server.call(
          server.users.collector,
          'GET',
          `/api/v1/interactions/${one.body.items[0].id}`,
        );
        expect(got.body).toEqual(one.body.items[0]);
      });
    });
  });
}
