import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import express from 'express';
import { BackendError } from '@relance/shared';
import type {
  BackendUser,
  CollectionsBackend,
  ContextRequest,
  ContextResponse,
  CustomerRef,
  DisputeView,
  InteractionView,
  InvoiceView,
  PaymentPromiseView,
} from '@relance/shared';
import type { gmail_v1 } from '@googleapis/gmail';
import { MAX_WIDGETS_PER_CARD, widgetCount } from './cards/builders.ts';
import type { Card } from './cards/builders.ts';
import { endpointUrl } from './endpoints.ts';
import type { EndpointName } from './endpoints.ts';
import { makeSigningKey, signIdToken } from './id-tokens.ts';
import type { SigningKey } from './id-tokens.ts';
import { createGmailAddonRouter } from './router.ts';
import type { GmailAddonConfig } from './router.ts';

// Test support for the add-on: a fake backend, event fixtures in Google's shapes, a loopback
// certificate server, a loopback Gmail API, and the card JSON Schema. Not used in production.

export const BASE_URL = 'https://collect.example.test';
export const SERVICE_AGENT = 'service-123456@gcp-sa-gsuiteaddons.iam.gserviceaccount.com';
export const OAUTH_CLIENT_ID = '123456-relance.apps.googleusercontent.com';
export const SECRET = 'a-test-signing-secret-of-at-least-32-chars';

/** A Relance user the fake backend knows. */
export const COLLECTOR: BackendUser = {
  id: 'u-colette',
  email: 'colette@relance.test',
  name: 'Colette Martin',
  role: 'collector',
  language: 'fr',
};

// ---------- card schema ----------

let validator: ValidateFunction | null = null;

/** Validates a card against shared/schemas/google/card-v1.schema.json; returns the errors. */
export function cardSchemaErrors(built: Card): string[] {
  if (!validator) {
    const schemaUrl = new URL(
      '../../../shared/schemas/google/card-v1.schema.json',
      import.meta.url,
    );
    const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as object;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  if (validator(built)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** Every card found anywhere in an add-on response. */
export function cardsIn(response: unknown): Card[] {
  const found: Card[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'pushCard' || key === 'updateCard') found.push(child as Card);
        else visit(child);
      }
    }
  };
  visit(response);
  return found;
}

/** Asserts-friendly summary: schema errors and widget count of every card in a response. */
export function checkCards(response: unknown): { errors: string[]; maxWidgets: number } {
  const cards = cardsIn(response);
  return {
    errors: cards.flatMap(cardSchemaErrors),
    maxWidgets: Math.max(0, ...cards.map(widgetCount)),
  };
}

export { MAX_WIDGETS_PER_CARD };

// ---------- fake backend ----------

/** Invoices of the sample customer. */
export function sampleInvoices(count: number): InvoiceView[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `inv-${i + 1}`,
    number: `F-2025-${String(i + 1).padStart(4, '0')}`,
    externalRef: `ERP-${i + 1}`,
    issueDate: '2025-01-10',
    dueDate: '2025-02-10',
    amount: 120_000 + i * 100,
    openAmount: 120_000 + i * 100,
    currency: 'EUR',
    status: 'open' as const,
    paidDate: null,
    daysOverdue: 30 + i,
    bucket: 'd1_30' as const,
    disputed: false,
    promised: false,
    documentUrl: null,
    paymentUrl: `https://pay.example.test/${i + 1}`,
  }));
}

const ACME: CustomerRef = {
  id: 'c-acme',
  name: 'Acme & Fils',
  externalRef: 'C001',
  segment: 'recurring_late',
};

