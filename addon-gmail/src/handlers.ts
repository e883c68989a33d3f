import {
  BackendError,
  DisputeCategory,
  findInvoiceNumbers,
  readCustomerEmail,
  renderReminder,
  renderStatement,
} from '@relance/shared';
import type {
  BackendUser,
  CollectionsBackend,
  ContextRequest,
  ContextResponse,
  EmailReading,
} from '@relance/shared';
import { z } from 'zod';
import { composeCard, REMINDER_KINDS } from './cards/compose.card.ts';
import { contextCard, customerSearchCard } from './cards/context.card.ts';
import { disputeFormCard, invoicesOnly, parseAmount, promiseFormCard } from './cards/forms.card.ts';
import type { FormPrefill } from './cards/forms.card.ts';
import { homeCard, moreInvoicesCard } from './cards/home.card.ts';
import {
  backToRoot,
  insertIntoDraft,
  notify,
  pushAsRoot,
  pushCard,
  updateCard,
} from './cards/responses.ts';
import type { CallbackResponse, TriggerResponse } from './cards/responses.ts';
import { settingsCard } from './cards/status.card.ts';
import type { CardUi } from './cards/ui.ts';
import type { EndpointName } from './endpoints.ts';
import { dateInput, stringInput, stringInputs } from './events.ts';
import type { AddonEvent } from './events.ts';
import { NoOpenMessage } from './gmail-message.ts';
import type { MessageReadRequest, OpenMessage } from './gmail-message.ts';
import type { GmailAddonConfig } from './router.ts';
import { StateRejected } from './signed-state.ts';
import type { StateSigner } from './signed-state.ts';
import {
  BaseState,
  FormState,
  InsertState,
  LogEmailState,
  MoreInvoicesState,
  PickState,
  SaveState,
} from './state.ts';
import type { ComposeState, MessageRef } from './state.ts';

/** Everything one request's handler works with. */
export interface HandlerContext {
  ui: CardUi;
  user: BackendUser;
  event: AddonEvent;
  backend: CollectionsBackend;
  signer: StateSigner;
  config: GmailAddonConfig;
  timeZone: string;
  readMessage(request: MessageReadRequest): Promise<OpenMessage>;
}

type Handler = (ctx: HandlerContext) => Promise<TriggerResponse | CallbackResponse>;

