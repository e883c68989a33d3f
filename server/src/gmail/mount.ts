import type { Request, Router } from 'express';
import { createGmailAddonRouter, fixedKeyVerifier } from '@relance/addon-gmail';
import type { AppDeps } from '../deps.ts';
import { loggerFor } from '../logger.ts';
import { gmailAddonSettings } from './addon-settings.ts';
import { gmailBackend } from './backend.ts';

/**
 * The Gmail add-on's endpoints for this server, or null when the add-on is neither
 * configured nor in demo mode. Only demo mode trusts the preview's development key, and
 * only there is the Gmail API served by the local fake (unless GMAIL_API_ROOT_URL says).
 */
export function gmailRootRouter(deps: AppDeps): Router | null {
  const settings = gmailAddonSettings(deps.config);
  if (!settings) return null;
  const key = deps.config.demo ? settings.developmentKey : null;
  const sameServerFake = (req: Request) =>
    `http://127.0.0.1:${req.socket.localPort ?? deps.config.port}/`;

  return createGmailAddonRouter({
    backend: gmailBackend(deps),
    logger: loggerFor(deps.logger, 'gmail'),
    config: {
      baseUrl: settings.baseUrl,
      serviceAgentEmail: settings.serviceAgentEmail,
      oauthClientId: settings.oauthClientId,
      signingSecret: settings.signingSecret,
      defaultTimeZone: deps.config.timeZone,
      ...(settings.certsUrl ? { certsUrl: settings.certsUrl } : {}),
      ...(settings.gmailApiRootUrl
        ? { gmailRootUrl: settings.gmailApiRootUrl }
        : key
          ? { gmailRootUrl: sameServerFake }
          : {}),
      ...(key ? { demoVerifier: { kid: key.kid, verifier: fixedKeyVerifier(key) } } : {}),
    },
  });
}
