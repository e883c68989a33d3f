import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Role } from '@relance/shared';
import { createApp } from './app.ts';
import type { AppExtensions } from './app.ts';
import { issueApiToken } from './auth/tokens.ts';
import { loadConfig } from './config.ts';
import type { Storage } from './db/connect.ts';
import type { AppDeps, Clock } from './deps.ts';
import { createAppServer } from './http/app-server.ts';
import { createLogger } from './logger.ts';
import type { DatabaseUnderTest } from './testing.ts';

// A real server on loopback over a fresh database, for route tests. Not used in production.

/** A user made for a test, with a working API token. */
export interface TestUser {
  id: string;
  email: string;
  role: Role;
  token: string;
}

/** A running test server: its URL, users of each role, and a fetch that adds a token. */
export interface TestServer {
  url: string;
  deps: AppDeps;
  storage: Storage;
  users: { collector: TestUser; otherCollector: TestUser; manager: TestUser; admin: TestUser };
  /** Calls the API as `user` (or anonymously with null); JSON in, parsed JSON out. */
  call(
    user: TestUser | null,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any; headers: Headers; text: string }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/** Starts the app on an ephemeral port over a fresh database of the given engine. */
export async function startTestServer(
  engine: DatabaseUnderTest,
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    extensions?: AppExtensions | ((deps: AppDeps) => AppExtensions);
  } = {},
): Promise<TestServer> {
  const storage = await engine.open();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...options.env,
  });
  const deps: AppDeps = {
    config,
    storage,
    logger: createLogger('silent'),
    clock: options.clock ?? { now: () => new Date() },
  };
  const users = {
    collector: await addUser(deps, 'collector', 'colette@relance.test'),
    otherCollector: await addUser(deps, 'collector', 'oscar@relance.test'),
    manager: await addUser(deps, 'manager', 'manon@relance.test'),
    admin: await addUser(deps, 'admin', 'adam@relance.test'),
  };
  const extensions =
    typeof options.extensions === 'function' ? options.extensions(deps) : options.extensions;
  const app = createApp(deps, extensions);
  const server: Server = await new Promise((resolve) => {
    const s = createAppServer(app).listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    deps,
    storage,
    users,
    async call(user, method, path, body, headers = {}) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: {
          ...(user ? { authorization: `Bearer ${user.token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      return { status: response.status, body: parsed, headers: response.headers, text };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}

async function addUser(deps: AppDeps, role: Role, email: string): Promise<TestUser> {
  const id = randomUUID();
  await deps.storage.db
    .insertInto('users')
    .values({
      id,
      email,
      name: email.split('@')[0] ?? email,
      role,
      language: 'fr',
      password_hash: null,
      locked_until: null,
      disabled_at: null,
      created_at: deps.clock.now().toISOString(),
    })
    .execute();
  const { token } = await issueApiToken(deps.storage.db, id, 'test', deps.clock.now());
  return { id, email, role, token };
}
