import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../deps.ts';
import { dashboardWeb } from './dashboard.web.ts';

describe('the dashboard pages at /app', () => {
  let server: Server;
  let url = '';
  const dist = `${mkdtempSync(join(tmpdir(), 'dash-'))}/`;
  beforeAll(async () => {
    writeFileSync(`${dist}index.html`, '<!doctype html><div id="root"></div>');
    writeFileSync(`${dist}dashboard.0123abcd.js`, 'console.log(1)');
    const app = express();
    app.use(dashboardWeb({} as AppDeps, dist));
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('serves the page with its own CSP and no framing', async () => {
    const res = await fetch(`${url}/app/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('id="root"');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('answers any deeper path with the same page (SPA fallback)', async () => {
    const res = await fetch(`${url}/app/customers/42`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('id="root"');
  });

  it('caches hashed scripts for good and 404s a missing asset', async () => {
    const js = await fetch(`${url}/app/dashboard.0123abcd.js`);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}/app/missing.js`)).status).toBe(404);
  });

  it('redirects /app to /app/', async () => {
    const res = await fetch(`${url}/app`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/app/');
  });
});
