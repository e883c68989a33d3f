import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { readEmailForContext } from '@relance/shared';
import type {
  ApiClient,
  ContextRequest,
  ContextResponse,
  CustomerRef,
  WorklistResponse,
} from '@relance/shared';
import { createCredentials, saveApiToken } from '../auth/credentials.ts';
import { App } from '../components/App.tsx';
import { MESSAGES, languageFromDisplay } from '../i18n/messages.ts';
import type { MailDraft, MailHost, MailItem } from '../office/host.ts';
import { Outbox } from '../sync/outbox.ts';

// Fakes for component tests: an in-memory mail host and an API client of vi.fn(). Tests only.

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** A received email from the sample customer. */
export function sampleReadItem(overrides: Partial<MailItem> = {}): MailItem {
  return {
    mode: 'read',
    from: { name: 'Compta Acme', email: 'compta@acme.fr' },
    to: [{ name: 'Colette Martin', email: 'colette@relance.test' }],
    cc: [],
    subject: 'RE: Relance facture FA-2026-0412',
    internetMessageId: '<m1@acme.fr>',
    conversationId: 'conv-1',
    itemId: 'item-1',
    sentAt: '2026-03-06T09:00:00.000Z',
    text: 'Bonjour, nous réglerons la facture FA-2026-0412 de 12 500,00 € le 20 mars 2026. Cordialement',
    ...overrides,
  };
}

/** A MailHost whose item the test sets and whose ItemChanged the test fires. */
export class FakeHost implements MailHost {
  item: MailItem | null;
  language: string;
  replies: MailDraft[] = [];
  inserted: MailDraft[] = [];
  private listeners = new Set<() => void>();

  constructor(item: MailItem | null, language = 'fr-FR') {
    this.item = item;
    this.language = language;
  }

  displayLanguage = () => this.language;
  user = () => ({ name: 'Colette Martin', email: 'colette@relance.test' });
  supportsNestedAppAuth = () => false;
  readItem = async () => this.item;
  onItemChanged = async (listener: () => void) => {
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
    };
  };
  replyWith = (draft: MailDraft) => {
    this.replies.push(draft);
  };
  insertIntoDraft = async (draft: MailDraft) => {
    this.inserted.push(draft);
  };

  /** Selects another item as Outlook does in a pinned pane. */
  select(item: MailItem | null): void {
    this.item = item;
    for (const listener of this.listeners) listener();
  }
}

/**
 * An API client whose every call is a vi.fn() the test programs. Its context answers read the
 * email's text as the server does, unless the answer given already says what it reads.
 */
export function fakeClient(context: ContextResponse | ((req: ContextRequest) => ContextResponse)) {
  const worklist: WorklistResponse = { asOf: '2026-03-06', items: [] };
  const answer = (req: ContextRequest) => {
    const given = typeof context === 'function' ? context(req) : context;
    if (given.reading !== null || !given.customer) return given;
    const email = { ...req, mode: req.mode ?? 'read', subject: req.subject ?? '' };
    const fallback = { sentAt: '2026-03-06T10:00:00Z', timeZone: 'Europe/Paris' };
    return { ...given, reading: readEmailForContext(email, given.invoices, fallback) };
  };
  return {
    request: vi.fn(),
    context: vi.fn(async (req: ContextRequest) => answer(req)),
    createPromise: vi.fn(async (body: unknown, key: string) => ({ body, key })),
    createDispute: vi.fn(async (body: unknown, key: string) => ({ body, key })),
    logInteraction: vi.fn(async (_body: unknown, _key: string) => ({
      id: 'i-new',
      loggedBy: { id: 'u', name: 'Colette Martin', email: 'colette@relance.test' },
      loggedAt: '2026-03-06T10:00:00.000Z',
    })),
    linkContact: vi.fn(async (_body: unknown, _key: string): Promise<CustomerRef> => ({
      id: 'c-acme',
      name: 'Acme SARL',
      externalRef: 'C001',
      segment: 'new',
    })),
    searchCustomers: vi.fn(async (_q: string): Promise<CustomerRef[]> => []),
    worklist: vi.fn(async () => worklist),
    me: vi.fn(),
  } satisfies Record<keyof ApiClient, unknown>;
}

/** Renders the whole pane over fakes, signed in with a personal token unless told otherwise. */
export function renderPane(options: {
  host: FakeHost;
  client: ReturnType<typeof fakeClient>;
  signedIn?: boolean;
}) {
  if (options.signedIn !== false) saveApiToken(localStorage, 'rl_test');
  const language = languageFromDisplay(options.host.displayLanguage());
  const outbox = new Outbox(localStorage);
  const services = {
    host: options.host,
    client: options.client as unknown as ApiClient,
    outbox,
    credentials: createCredentials(
      localStorage,
      { microsoftClientId: null, apiBaseUrl: 'https://x' },
      options.host,
    ),
    storage: localStorage,
    language,
    messages: MESSAGES[language],
    timeZone: 'Europe/Paris',
    now: () => new Date('2026-03-06T10:00:00Z'),
  };
  return { ...render(<App services={services} companyName="Relance SA" />), outbox, services };
}