/** A matched context for the sample customer with `invoiceCount` open invoices. */
export function sampleContext(invoiceCount = 3): ContextResponse {
  return {
    asOf: '2025-03-15',
    match: { status: 'matched', step: 'contact', evidence: 'paul@acme.test', customer: ACME },
    customer: {
      ...ACME,
      segmentSource: 'computed',
      segmentReason: null,
      strategic: false,
      tone: 'firm',
      language: 'fr',
      currency: 'EUR',
      paymentTermsDays: 30,
      assignee: { id: COLLECTOR.id, name: COLLECTOR.name, email: COLLECTOR.email },
      domains: ['acme.test'],
      balances: [
        {
          currency: 'EUR',
          outstanding: 360_300,
          overdue: 360_300,
          disputed: 0,
          buckets: { not_due: 0, d1_30: 360_300, d31_60: 0, d61_90: 0, over_90: 0 },
        },
      ],
      unappliedCash: [],
      averageDaysLate: 21,
    },
    invoices: sampleInvoices(invoiceCount),
    disputes: [],
    promises: { pending: [], lastResolved: null },
    interactions: [],
    loggedEmail: null,
    reading: null,
    settings: {
      autoLogEmails: false,
      storeBody: false,
      ownDomains: ['relance.test'],
      promiseGraceDays: 3,
      promiseThresholdPercent: 95,
    },
  };
}

/** An in-memory backend that records calls and honours idempotency keys. */
export class FakeBackend implements CollectionsBackend {
  users = new Map([[COLLECTOR.email, COLLECTOR]]);
  contextFor: (request: ContextRequest) => ContextResponse = () => sampleContext();
  contextCalls: ContextRequest[] = [];
  promises: PaymentPromiseView[] = [];
  disputes: DisputeView[] = [];
  interactions: InteractionView[] = [];
  contacts: { customerId: string; email: string }[] = [];
  failWith: Error | null = null;
  private readonly keys = new Map<string, unknown>();

  async findUserByEmail(email: string) {
    return this.users.get(email.toLowerCase()) ?? null;
  }
  async context(_user: BackendUser, request: ContextRequest) {
    if (this.failWith) throw this.failWith;
    this.contextCalls.push(request);
    const context = this.contextFor(request);
    const logged = this.interactions.find((i) => i.messageId === request.messageId) ?? null;
    return { ...context, loggedEmail: logged };
  }
  async worklist() {
    return {
      asOf: '2025-03-15',
      items: [
        {
          kind: 'overdue_reminder' as const,
          customer: ACME,
          priority: 10,
          title: 'Overdue reminder (firm): Acme & Fils',
          detail: '2 invoices, €3,603.00 overdue, oldest 33 days past due',
          tone: 'firm' as const,
          amount: { currency: 'EUR', amount: 360_300 },
          invoiceNumbers: ['F-2025-0001', 'F-2025-0002'],
          promiseId: null,
          disputeId: null,
          dueDate: '2025-02-10',
          escalateToManager: false,
        },
        {
          kind: 'promise_broken' as const,
          customer: ACME,
          priority: 20,
          title: 'Broken promise: Acme & Fils',
          detail: '€1,201.00 promised for 2025-03-10, nothing paid; follow up',
          tone: null,
          amount: { currency: 'EUR', amount: 120_100 },
          invoiceNumbers: ['F-2025-0002'],
          promiseId: 'p-1',
          disputeId: null,
          dueDate: '2025-03-10',
          escalateToManager: true,
        },
      ],
    };
  }
  async searchCustomers(_user: BackendUser, query: string) {
    return ACME.name.toLowerCase().includes(query.toLowerCase()) ? [ACME] : [];
  }
  async linkContact(_user: BackendUser, input: { customerId: string; email: string }) {
    this.contacts.push({ customerId: input.customerId, email: input.email });
    return ACME;
  }
  private once<T>(key: string | undefined, make: () => T): T {
    if (key && this.keys.has(key)) return this.keys.get(key) as T;
    const made = make();
    if (key) this.keys.set(key, made);
    return made;
  }
  async createPromise(
    user: BackendUser,
    input: Parameters<CollectionsBackend['createPromise']>[1],
    key?: string,
  ) {
    if (this.failWith) throw this.failWith;
    if (input.promisedDate < '2025-03-15') {
      throw new BackendError('invalid_request', 'invalid', [
        { field: 'promisedDate', message: 'must not be in the past' },
      ]);
    }
    return this.once(key, () => {
      const view: PaymentPromiseView = {
        id: `p-${this.promises.length + 1}`,
        customerId: input.customerId,
        customerName: ACME.name,
        amount: input.amount,
        currency: input.currency,
        promisedDate: input.promisedDate,
        graceEndsOn: input.promisedDate,
        status: 'pending',
        paidAmount: 0,
        paidShare: 0,
        invoiceNumbers: (input.invoiceIds ?? []).map((id) => id),
        note: input.note ?? null,
        quote: input.quote ?? null,
        sourceMessageId: input.sourceMessageId ?? null,
        loggedBy: { id: user.id, name: user.name, email: user.email },
        createdAt: '2025-03-15T10:00:00Z',
        cancelReason: null,
        followedUpAt: null,
      };
      this.promises.push(view);
      return view;
    });
  }
  async createDispute(
    user: BackendUser,
    input: Parameters<CollectionsBackend['createDispute']>[1],
    key?: string,
  ) {
    return this.once(key, () => {
      const view: DisputeView = {
        id: `d-${this.disputes.length + 1}`,
        customerId: input.customerId,
        customerName: ACME.name,
        category: input.category,
        status: 'open',
        owner: null,
        openedBy: { id: user.id, name: user.name, email: user.email },
        createdAt: '2025-03-15T10:00:00Z',
        updatedAt: '2025-03-15T10:00:00Z',
        ageDays: 0,
        invoiceNumbers: input.invoiceIds,
        amount: [],
        note: input.note ?? null,
        quote: input.quote ?? null,
        sourceMessageId: input.sourceMessageId ?? null,
        resolution: null,
      };
      this.disputes.push(view);
      return view;
    });
  }
  async logInteraction(
    user: BackendUser,
    input: Parameters<CollectionsBackend['logInteraction']>[1],
  ) {
    const existing = this.interactions.find((i) => i.messageId === input.messageId);
    if (existing) return { interaction: existing, created: false };
    const view: InteractionView = {
      id: `x-${this.interactions.length + 1}`,
      customerId: input.customerId,
      customerName: ACME.name,
      messageId: input.messageId,
      threadId: input.threadId ?? null,
      direction: input.direction,
      from: input.from,
      to: input.to ?? [],
      cc: input.cc ?? [],
      subject: input.subject ?? '',
      sentAt: input.sentAt,
      client: input.client,
      loggedBy: { id: user.id, name: user.name, email: user.email },
      loggedAt: '2025-03-15T10:00:00Z',
      body: input.body ?? null,
    };
    this.interactions.push(view);
    return { interaction: view, created: true };
  }
}

