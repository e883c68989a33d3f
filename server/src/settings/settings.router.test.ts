import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { DEFAULT_SETTINGS } from './settings.service.ts';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`settings on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server?.close());

    it('shows the defaults to an admin only', async () => {
      expect((await server.call(null, 'GET', '/api/v1/settings')).status).toBe(401);
      expect((await server.call(server.users.manager, 'GET', '/api/v1/settings')).status).toBe(403);
      const res = await server.call(server.users.admin, 'GET', '/api/v1/settings');
      expect(res.body).toEqual(DEFAULT_SETTINGS);
    });

    it('changes settings, lower-cases domains, audits, replays a key', async () => {
      const body = { ownDomains: [' Relance.TEST '], promiseGraceDays: 5 };
      const headers = { 'idempotency-key': 'settings-1' };
      const res = await server.call(server.users.admin, 'PATCH', '/api/v1/settings', body, headers);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        ...DEFAULT_SETTINGS,
        ownDomains: ['relance.test'],
        promiseGraceDays: 5,
      });
      const replay = await server.call(
        server.users.admin,
        'PATCH',
        '/api/v1/settings',
        body,
        headers,
      );
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      const audits = await server.storage.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'settings')
        .execute();
      expect(audits).toEqual([{ action: 'settings.update' }]);
      const read = await server.call(server.users.admin, 'GET', '/api/v1/settings');
      expect(read.body.promiseGraceDays).toBe(5);
    });

    it('is in force for the very next context, read or written with SQL', async () => {
      const context = async () =>
        (
          await server.call(
            server.users.collector,
            'GET',
            '/api/v1/context?from=someone%40subsidiary.test&subject=s',
          )
        ).body as { match: { status: string }; settings: { promiseGraceDays: number } };
      // Asked twice, so that a copy of the settings is kept before they change.
      expect((await context()).match.status).toBe('none');
      expect((await context()).match.status).toBe('none');
      const res = await server.call(server.users.admin, 'PATCH', '/api/v1/settings', {
        ownDomains: ['relance.test', 'subsidiary.test'],
      });
      expect(res.status).toBe(200);
      expect((await context()).match.status).toBe('internal');
      await server.storage.db
        .updateTable('settings')
        .set({ value: '9' })
        .where('key', '=', 'promiseGraceDays')
        .execute();
      expect((await context()).settings.promiseGraceDays).toBe(9);
    });

    it('names a bad or unknown setting', async () => {
      const res = await server.call(server.users.admin, 'PATCH', '/api/v1/settings', {
        promiseGraceDays: -1,
        colour: 'blue',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'colour',
        'promiseGraceDays',
      ]);
    });

    it('is for admins', async () => {
      const res = await server.call(server.users.manager, 'PATCH', '/api/v1/settings', {
        storeBody: true,
      });
      expect(res.status).toBe(403);
    });
  });
}
