// Entry of the task pane: waits for Office, reads the server's config and renders the pane.
import { createRoot } from 'react-dom/client';
import { createApiClient } from '@relance/shared';
import { createCredentials } from './auth/credentials.ts';
import type { PaneConfig } from './auth/credentials.ts';
import { App } from './components/App.tsx';
import { MESSAGES, languageFromDisplay } from './i18n/messages.ts';
import { createOfficeHost, officeReady } from './office/office-host.ts';
import { mark } from './pane/marks.ts';
import type { PaneServices } from './pane/services.ts';
import { loadPane } from './pane/usePane.ts';
import type { PaneState } from './pane/usePane.ts';
import { Outbox } from './sync/outbox.ts';

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
  const root = createRoot(container);
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
  // The item is read and its context asked for while React renders the pane's frame.
  let first: Promise<PaneState> | null = loadPane(services, undefined);
  services.firstLoad = {
    take: () => {
      const taken = first;
      first = null;
      return taken;
    },
  };
  root.render(<App companyName={config.companyName || 'Relance'} services={services} />);
}

void start();