// ---------- tokens and certificates ----------

/** A loopback server publishing `{kid: pem}` like Google's certificate endpoint. */
export async function startCertsServer(
  keys: SigningKey[],
): Promise<{ url: string; close(): Promise<void> }> {
  const certs = Object.assign({}, ...keys.map((k) => k.certs)) as Record<string, string>;
  return listen((_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60' });
    res.end(JSON.stringify(certs));
  });
}

/** Mints the tokens Google would send to `endpoint`, signed with `key`. */
export function googleTokens(
  key: SigningKey,
  endpoint: EndpointName,
  options: { userEmail?: string; baseUrl?: string } = {},
) {
  return {
    system: signIdToken(key.privateKey, key.kid, {
      aud: endpointUrl(options.baseUrl ?? BASE_URL, endpoint),
      sub: '1122334455',
      email: SERVICE_AGENT,
    }),
    user: signIdToken(key.privateKey, key.kid, {
      aud: OAUTH_CLIENT_ID,
      sub: '99887766',
      email: options.userEmail ?? COLLECTOR.email,
    }),
  };
}

// ---------- event fixtures (Google's documented shapes) ----------

/** The event object of any trigger or callback, with optional Gmail and widget parts. */
export function eventObject(options: {
  userIdToken: string;
  locale?: string;
  gmail?: Record<string, unknown>;
  parameters?: Record<string, string>;
  formInputs?: Record<string, unknown>;
}) {
  return {
    commonEventObject: {
      hostApp: 'GMAIL',
      platform: 'WEB',
      userLocale: options.locale ?? 'fr',
      timeZone: { id: 'Europe/Paris', offset: 3_600_000 },
      ...(options.parameters ? { parameters: options.parameters } : {}),
      ...(options.formInputs ? { formInputs: options.formInputs } : {}),
    },
    authorizationEventObject: {
      userOAuthToken: 'ya29.user-oauth-token',
      userIdToken: options.userIdToken,
      systemIdToken: 'unused-in-http',
    },
    ...(options.gmail ? { gmail: options.gmail } : {}),
  };
}

