import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserSkipReason, launchChromium } from '../../server/src/testing-browser.ts';
import { startDemoServer } from '../../server/src/testing-e2e.ts';
import type { DemoServer } from '../../server/src/testing-e2e.ts';

const SHOTS = 'test-results/gmail';

describe.skipIf(browserSkipReason !== null)('Gmail preview in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startDemoServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sidebar = () => page.locator('#card');

  it('shows the worklist as the homepage card', async () => {
    await page.goto(`${server.url}/preview/gmail`);
    await expect.poll(() => sidebar().locator('h2').textContent()).toBe('Ma liste du jour');
    await page.screenshot({ path: `${SHOTS}/01-homepage.png` });
  });

  it('opens an email, logs the promise read from it, and the server holds it once', async () => {
    const count = async () =>
      (await server.deps.storage.db.selectFrom('payment_promises').select('id').execute()).length;
    const before = await count();
    await page.locator('.message[data-id="demo-01-promise"]').click();
    await expect
      .poll(() => sidebar().locator('h2').textContent())
      .toBe('Transports Lemoine & Fils');
    await page.screenshot({ path: `${SHOTS}/02-contextual.png` });

    await sidebar().getByRole('button', { name: 'Promesse' }).click();
    await expect.poll(() => sidebar().locator('h2').textContent()).toBe('Noter une promesse');
    const amount = await sidebar().locator('[data-name="amount"]').inputValue();
    const date = await sidebar().locator('[data-name="promisedDate"]').inputValue();
    expect(amount).not.toBe('');
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.screenshot({ path: `${SHOTS}/03-promise-form.png` });

    const save = sidebar().getByRole('button', { name: 'Enregistrer' });
    await save.dblclick();
    await expect.poll(() => page.locator('#toast').textContent()).toBe('Promesse enregistrée.');
    await expect
      .poll(() => sidebar().locator('h2').textContent())
      .toBe('Transports Lemoine & Fils');
    await page.screenshot({ path: `${SHOTS}/04-promise-saved.png` });

    // A double click posts the same signed save twice; the promise exists once.
    expect(await count()).toBe(before + 1);
    const saved = await server.deps.storage.db
      .selectFrom('payment_promises')
      .select(['promised_date', 'source_message_id'])
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(saved.promised_date).toBe(date);
    expect(saved.source_message_id).toContain('@');
  });

  it('logs the email to the shared history', async () => {
    await sidebar().getByRole('button', { name: 'Journaliser' }).click();
    await expect.poll(() => page.locator('#toast').textContent()).toBe('E-mail journalisé.');
    await expect
      .poll(() => sidebar().textContent())
      .toContain('E-mail déjà journalisé par Julien Martin');
  });

  it('inserts a statement into a draft for a customer recipient', async () => {
    await page.locator('#new-draft').click();
    await expect.poll(() => sidebar().locator('h2').textContent()).toBe('Insérer un modèle');
    await sidebar().getByRole('button', { name: 'Insérer le relevé' }).click();
    await expect.poll(() => page.locator('#draft-body').textContent()).toMatch(/\d/);
    await page.screenshot({ path: `${SHOTS}/05-compose-statement.png` });
  });

  it('raised no script or CSP error', () => {
    expect(problems).toEqual([]);
  });
});
