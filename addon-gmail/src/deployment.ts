import { endpointUrl } from './endpoints.ts';

// The deployment descriptor `gcloud workspace-add-ons deployments create` reads: a
// google.cloud.gsuiteaddons.v1.Deployment in JSON (oauthScopes, addOns.common, addOns.gmail,
// addOns.httpOptions), every runFunction the full HTTPS URL of one of our endpoints.

/** The least scopes that work: run in Gmail, read the open message, insert into drafts,
 * know the user's address (userIdToken email), and receive locale and time zone. */
export const GMAIL_SCOPES = [
  'https://www.googleapis.com/auth/gmail.addons.execute',
  'https://www.googleapis.com/auth/gmail.addons.current.message.readonly',
  'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/script.locale',
] as const;

/** The descriptor for endpoints served under `baseUrl` (must be HTTPS). */
export function buildDeployment(baseUrl: string) {
  const base = new URL(baseUrl);
  if (base.protocol !== 'https:') throw new Error('Google calls add-on endpoints over HTTPS only');
  const url = (name: Parameters<typeof endpointUrl>[1]) =>
    endpointUrl(base.origin + base.pathname, name);
  return {
    oauthScopes: [...GMAIL_SCOPES],
    addOns: {
      common: {
        name: 'Relance',
        logoUrl: new URL('/preview/gmail/logo.png', base.origin).toString(),
        useLocaleFromApp: true,
        homepageTrigger: { runFunction: url('homepage') },
        universalActions: [{ label: 'Relance settings', runFunction: url('settings') }],
        openLinkUrlPrefixes: [base.origin],
      },
      gmail: {
        contextualTriggers: [{ unconditional: {}, onTriggerFunction: url('contextual') }],
        composeTrigger: {
          actions: [{ runFunction: url('compose'), label: 'Relance' }],
          draftAccess: 'METADATA',
        },
      },
      httpOptions: { authorizationHeader: 'SYSTEM_ID_TOKEN' },
    },
  };
}
