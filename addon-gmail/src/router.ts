import express from 'express';
import type { Request, Response, Router } from 'express';
import { BackendError } from '@relance/shared';
import type { BackendUser, CollectionsBackend, Language } from '@relance/shared';
import { errorCard, unknownUserCard } from './cards/status.card.ts';
import { pushAsRoot, pushCard } from './cards/responses.ts';
import type { Card } from './cards/builders.ts';
import { cardUi } from './cards/ui.ts';
import type { CardUi } from './cards/ui.ts';
import {
  CALLBACKS,
  ENDPOINT_PREFIX,
  TRIGGERS,
  endpointPath,
  endpointUrl,
  isTrigger,
} from './endpoints.ts';
import type { EndpointName } from './endpoints.ts';
import { AddonEvent } from './events.ts';
import { MessageReadError, NoOpenMessage, gmailApiReader } from './gmail-message.ts';
import type { MessageReader } from './gmail-message.ts';
import { HANDLERS } from './handlers.ts';
import type { HandlerContext } from './handlers.ts';
import {
  TokenRejected,
  googleIdTokenVerifier,
  rememberingVerifier,
  routedVerifier,
} from './id-tokens.ts';
import type { IdTokenVerifier } from './id-tokens.ts';
import type { ErrorKind } from './messages.ts';
import { StateRejected, createStateSigner } from './signed-state.ts';

/** The logging this router does; a pino logger fits. */
export interface AddonLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Where the add-on runs and whom it trusts. */
export interface GmailAddonConfig {
  /** Public HTTPS base of the endpoints; each token's audience is its endpoint's exact URL. */
  baseUrl: string;
  /** The deployment's service agent, printed by `gcloud workspace-add-ons get-authorization`. */
  serviceAgentEmail: string;
  /** The deployment's OAuth client id: the audience of `userIdToken`. */
  oauthClientId: string;
  /** Signs values carried in card parameters (at least 32 characters). */
  signingSecret: string;
  /** Where Google's `{kid: pem}` certificates are fetched from (a loopback server in tests). */
  certsUrl?: string;
  /** Root of the Gmail API; per request for the demo's fake on the same server. */
  gmailRootUrl?: string | ((req: Request) => string);
  /** A development key's verifier; passed by the server in demo mode only. */
  demoVerifier?: { kid: string; verifier: IdTokenVerifier };
  /** Time zone when the event carries none. */
  defaultTimeZone?: string;
  /** Signature line of inserted templates. */
  companyName?: string;
}

/** What the router is built from. */
export interface GmailAddonOptions {
  backend: CollectionsBackend;
  config: GmailAddonConfig;
  logger: AddonLogger;
  /** Replaces the Gmail API reader (tests). */
  messageReader?: MessageReader;
  now?: () => Date;
}

/**
 * The Gmail add-on's HTTP endpoints (triggers and widget callbacks) as an Express router.
 * Every request must carry the deployment's service-agent ID token minted for that exact
 * endpoint URL; anything else is answered 401 before any work.
 */
