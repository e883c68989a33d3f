import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import type { DisputeView, ReviewPage } from '@relance/shared';
import { browserSkipReason, launchChromium } from '../../server/src/testing-browser.ts';
import { startDemoServer } from '../../server/src/testing-e2e.ts';
import type { DemoServer } from '../../server/src/testing-e2e.ts';

// The whole dashboard in headless Chromium against the real server on the demo ledger: what a
// manager does in a day, checked in the page and in the server's own state.

const SHOTS = fileURLToPath(new URL('../../test-results/dashboard/', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/index.html', import.meta.url));

type Role = 'manager' | 'collector' | 'admin';

describe.skipIf(browserSkipReason !== null)('the dashboard in a browser', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(DIST))
      throw new Error('dashboard/dist is missing: run `npm run build:web` first');
    mkdirSync(SHOTS, { recursive: true });
    server = await startDemoServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Signs in through the form; the page is then switched to `lang`. */
  async function signIn(role: Role, lang: 'en' | 'fr' = 'en', width = 1440): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height: 1000 },
      locale: lang === 'en' ? 'en-GB' : 'fr-FR',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/app/`);
    await page.locator('input[type=email]').fill(server.emails[role]);
    await page.locator('input[type=password]').fill(server.passwords[role]);
    await page.locator('button[type=submit]').click();
    await page.locator('nav').waitFor();
    // The demo users read French; the language picker switches the page.
    await page.locator('header select').selectOption(lang);
    return page;
  }

  /** Calls the API as `role` with its demo token. */
  async function api<T>(role: Role, path: string): Promise<T> {
    const res = await fetch(`${server.url}/api/v1${path}`, {
      headers: { authorization: `Bearer ${server.tokens[role]}` },
    });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }

  function nav(page: Page, name: string) {
    return page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  }

  it('signs a manager in, filters the review queue and marks an item reviewed', async () => {
    const page = await signIn('manager');
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    const before = count(await page.getByTestId('unreviewed-count').textContent());
    expect(before).toBe((await api<ReviewPage>('manager', '/review?limit=1')).unreviewedCount);
    await page.screenshot({ path: `${SHOTS}01-review-queue.png` });

    await page.getByLabel('Kind', { exact: true }).selectOption('promise');
    await page.getByLabel('Reviewed', { exact: true }).selectOption('false');
    const table = page.getByRole('table', { name: /newest first/ });
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    const kinds = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Promise']));

    // The count follows the filters: unreviewed promises, as the API counts them.
    const promisesBefore = count(await page.getByTestId('unreviewed-count').textContent());
    const filtered = '/review?kind=promise&reviewed=false&limit=1';
    expect(promisesBefore).toBe((await api<ReviewPage>('manager', filtered)).unreviewedCount);

    const firstRow = table.locator('tbody tr').first();
    const customer = (await firstRow.locator('td:nth-child(3)').textContent()) ?? '';
    await firstRow.getByRole('button', { name: /Mark Promise of .* reviewed/ }).click();
    await page.getByLabel('Comment (optional)').fill('Promise checked against the email');
    await page.getByRole('dialog').getByRole('button', { name: 'Mark reviewed' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect
      .poll(async () => count(await page.getByTestId('unreviewed-count').textContent()))
      .toBe(promisesBefore - 1);

    // The server holds the mark: who, and the comment.
    const reviewed = await api<ReviewPage>('manager', '/review?kind=promise&reviewed=true');
    expect(reviewed.items).toHaveLength(1);
    expect(reviewed.items[0]?.customer.name).toBe(customer);
    expect(reviewed.items[0]?.review?.reviewer.email).toBe(server.emails.manager);
    expect(reviewed.items[0]?.review?.comment).toBe('Promise checked against the email');
    expect((await api<ReviewPage>('manager', '/review?limit=1')).unreviewedCount).toBe(before - 1);

    // The page shows it too once filtered on reviewed items (the table is not left hidden).
    await page.getByLabel('Reviewed', { exact: true }).selectOption('true');
    await expect.poll(() => table.textContent()).toContain('Promise checked against the email');
    expect(await table.textContent()).toContain(customer);
    await page.screenshot({ path: `${SHOTS}02-review-marked.png` });
    await page.context().close();
  });

  it('opens a customer and exports its invoices as CSV, one row per invoice', async () => {
    const page = await signIn('manager');
    await page.getByLabel('Kind', { exact: true }).selectOption('email');
    const table = page.getByRole('table', { name: /newest first/ });
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    const link = table.locator('tbody tr').first().locator('td:nth-child(3) a');
    const name = (await link.textContent()) ?? '';
    await link.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(escape(name)) }).waitFor();
    await page.getByRole('table', { name: /Every logged email/ }).waitFor();
    await page.screenshot({ path: `${SHOTS}03-customer.png`, fullPage: true });

    const shown = await page.getByRole('table', { name: 'Invoices' }).locator('tbody tr').count();
    const csv = parseCsv(
      await downloaded(page, page.getByRole('link', { name: 'Export Invoices as CSV' })),
    );
    const header = csv[0] ?? [];
    expect(header).toContain('number');
    expect(csv.length - 1).toBe(shown);
    const customerId = decodeURIComponent(page.url().split('/').pop() ?? '');
    const fromApi = await api<{ items: { number: string }[] }>(
      'manager',
      `/customers/${customerId}/invoices?status=all`,
    );
    const numbers = csv.slice(1).map((r) => r[header.indexOf('number')]);
    expect(new Set(numbers)).toEqual(new Set(fromApi.items.map((i) => i.number)));
    await page.context().close();
  });

  it('changes a dispute status, audited and kept, and exports the disputes of the queue', async () => {
    const page = await signIn('manager');
    await nav(page, 'Disputes');
    const open = page.getByRole('region', { name: /^Open/ });
    await expect.poll(() => open.locator('li').count()).toBeGreaterThan(0);
    const card = open.locator('li').first();
    const disputeId = (await card.locator('[data-dispute]').getAttribute('data-dispute')) ?? '';
    await card.getByRole('button', { name: /^Change/ }).click();
    await page.getByRole('dialog').getByLabel('Status').selectOption('in_review');
    await page.getByRole('dialog').getByLabel('Note for the history').fill('Asked the warehouse');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByText('Dispute saved.').waitFor();
    await page
      .getByRole('region', { name: /^In review/ })
      .locator(`[data-dispute="${disputeId}"]`)
      .waitFor();
    await page.screenshot({ path: `${SHOTS}04-disputes.png`, fullPage: true });

    // Kept by the server, with its history and an audit entry naming the manager.
    const dispute = await api<DisputeView>('manager', `/disputes/${disputeId}`);
    expect(dispute.status).toBe('in_review');
    const event = dispute.history?.at(-1);
    expect(event?.fromStatus).toBe('open');
    expect(event?.toStatus).toBe('in_review');
    expect(event?.actor.email).toBe(server.emails.manager);
    expect(event?.note).toBe('Asked the warehouse');
    const audited = await server.deps.storage.db
      .selectFrom('audit_log')
      .innerJoin('users', 'users.id', 'audit_log.actor_id')
      .select(['audit_log.action', 'users.email'])
      .where('audit_log.entity_id', '=', disputeId)
      .execute();
    expect(audited.map((a) => a.email)).toContain(server.emails.manager);

    // The review queue's CSV, filtered on disputes: the same rows as the API lists.
    await nav(page, 'Review queue');
    await page.getByLabel('Kind', { exact: true }).selectOption('dispute');
    await page.getByRole('table', { name: /newest first/ }).waitFor();
    const rows = parseCsv(
      await downloaded(page, page.getByRole('link', { name: 'Export Review queue as CSV' })),
    );
    expect(rows[0]?.slice(0, 3)).toEqual(['kind', 'id', 'at']);
    const listed = await api<ReviewPage>('manager', '/review?kind=dispute&limit=200');
    expect(listed.nextCursor).toBeNull();
    expect(rows.length - 1).toBe(listed.items.length);
    expect(rows.slice(1).map((r) => r[1])).toEqual(listed.items.map((i) => i.id));
    expect(rows.slice(1).every((r) => r[0] === 'dispute')).toBe(true);
    await page.context().close();
  });

  it('shows the figures and promises with rates on a percent scale', async () => {
    const page = await signIn('manager');
    await nav(page, 'Collection figures');
    await page.locator('figure svg').first().waitFor();
    const kept = page.locator('li', { hasText: 'Promise-kept rate' });
    // The tile reads: label, value, method.
    const rate = percentOf(await kept.locator('span').nth(1).textContent());
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(100);
    await page.screenshot({ path: `${SHOTS}05-figures.png`, fullPage: true });
    await nav(page, 'Promises');
    await page.getByRole('heading', { name: 'Payment promises' }).waitFor();
    const rates = await page
      .getByRole('table', { name: 'Kept rate per collector' })
      .locator('tbody td:last-child')
      .allTextContents();
    for (const r of rates.filter((x) => x !== '—')) expect(percentOf(r)).toBeLessThanOrEqual(100);
    await page.screenshot({ path: `${SHOTS}06-promises.png`, fullPage: true });
    await page.context().close();
  });

  it('refuses the admin views to a collector, and shows them to an admin', async () => {
    const page = await signIn('collector');
    expect(await page.locator('nav a').allTextContents()).toEqual(['My work', 'Worklist']);
    await page.goto(`${server.url}/app/#/admin`);
    await page.getByText('Not allowed').waitFor();
    expect(await page.getByRole('table', { name: 'Users and roles' }).count()).toBe(0);
    // The session cookie of the page, and the collector's API token, both meet a 403.
    const status = await page.evaluate(async () => (await fetch('/api/v1/users')).status);
    expect(status).toBe(403);
    const byToken = await fetch(`${server.url}/api/v1/users`, {
      headers: { authorization: `Bearer ${server.tokens.collector}` },
    });
    expect(byToken.status).toBe(403);
    await page.screenshot({ path: `${SHOTS}07-collector-refused.png` });
    await page.context().close();

    const admin = await signIn('admin');
    await admin.goto(`${server.url}/app/#/admin`);
    await admin.getByRole('table', { name: 'Users and roles' }).waitFor();
    await admin.screenshot({ path: `${SHOTS}08-admin.png`, fullPage: true });
    await admin.context().close();
  });

  it('fits every view of the French dashboard on a phone without sideways scrolling', async () => {
    const page = await signIn('admin', 'fr', 390);
    const customer = (await api<{ items: { id: string }[] }>('admin', '/customers?limit=1'))
      .items[0]?.id;
    const views = ['review', `customers/${customer}`, 'promises', 'disputes', 'figures', 'admin'];
    for (const view of views) {
      await page.goto(`${server.url}/app/#/${view}`);
      await page.locator('main h1').first().waitFor();
      await page.getByText('Chargement…').first().waitFor({ state: 'detached' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, view).toBeLessThanOrEqual(0);
      const file = view.split('/')[0] ?? view;
      await page.screenshot({ path: `${SHOTS}09-phone-fr-${file}.png`, fullPage: true });
    }
    await page.context().close();
  });
});

function count(text: string | null): number {
  return Number((text ?? '').replace(/\D/g, ''));
}

function percentOf(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Clicks a download link and reads the saved file. */
async function downloaded(page: Page, link: ReturnType<Page['getByRole']>): Promise<string> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    link.click(),
  ]);
  return readFileSync((await download.path()) ?? '', 'utf8');
}

/** RFC 4180 CSV: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ',' && ch !== '\n' && ch !== '\r')) {
      cell += ch;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