/** The handler of each endpoint. */
export const HANDLERS: Record<EndpointName, Handler> = {
  homepage: async ({ ui, user, backend }) =>
    pushAsRoot(homeCard(ui, user, await backend.worklist(user))),

  settings: async ({ ui, user, config }) => pushAsRoot(settingsCard(ui, user, config.baseUrl)),

  contextual: async (ctx) => pushAsRoot(await contextualCard(ctx)),

  refresh: async (ctx) => {
    openState(ctx, z.object({ u: z.string() }));
    return updateCard(await contextualCard(ctx));
  },

  'more-invoices': async (ctx) => {
    const state = openState(ctx, MoreInvoicesState);
    const context = await fetchContext(ctx, state.m, state.c);
    return pushCard(moreInvoicesCard(ctx.ui, state, context));
  },

  'promise-form': async (ctx) => {
    const state = openState(ctx, FormState);
    const { context, prefill } = await contextAndPrefill(ctx, state);
    return pushCard(promiseFormCard(ctx.ui, state, context, prefill));
  },

  'promise-save': async (ctx) => {
    const { ui, user, backend, event } = ctx;
    const state = openState(ctx, SaveState);
    const amount = parseAmount(stringInput(event, 'amount'), state.currency);
    if (amount === null || amount <= 0) return notify(ui.m.needAmount);
    const promisedDate = dateInput(event, 'promisedDate');
    if (!promisedDate) return notify(ui.m.needDate);
    const note = stringInput(event, 'note');
    const saved = await asNotification(ui, () =>
      backend.createPromise(
        user,
        {
          customerId: state.c,
          invoiceIds: stringInputs(event, 'invoices'),
          amount,
          currency: state.currency,
          promisedDate,
          sourceMessageId: state.m.messageId,
          ...(note ? { note } : {}),
          ...(state.quote ? { quote: state.quote } : {}),
        },
        state.k,
      ),
    );
    if ('renderActions' in saved) return saved;
    return backToRoot(await rebuiltRoot(ctx, state, state.c), ui.m.promiseSaved);
  },

  'dispute-form': async (ctx) => {
    const state = openState(ctx, FormState);
    const { context, prefill } = await contextAndPrefill(ctx, state);
    return pushCard(disputeFormCard(ctx.ui, state, context, prefill));
  },

  'dispute-save': async (ctx) => {
    const { ui, user, backend, event } = ctx;
    const state = openState(ctx, SaveState);
    const invoiceIds = stringInputs(event, 'invoices');
    if (invoiceIds.length === 0) return notify(ui.m.needInvoice);
    const category = DisputeCategory.catch('other').parse(stringInput(event, 'category'));
    const note = stringInput(event, 'note');
    const saved = await asNotification(ui, () =>
      backend.createDispute(
        user,
        {
          customerId: state.c,
          invoiceIds,
          category,
          sourceMessageId: state.m.messageId,
          ...(note ? { note } : {}),
          ...(state.quote ? { quote: state.quote } : {}),
        },
        state.k,
      ),
    );
    if ('renderActions' in saved) return saved;
    return backToRoot(await rebuiltRoot(ctx, state, state.c), ui.m.disputeSaved);
  },

  'log-email': async (ctx) => {
    const { ui, user, backend } = ctx;
    const state = openState(ctx, LogEmailState);
    const context = await fetchContext(ctx, state.m, state.c);
    const body = context.settings.storeBody
      ? (await messageIfReadable(ctx, state.m))?.text
      : undefined;
    const logged = await backend.logInteraction(
      user,
      {
        customerId: state.c,
        messageId: state.m.messageId,
        ...(state.m.threadId ? { threadId: state.m.threadId } : {}),
        direction: isOwn(state.m.from, user, context) ? 'outbound' : 'inbound',
        from: state.m.from,
        to: state.m.to,
        cc: state.m.cc,
        subject: state.m.subject,
        sentAt: state.m.sentAt,
        client: 'gmail',
        ...(body !== undefined ? { body } : {}),
      },
      state.k,
    );
    const root = await rebuiltRoot(ctx, state, state.c);
    return backToRoot(root, logged.created ? ui.m.emailSaved : ui.m.emailAlreadySaved);
  },

  'customer-search': async (ctx) => {
    const { ui, user, backend, event } = ctx;
    const state = openState(ctx, BaseState);
    const query = stringInput(event, 'query');
    if (!query) return pushCard(customerSearchCard(ui, state, '', null));
    const results = await backend.searchCustomers(user, query.slice(0, 200));
    return updateCard(customerSearchCard(ui, state, query, results));
  },

  'customer-pick': async (ctx) => {
    const { ui, user, backend } = ctx;
    const state = openState(ctx, PickState);
    const customer = await backend.linkContact(user, {
      customerId: state.pick,
      email: state.m.from,
      ...(state.m.fromName ? { name: state.m.fromName.slice(0, 200) } : {}),
    });
    const root = await rebuiltRoot(ctx, { m: state.m, mentioned: [] }, customer.id);
    return backToRoot(root, ui.m.contactSaved(customer.name));
  },

  compose: async (ctx) => {
    const { ui, user, backend, event } = ctx;
    const to = [...(event.gmail?.toRecipients ?? []), ...(event.gmail?.ccRecipients ?? [])]
      .map((a) => a.trim().toLowerCase())
      .filter((a) => a.includes('@'))
      .slice(0, 200);
    if (to.length === 0) return pushAsRoot(composeCard(ui, null, null));
    const context = await backend.context(user, { from: user.email, to, mode: 'compose' });
    const state: ComposeState | null = context.customer
      ? { u: user.id, c: context.customer.id, to }
      : null;
    return pushAsRoot(composeCard(ui, state, context));
  },

  'insert-template': async (ctx) => {
    const { user, backend, event, config } = ctx;
    const state = openState(ctx, InsertState);
    const context = await backend.context(user, {
      from: user.email,
      to: state.to,
      mode: 'compose',
      customerId: state.c,
    });
    const customer = context.customer;
    if (!customer) throw new BackendError('not_found', 'the customer is no longer there');
    const common = {
      context,
      language: customer.language,
      tone: customer.tone,
      sender: { name: user.name, email: user.email },
      companyName: config.companyName ?? 'Relance',
    };
    const kind = z.enum(REMINDER_KINDS).catch('overdue').parse(stringInput(event, 'kind'));
    const rendered =
      state.t === 'statement' ? renderStatement(common) : renderReminder({ ...common, kind });
    return insertIntoDraft(rendered.html);
  },
};

/** Opens the signed `s` parameter with a schema and checks it was minted for this user. */
function openState<T extends { u: string }>(ctx: HandlerContext, schema: z.ZodType<T>): T {
  const state = ctx.signer.open(ctx.event.commonEventObject.parameters?.['s'], schema);
  if (state.u !== ctx.user.id) throw new StateRejected('state minted for another user');
  return state;
}

// The card names the invoices the email mentions; the full reading (amounts, dates, dispute
// category) is left to the forms, which most opened emails never reach.
async function contextualCard(ctx: HandlerContext) {
  const { ui, user, backend } = ctx;
  const message = await readOpenMessage(ctx);
  const ref = messageRefOf(message);
  const text = message.text.slice(0, MAX_TEXT);
  const context = await backend.context(user, { ...contextRequestOf(ref, null), text });
  return contextCard(ui, user.id, ref, context, mentionedInvoiceIds(ref.subject, text, context));
}

const MAX_TEXT = 200_000;

/** The customer's open invoices whose numbers the subject or body write, in order of mention. */
function mentionedInvoiceIds(subject: string, text: string, context: ContextResponse): string[] {
  if (!context.customer || context.invoices.length === 0) return [];
  const idByNumber = new Map(context.invoices.map((i) => [i.number, i.id]));
  return findInvoiceNumbers(`${subject}\n${text}`, [...idByNumber.keys()]).flatMap((number) => {
    const id = idByNumber.get(number);
    return id ? [id] : [];
  });
}