export function createGmailAddonRouter(options: GmailAddonOptions): Router {
  const { config, backend, logger } = options;
  // The library checks expiry on the real clock, so the remembered tokens do too.
  const verifier = rememberingVerifier(
    routedVerifier(
      googleIdTokenVerifier({ ...(config.certsUrl ? { certsUrl: config.certsUrl } : {}) }),
      config.demoVerifier,
    ),
  );
  const signer = createStateSigner(config.signingSecret, options.now);
  const reader = options.messageReader ?? gmailApiReader();
  const serviceAgent = config.serviceAgentEmail.toLowerCase();

  const router = express.Router();
  router.use(ENDPOINT_PREFIX, express.json({ limit: '1mb' }));
  for (const name of [...TRIGGERS, ...CALLBACKS]) {
    router.post(endpointPath(name), (req, res, next) => {
      handle(name, req, res).catch(next);
    });
  }
  return router;

  async function handle(name: EndpointName, req: Request, res: Response): Promise<void> {
    const started = performance.now();
    const caller = await verifyCaller(name, req);
    if (!caller.ok) {
      logger.warn({ endpoint: name, reason: caller.reason }, 'gmail add-on request refused');
      res.status(401).json({ error: 'unauthorized' });
      return;
    }
    const parsed = AddonEvent.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'invalid event object' });
      return;
    }
    const event = parsed.data;
    const timeZone = event.commonEventObject.timeZone?.id ?? config.defaultTimeZone ?? 'UTC';
    const localeLanguage = languageOf(event.commonEventObject.userLocale);
    const uiFor = (language: Language): CardUi =>
      cardUi({
        language,
        timeZone,
        callbackUrl: (n) => endpointUrl(config.baseUrl, n),
        sign: (state) => signer.sign(state),
      });

    // The open message does not depend on who the user is: read it while they are looked up.
    const prefetched = name === 'contextual' ? prefetchMessage(event, req) : null;
    const who = await identifyUser(event.authorizationEventObject.userIdToken);
    if (who.kind === 'rejected') {
      logger.warn({ endpoint: name }, 'gmail add-on user token refused');
      res.status(401).json({ error: 'unauthorized' });
      return;
    }
    if (who.kind === 'unknown') {
      res.json(wrap(name, unknownUserCard(uiFor(localeLanguage ?? 'en'), who.email)));
      return;
    }

    const user = who.user;
    const ui = uiFor(localeLanguage ?? user.language);
    const context: HandlerContext = {
      ui,
      user,
      event,
      backend,
      signer,
      config,
      timeZone,
      readMessage: (request) =>
        prefetched && prefetched.id === request.gmailMessageId
          ? prefetched.message
          : reader({ ...request, ...gmailRoot(req) }),
    };
    try {
      res.json(await HANDLERS[name](context));
    } catch (err) {
      res.json(wrap(name, failureCard(name, ui, user, err)));
    }
    logger.info(
      { endpoint: name, userId: user.id, ms: Math.round(performance.now() - started) },
      'gmail add-on request',
    );
  }

  function gmailRoot(req: Request): { rootUrl?: string } {
    if (!config.gmailRootUrl) return {};
    return {
      rootUrl:
        typeof config.gmailRootUrl === 'function' ? config.gmailRootUrl(req) : config.gmailRootUrl,
    };
  }

  function prefetchMessage(event: AddonEvent, req: Request) {
    const gmail = event.gmail;
    const oauth = event.authorizationEventObject.userOAuthToken;
    if (!gmail?.messageId || !gmail.accessToken || !oauth) return null;
    const message = reader({
      gmailMessageId: gmail.messageId,
      messageAccessToken: gmail.accessToken,
      userOAuthToken: oauth,
      ...gmailRoot(req),
    });
    // Awaited later by the handler, or never when the user is unknown: no unhandled rejection.
    message.catch(() => undefined);
    return { id: gmail.messageId, message };
  }

  async function verifyCaller(
    name: EndpointName,
    req: Request,
  ): Promise<{ ok: true } | { ok: false; reason: string }> {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return { ok: false, reason: 'missing bearer token' };
    try {
      const claims = await verifier.verify(match[1], endpointUrl(config.baseUrl, name));
      if (!claims.emailVerified) return { ok: false, reason: 'email not verified' };
      if (claims.email !== serviceAgent) return { ok: false, reason: 'not the service agent' };
      return { ok: true };
    } catch (err) {
      if (err instanceof TokenRejected) return { ok: false, reason: err.message };
      throw err;
    }
  }

  async function identifyUser(
    token: string | undefined,
  ): Promise<
    | { kind: 'user'; user: BackendUser }
    | { kind: 'unknown'; email: string | null }
    | { kind: 'rejected' }
  > {
    if (!token) return { kind: 'unknown', email: null };
    let email: string;
    try {
      const claims = await verifier.verify(token, config.oauthClientId);
      if (!claims.email || !claims.emailVerified) return { kind: 'unknown', email: null };
      email = claims.email;
    } catch (err) {
      if (err instanceof TokenRejected) return { kind: 'rejected' };
      throw err;
    }
    const user = await backend.findUserByEmail(email);
    return user ? { kind: 'user', user } : { kind: 'unknown', email };
  }

  function failureCard(name: EndpointName, ui: CardUi, user: BackendUser, err: unknown): Card {
    const retry =
      name === 'contextual' || name === 'refresh' ? ui.act('refresh', { u: user.id }) : undefined;
    const kind = errorKindOf(err);
    if (kind === 'server') {
      logger.error(
        { endpoint: name, err: err instanceof Error ? err.message : String(err) },
        'gmail add-on failure',
      );
    }
    const details =
      err instanceof BackendError && err.fields.length > 0
        ? err.fields.map((f) => `${f.field}: ${f.message}`)
        : err instanceof BackendError && kind === 'invalid'
          ? [err.message]
          : [];
    return errorCard(ui, kind, { ...(retry ? { retry } : {}), details });
  }
}

function errorKindOf(err: unknown): ErrorKind {
  if (err instanceof StateRejected) return 'expired';
  if (err instanceof MessageReadError) {
    if (err.reason === 'not_found') return 'message_not_found';
    if (err.reason === 'unauthorized') return 'gmail_refused';
    return 'gmail_unavailable';
  }
  if (
    err instanceof BackendError &&
    [
      'invalid_request',
      'not_found',
      'conflict',
      'forbidden',
      'idempotency_key_reused',
      'idempotency_in_flight',
    ].includes(err.code)
  ) {
    return 'invalid';
  }
  if (err instanceof NoOpenMessage) return 'no_message';
  return 'server';
}

function wrap(name: EndpointName, built: Card) {
  return isTrigger(name) ? pushAsRoot(built) : pushCard(built);
}

/** French for a French locale, English for any other, null when the event has none. */
export function languageOf(locale: string | undefined): Language | null {
  if (!locale) return null;
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
