import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Storage } from '../db/connect.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { databasesUnderTest } from '../testing.ts';
import { buildDemoLedger } from './demo-ledger.ts';
import type { DemoEmail } from './emails.ts';
import { loadDemo } from './load-demo.ts';
import { previewDataRouter } from './preview-data.router.ts';

const sqlite = databasesUnderTest().find((e) => e.name === 'sqlite')!;
let open: { server: Server; storage: Storage } | null = null;

async function serve(demo: boolean, load: string | null): Promise<string> {
  const storage = await sqlite.open();
  const deps: AppDeps = {
    config: loadConfig({ LOG_LEVEL: 'silent' }, { demo }),
    storage,
    logger: createLogger('silent'),
    clock: { now: () => new Date('2026-05-04T10:00:00Z') },
  };
  if (load) await loadDemo(deps, { today: load });
  const app = createApp(deps, { rootRouters: [previewDataRouter(deps)] });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  open = { server, storage };
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  if (!open) return;
  const { server, storage } = open;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await storage.close();
  open = null;
});

describe('GET /preview/emails.json', () => {
  it('answers 404 outside demo mode', async () => {
    const url = await serve(false, null);
    const response = await fetch(`${url}/preview/emails.json`);
    expect(response.status).toBe(404);
  });

  it('serves the samples built for the day the demo ledger was loaded', async () => {
    const loadedOn = '2026-04-20';
    const url = await serve(true, loadedOn);
    const response = await fetch(`${url}/preview/emails.json`);
    expect(response.status).toBe(200);
    const emails = (await response.json()) as DemoEmail[];
    expect(emails.length).toBeGreaterThanOrEqual(30);
    const numbers = new Set(buildDemoLedger(loadedOn).rows.invoices.map((i) => i.number));
    for (const email of emails)
      for (const n of email.expect.invoiceNumbers) expect(numbers.has(n)).toBe(true);
  });
});
