import { randomUUID } from 'node:crypto';
import express, { Router } from 'express';
import { z } from 'zod';
import { CALLBACKS, TRIGGERS, endpointUrl, signIdToken } from '@relance/addon-gmail';
import type { gmail_v1 } from '@googleapis/gmail';
import { DEMO_USERS } from '../demo/demo-users.ts';
import { demoEmails } from '../demo/emails.ts';
import { demoLedgerDay } from '../demo/preview-data.router.ts';
import type { DemoEmail, DemoMailbox } from '../demo/emails.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError } from '../http/errors.ts';
import { gmailAddonSettings } from './addon-settings.ts';

/** Where the preview's own services live. */
export const PREVIEW_GMAIL_API_PATH = '/preview/gmail/api';

// The Gmail client keeps only the origin of a custom `rootUrl` and always requests
// /gmail/v1/..., so the demo's fake answers at that path on this server (demo mode only).
const FAKE_GMAIL_MESSAGES = '/gmail/v1/users/me/messages/:id';

const TokenRequest = z
  .object({ endpointUrl: z.string().url().max(500), userEmail: z.string().email().max(320) })
  .strict();

/**
 * The demo-only services behind the Gmail preview: the sample mailbox, a fake of the Gmail
 * API's `users.messages.get` over the demo emails, and tokens signed with the development
 * key for the preview to post real event objects to the real endpoints. Outside demo mode
 * every route answers 404.
 */
export function previewGmailRouter(deps: AppDeps): Router {
  const router = Router();
  const demoOnly: express.RequestHandler = (_req, _res, next) => {
    next(
      deps.config.demo
        ? undefined
        : new ApiError('not_found', 'the Gmail preview exists only in demo mode'),
    );
  };
  router.use(PREVIEW_GMAIL_API_PATH, demoOnly);
  router.use('/gmail/v1', demoOnly);

  router.get(`${PREVIEW_GMAIL_API_PATH}/mailbox`, async (_req, res) => {
    const all = await allDemoEmails(deps);
    const emails = all.filter((e) => e.kind !== 'compose');
    const draft = all.find((e) => e.kind === 'compose');
    res.set('Cache-Control', 'no-store').json({
      draftTo: draft?.to[0]?.email ?? emails[0]?.from.email ?? '',
      users: Object.values(DEMO_USERS).map((u) => ({
        email: u.email,
        name: u.name,
        client: u.client,
      })),
      endpoints: endpointsOf(deps),
      messages: emails.map((e) => ({
        id: e.id,
        from: e.from,
        to: e.to,
        subject: e.subject,
        sentAt: e.sentAt,
        snippet: e.text.slice(0, 120),
        text: e.text,
        kind: e.kind,
      })),
    });
  });

  router.post(`${PREVIEW_GMAIL_API_PATH}/tokens`, express.json({ limit: '10kb' }), (req, res) => {
    const settings = gmailAddonSettings(deps.config);
    const key = settings?.developmentKey;
    if (!settings || !key) throw new ApiError('not_found', 'no development key');
    const parsed = TokenRequest.safeParse(req.body);
    const known = Object.values(endpointsOf(deps));
    if (!parsed.success || !known.includes(parsed.data.endpointUrl)) {
      throw new ApiError('invalid_request', 'endpointUrl must be one of the add-on endpoints');
    }
    res.set('Cache-Control', 'no-store').json({
      systemIdToken: signIdToken(key.privateKey, key.kid, {
        aud: parsed.data.endpointUrl,
        sub: 'demo-service-agent',
        email: settings.serviceAgentEmail,
        lifetimeSeconds: 300,
      }),
      userIdToken: signIdToken(key.privateKey, key.kid, {
        aud: settings.oauthClientId,
        sub: `demo-${parsed.data.userEmail}`,
        email: parsed.data.userEmail.toLowerCase(),
        lifetimeSeconds: 300,
      }),
      userOAuthToken: `demo-oauth-${randomUUID()}`,
      messageAccessToken: `demo-message-${randomUUID()}`,
    });
  });

  router.get(FAKE_GMAIL_MESSAGES, async (req, res) => {
    // Like Gmail: no answer without both the user's token and the message token.
    if (!req.get('authorization')?.startsWith('Bearer ') || !req.get('x-goog-gmail-access-token')) {
      res.status(401).json({ error: { code: 401, message: 'missing credentials' } });
      return;
    }
    const email = (await mailbox(deps)).find((e) => e.id === req.params.id);
    if (!email) {
      res.status(404).json({ error: { code: 404, message: 'Requested entity was not found.' } });
      return;
    }
    res.json(asGmailMessage(email));
  });

  return router;
}

function endpointsOf(deps: AppDeps): Record<string, string> {
  const settings = gmailAddonSettings(deps.config);
  if (!settings) return {};
  return Object.fromEntries(
    [...TRIGGERS, ...CALLBACKS].map((name) => [name, endpointUrl(settings.baseUrl, name)]),
  );
}

// The emails are written for the day the demo ledger was loaded, as /preview/emails.json does.
async function mailbox(deps: AppDeps): Promise<DemoEmail[]> {
  return (await allDemoEmails(deps)).filter((e) => e.kind !== 'compose');
}

async function allDemoEmails(deps: AppDeps): Promise<readonly DemoEmail[]> {
  return demoEmails(await demoLedgerDay(deps));
}

const mailboxText = (m: DemoMailbox) => `"${m.name.replace(/"/g, "'")}" <${m.email}>`;

/** A demo email as the Gmail API's FULL format shows it. */
export function asGmailMessage(email: DemoEmail): gmail_v1.Schema$Message {
  return {
    id: email.id,
    threadId: email.threadId,
    internalDate: String(Date.parse(email.sentAt)),
    snippet: email.text.slice(0, 100),
    payload: {
      mimeType: 'multipart/alternative',
      headers: [
        { name: 'From', value: mailboxText(email.from) },
        { name: 'To', value: email.to.map(mailboxText).join(', ') },
        ...(email.cc.length > 0
          ? [{ name: 'Cc', value: email.cc.map(mailboxText).join(', ') }]
          : []),
        { name: 'Subject', value: email.subject },
        { name: 'Date', value: new Date(email.sentAt).toUTCString() },
        { name: 'Message-ID', value: email.messageId },
      ],
      parts: [
        {
          partId: '0',
          mimeType: 'text/plain',
          filename: '',
          body: { data: Buffer.from(email.text).toString('base64url'), size: email.text.length },
        },
      ],
    },
  };
}
