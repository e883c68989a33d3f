import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchChromium } from '../../server/src/testing-browser.ts';
import { startDemoServer } from '../../server/src/testing-e2e.ts';
import type { DemoServer } from '../../server/src/testing-e2e.ts';
import {
  RestartableDemoServer,
  SCREENSHOTS,
  api,
  assertPaneBuilt,
  expectedCustomer,
  newPanePage,
  openPreview,
  paneScreenshots,
  previewEmails,
  selectEmail,
} from './pane.e2e-support.ts';
import type { PreviewEmail } from './pane.e2e-support.ts';

interface Listed<T> {
  items: T[];
}

describe.skipIf(browserSkipReason !== null)('the Outlook pane in the preview host', () => {
  let server: DemoServer;
  let browser: Browser;
  let emails: PreviewEmail[];

  beforeAll(async () => {
    assertPaneBuilt();
    server = await startDemoServer();
    browser = await launchChromium();
    emails = await previewEmails(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const byKind = (kind: string, n = 0) => {
    const found = emails.filter((e) => e.kind === kind)[n];
    if (!found) throw new Error(`the demo has no ${kind} email #${n}`);
    return found;
  };

  it('opens an email, shows its context, and logs the promise it carries', async () => {
    const page = await newPanePage(browser);
    const email = byKind('promise');
    const customer = await expectedCustomer(server.url, server.tokens.collector, email);
    await openPreview(page, server.url, server.tokens.collector, { width: 450 });
    await selectEmail(page, email);

    await expect.poll(() => page.getByTestId('customer-name').textContent()).toBe(customer?.name);
    await paneScreenshots(page, 'read-promise');
    const form = page.getByRole('form', { name: 'Promesse de paiement' });
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByTestId('write-outcome').waitFor();

    const promises = await api<Listed<{ sourceMessageId: string | null; customerId: string }>>(
      server.url,
      server.tokens.collector,
      `/promises?customerId=${customer?.id ?? ''}`,
    );
    const logged = promises.items.filter((p) => p.sourceMessageId === email.messageId);
    expect(logged).toHaveLength(1);
    await page.close();
  });

  it('fetches no script on opening that the page did not name or preload', async () => {
    // The interface chunk is imported only once the context request is out: without its
    // <link rel="preload"> it would be fetched then, one round trip late.
    const page = await newPanePage(browser);
    await openPreview(page, server.url, server.tokens.collector, { width: 450 });
    await page.getByTestId('customer-name').waitFor();
    const { named, loaded } = await page.evaluate(() => ({
      named: [
        ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
        ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="script"]')].map(
          (l) => l.href,
        ),
      ],
      loaded: performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => name.endsWith('.js')),
    }));
    expect(loaded.some((name) => /\/outlook\/pane-ui\.[0-9a-f]+\.js$/.test(name))).toBe(true);
    expect(loaded.filter((name) => !named.includes(name))).toEqual([]);
    await page.close();
  });

  it('follows the selection in a pinned pane', async () => {
    const page = await newPanePage(browser);
    await openPreview(page, server.url, server.tokens.collector, { width: 320 });
    const first = byKind('dispute');
    const second = byKind('promise', 2);
    const [one, two] = await Promise.all(
      [first, second].map((e) => expectedCustomer(server.url, server.tokens.collector, e)),
    );
    expect(one?.name).not.toBe(two?.name);

    await selectEmail(page, first);
    await expect.poll(() => page.getByTestId('customer-name').textContent()).toBe(one?.name);
    await paneScreenshots(page, 'read-dispute');
    await selectEmail(page, second);
    await expect.poll(() => page.getByTestId('customer-name').textContent()).toBe(two?.name);

    await page.click('#deselect');
    await page.getByRole('region', { name: 'Vos tâches du jour' }).waitFor();
    expect(await page.getByTestId('worklist-item').count()).toBeGreaterThan(0);
    await paneScreenshots(page, 'worklist');
    await page.close();
  });

  it('inserts a statement into a draft in compose mode, in English at 450 px', async () => {
    const page = await newPanePage(browser, 'en');
    await openPreview(page, server.url, server.tokens.collector, { width: 450, lang: 'en' });
    await page.getByTestId('customer-name').waitFor();
    await page.click('#compose-sample');
    const insert = page.getByRole('button', { name: 'Insert the statement' });
    await insert.click();

    await expect.poll(() => page.getByTestId('draft-body').textContent()).toMatch(/\d/);
    // The subject is set after the body, by a call of its own: wait for it too.
    await expect.poll(() => page.getByTestId('draft-subject').inputValue()).not.toBe('');
    await paneScreenshots(page, 'compose-en');
    await page.screenshot({ path: join(SCREENSHOTS, 'preview-compose.png') });
    await page.close();
  });

  it('offers the candidates for an unknown address at a domain two customers share', async () => {
    const page = await newPanePage(browser);
    await openPreview(page, server.url, server.tokens.collector, { width: 450 });
    await page.getByTestId('customer-name').waitFor();
    await selectEmail(page, byKind('unknown_sender', 1));

    await page.getByRole('heading', { name: 'Expéditeur inconnu' }).waitFor();
    await page.getByRole('button', { name: 'Rattacher' }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Rattacher' }).count()).toBeGreaterThan(1);
    await paneScreenshots(page, 'unknown-sender');
    await page.close();
  });
});

describe.skipIf(browserSkipReason !== null)('writes while the server is down', () => {
  const server = new RestartableDemoServer();
  let browser: Browser;

  beforeAll(async () => {
    assertPaneBuilt();
    await server.start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server.dispose();
  });

  it('queues a dispute while the server is stopped and records it exactly once after', async () => {
    const url = server.url;
    const demo = await startDemoTokens();
    const emails = await previewEmails(url);
    const email = emails.find((e) => e.kind === 'dispute');
    if (!email) throw new Error('the demo has no dispute email');
    const customer = await expectedCustomer(url, demo.collector, email);

    const page = await newPanePage(browser);
    await openPreview(page, url, demo.collector, { width: 450 });
    await selectEmail(page, email);
    await expect.poll(() => page.getByTestId('customer-name').textContent()).toBe(customer?.name);

    await server.stop();
    const form = page.getByRole('form', { name: 'Litige' });
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByTestId('sync-status').waitFor();
    expect(await page.getByTestId('sync-status').textContent()).toContain('en attente');
    await paneScreenshots(page, 'waiting-to-sync');

    // Another email while the server is down: the pane says what failed and offers a retry.
    await selectEmail(page, emails.find((e) => e.kind === 'promise') ?? email);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Impossible de charger le compte de ce client',
    );
    await paneScreenshots(page, 'error-offline');

    await server.start();
    await page.getByTestId('sync-status').waitFor({ state: 'detached', timeout: 60_000 });

    const disputes = await api<Listed<{ sourceMessageId: string | null }>>(
      server.url,
      demo.collector,
      `/disputes?customerId=${customer?.id ?? ''}`,
    );
    expect(disputes.items.filter((d) => d.sourceMessageId === email.messageId)).toHaveLength(1);
    await page.close();
  });
});

// The demo users' tokens are fixed by the demo loader; read them from its catalogue.
async function startDemoTokens(): Promise<{ collector: string }> {
  const { DEMO_USERS } = await import('../../server/src/demo/demo-users.ts');
  return { collector: DEMO_USERS.camille.token };
}