/** A form's context and what the email suggests for it, the two fetched at the same time. */
async function contextAndPrefill(
  ctx: HandlerContext,
  state: FormState,
): Promise<{ context: ContextResponse; prefill: FormPrefill }> {
  const [context, message] = await Promise.all([
    fetchContext(ctx, state.m, state.c),
    messageIfReadable(ctx, state.m),
  ]);
  if (!message || !context.customer) return { context, prefill: invoicesOnly(state.invoiceIds) };
  const reading = readCustomerEmail({
    subject: message.subject,
    text: message.text.slice(0, MAX_TEXT),
    sentAt: message.sentAt,
    timeZone: ctx.timeZone,
    knownInvoices: context.invoices.map((i) => ({
      number: i.number,
      openAmount: i.openAmount,
      currency: i.currency,
    })),
  });
  return { context, prefill: prefillOf(reading, context) };
}

async function readOpenMessage(ctx: HandlerContext): Promise<OpenMessage> {
  const gmail = ctx.event.gmail;
  const oauth = ctx.event.authorizationEventObject.userOAuthToken;
  if (!gmail?.messageId || !gmail.accessToken || !oauth) throw new NoOpenMessage();
  return ctx.readMessage({
    gmailMessageId: gmail.messageId,
    messageAccessToken: gmail.accessToken,
    userOAuthToken: oauth,
  });
}

/**
 * The open message when Gmail still lets it be read and it is the one the card was built for,
 * else null: what needs it (a form's prefill, a logged body) is worth having without it.
 */
async function messageIfReadable(
  ctx: HandlerContext,
  ref: MessageRef,
): Promise<OpenMessage | null> {
  try {
    const message = await readOpenMessage(ctx);
    return message.gmailId === ref.gmailId ? message : null;
  } catch {
    return null;
  }
}

function messageRefOf(message: OpenMessage): MessageRef {
  return {
    gmailId: message.gmailId,
    threadId: message.threadId,
    messageId: message.messageId,
    from: message.from,
    fromName: message.fromName?.slice(0, 200) ?? null,
    to: message.to.slice(0, 200),
    cc: message.cc.slice(0, 200),
    subject: message.subject.slice(0, 1000),
    sentAt: message.sentAt,
  };
}

function contextRequestOf(ref: MessageRef, customerId: string | null): ContextRequest {
  return {
    from: ref.from,
    to: ref.to,
    cc: ref.cc,
    subject: ref.subject,
    ...(ref.threadId ? { thread: ref.threadId } : {}),
    messageId: ref.messageId,
    mode: 'read',
    ...(customerId ? { customerId } : {}),
  };
}

function fetchContext(ctx: HandlerContext, ref: MessageRef, customerId: string | null) {
  return ctx.backend.context(ctx.user, contextRequestOf(ref, customerId));
}

async function rebuiltRoot(
  ctx: HandlerContext,
  from: { m: MessageRef; mentioned: string[] },
  customerId: string,
) {
  // Unpinned first, so the card keeps saying how the email matched; pinned if that differs.
  const matched = await fetchContext(ctx, from.m, null);
  const context =
    matched.customer?.id === customerId ? matched : await fetchContext(ctx, from.m, customerId);
  return contextCard(ctx.ui, ctx.user.id, from.m, context, from.mentioned);
}

const QUOTE_MAX = 300;

/** Turns what the email reading found into the forms' prefill. */
export function prefillOf(reading: EmailReading, context: ContextResponse): FormPrefill {
  const byNumber = new Map(context.invoices.map((i) => [i.number, i]));
  const mentioned = reading.invoices.flatMap((r) => {
    const invoice = byNumber.get(r.number);
    return invoice ? [invoice.id] : [];
  });
  const currency = context.customer?.currency;
  const amount = reading.amounts.find((a) => a.currency === null || a.currency === currency);
  const cut = (s: string | undefined) => (s ? s.slice(0, QUOTE_MAX) : null);
  return {
    invoiceIds: mentioned,
    amount: amount && amount.amount > 0 ? amount.amount : null,
    date: reading.promisedDate?.date ?? null,
    category: reading.disputeCategory?.category ?? null,
    promiseQuote: cut(reading.promisedDate?.evidence ?? amount?.evidence),
    disputeQuote: cut(reading.disputeCategory?.evidence),
  };
}

function isOwn(address: string, user: BackendUser, context: ContextResponse): boolean {
  const domain = address.split('@')[1] ?? '';
  return address === user.email.toLowerCase() || context.settings.ownDomains.includes(domain);
}

/** Runs a save; a refusal the person can fix comes back as a toast over the form. */
async function asNotification<T>(
  ui: CardUi,
  save: () => Promise<T>,
): Promise<T | CallbackResponse> {
  try {
    return await save();
  } catch (err) {
    if (err instanceof BackendError && err.code === 'invalid_request') {
      const fields = err.fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return notify(`${ui.m.errors.invalid} ${fields || err.message}`);
    }
    throw err;
  }
}
