import { randomUUID } from 'node:crypto';
import type {
  ContextResponse,
  CustomerRef,
  CustomerSummary,
  InvoiceView,
  PaymentPromiseView,
} from '@relance/shared';
import type { BaseState, FormState, LogEmailState, MessageRef } from '../state.ts';
import {
  button,
  buttons,
  card,
  decorated,
  escapeHtml,
  paragraph,
  section,
  textInput,
} from './builders.ts';
import type { Card, Widget } from './builders.ts';
import type { CardUi } from './ui.ts';

/** Invoices shown on the contextual card before the "more" button takes over. */
export const INVOICES_ON_CONTEXT_CARD = 12;
const DISPUTES_SHOWN = 5;
const PROMISES_SHOWN = 5;
const EXCHANGES_SHOWN = 5;

/** The contextual card: the matched customer's account beside the open email. */
export function contextCard(
  ui: CardUi,
  userId: string,
  message: MessageRef,
  context: ContextResponse,
  mentionedInvoiceIds: readonly string[],
): Card {
  const { m } = ui;
  const base: BaseState = { u: userId, m: message, c: context.customer?.id ?? null };
  const match = context.match;

  if (match.status === 'internal') {
    return card({ title: m.internalTitle, sections: [section(null, [paragraph(m.internalText)])] });
  }
  if (match.status === 'excluded') {
    // The server's reason is an English sentence; the card says the same in its language.
    return card({
      title: m.excludedTitle,
      sections: [section(null, [paragraph(escapeHtml(m.excludedText))])],
    });
  }
  if (match.status !== 'matched' || !context.customer) {
    return noMatchCard(ui, base, match.status === 'ambiguous' ? match : null);
  }

  const customer = context.customer;
  const mentioned = new Set(mentionedInvoiceIds);
  const invoices = [...context.invoices].sort(
    (a, b) => Number(mentioned.has(b.id)) - Number(mentioned.has(a.id)),
  );
  const shown = invoices.slice(0, INVOICES_ON_CONTEXT_CARD);
  const rest = invoices.length - shown.length;

  const invoiceWidgets = shown.map((i) => invoiceLine(ui, i, mentioned.has(i.id)));
  if (rest > 0) {
    invoiceWidgets.push(
      buttons([
        button(m.moreInvoices(rest), {
          action: ui.act('more-invoices', { ...base, c: customer.id, offset: shown.length }),
        }),
      ]),
    );
  }

  return card({
    title: customer.name,
    subtitle: `${m.segment[customer.segment]} · ${customer.externalRef}`,
    name: 'context',
    sections: [
      section(
        m.account,
        accountWidgets(ui, customer, m.labelled(m.matchedBy[match.step], match.evidence)),
      ),
      section(
        m.openInvoices(context.invoices.length),
        invoiceWidgets.length > 0 ? invoiceWidgets : [paragraph(m.noneYet)],
        { visible: 6 },
      ),
      context.disputes.length > 0
        ? section(
            m.disputes,
            context.disputes.slice(0, DISPUTES_SHOWN).map((d) =>
              decorated({
                top: `${m.category[d.category]} · ${m.disputeStatus[d.status]}`,
                text: escapeHtml(d.invoiceNumbers.join(', ') || '—'),
                bottom: d.amount.map((a) => ui.money(a.amount, a.currency)).join(' + '),
              }),
            ),
          )
        : null,
      promisesSection(ui, context),
      context.interactions.length > 0
        ? section(
            m.recent,
            context.interactions.slice(0, EXCHANGES_SHOWN).map((x) =>
              decorated({
                top: `${x.direction === 'inbound' ? m.received : m.sent} · ${ui.date(x.sentAt.slice(0, 10))}`,
                text: escapeHtml(x.subject || '—'),
                bottom: escapeHtml(m.loggedBy(x.loggedBy.name)),
              }),
            ),
            { visible: 2 },
          )
        : null,
      section(null, actionWidgets(ui, base, customer, context, mentionedInvoiceIds)),
    ],
  });
}

function accountWidgets(ui: CardUi, customer: CustomerSummary, matchText: string): Widget[] {
  const { m } = ui;
  const widgets: Widget[] = [decorated({ text: escapeHtml(matchText), icon: 'PERSON' })];
  for (const b of customer.balances) {
    widgets.push(
      decorated({
        top: `${m.outstanding} ${b.currency}`,
        text: `<b>${escapeHtml(ui.money(b.outstanding, b.currency))}</b>`,
        bottom: `${m.overdue} ${ui.money(b.overdue, b.currency)} · ${m.disputed} ${ui.money(b.disputed, b.currency)}`,
      }),
    );
    // One bucket a line: run together, the sidebar wraps inside labels and amounts.
    const aging = (Object.keys(m.bucket) as (keyof typeof m.bucket)[])
      .filter((k) => (b.buckets[k] ?? 0) !== 0)
      .map((k) => escapeHtml(m.labelled(m.bucket[k], ui.money(b.buckets[k] ?? 0, b.currency))))
      .join('<br>');
    if (aging) widgets.push(paragraph(aging));
  }
  widgets.push(
    decorated({ top: m.assignee, text: escapeHtml(customer.assignee?.name ?? m.unassigned) }),
  );
  return widgets;
}

