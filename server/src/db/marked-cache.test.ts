import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openStorage } from './connect.ts';
import type { Storage } from './connect.ts';
import { databasesUnderTest, testDatabaseUrl } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { issueApiToken } from '../auth/tokens.ts';
import { invoice, loadLedger } from '../ledger/testing-ledger.ts';
import { MarkedCache, requestMark, sharedMarkReads } from './marked-cache.ts';

describe('MarkedCache', () => {
  it('serves a value only under the mark it was read at', () => {
    const cache = new MarkedCache<string>(10);
    cache.set('k', 'm1', 'first');
    expect(cache.get('k', 'm1')).toBe('first');
    expect(cache.get('k', 'm2')).toBeUndefined();
    cache.set('k', 'm2', 'second');
    expect(cache.get('k', 'm1')).toBeUndefined();
    expect(cache.get('k', 'm2')).toBe('second');
  });

  it('drops the least recently used past its capacity, and keeps nothing at 0', () => {
    const cache = new MarkedCache<number>(2);
    cache.set('a', 'm', 1);
    cache.set('b', 'm', 2);
    expect(cache.get('a', 'm')).toBe(1); // a is now the most recent
    cache.set('c', 'm', 3); // b goes
    expect([cache.get('a', 'm'), cache.get('b', 'm'), cache.get('c', 'm')]).toEqual([
      1,
      undefined,
      3,
    ]);
    const none = new MarkedCache<number>(0);
    none.set('a', 'm', 1);
    expect(none.get('a', 'm')).toBeUndefined();
    expect(none.size).toBe(0);
  });

  it('takes a request’s mark once, however many caches read it', async () => {
    let taken = 0;
    const storage = { changeMark: () => Promise.resolve(String(++taken)) };
    const request = {};
    expect(await requestMark(request, storage)).toBe('1');
    expect(await requestMark(request, storage)).toBe('1');
    expect(await requestMark({}, storage)).toBe('2');
  });
});

describe('sharedMarkReads', () => {
  // Reads the test answers by hand, in order.
  function handReads() {
    const pending: { resolve: (mark: string) => void; reject: (error: Error) => void }[] = [];
    const read = () =>
      new Promise<string>((resolve, reject) => {
        pending.push({ resolve, reject });
      });
    return { pending, mark: sharedMarkReads(read) };
  }
  const settled = () => new Promise((resolve) => setImmediate(resolve));

  it('gives the callers who came during a read the next read, sent after they came', async () => {
    const { pending, mark } = handReads();
    const first = mark();
    const during = [mark(), mark(), mark()];
    expect(pending).toHaveLength(1);

    pending[0]?.resolve('before');
    expect(await first).toBe('before');
    await settled();
    // The read the three share went out after the first came back.
    expect(pending).toHaveLength(2);
    pending[1]?.resolve('after');
    expect(await Promise.all(during)).toEqual(['after', 'after', 'after']);

    const later = mark();
    expect(pending).toHaveLength(3);
    pending[2]?.resolve('latest');
    expect(await later).toBe('latest');
  });

  it('passes a failed read to its callers and still reads again for those waiting', async () => {
    const { pending, mark } = handReads();
    const failing = mark();
    const waiting = mark();
    pending[0]?.reject(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await settled();
    pending[1]?.resolve('recovered');
    expect(await waiting).toBe('recovered');
  });
});

// Two handles on one database stand for two processes: the mark of one must move when the
// other commits, and stay put over reads.
for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`the change mark on ${engine.name}`, () => {
    let first: Storage;
    let second: Storage;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      if (engine.name === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'relance-mark-'));
        first = openStorage({ sqliteFile: join(dir, 'mark.sqlite') });
        await migrateToLatest(first);
        second = openStorage({ sqliteFile: join(dir, 'mark.sqlite') });
        cleanup = async () => {
          await second.close();
          await first.close();
          rmSync(dir, { recursive: true, force: true });
        };
      } else {
        first = await engine.open();
        second = openStorage({ databaseUrl: testDatabaseUrl, pgSchema: first.schema, poolSize: 2 });
        cleanup = async () => {
          await second.close();
          await first.close();
        };
      }
    });
    afterAll(async () => cleanup?.());

    const write = (storage: Storage, key: string) =>
      storage.db.insertInto('settings').values({ key, value: '"x"' }).execute();

    it('stays over reads, moves on a commit by this handle or by another', async () => {
      const before = await first.changeMark();
      await first.db.selectFrom('settings').selectAll().execute();
      await second.db.selectFrom('settings').selectAll().execute();
      expect(await first.changeMark()).toBe(before);

      await write(second, 'mark.other');
      const afterOther = await first.changeMark();
      expect(afterOther).not.toBe(before);

      await write(first, 'mark.own');
      expect(await first.changeMark()).not.toBe(afterOther);
    });
  });
}

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`the context cache on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
      await loadLedger(server);
    });
    afterAll(async () => server?.close());

    const context = async () => {
      const res = await server.call(
        server.users.collector,
        'GET',
        '/api/v1/context?from=compta@acme.fr',
      );
      expect(res.status).toBe(200);
      return res.body as { invoices: { number: string }[] };
    };

    it('answers the same twice, then follows an import at once', async () => {
      const first = await context();
      expect(await context()).toEqual(first);
      expect(first.invoices.map((i) => i.number)).not.toContain('F-NEW');

      const res = await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
        invoices: [invoice('F-NEW', 'C-ACME', '2025-06-01', '2099-07-01', 12_300)],
      });
      expect(res.status).toBe(200);
      expect((await context()).invoices.map((i) => i.number)).toContain('F-NEW');
    });

    it('refuses a revoked token at once, though its row was kept', async () => {
      const token = await issueApiToken(
        server.storage.db,
        server.users.collector.id,
        'kept',
        new Date(),
      );
      const call = () =>
        fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token.token}` } });
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(200);
      await server.storage.db
        .updateTable('api_tokens')
        .set({ revoked_at: new Date().toISOString() })
        .where('id', '=', token.id)
        .execute();
      expect((await call()).status).toBe(401);
    });

    it('follows a change written straight to the database', async () => {
      await server.storage.db
        .updateTable('customers')
        .set({ name: 'Acme Renamed' })
        .where('external_ref', '=', 'C-ACME')
        .execute();
      const body = (await context()) as unknown as { customer: { name: string } };
      expect(body.customer.name).toBe('Acme Renamed');
    });
  });
}
