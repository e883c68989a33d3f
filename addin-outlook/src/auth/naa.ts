import { createNestablePublicClientApplication } from '@azure/msal-browser';
import type { IPublicClientApplication } from '@azure/msal-browser';

let application: Promise<IPublicClientApplication> | null = null;

/** The scope the Relance API registration exposes: api://<host>/<client id>/access_as_user. */
export function apiScope(clientId: string, apiBaseUrl: string): string {
  return `api://${new URL(apiBaseUrl).host}/${clientId}/access_as_user`;
}

/**
 * An access token for the Relance API through Nested App Authentication: silently when Outlook
 * already has one, else with the popup MSAL falls back to.
 */
export async function acquireApiToken(clientId: string, apiBaseUrl: string): Promise<string> {
  application ??= createNestablePublicClientApplication({
    auth: { clientId, authority: 'https://login.microsoftonline.com/common' },
  });
  const pca = await application;
  const request = { scopes: [apiScope(clientId, apiBaseUrl)] };
  try {
    return (await pca.acquireTokenSilent(request)).accessToken;
  } catch {
    return (await pca.acquireTokenPopup(request)).accessToken;
  }
}
