import { randomBytes } from 'node:crypto';
import { makeSigningKey } from '@relance/addon-gmail';
import type { SigningKey } from '@relance/addon-gmail';
import type { Config } from '../config.ts';

/** The service agent the demo's preview signs as; never accepted outside demo mode. */
export const DEMO_SERVICE_AGENT = 'service-0@gcp-sa-gsuiteaddons.iam.gserviceaccount.com';
/** The OAuth client id the demo's preview mints user tokens for. */
export const DEMO_OAUTH_CLIENT_ID = 'relance-demo.apps.googleusercontent.com';

/** Everything the add-on router and the preview host need to agree on. */
export interface GmailAddonSettings {
  baseUrl: string;
  serviceAgentEmail: string;
  oauthClientId: string;
  signingSecret: string;
  certsUrl: string | undefined;
  gmailApiRootUrl: string | undefined;
  /** Demo mode only: the per-process development key the preview signs event tokens with. */
  developmentKey: SigningKey | null;
}

const settingsByConfig = new WeakMap<Config, GmailAddonSettings | null>();

/**
 * The add-on's settings for this server, or null when it is not configured (service agent,
 * OAuth client id and signing secret) and not in demo mode. In demo mode the missing pieces
 * get local stand-ins, and a development key made for this process only.
 */
export function gmailAddonSettings(config: Config): GmailAddonSettings | null {
  if (settingsByConfig.has(config)) return settingsByConfig.get(config) ?? null;
  const google = config.google;
  const configured = Boolean(google.serviceAgent && google.oauthClientId && config.signingSecret);
  let settings: GmailAddonSettings | null = null;
  if (configured || config.demo) {
    settings = {
      baseUrl: config.publicUrl,
      serviceAgentEmail: google.serviceAgent ?? DEMO_SERVICE_AGENT,
      oauthClientId: google.oauthClientId ?? DEMO_OAUTH_CLIENT_ID,
      signingSecret: config.signingSecret ?? randomBytes(32).toString('base64url'),
      certsUrl: google.certsUrl,
      gmailApiRootUrl: google.gmailApiRootUrl,
      developmentKey: config.demo ? makeSigningKey() : null,
    };
  }
  settingsByConfig.set(config, settings);
  return settings;
}