/** One invoice as a line: number, open amount, due date and lateness. */
export function invoiceLine(ui: CardUi, invoice: InvoiceView, mentioned: boolean): Widget {
  const { m } = ui;
  const late = invoice.daysOverdue > 0 ? m.daysLate(invoice.daysOverdue) : m.notDue;
  const flags = [
    mentioned ? m.mentioned : null,
    invoice.disputed ? m.disputedFlag : null,
    invoice.promised ? m.promised : null,
  ].filter(Boolean);
  return decorated({
    top: `${escapeHtml(invoice.number)}${flags.length > 0 ? ` · ${flags.join(' · ')}` : ''}`,
    text: mentioned
      ? `<b>${escapeHtml(ui.money(invoice.openAmount, invoice.currency))}</b>`
      : escapeHtml(ui.money(invoice.openAmount, invoice.currency)),
    bottom: `${m.dueOn(ui.date(invoice.dueDate))} · ${late}`,
  });
}

function promisesSection(ui: CardUi, context: ContextResponse) {
  const { m } = ui;
  const line = (p: PaymentPromiseView) =>
    decorated({
      top: `${ui.date(p.promisedDate)} · ${m.promiseStatus[p.status]}`,
      text: escapeHtml(ui.money(p.amount, p.currency)),
      bottom: escapeHtml(p.invoiceNumbers.join(', ')),
    });
  const widgets = context.promises.pending.slice(0, PROMISES_SHOWN).map(line);
  if (context.promises.lastResolved) {
    widgets.push(
      paragraph(`<i>${escapeHtml(m.lastResolved)}</i>`),
      line(context.promises.lastResolved),
    );
  }
  return widgets.length > 0 ? section(m.promises, widgets) : null;
}

function actionWidgets(
  ui: CardUi,
  base: BaseState,
  customer: CustomerSummary,
  context: ContextResponse,
  mentionedInvoiceIds: readonly string[],
): Widget[] {
  const { m } = ui;
  const withCustomer = { ...base, c: customer.id };
  const form: FormState = { ...withCustomer, invoiceIds: [...mentionedInvoiceIds] };
  const logged = context.loggedEmail;
  const widgets: Widget[] = [];
  if (logged) widgets.push(paragraph(escapeHtml(m.emailLogged(logged.loggedBy.name))));
  widgets.push(
    buttons([
      button(m.logPromise, { action: ui.act('promise-form', form) }, { filled: true }),
      button(m.logDispute, { action: ui.act('dispute-form', form) }),
    ]),
    buttons([
      ...(logged
        ? []
        : [
            button(m.logEmail, {
              action: ui.act('log-email', {
                ...withCustomer,
                k: randomUUID(),
                mentioned: [...mentionedInvoiceIds],
              } satisfies LogEmailState),
            }),
          ]),
      button(m.notThisCustomer, { action: ui.act('customer-search', base) }),
    ]),
  );
  return widgets;
}

/**
 * The card for an email no single customer was matched to: the candidates when several
 * customers answered (a shared domain, say), and a search.
 */
export function noMatchCard(
  ui: CardUi,
  base: BaseState,
  ambiguous: { evidence: string; candidates: CustomerRef[] } | null,
): Card {
  const { m } = ui;
  const candidates = ambiguous?.candidates ?? [];
  return card({
    title: candidates.length > 0 ? m.ambiguousTitle : m.noMatchTitle,
    name: 'context',
    sections: [
      section(null, [
        paragraph(
          escapeHtml(
            candidates.length > 0
              ? m.ambiguousText(ambiguous?.evidence ?? base.m.from)
              : m.noMatchText(base.m.from),
          ),
        ),
      ]),
      candidates.length > 0
        ? section(
            m.candidates,
            candidates.slice(0, 20).map((c) => customerChoice(ui, base, c)),
          )
        : null,
      section(null, searchWidgets(ui, base, '')),
    ],
  });
}

/** A customer offered for picking, with its "choose" button. */
export function customerChoice(ui: CardUi, base: BaseState, customer: CustomerRef): Widget {
  return decorated({
    top: escapeHtml(customer.externalRef),
    text: escapeHtml(customer.name),
    bottom: ui.m.segment[customer.segment],
    button: button(ui.m.choose, {
      action: ui.act('customer-pick', { ...base, pick: customer.id }),
    }),
  });
}

/** The search box and its button. */
export function searchWidgets(ui: CardUi, base: BaseState, query: string): Widget[] {
  return [
    textInput({ name: 'query', label: ui.m.searchLabel, value: query }),
    buttons([button(ui.m.search, { action: ui.act('customer-search', base) })]),
  ];
}

/** The search card of "not this customer": the box, then results once searched. */
export function customerSearchCard(
  ui: CardUi,
  base: BaseState,
  query: string,
  results: CustomerRef[] | null,
): Card {
  const { m } = ui;
  return card({
    title: m.searchTitle,
    subtitle: base.m.from,
    name: 'search',
    sections: [
      section(null, searchWidgets(ui, base, query)),
      results === null
        ? null
        : section(
            null,
            results.length === 0
              ? [paragraph(m.noResults)]
              : results.slice(0, 30).map((c) => customerChoice(ui, base, c)),
          ),
    ],
  });
}