/** The `gmail` part of a contextual event. */
export function contextualGmail(messageId = 'msg-1') {
  return { messageId, threadId: 'thread-1', accessToken: 'gmail-message-access-token' };
}

// ---------- loopback Gmail API ----------

/** A message as the Gmail API returns it in FULL format. */
export function gmailMessage(options: {
  id: string;
  from: string;
  to?: string;
  subject: string;
  text?: string;
  html?: string;
  messageId?: string;
}): gmail_v1.Schema$Message {
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  const parts: gmail_v1.Schema$MessagePart[] = [];
  if (options.text !== undefined)
    parts.push({
      partId: '0.0',
      mimeType: 'text/plain',
      filename: '',
      body: { data: b64(options.text) },
    });
  if (options.html !== undefined)
    parts.push({
      partId: '0.1',
      mimeType: 'text/html',
      filename: '',
      body: { data: b64(options.html) },
    });
  return {
    id: options.id,
    threadId: 'thread-1',
    internalDate: '1741946400000',
    payload: {
      mimeType: 'multipart/alternative',
      headers: [
        { name: 'From', value: options.from },
        { name: 'To', value: options.to ?? 'Colette Martin <colette@relance.test>' },
        { name: 'Cc', value: '"Dupont, Anne" <anne@acme.test>' },
        { name: 'Subject', value: options.subject },
        { name: 'Date', value: 'Fri, 14 Mar 2025 10:00:00 +0100' },
        { name: 'Message-ID', value: options.messageId ?? `<${options.id}@mail.acme.test>` },
      ],
      parts,
    },
  };
}

/** A loopback Gmail API serving `users.messages.get`; it records the headers it got. */
export async function startFakeGmail(messages: gmail_v1.Schema$Message[]) {
  const seen: { authorization?: string; accessToken?: string; format?: string }[] = [];
  let down = false;
  const app = express();
  app.get('/gmail/v1/users/me/messages/:id', (req, res) => {
    seen.push({
      authorization: req.get('authorization'),
      accessToken: req.get('x-goog-gmail-access-token'),
      format: String(req.query['format']),
    });
    if (down) {
      res.status(503).json({ error: { code: 503, message: 'backend error' } });
      return;
    }
    const found = messages.find((m) => m.id === req.params.id);
    if (!found) {
      res.status(404).json({ error: { code: 404, message: 'Requested entity was not found.' } });
      return;
    }
    res.json(found);
  });
  const running = await listen(app);
  return {
    rootUrl: `${running.url}/`,
    seen,
    setDown(value: boolean) {
      down = value;
    },
    close: running.close,
  };
}

// ---------- the router on loopback ----------

/** The add-on router on a loopback server, over a fake backend and a fake Gmail. */
export async function startAddon(options: {
  backend: CollectionsBackend;
  certsUrl: string;
  gmailRootUrl: string;
  config?: Partial<GmailAddonConfig>;
}) {
  const app = express();
  const config: GmailAddonConfig = {
    baseUrl: BASE_URL,
    serviceAgentEmail: SERVICE_AGENT,
    oauthClientId: OAUTH_CLIENT_ID,
    signingSecret: SECRET,
    certsUrl: options.certsUrl,
    gmailRootUrl: options.gmailRootUrl,
    ...options.config,
  };
  const silent = { info() {}, warn() {}, error() {} };
  app.use(createGmailAddonRouter({ backend: options.backend, config, logger: silent }));
  const running = await listen(app);
  return {
    url: running.url,
    close: running.close,
    /** Posts an event to an endpoint as Google would; returns status and JSON body. */
    async post(endpoint: EndpointName, body: unknown, token: string | null) {
      const response = await fetch(`${running.url}/addons/gmail/${endpoint}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
  };
}

/** A fresh signing key (RSA 2048) for a test file. */
export const testKey = (): SigningKey => makeSigningKey('test-key-1');

function listen(
  handler: ((req: IncomingMessage, res: ServerResponse) => void) | express.Express,
): Promise<{ url: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server: Server = createServer(handler);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
