import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppExtensions } from './app.ts';
import { loadConfig } from './config.ts';
import type { AppDeps } from './deps.ts';
import { startServer } from './cli/serve.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-users.ts';

// The whole product on loopback for browser tests: a fresh SQLite file, the demo ledger,
// demo mode on, the built front ends served. Not used in production.

/** A running demo server and the credentials of its demo users. */
export interface DemoServer {
  url: string;
  deps: AppDeps;
  tokens: { admin: string; manager: string; collector: string };
  passwords: { admin: string; manager: string; collector: string };
  emails: { admin: string; manager: string; collector: string };
  close(): Promise<void>;
}

/** Starts the real server in demo mode on an ephemeral port. */
export async function startDemoServer(
  options: { extensions?: AppExtensions; env?: Record<string, string> } = {},
): Promise<DemoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'relance-e2e-'));
  const config = loadConfig(
    {
      LOG_LEVEL: 'silent',
      PORT: '0',
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_MINUTE: '100000',
      ...options.env,
    },
    { demo: true },
  );
  const running = await startServer(config, options.extensions);
  const collector = DEMO_USERS.camille;
  return {
    url: running.url,
    deps: running.deps,
    tokens: {
      admin: DEMO_USERS.admin.token,
      manager: DEMO_USERS.manager.token,
      collector: collector.token,
    },
    passwords: { admin: DEMO_PASSWORD, manager: DEMO_PASSWORD, collector: DEMO_PASSWORD },
    emails: {
      admin: DEMO_USERS.admin.email,
      manager: DEMO_USERS.manager.email,
      collector: collector.email,
    },
    async close() {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
