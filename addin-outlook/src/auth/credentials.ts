import type { MailHost } from '../office/host.ts';

/** What the server tells the pane about itself (`GET /outlook/config.json`). */
export interface PaneConfig {
  microsoftClientId: string | null;
  apiBaseUrl: string;
}

/** Produces the Authorization header of each API call, or none when the user is not signed in. */
export interface Credentials {
  /** How the user is signed in right now. */
  method(): 'api_token' | 'microsoft' | 'none';
  headers(): Promise<Record<string, string>>;
}

const TOKEN_KEY = 'relance.outlook.apiToken';

/** The personal API token saved in this browser, or null. */
export function loadApiToken(storage: Storage): string | null {
  const token = storage.getItem(TOKEN_KEY);
  return token && token.trim() !== '' ? token.trim() : null;
}

/** Saves (or, with null, forgets) the personal API token. */
export function saveApiToken(storage: Storage, token: string | null): void {
  if (token === null || token.trim() === '') storage.removeItem(TOKEN_KEY);
  else storage.setItem(TOKEN_KEY, token.trim());
}

/** The personal token first; else Nested App Authentication when the server and host offer it. */
export function createCredentials(
  storage: Storage,
  config: PaneConfig,
  host: MailHost,
  microsoftToken: (clientId: string, apiBaseUrl: string) => Promise<string> = naaToken,
): Credentials {
  const useMicrosoft = () =>
    loadApiToken(storage) === null &&
    config.microsoftClientId !== null &&
    host.supportsNestedAppAuth();

  return {
    method: () => (loadApiToken(storage) ? 'api_token' : useMicrosoft() ? 'microsoft' : 'none'),
    headers: async (): Promise<Record<string, string>> => {
      const token = loadApiToken(storage);
      if (token) return { authorization: `Bearer ${token}` };
      if (useMicrosoft() && config.microsoftClientId) {
        const accessToken = await microsoftToken(config.microsoftClientId, config.apiBaseUrl);
        return { authorization: `Bearer ${accessToken}` };
      }
      return {};
    },
  };
}

// MSAL is loaded only when a Microsoft sign-in is configured, so it costs nothing otherwise.
async function naaToken(clientId: string, apiBaseUrl: string): Promise<string> {
  const { acquireApiToken } = await import('./naa.ts');
  return acquireApiToken(clientId, apiBaseUrl);
}
