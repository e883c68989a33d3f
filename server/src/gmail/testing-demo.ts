import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { migrateToLatest, openStorage } from '../db/connect.ts';
import type { AppDeps } from '../deps.ts';
import { loadDemo } from '../demo/index.ts';
import { createLogger } from '../logger.ts';
import { gmailRootRouter } from './mount.ts';

// A demo server with the Gmail add-on mounted, over an in-memory SQLite demo ledger, for the
// add-on's browser tests and bench. Not used in production.

/** A running demo server with the add-on: its URL, deps, and how to stop it. */
export interface GmailDemoServer {
  url: string;
  deps: AppDeps;
  close(): Promise<void>;
}

/** Starts the app in demo mode on loopback, with the Gmail add-on router mounted. */
export async function startGmailDemoServer(
  env: Record<string, string> = {},
): Promise<GmailDemoServer> {
  const config = loadConfig(
    { LOG_LEVEL: 'silent', PORT: '0', RATE_LIMIT_PER_MINUTE: '100000', ...env },
    { demo: true },
  );
  const storage = openStorage({ sqliteFile: ':memory:' });
  await migrateToLatest(storage);
  const deps: AppDeps = {
    config,
    storage,
    logger: createLogger('silent'),
    clock: { now: () => new Date() },
  };
  await loadDemo(deps);
  const router = gmailRootRouter(deps);
  const app = createApp(deps, { rootRouters: router ? [router] : [] });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deps,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}
