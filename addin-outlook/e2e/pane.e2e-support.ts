import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../server/src/cli/serve.ts';
import type { RunningServer } from '../../server/src/cli/serve.ts';
import { loadConfig } from '../../server/src/config.ts';

// Helpers of the Outlook browser tests: a demo server that can be stopped and started again on
// the same port and database, and the preview page driven like a person would.

/** Where the tests save their screenshots (git-ignored). */
export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/outlook');

/** The pane widths the screenshots are taken at: Outlook's narrowest pane, and a roomy one. */
export const PANE_WIDTHS = [320, 450] as const;
mkdirSync(SCREENSHOTS, { recursive: true });

/** Fails early, and clearly, when the pane was not built. */
export function assertPaneBuilt(): void {
  const preview = resolve(import.meta.dirname, '../dist/preview.html');
  if (!existsSync(preview)) {
    throw new Error('addin-outlook/dist is missing: run `npm run build:web` before the e2e tests');
  }
}

/** One email of /preview/emails.json. */
export interface PreviewEmail {
  id: string;
  messageId: string;
  from: { name: string; email: string };
  to: { name: string; email: string }[];
  cc: { name: string; email: string }[];
  subject: string;
  text: string;
  kind: string;
}

/** A demo server over a data directory that outlives restarts. */
export class RestartableDemoServer {
  private running: RunningServer | null = null;
  private port = 0;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'relance-outlook-e2e-'));

  get url(): string {
    if (!this.running) throw new Error('the server is stopped');
    return this.running.url;
  }

  async start(): Promise<void> {
    const config = loadConfig(
      {
        LOG_LEVEL: 'silent',
        PORT: String(this.port),
        DATA_DIR: this.dataDir,
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      { demo: true },
    );
    this.running = await startServer(config);
    this.port = Number(new URL(this.running.url).port);
  }

  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = null;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Calls the API as a demo user. */
export async function api<T>(url: string, token: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${url}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The demo emails the preview lists. */
export async function previewEmails(url: string): Promise<PreviewEmail[]> {
  return (await (await fetch(`${url}/preview/emails.json`)).json()) as PreviewEmail[];
}

/** The customer the server matches an email to, as the pane should show it. */
export async function expectedCustomer(url: string, token: string, email: PreviewEmail) {
  const context = await api<{ customer: { id: string; name: string } | null }>(
    url,
    token,
    '/context',
    {
      from: email.from.email,
      subject: email.subject,
      text: email.text,
      messageId: email.messageId,
    },
  );
  return context.customer;
}

/** Opens the preview as the collector, at a pane width, in a language. */
export async function openPreview(
  page: Page,
  url: string,
  token: string,
  options: { width: number; lang?: 'fr' | 'en'; user?: string },
): Promise<void> {
  const query = new URLSearchParams({
    token,
    width: String(options.width),
    lang: options.lang ?? 'fr',
    ...(options.user ? { user: options.user } : {}),
  });
  await page.goto(`${url}/preview/outlook?${query.toString()}`);
}

/** A page whose browser locale matches the pane's language, as in a French or English Outlook. */
export async function newPanePage(browser: Browser, lang: 'fr' | 'en' = 'fr'): Promise<Page> {
  return browser.newPage({
    viewport: { width: 1100, height: 1400 },
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
  });
}

/**
 * Saves the whole pane (not only what the column shows) at each width of PANE_WIDTHS, as
 * `pane-<width>-<name>.png`, then puts the column back to its width.
 */
export async function paneScreenshots(page: Page, name: string): Promise<void> {
  const column = page.locator('#pane-column');
  const initial = await column.evaluate((el) => (el as HTMLElement).getAttribute('style') ?? '');
  // The column scrolls at the viewport's height; let it grow so the whole pane is captured.
  const grow = await page.addStyleTag({
    content: '.preview-layout{height:auto!important}.pane-column{overflow:visible!important}',
  });
  for (const width of PANE_WIDTHS) {
    await column.evaluate((el, w) => {
      (el as HTMLElement).style.width = `${w}px`;
    }, width);
    await page
      .locator('#pane-column main')
      .screenshot({ path: join(SCREENSHOTS, `pane-${width}-${name}.png`), animations: 'disabled' });
  }
  await column.evaluate((el, style) => el.setAttribute('style', style), initial);
  await grow.evaluate((el) => (el as Element).remove());
}

/** Clicks an email of the fake mailbox, as selecting it in Outlook. */
export async function selectEmail(page: Page, email: PreviewEmail): Promise<void> {
  await page.click(`[data-email-id="${email.id}"]`);
}
