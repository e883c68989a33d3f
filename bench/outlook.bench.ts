// Outlook pane benchmark, against the two budgets of issue 4:
// - the pane's production JavaScript, gzipped, ≤ 200 kB: every .js of addin-outlook/dist that
//   the pane loads until an email's context is painted; chunks loaded only later or on demand
//   (MSAL for Nested App Authentication) are listed apart;
// - from navigation to the context painted in the preview ≤ 500 ms on loopback (Microsoft's load
//   guidance): headless Chromium opens /preview/outlook on one demo email at a time, with an
//   empty cache and again with the bundles cached, until the customer's name is on screen.
// Floors measured in the same run: a static page of the same server painted in the same browser,
// and the bare POST /api/v1/context of the same email fetched from the page. Also: switching
// emails in a pinned pane (ItemChanged → context painted), which Microsoft wants under 1 s.
//
// The demo server runs in a child process so that this process (Playwright's client) does not
// steal its event loop. Run `npm run build:web` first.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../server/src/testing-browser.ts';
import { startDemoServer } from '../server/src/testing-e2e.ts';
import { quantile, table } from './support/stats.ts';

// p95 of 60 visits is their 4th slowest; of 20 it was the 2nd slowest, which one stall of a
// shared machine decided.
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? '60');
const WARMUP = 3;
const BUDGET_KB = 200;
const BUDGET_MS = 500;
const INTERACTION_MS = 1000;
// Closing a browser context ends its renderer process in the background; each visit starts
// once the previous one's teardown is over, so that it is not timed against it.
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? '300');
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
const DIST = fileURLToPath(new URL('../addin-outlook/dist/', import.meta.url));

/** Child role: the demo server, its URL and the collector's token on the first line. */
async function serve(): Promise<void> {
  const server = await startDemoServer();
  process.stdout.write(`${JSON.stringify({ url: server.url, token: server.tokens.collector })}\n`);
  process.once('SIGTERM', () => {
    void server.close().then(() => process.exit(0));
  });
}

interface ChildReady {
  url: string;
  token: string;
}

function startChild(): { proc: ChildProcess; ready: Promise<ChildReady> } {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), 'serve'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  const ready = new Promise<ChildReady>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      resolve(JSON.parse(line) as ChildReady);
    });
    proc.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
  return { proc, ready };
}

/** A demo email the pane should show a customer for. */
interface Sample {
  id: string;
  customer: string;
  request: Record<string, unknown>;
}

async function samplesOf(server: ChildReady): Promise<Sample[]> {
  const emails = (await (await fetch(`${server.url}/preview/emails.json`)).json()) as {
    id: string;
    messageId: string;
    threadId: string | null;
    from: { email: string };
    to: { email: string }[];
    cc: { email: string }[];
    subject: string;
    text: string;
    kind: string;
  }[];
  const samples: Sample[] = [];
  for (const email of emails.filter((e) => e.kind !== 'compose')) {
    const request = {
      from: email.from.email,
      to: email.to.map((a) => a.email),
      cc: email.cc.map((a) => a.email),
      subject: email.subject,
      thread: email.threadId ?? email.id,
      messageId: email.messageId,
      text: email.text,
      mode: 'read',
    };
    const response = await fetch(`${server.url}/api/v1/context`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const context = (await response.json()) as { customer: { name: string } | null };
    if (context.customer) samples.push({ id: email.id, customer: context.customer.name, request });
  }
  if (samples.length === 0) throw new Error('no demo email names a customer');
  return samples;
}

// ---------- (a) bundle sizes ----------

interface BundleFile {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(file: string): BundleFile {
  const bytes = readFileSync(join(DIST, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** The pane's scripts named by taskpane.html, the page Outlook loads. */
function pageScripts(): string[] {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/src="?\/outlook\/([^"\s>]+\.js)/g)].map((m) => m[1] ?? '');
}

/** Every .js of dist/ the pane can load (the preview's fake mailbox is not the pane's). */
function paneFiles(): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith('.js') && !f.startsWith('preview-host.'));
}

