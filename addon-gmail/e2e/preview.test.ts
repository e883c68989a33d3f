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
    // Tall enough for a whole contextual card, and French like the collector's Gmail.
    page = await browser.newPage({ viewport: { width: 1400, height: 2600 }, locale: 'fr-FR' });
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
  /** The whole preview, and the add-on's sidebar alone at full size for a closer look. */
  const shoot = async (name: string) => {
    await page.screenshot({ path: `${SHOTS}/${name}.png` });
    await page.locator('#sidebar').screenshot({ path: `${SHOTS}/${name}-sidebar.png` });
  };

  it('shows the worklist as the homepage card', async () => {
    await page.goto(`${server.url}/preview/gmail`);
    await expect.poll(() => sidebar().locator('h2').textContent()).toBe('Ma liste du jour');
    const text = await sidebar().textContent();
    expect(text).toContain('Relance d’impayé · ton ferme');
    expect(text).not.toMatch(/Overdue|reminder|invoices?\b/);
    await shoot('01-homepage');
  });

  it('opens an email, logs the promise read from it, and the server holds it once', async () => {
    const count = async () =>
      (await server.deps.storage.db.selectFrom('payment_promises').select('id').execute()).length;
    const before = await count();
    await page.locator('.message[data-id="demo-01-promise"]').click();
    await expect
      .poll(() => sidebar().locator('h2').textContent())
      .toBe('Transports Lemoine & Fils');
    await shoot('02-contextual');

    await sidebar().getByRole('button', { name: 'Promesse' }).click();
    await expect.poll(() => sidebar().locator('h2').textContent()).toBe('Noter une promesse');
    const amount = await sidebar().locator('[data-name="amount"]').inputValue();
    const date = await sidebar().locator('[data-name="promisedDate"]').inputValue();
    expect(amount).not.toBe('');
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await shoot('03-promise-form');

    const save = sidebar().getByRole('button', { name: 'Enregistrer' });
    await save.dblclick();
    await expect.poll(() => page.locator('#toast').textContent()).toBe('Promesse enregistrée.');
    await expect
      .poll(() => sidebar().locator('h2').textContent())
      .toBe('Transports Lemoine & Fils');
    expect(await sidebar().textContent()).toContain('citée dans l’e-mail');
    await shoot('04-promise-saved');

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

  it('offers the possible customers and a search for a sender it does not know', async () => {
    await page.locator('.message[data-id="demo-27-unknown_sender"]').click();
    await expect
      .poll(() => sidebar().locator('h2').textContent())
      .toBe('Plusieurs clients possibles');
    expect(await sidebar().textContent()).toContain('Groupe Santé Rivière');
    await shoot('06-unknown-sender');
  });

  it('inserts a statement into a draft for a customer recipient', async () => {
    await page.locator('#new-draft').click();
    await expect.poll(() => sidebar().locator('h2').textContent()).toBe('Insérer un modèle');
    await sidebar().getByRole('button', { name: 'Insérer le relevé' }).click();
    await expect.poll(() => page.locator('#draft-body').textContent()).toMatch(/\d/);
    await expect.poll(() => page.locator('#toast').textContent()).toBe('Inséré dans le brouillon.');
    await shoot('05-compose-statement');
  });

  it('raised no script or CSP error', () => {
    expect(problems).toEqual([]);
  });
});
