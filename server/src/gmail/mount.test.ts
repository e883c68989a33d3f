import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSigningKey, signIdToken } from '@relance/addon-gmail';
import { ledgerBuilder } from '../context/testing-ledger.ts';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { gmailRootRouter } from './mount.ts';

// The add-on as the server mounts it, over the real backend of each engine: Google's
// certificates and the Gmail API are loopback fakes, the tokens are signed by a key made here.

const clock = { now: () => new Date('2026-03-15T10:00:00.000Z') };
const BASE_URL = 'https://collect.relance.test';
const SERVICE_AGENT = 'service-1@gcp-sa-gsuiteaddons.iam.gserviceaccount.com';
const OAUTH_CLIENT_ID = 'relance-test.apps.googleusercontent.com';
const TEXT =
  'Bonjour,\n\nNous réglerons la facture F-2026-0042 de 1 200,00 € le 30 mars 2026.\n\nPaul';

const key = makeSigningKey();

async function listen(handler: RequestListener): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function gmailMessage() {
  const header = (name: string, value: string) => ({ name, value });
  return {
    id: 'msg-1',
    threadId: 'thread-1',
    internalDate: String(Date.parse('2026-03-14T09:00:00Z')),
    payload: {
      mimeType: 'multipart/alternative',
      headers: [
        header('From', 'Paul Durand <paul@acme.fr>'),
        header('To', 'colette@relance.test'),
        header('Subject', 'Règlement'),
        header('Date', 'Sat, 14 Mar 2026 09:00:00 GMT'),
        header('Message-ID', '<msg-1@acme.fr>'),
      ],
      parts: [
        {
          mimeType: 'text/plain',
          filename: '',
          body: { data: Buffer.from(TEXT).toString('base64url') },
        },
      ],
    },
  };
}

/** Posts an event object to an endpoint with the tokens Google would send for it. */
async function post(
  server: TestServer,
  endpoint: string,
  extra: { parameters?: Record<string, string>; formInputs?: object } = {},
  systemToken: string | null = signIdToken(key.privateKey, key.kid, {
    aud: `${BASE_URL}/addons/gmail/${endpoint}`,
    sub: 'agent',
    email: SERVICE_AGENT,
  }),
) {
  const event = {
    commonEventObject: {
      hostApp: 'GMAIL',
      userLocale: 'fr',
      timeZone: { id: 'Europe/Paris' },
      ...extra,
    },
    authorizationEventObject: {
      userOAuthToken: 'ya29.user',
      userIdToken: signIdToken(key.privateKey, key.kid, {
        aud: OAUTH_CLIENT_ID,
        sub: 'colette',
        email: 'colette@relance.test',
      }),
    },
    gmail: { messageId: 'msg-1', threadId: 'thread-1', accessToken: 'message-token' },
  };
  const response = await fetch(`${server.url}/addons/gmail/${endpoint}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(systemToken ? { authorization: `Bearer ${systemToken}` } : {}),
    },
    body: JSON.stringify(event),
  });
  return { status: response.status, text: await response.text() };
}

/** The signed state of the button labelled `label` in a card answer. */
function stateOf(text: string, label: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`"text":"${escaped}","onClick":.*?"key":"s","value":"([^"]+)"`).exec(
    text,
  );
  if (!found?.[1]) throw new Error(`no button ${label}`);
  return found[1];
}

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`Gmail add-on mounted on ${engine.name}`, () => {
    let server: TestServer;
    let certs: Awaited<ReturnType<typeof listen>>;
    let gmail: Awaited<ReturnType<typeof listen>>;
    let acme: string;

    beforeAll(async () => {
      certs = await listen((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60' });
        res.end(JSON.stringify(key.certs));
      });
      gmail = await listen((req, res) => {
        const found = req.url?.includes('/messages/msg-1') && req.headers.authorization;
        res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(found ? gmailMessage() : { error: { code: 404 } }));
      });
      server = await startTestServer(engine, {
        clock,
        env: {
          PUBLIC_URL: BASE_URL,
          GOOGLE_SERVICE_AGENT: SERVICE_AGENT,
          GOOGLE_OAUTH_CLIENT_ID: OAUTH_CLIENT_ID,
          SIGNING_SECRET: 'a-test-signing-secret-of-at-least-32-chars',
          GOOGLE_CERTS_URL: `${certs.url}/certs`,
          GMAIL_API_ROOT_URL: `${gmail.url}/`,
        },
        extensions: (deps) => {
          const router = gmailRootRouter(deps);
          if (!router) throw new Error('the add-on should be mounted when configured');
          return { rootRouters: [router] };
        },
      });
      const ledger = ledgerBuilder(server.storage.db);
      await ledger.settings({ ownDomains: ['relance.test'] });
      acme = await ledger.customer({
        name: 'Acme',
        assignee_id: server.users.collector.id,
        contacts: ['paul@acme.fr'],
      });
      await ledger.invoice(acme, {
        number: 'F-2026-0001',
        issue_date: '2026-01-05',
        due_date: '2026-02-05',
        amount: 50_000,
      });
      await ledger.invoice(acme, {
        number: 'F-2026-0042',
        issue_date: '2026-01-20',
        due_date: '2026-02-20',
        amount: 120_000,
      });
    });
    afterAll(async () => {
      await server?.close();
      certs?.server.close();
      gmail?.server.close();
    });

    it('refuses a request without the service agent’s token', async () => {
      const answer = await post(server, 'contextual', {}, null);
      expect(answer.status).toBe(401);
    });

    it('shows the customer matched by the sender, the invoice the email names first', async () => {
      const answer = await post(server, 'contextual');
      expect(answer.status).toBe(200);
      const card = JSON.parse(answer.text) as {
        action: { navigations: { pushCard: { header: { title: string }; sections: unknown[] } }[] };
      };
      const root = card.action.navigations[0]?.pushCard;
      expect(root?.header.title).toBe('Acme');
      const invoices = JSON.stringify(root?.sections[1]);
      expect(invoices.indexOf('F-2026-0042')).toBeLessThan(invoices.indexOf('F-2026-0001'));
      expect(invoices).toContain('citée');
    });

    it('prefills the promise from the email and saves it once when saved twice', async () => {
      const form = await post(server, 'promise-form', {
        parameters: { s: stateOf((await post(server, 'contextual')).text, 'Promesse') },
      });
      expect(form.text).toContain('"value":"1\u202f200,00"');
      const save = stateOf(form.text, 'Enregistrer');
      const formInputs = {
        amount: { stringInputs: { value: ['1200,00'] } },
        promisedDate: { dateInput: { msSinceEpoch: String(Date.UTC(2026, 2, 30)) } },
      };
      const answers = await Promise.all([
        post(server, 'promise-save', { parameters: { s: save }, formInputs }),
        post(server, 'promise-save', { parameters: { s: save }, formInputs }),
      ]);
      for (const answer of answers) expect(answer.text).toContain('Promesse enregistrée.');

      const rows = await server.storage.db
        .selectFrom('payment_promises')
        .select(['amount', 'promised_date', 'source_message_id'])
        .where('customer_id', '=', acme)
        .execute();
      expect(rows).toEqual([
        { amount: 120_000, promised_date: '2026-03-30', source_message_id: '<msg-1@acme.fr>' },
      ]);
    });
  });
}