function reportBundles(loadedForContext: ReadonlySet<string>): boolean {
  const initial = new Set(pageScripts());
  const rows: string[][] = [];
  const totals = { page: 0, context: 0, later: 0 };
  for (const file of paneFiles().sort()) {
    const size = sizeOf(file);
    const role = initial.has(file)
      ? 'taskpane.html'
      : loadedForContext.has(file)
        ? 'loaded for the first email'
        : 'lazy (not needed for the context)';
    if (initial.has(file)) totals.page += size.gzip;
    if (initial.has(file) || loadedForContext.has(file)) totals.context += size.gzip;
    else totals.later += size.gzip;
    rows.push([file, role, kb(size.raw), kb(size.gzip)]);
  }
  console.log(table(['file', 'role', 'raw kB', 'gzip kB'], rows));
  const pass = totals.context <= BUDGET_KB * 1000;
  console.log(
    `page scripts ${kb(totals.page)} kB gzip; everything loaded until the context is painted ` +
      `${kb(totals.context)} kB gzip (budget ${BUDGET_KB} kB) ${pass ? 'PASS' : 'FAIL'}; ` +
      `lazy chunks ${kb(totals.later)} kB gzip`,
  );
  return pass;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

// ---------- (b) navigation to the context painted ----------

/**
 * Runs in the page before any of its scripts: resolves `window.relancePainted` with the time
 * (ms from navigation start) of the first frame painted with the expected customer's name.
 */
function watchForName(expected: string): void {
  const win = window as unknown as {
    relancePainted: Promise<number>;
    relanceFull: Promise<number>;
  };
  // The frame that shows what was awaited: after its rAF callbacks, the browser paints it.
  const paintedWhen = (ready: () => boolean) =>
    new Promise<number>((resolve) => {
      const seen = () => {
        if (!ready()) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      };
      const observer = new MutationObserver(seen);
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  const named = () =>
    document.querySelector('[data-testid="customer-name"]')?.textContent === expected;
  win.relancePainted = paintedWhen(named);
  // The forms, invoices and activity, which ContextView renders right after the account.
  win.relanceFull = paintedWhen(
    () => named() && document.querySelector('[data-testid="pane-following"]') === null,
  );
}

interface Visit {
  painted: number;
  /** Milestones of the start, ms from navigation start: the pane's marks and its requests. */
  phases: Map<string, number>;
  scripts: string[];
}

// Requests worth a line in the breakdown: when each was answered.
const TRACKED = [
  [/\/outlook\/taskpane\.[0-9a-f]+\.js$/, 'taskpane bundle received'],
  [/\/preview\/emails\.json$/, 'preview: demo emails received'],
  [/\/outlook\/config\.json$/, 'pane config received'],
  [/\/api\/v1\/context$/, 'context answer received'],
] as const;

async function visit(page: Page, server: ChildReady, sample: Sample): Promise<Visit> {
  await page.addInitScript(watchForName, sample.customer);
  const query = new URLSearchParams({ token: server.token, lang: 'fr', email: sample.id });
  await page.goto(`${server.url}/preview/outlook?${query.toString()}`);
  const painted = await page.evaluate(
    () => (window as unknown as { relancePainted: Promise<number> }).relancePainted,
  );
  const full = await page.evaluate(
    () => (window as unknown as { relanceFull: Promise<number> }).relanceFull,
  );
  const { resources, marks } = await page.evaluate(() => ({
    resources: performance.getEntriesByType('resource').map((e) => ({
      name: e.name,
      start: e.startTime,
      end: (e as PerformanceResourceTiming).responseEnd,
    })),
    marks: performance.getEntriesByType('mark').map((e) => ({ name: e.name, at: e.startTime })),
  }));
  const phases = new Map<string, number>();
  for (const { name, at } of marks) phases.set(name, at);
  for (const [pattern, label] of TRACKED) {
    const entry = resources.find((e) => pattern.test(e.name));
    if (entry) phases.set(label, entry.end);
  }
  phases.set('whole context painted (forms, invoices, activity)', full);
  const context = resources.find((e) => e.name.endsWith('/api/v1/context'));
  if (context) phases.set('context request sent', context.start);
  const scripts = resources
    .map((e) => /\/outlook\/([^/?]+\.js)$/.exec(e.name)?.[1])
    .filter((f): f is string => f !== undefined);
  return { painted, phases, scripts };
}

/** Milliseconds from navigation start to the first contentful paint of a static page. */
async function staticPaint(page: Page, url: string): Promise<number> {
  await page.goto(`${url}/outlook/help.html`);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const found = () =>
          performance.getEntriesByName('first-contentful-paint').at(0)?.startTime ?? null;
        const done = found();
        if (done !== null) return resolve(done);
        new PerformanceObserver(() => {
          const at = found();
          if (at !== null) resolve(at);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/** The bare context request of an email, fetched by the page with the same browser stack. */
async function rawContext(page: Page, server: ChildReady, sample: Sample): Promise<number> {
  return page.evaluate(
    async ({ token, body }) => {
      const start = performance.now();
      const response = await fetch('/api/v1/context', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      await response.json();
      return performance.now() - start;
    },
    { token: server.token, body: sample.request },
  );
}

/** Pinned pane: time from clicking an email (ItemChanged) to its customer's name painted. */
async function switchTo(page: Page, sample: Sample): Promise<number> {
  return page.evaluate(
    ({ id, expected }) =>
      new Promise<number>((resolve, reject) => {
        const button = document.querySelector<HTMLButtonElement>(`[data-email-id="${id}"]`);
        if (!button) return reject(new Error(`no email ${id} in the preview`));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const el = document.querySelector('[data-testid="customer-name"]');
          if (el?.textContent !== expected) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
    { id: sample.id, expected: sample.customer },
  );
}

interface Timings {
  cold: number[];
  warm: number[];
  phases: Map<string, number[]>;
  switched: number[];
  staticPage: number[];
  rawContext: number[];
  scripts: Set<string>;
}

// tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(...)`; the
// functions sent to the page need that helper there too.
async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return page;
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 1000 },
    locale: 'fr-FR',
  });
  return { context, page: await newPage(context) };
}

async function measure(browser: Browser, server: ChildReady, samples: Sample[]) {
  const t: Timings = {
    cold: [],
    warm: [],
    phases: new Map(),
    switched: [],
    staticPage: [],
    rawContext: [],
    scripts: new Set(),
  };
  // A browser context that keeps its HTTP cache, as Outlook keeps the pane's bundles.
  const warm = await freshPage(browser);
  for (let round = -WARMUP; round < SAMPLES; round++) {
    const sample = samples[(round + WARMUP) % samples.length]!;
    await settle();
    const cold = await freshPage(browser);
    const first = await visit(cold.page, server, sample);
    const staticPage = await staticPaint(cold.page, server.url);
    const raw = await rawContext(cold.page, server, sample);
    await cold.context.close();
    await settle();
    const cached = await cachedVisit(warm, server, sample);
    const next = samples[(round + WARMUP + 1) % samples.length]!;
    const switched = next.customer === sample.customer ? null : await switchTo(warm.page, next);
    if (round < 0) continue;

    t.cold.push(first.painted);
    t.warm.push(cached);
    for (const [name, at] of first.phases) t.phases.set(name, [...(t.phases.get(name) ?? []), at]);
    first.scripts.forEach((s) => t.scripts.add(s));
    t.staticPage.push(staticPage);
    t.rawContext.push(raw);
    if (switched !== null) t.switched.push(switched);
  }
  await warm.context.close();
  return t;
}

// A new page for each visit (init scripts pile up on a page), in the context that keeps the cache.
async function cachedVisit(
  warm: { context: BrowserContext; page: Page },
  server: ChildReady,
  sample: Sample,
): Promise<number> {
  await warm.page.close();
  warm.page = await newPage(warm.context);
  return (await visit(warm.page, server, sample)).painted;
}

function reportTimings(t: Timings): boolean {
  const warm = t.warm;
  const row = (name: string, values: number[]) => [
    name,
    quantile(values, 0.5).toFixed(0),
    quantile(values, 0.95).toFixed(0),
  ];
  // The empty-cache start, step by step, in the order the p50s fall.
  const phases = [...t.phases]
    .sort((a, b) => quantile(a[1], 0.5) - quantile(b[1], 0.5))
    .map(([name, values]) => row(`  ${name}`, values));
  console.log(
    table(
      ['ms (from navigation start unless said)', 'p50', 'p95'],
      [
        ...phases,
        row('context painted, empty cache', t.cold),
        row('context painted, bundles cached', warm),
        row('pinned pane: ItemChanged → context painted', t.switched),
        row('floor: static page first paint', t.staticPage),
        row('floor: bare POST /api/v1/context from the page', t.rawContext),
      ],
    ),
  );
  const p50 = quantile(t.cold, 0.5);
  const p95 = quantile(t.cold, 0.95);
  const floor = quantile(t.staticPage, 0.5) + quantile(t.rawContext, 0.5);
  console.log(
    `empty cache: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (budget ${BUDGET_MS} ms); ` +
      `p50 / (static paint + bare context) = ${(p50 / floor).toFixed(2)}; ` +
      `cached p50 / same floor = ${(quantile(warm, 0.5) / floor).toFixed(2)}`,
  );
  const pass = p95 <= BUDGET_MS && quantile(t.switched, 0.95) <= INTERACTION_MS;
  console.log(
    `navigation → context p95 ≤ ${BUDGET_MS} ms and ItemChanged p95 ≤ ${INTERACTION_MS} ms: ` +
      (pass ? 'PASS' : 'FAIL'),
  );
  return pass;
}

async function bench(): Promise<void> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error('addin-outlook/dist is missing: run `npm run build:web` first');
  }
  const child = startChild();
  let browser: Browser | null = null;
  try {
    const server = await child.ready;
    const samples = await samplesOf(server);
    browser = await launchChromium();
    const timings = await measure(browser, server, samples);
    console.log(
      `${SAMPLES} samples over ${samples.length} demo emails naming a customer, ${WARMUP} warm-up`,
    );
    const sizes = reportBundles(timings.scripts);
    const times = reportTimings(timings);
    if (!sizes || !times) process.exitCode = 1;
  } finally {
    await browser?.close();
    child.proc.kill('SIGTERM');
  }
}

// Last, so that every constant above is initialised before the run starts.
if (process.argv[2] === 'serve') {
  await serve();
} else {
  await bench();
}
