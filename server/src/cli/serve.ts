import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createApp } from '../app.ts';
import type { AppExtensions } from '../app.ts';
import type { Config } from '../config.ts';
import { migrateToLatest, openStorage, sqliteFileIn } from '../db/connect.ts';
import { systemClock } from '../deps.ts';
import type { AppDeps } from '../deps.ts';
import { buildExtensions } from '../extensions.ts';
import { createAppServer } from '../http/app-server.ts';
import { startScheduler } from '../jobs/scheduler.ts';
import { createLogger, loggerFor } from '../logger.ts';

/** A running server and how to stop it. */
export interface RunningServer {
  deps: AppDeps;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** Loads the demo ledger when the database has no customer yet; says what it did. */
export async function loadDemoLedger(deps: AppDeps): Promise<string> {
  const existing = await deps.storage.db.selectFrom('customers').select('id').limit(1).execute();
  if (existing.length > 0) return 'demo: the database already holds a ledger; nothing loaded';
  const demo = await import('../demo/index.ts');
  const summary = await demo.loadDemo(deps);
  return `demo: loaded ${JSON.stringify(summary)}`;
}

/** Opens storage, migrates, loads the demo when asked, and listens. */
export async function startServer(
  config: Config,
  more: AppExtensions = {},
): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const storage = openStorage({
    databaseUrl: config.databaseUrl,
    sqliteFile: config.databaseUrl ? undefined : sqliteFileIn(config.dataDir),
  });
  const deps: AppDeps = { config, storage, logger, clock: systemClock };
  await migrateToLatest(storage);
  if (config.demo) loggerFor(logger, 'app').info(await loadDemoLedger(deps));

  const base = buildExtensions(deps);
  const app = createApp(deps, {
    authenticators: [...(base.authenticators ?? []), ...(more.authenticators ?? [])],
    rootRouters: [...(base.rootRouters ?? []), ...(more.rootRouters ?? [])],
  });
  const server = createAppServer(
    app,
    config.tls
      ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }
      : undefined,
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const stopJobs = startScheduler(deps);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(/:\d+$/, `:${port}`);
  return {
    deps,
    server,
    url,
    async stop() {
      stopJobs();
      // close() waits for every connection to end, and a browser keeps sockets open that may
      // never send another request: idle ones are cut now, busy ones after a grace period.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
      await closed;
      clearTimeout(cut);
      await storage.close();
    },
  };
}

/** How long requests in flight may take to finish once the server is asked to stop. */
const STOP_GRACE_MS = 3_000;

/** Starts the server for the CLI: prints where things are, and stops cleanly on a signal. */
export async function serve(config: Config): Promise<void> {
  const running = await startServer(config);
  const lines = [
    '',
    `Relance is running on ${running.url} (${running.deps.storage.dialect})`,
    `  API docs        ${running.url}/api/v1/docs`,
    `  OpenAPI         ${running.url}/api/v1/openapi.json`,
    `  Dashboard       ${running.url}/app/`,
    `  Outlook preview ${running.url}/preview/outlook`,
    `  Gmail preview   ${running.url}/preview/gmail`,
  ];
  if (config.demo) {
    const demo = await import('../demo/index.ts');
    lines.push('', demo.describeDemo(running.url));
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
  const shutdown = (signal: string) => {
    loggerFor(running.deps.logger, 'app').info({ signal }, 'shutting down');
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
