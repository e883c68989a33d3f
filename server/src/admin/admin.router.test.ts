import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwords.ts';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`users, tokens and me on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine);
    });
    afterAll(async () => server?.close());

    it('tells any signed-in user who they are, with the client settings', async () => {
      expect((await server.call(null, 'GET', '/api/v1/me')).status).toBe(401);
      const res = await server.call(server.users.collector, 'GET', '/api/v1/me');
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ id: server.users.collector.id, role: 'collector' });
      expect(res.body.settings.promiseGraceDays).toEqual(expect.any(Number));
    });

    it('lists users to admins only, as JSON or CSV', async () => {
      expect((await server.call(null, 'GET', '/api/v1/users')).status).toBe(401);
      expect((await server.call(server.users.manager, 'GET', '/api/v1/users')).status).toBe(403);
      const res = await server.call(server.users.admin, 'GET', '/api/v1/users');
      expect(res.status).toBe(200);
      expect(res.body.items.map((u: { email: string }) => u.email).sort()).toEqual(
        Object.values(server.users)
          .map((u) => u.email)
          .sort(),
      );
      const csv = await server.call(server.users.admin, 'GET', '/api/v1/users?format=csv');
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toBe('id,email,name,role,language,created_at,disabled');
      expect(lines).toHaveLength(1 + Object.keys(server.users).length);
      const bad = await server.call(server.users.admin, 'GET', '/api/v1/users?format=xml');
      expect(bad.body.errors).toEqual([{ field: 'format', message: 'must be json or csv' }]);
    });

    it('creates a user with a hashed password, refusing bad fields and a taken email', async () => {
      const input = {
        email: 'Nina@Relance.test',
        name: 'Nina',
        role: 'manager',
        password: 'a long enough password',
      };
      expect((await server.call(server.users.manager, 'POST', '/api/v1/users', input)).status).toBe(
        403,
      );
      const bad = await server.call(server.users.admin, 'POST', '/api/v1/users', {
        ...input,
        role: 'boss',
        password: 'short',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'password',
        'role',
      ]);
      const headers = { 'idempotency-key': 'create-nina' };
      const created = await server.call(
        server.users.admin,
        'POST',
        '/api/v1/users',
        input,
        headers,
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: 'nina@relance.test', role: 'manager' });
      const replay = await server.call(server.users.admin, 'POST', '/api/v1/users', input, headers);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.id).toBe(created.body.id);
      const row = await server.deps.storage.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', created.body.id)
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^scrypt\$/);
      expect(await verifyPassword(input.password, row.password_hash ?? '')).toBe(true);
      const again = await server.call(server.users.admin, 'POST', '/api/v1/users', input);
      expect(again.status).toBe(409);
    });

    it('updates a user, and refuses an unknown id or an admin demoting themselves', async () => {
      const target = server.users.otherCollector;
      const path = `/api/v1/users/${target.id}`;
      expect((await server.call(server.users.collector, 'PATCH', path, { name: 'x' })).status).toBe(
        403,
      );
      const missing = await server.call(server.users.admin, 'PATCH', '/api/v1/users/nobody', {
        name: 'x',
      });
      expect(missing.status).toBe(404);
      const unknownField = await server.call(server.users.admin, 'PATCH', path, { email: 'x' });
      expect(unknownField.body.errors[0].field).toBe('email');
      const self = await server.call(
        server.users.admin,
        'PATCH',
        `/api/v1/users/${server.users.admin.id}`,
        { role: 'collector' },
      );
      expect(self.status).toBe(400);
      expect(self.body.errors[0].field).toBe('role');
      const promoted = await server.call(server.users.admin, 'PATCH', path, {
        role: 'manager',
        language: 'en',
      });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ role: 'manager', language: 'en', disabled: false });
      const disabled = await server.call(server.users.admin, 'PATCH', path, { disabled: true });
      expect(disabled.body.disabled).toBe(true);
      // A disabled user's tokens stop working at once.
      expect((await server.call(target, 'GET', '/api/v1/me')).status).toBe(401);
      await server.call(server.users.admin, 'PATCH', path, { disabled: false, role: 'collector' });
    });

    it('lets a user create, list and revoke their own tokens, showing the secret once', async () => {
      const me = server.users.collector;
      const created = await server.call(me, 'POST', '/api/v1/tokens', {
        userId: me.id,
        name: 'laptop',
      });
      expect(created.status).toBe(201);
      expect(created.body.token).toMatch(/^rl_/);
      const fresh = { ...me, token: created.body.token as string };
      expect((await server.call(fresh, 'GET', '/api/v1/me')).status).toBe(200);

      const listed = await server.call(me, 'GET', '/api/v1/tokens');
      expect(listed.body.items.every((t: { userId: string }) => t.userId === me.id)).toBe(true);
      expect(listed.text).not.toContain(created.body.token);

      const revoked = await server.call(me, 'DELETE', `/api/v1/tokens/${created.body.id}`);
      expect(revoked.status).toBe(200);
      expect(revoked.body.revokedAt).toEqual(expect.any(String));
      const twice = await server.call(me, 'DELETE', `/api/v1/tokens/${created.body.id}`);
      expect(twice.body.revokedAt).toBe(revoked.body.revokedAt);
      expect((await server.call(fresh, 'GET', '/api/v1/me')).status).toBe(401);
    });

    it("keeps a non-admin away from another user's tokens", async () => {
      const other = server.users.manager;
      const forOther = await server.call(server.users.collector, 'POST', '/api/v1/tokens', {
        userId: other.id,
        name: 'sneaky',
      });
      expect(forOther.status).toBe(403);
      const list = await server.call(
        server.users.collector,
        'GET',
        `/api/v1/tokens?userId=${other.id}`,
      );
      expect(list.status).toBe(403);
      const adminMade = await server.call(server.users.admin, 'POST', '/api/v1/tokens', {
        userId: other.id,
        name: 'made by admin',
      });
      expect(adminMade.status).toBe(201);
      const steal = await server.call(
        server.users.collector,
        'DELETE',
        `/api/v1/tokens/${adminMade.body.id}`,
      );
      expect(steal.status).toBe(404);
      const all = await server.call(server.users.admin, 'GET', '/api/v1/tokens');
      const owners = new Set(all.body.items.map((t: { userId: string }) => t.userId));
      expect(owners.has(other.id)).toBe(true);
      expect(owners.has(server.users.collector.id)).toBe(true);
      const badUser = await server.call(server.users.admin, 'POST', '/api/v1/tokens', {
        userId: 'nobody',
        name: 'x',
      });
      expect(badUser.body.errors).toEqual([{ field: 'userId', message: 'no such user' }]);
      expect((await server.call(null, 'GET', '/api/v1/tokens')).status).toBe(401);
      expect((await server.call(server.users.admin, 'DELETE', '/api/v1/tokens/none')).status).toBe(
        404,
      );
    });
  });
}
