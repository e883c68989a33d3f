import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { hashPassword } from '../auth/passwords.ts';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { sessionAuthenticator } from './session-authenticator.ts';
import { LOCKOUT_MS, MAX_FAILED_LOGINS, SESSION_TTL_MS } from './sessions.service.ts';
import { sessionsRouter } from './sessions.router.ts';

const PASSWORD = 'correct horse battery staple';

/** A clock the test moves by hand. */
function handClock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`dashboard sessions on ${engine.name}`, () => {
    let server: TestServer;
    const clock = handClock('2025-03-10T09:00:00.000Z');

    beforeAll(async () => {
      server = await startTestServer(engine, { clock });
      const db = server.deps.storage.db;
      const hash = await hashPassword(PASSWORD);
      await db.updateTable('users').set({ password_hash: hash }).execute();
    });
    afterAll(async () => server?.close());

    async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
      return raw('POST', path, body, headers);
    }
    async function raw(
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) {
      const res = await fetch(`${routerUrl}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await res.text();
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return { status: res.status, body: json as any, headers: res.headers };
    }

    let routerUrl = '';
    beforeAll(async () => {
      // A second listener over the same deps, with the sign-in routes mounted at the root.
      const app = createApp(server.deps, {
        authenticators: [sessionAuthenticator],
        rootRouters: [sessionsRouter(server.deps)],
      });
      const listener = await new Promise<Server>((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      const address = listener.address() as AddressInfo;
      routerUrl = `http://127.0.0.1:${address.port}`;
      closers.push(() => new Promise<void>((r) => listener.close(() => r())));
    });
    const closers: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const close of closers) await close();
    });

    async function signIn(email: string) {
      const res = await post('/auth/login', { email, password: PASSWORD });
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      return { cookie, csrf: res.body.csrfToken as string, body: res.body };
    }

    it('signs in with email and password and sets an httpOnly, SameSite=Lax cookie', async () => {
      const res = await post('/auth/login', {
        email: server.users.manager.email.toUpperCase(),
        password: PASSWORD,
      });
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ id: server.users.manager.id, role: 'manager' });
      expect(res.body.csrfToken).toEqual(expect.any(String));
      expect(Date.parse(res.body.expiresAt)).toBe(clock.now().getTime() + SESSION_TTL_MS);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^relance_session=[A-Za-z0-9_-]+;/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(cookie).not.toContain('Secure');
    });

    it('marks the cookie Secure when the request came over HTTPS', async () => {
      const res = await post(
        '/auth/login',
        { email: server.users.admin.email, password: PASSWORD },
        { 'x-forwarded-proto': 'https' },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toContain('Secure');
    });

    it('refuses a wrong password or an unknown email with the same 401', async () => {
      const wrong = await post('/auth/login', {
        email: server.users.admin.email,
        password: 'nope',
      });
      const unknown = await post('/auth/login', { email: 'who@relance.test', password: 'x' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body.detail).toBe(unknown.body.detail);
    });

    it('names the missing field of a sign-in', async () => {
      const res = await post('/auth/login', { password: PASSWORD });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
    });

    it('reads the session and the API with the cookie, and refuses them without it', async () => {
      const { cookie } = await signIn(server.users.collector.email);
      const session = await raw('GET', '/auth/session', undefined, { cookie });
      expect(session.status).toBe(200);
      expect(session.body.user.id).toBe(server.users.collector.id);
      const me = await raw('GET', '/api/v1/me', undefined, { cookie });
      expect(me.status).toBe(200);
      expect(me.body.user.email).toBe(server.users.collector.email);
      expect((await raw('GET', '/auth/session')).status).toBe(401);
      expect((await raw('GET', '/api/v1/me')).status).toBe(401);
    });

    it('refuses a write without the CSRF token and accepts it with the token', async () => {
      const { cookie, csrf } = await signIn(server.users.collector.email);
      const body = { userId: server.users.collector.id, name: 'from the dashboard' };
      const refused = await post('/api/v1/tokens', body, { cookie });
      expect(refused.status).toBe(403);
      expect(refused.body.detail).toContain('X-CSRF-Token');
      const wrong = await post('/api/v1/tokens', body, { cookie, 'x-csrf-token': 'x' + csrf });
      expect(wrong.status).toBe(403);
      const accepted = await post('/api/v1/tokens', body, { cookie, 'x-csrf-token': csrf });
      expect(accepted.status).toBe(201);
    });

    it('locks an account after repeated failures, then lets it in once the lock ends', async () => {
      const email = server.users.otherCollector.email;
      const statuses: number[] = [];
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
        statuses.push((await post('/auth/login', { email, password: `wrong ${i}` })).status);
      }
      expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(423);
      const locked = await post('/auth/login', { email, password: PASSWORD });
      expect(locked.status).toBe(423);
      expect(locked.body.code).toBe('account_locked');
      clock.advance(LOCKOUT_MS + 1000);
      expect((await post('/auth/login', { email, password: PASSWORD })).status).toBe(200);
    });

    it('expires a session after its lifetime', async () => {
      const { cookie } = await signIn(server.users.manager.email);
      expect((await raw('GET', '/api/v1/me', undefined, { cookie })).status).toBe(200);
      clock.advance(SESSION_TTL_MS + 1000);
      const expired = await raw('GET', '/api/v1/me', undefined, { cookie });
      expect(expired.status).toBe(401);
      expect(expired.body.detail).toContain('sign in again');
      expect((await raw('GET', '/auth/session', undefined, { cookie })).status).toBe(401);
    });

    it('signs out only with the CSRF token, and the cookie then stops working', async () => {
      const { cookie, csrf } = await signIn(server.users.manager.email);
      expect((await post('/auth/logout', undefined, { cookie })).status).toBe(403);
      const out = await post('/auth/logout', undefined, { cookie, 'x-csrf-token': csrf });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/relance_session=;/);
      expect((await raw('GET', '/api/v1/me', undefined, { cookie })).status).toBe(401);
    });

    it('refuses a disabled user even with the right password', async () => {
      await server.deps.storage.db
        .updateTable('users')
        .set({ disabled_at: clock.now().toISOString() })
        .where('id', '=', server.users.otherCollector.id)
        .execute();
      const res = await post('/auth/login', {
        email: server.users.otherCollector.email,
        password: PASSWORD,
      });
      expect(res.status).toBe(401);
    });
  });
}
