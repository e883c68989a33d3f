import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from './testing.ts';
import { ledgerBuilder } from './context/testing-ledger.ts';
import { startTestServer } from './testing-server.ts';
import type { TestServer } from './testing-server.ts';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`the app on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server?.close());

    it('answers the liveness and readiness probes without a token', async () => {
      expect((await server.call(null, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
      expect((await server.call(null, 'GET', '/readyz')).body).toEqual({
        status: 'ready',
        database: engine.name,
      });
    });

    it('refuses the API without a token, as problem+json with a stable code', async () => {
      const res = await server.call(null, 'GET', '/api/v1/anything');
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 401, code: 'unauthenticated' });
    });

    it('refuses a malformed or unknown token', async () => {
      const res = await server.call(
        { ...server.users.collector, token: 'rl_deadbeef_' + 'x'.repeat(43) },
        'GET',
        '/api/v1/anything',
      );
      expect(res.status).toBe(401);
    });

    it('answers an unknown API route with a 404 problem once authenticated', async () => {
      const res = await server.call(server.users.collector, 'GET', '/api/v1/nowhere');
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({
        code: 'not_found',
        detail: 'no route for GET /api/v1/nowhere',
      });
    });

    it('names the body when it is not JSON', async () => {
      const res = await server.call(server.users.collector, 'POST', '/api/v1/nowhere', '{oops', {
        'content-type': 'application/json',
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'body', message: 'is not valid JSON' }]);
    });

    it('serves Prometheus metrics', async () => {
      const res = await server.call(null, 'GET', '/metrics');
      expect(res.text).toContain('relance_http_requests_total');
    });

    it('refuses a body over the limit with a 413 problem', async () => {
      const res = await server.call(server.users.collector, 'POST', '/api/v1/promises', {
        note: 'x'.repeat(1_200_000),
      });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'payload_too_large' });
    });

    it('forbids caching API answers, the context written by hand included', async () => {
      const me = await server.call(server.users.collector, 'GET', '/api/v1/me');
      expect(me.headers.get('cache-control')).toBe('no-store');
      await ledgerBuilder(server.storage.db).customer({
        name: 'Brûlerie du Café à 5 €',
        contacts: ['andre@brulerie.test'],
      });
      const context = await server.call(
        server.users.collector,
        'GET',
        '/api/v1/context?from=andre%40brulerie.test',
      );
      expect(context.status).toBe(200);
      expect(context.headers.get('cache-control')).toBe('no-store');
      expect(context.headers.get('content-type')).toContain('application/json');
      // The length is counted in bytes: the name's "û", "é", "à" and "€" are not one byte each.
      expect(Number(context.headers.get('content-length'))).toBe(Buffer.byteLength(context.text));
      expect(context.body).toMatchObject({ customer: { name: 'Brûlerie du Café à 5 €' } });
    });

    it('sets security headers and no CORS grant for an origin nobody configured', async () => {
      const res = await server.call(null, 'GET', '/api/v1/me', undefined, {
        origin: 'https://evil.example',
      });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe.skipIf(engine.skipReason !== null)(`limits on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine, {
        env: { RATE_LIMIT_PER_MINUTE: '5', ALLOWED_ORIGINS: 'https://outlook.example' },
      });
    });
    afterAll(async () => server?.close());

    it('grants CORS to a configured origin only', async () => {
      const res = await server.call(server.users.collector, 'GET', '/api/v1/me', undefined, {
        origin: 'https://outlook.example',
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://outlook.example');
    });

    it('answers 429 once a token goes over its rate, without touching other tokens', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        statuses.push((await server.call(server.users.manager, 'GET', '/api/v1/me')).status);
      }
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      const limited = await server.call(server.users.manager, 'GET', '/api/v1/me');
      expect(limited.body).toMatchObject({ code: 'rate_limited' });
      expect((await server.call(server.users.admin, 'GET', '/api/v1/me')).status).toBe(200);
    });
  });
}
