// Entry of the task pane. It is small on purpose: it waits for Office, reads the item and sends
// the context request first, and only then runs the interface (ui.tsx: React, Fluent UI), whose
// file the page has been downloading meanwhile (taskpane.html preloads it). The server answers
// while the browser evaluates the interface.
import { createApiClient } from '@relance/shared';
import { createCredentials } from './auth/credentials.ts';
import type { PaneConfig } from './auth/credentials.ts';
import { MESSAGES, languageFromDisplay } from './i18n/messages.ts';
import { createOfficeHost, officeReady } from './office/office-host.ts';
import { loadPane } from './pane/load.ts';
import type { PaneState } from './pane/load.ts';
import { mark } from './pane/marks.ts';
import type { PaneServices } from './pane/services.ts';
import { Outbox } from './sync/outbox.ts';

/** How long the first render waits for the first item's state before showing its loading view. */
const FIRST_RENDER_WAIT_MS = 400;

const loadInterface = () => import(/* webpackChunkName: "pane-ui" */ './ui.tsx');

async function paneConfig(): Promise<PaneConfig & { companyName: string }> {
  const fallback = { microsoftClientId: null, apiBaseUrl: window.location.origin, companyName: '' };
  try {
    const response = await fetch('/outlook/config.json', { credentials: 'same-origin' });
    return response.ok
      ? { ...fallback, ...((await response.json()) as Partial<PaneConfig>) }
      : fallback;
  } catch {
    return fallback;
  }
}

async function start(): Promise<void> {
  mark('bundle-run');
  const container = document.getElementById('root');
  if (!container) return;
  // The config does not depend on Office: ask for it while Office starts.
  const configLoading = paneConfig();

  try {
    await officeReady();
    mark('office-ready');
  } catch (err) {
    container.textContent = err instanceof Error ? err.message : String(err);
    return;
  }

  const host = createOfficeHost();
  const config = await configLoading;
  mark('config-loaded');
  const language = languageFromDisplay(host.displayLanguage());
  const credentials = createCredentials(window.localStorage, config, host);
  const client = createApiClient({
    baseUrl: config.apiBaseUrl,
    fetch: (input, init) => window.fetch(input, init),
    headers: () => credentials.headers(),
  });

  const services: PaneServices = {
    host,
    client,
    credentials,
    outbox: new Outbox(window.localStorage),
    storage: window.localStorage,
    language,
    messages: MESSAGES[language],
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    now: () => new Date(),
  };

  let asked: () => void = () => undefined;
  const requestOut = new Promise<void>((resolve) => {
    asked = resolve;
  });
  let first: Promise<PaneState> | null = loadPane(services, undefined, () => asked());
  let settled: PaneState | null = null;
  // However the first load ends, the interface comes: it shows what went wrong.
  void first
    .then(
      (state) => {
        settled = state;
      },
      () => undefined,
    )
    .finally(() => asked());
  services.firstLoad = {
    settled: () => settled,
    take: () => {
      const taken = first;
      first = null;
      return taken;
    },
  };

  // The interface runs once the request is out; React then renders once, with the first item's
  // state when it comes quickly, and the page's static placeholder shows meanwhile.
  await requestOut;
  let ui: Awaited<ReturnType<typeof loadInterface>>;
  try {
    ui = await loadInterface();
  } catch (err) {
    container.textContent = err instanceof Error ? err.message : String(err);
    return;
  }
  mark('interface-loaded');
  const quickly = new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  await Promise.race([first?.catch(() => undefined), quickly]);
  ui.renderPane(container, services, config.companyName || 'Relance');
}

void start();
