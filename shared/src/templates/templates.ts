import type { ContextResponse, InvoiceView, PaymentPromiseView } from '../api/schemas.ts';
import type { Language, Segment, Tone } from '../domain/model.ts';
import { formatMoney, sumByCurrency } from '../ar/money.ts';
import { REMINDER_SCENARIOS } from '../ar/reminders.ts';
import { html, safeUrl } from './escape.ts';
import type { SafeHtml } from './escape.ts';
import { formatCalendarDate } from './format.ts';
import { WORDING } from './wording.ts';
import type { ReminderTemplateKind, Wording, WordingValues } from './wording.ts';

/** Who signs the message. */
export interface TemplateSender {
  name: string;
  email: string;
}

/** A message ready to send: subject, plain text and HTML saying the same thing. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** Input of `renderStatement`. */
export interface StatementTemplateInput {
  context: ContextResponse;
  language: Language;
  tone: Tone;
  sender: TemplateSender;
  companyName: string;
}

/** Input of `renderReminder`; without invoiceIds the kind picks the invoices it is about. */
export interface ReminderTemplateInput {
  context: ContextResponse;
  invoiceIds?: string[];
  kind: ReminderTemplateKind;
  language: Language;
  tone: Tone;
  sender: TemplateSender;
  companyName: string;
}

/** The tone a customer is written to in: a strategic account is always courteous. */
export function toneForSegment(segment: Segment, strategic: boolean): Tone {
  if (strategic) return 'courteous';
  return REMINDER_SCENARIOS[segment].tone;
}

/** A statement of account: every open invoice with its payment link, and totals per currency. */
export function renderStatement(input: StatementTemplateInput): RenderedMessage {
  const { context, language, tone } = input;
  const words = WORDING[language];
  const values = wordingValues(input, context.invoices);
  const invoices = context.invoices;

  const intro = words.statementIntro[tone](values);
  const closing = words.statementClosing[tone];
  const body = invoices.length === 0 ? null : invoices;
  return assemble(input, words, {
    subject: words.statementSubject(values),
    intro,
    invoices: body,
    emptyLine: words.noOpenItems,
    closing,
  });
}

/** A reminder of one kind about some invoices, in the customer's language and a given tone. */
export function renderReminder(input: ReminderTemplateInput): RenderedMessage {
  const { language, tone, kind } = input;
  const words = WORDING[language];
  const invoices = reminderInvoices(input);
  const values = wordingValues(input, invoices);

  return assemble(input, words, {
    subject: words.reminderSubject[kind](values),
    intro: words.reminderIntro[kind][tone](values),
    invoices: invoices.length === 0 ? null : invoices,
    emptyLine: words.noOpenItems,
    closing: words.reminderClosing[kind][tone],
  });
}

/** The invoices a reminder of each kind is about when the person did not choose. */
function reminderInvoices(input: ReminderTemplateInput): InvoiceView[] {
  const open = input.context.invoices;
  if (input.invoiceIds && input.invoiceIds.length > 0) {
    const chosen = new Set(input.invoiceIds);
    return open.filter((invoice) => chosen.has(invoice.id));
  }

  switch (input.kind) {
    case 'pre_due':
    case 'receipt_check':
      return open.filter((invoice) => invoice.daysOverdue <= 0);
    case 'overdue': {
      const overdue = open.filter((invoice) => invoice.daysOverdue > 0);
      const undisputed = overdue.filter((invoice) => !invoice.disputed);
      return undisputed.length > 0 ? undisputed : overdue;
    }
    case 'promise_follow_up': {
      const promise = followedPromise(input.context);
      const numbers = new Set(promise?.invoiceNumbers ?? []);
      const covered = open.filter((invoice) => numbers.has(invoice.number));
      return covered.length > 0 ? covered : open.filter((invoice) => invoice.promised);
    }
  }
}

// The promise a follow-up is about: the oldest pending one, else the last one resolved.
function followedPromise(context: ContextResponse): PaymentPromiseView | null {
  const pending = [...context.promises.pending].sort((a, b) =>
    a.promisedDate.localeCompare(b.promisedDate),
  );
  return pending[0] ?? context.promises.lastResolved;
}

function wordingValues(
  input: StatementTemplateInput | ReminderTemplateInput,
  invoices: readonly InvoiceView[],
): WordingValues {
  const { context, language } = input;
  const promise = followedPromise(context);
  return {
    customer: context.customer?.name ?? '',
    company: input.companyName,
    asOf: formatCalendarDate(context.asOf, language),
    numbers: invoices.map((invoice) => invoice.number).join(', '),
    count: invoices.length,
    promisedAmount: promise ? formatMoney(promise.amount, promise.currency, language) : '',
    promisedDate: promise ? formatCalendarDate(promise.promisedDate, language) : '',
  };
}

interface Parts {
  subject: string;
  intro: string;
  invoices: InvoiceView[] | null;
  emptyLine: string;
  closing: string;
}

function assemble(
  input: StatementTemplateInput | ReminderTemplateInput,
  words: Wording,
  parts: Parts,
): RenderedMessage {
  const { language, tone, sender, companyName } = input;
  const totals = parts.invoices ? totalsOf(parts.invoices, language, words) : [];
  const signature = [sender.name, companyName, sender.email].filter((line) => line.length > 0);

  const textLines = [
    words.greeting[tone],
    '',
    parts.intro,
    '',
    ...(parts.invoices
      ? parts.invoices.map((invoice) => invoiceTextLine(invoice, language, words))
      : [parts.emptyLine]),
    ...(totals.length > 0 ? ['', ...totals] : []),
    '',
    parts.closing,
    '',
    words.signOff[tone],
    ...signature,
  ];

  const body = html`<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
    <p>${words.greeting[tone]}</p>
    <p>${parts.intro}</p>
    ${parts.invoices ? invoiceTable(parts.invoices, language, words) : html`<p>${parts.emptyLine}</p>`}
    ${totals.length > 0 ? html`<p>${totals.map((line, i) => (i === 0 ? html`${line}` : html`<br />${line}`))}</p>` : ''}
    <p>${parts.closing}</p>
    <p>
      ${words.signOff[tone]}<br />${signature.map((line, i) => (i === 0 ? html`${line}` : html`<br />${line}`))}
    </p>
  </div>`;

  return { subject: parts.subject, text: textLines.join('\n'), html: body.html };
}

function lateness(invoice: InvoiceView, words: Wording): string {
  const late = invoice.daysOverdue > 0 ? words.daysLate(invoice.daysOverdue) : words.notDue;
  return invoice.disputed ? `${late}, ${words.disputed}` : late;
}

function invoiceTextLine(invoice: InvoiceView, language: Language, words: Wording): string {
  const amount = formatMoney(invoice.openAmount, invoice.currency, language);
  const due = formatCalendarDate(invoice.dueDate, language);
  const pay = safeUrl(invoice.paymentUrl);
  const line = `- ${invoice.number} · ${words.columns.due} ${due} · ${amount} (${lateness(invoice, words)})`;
  return pay ? `${line}\n  ${words.payAt} ${pay}` : line;
}

function invoiceTable(invoices: InvoiceView[], language: Language, words: Wording): SafeHtml {
  const cell = 'padding:4px 8px;border-bottom:1px solid #ddd;text-align:left';
  const number = 'padding:4px 8px;border-bottom:1px solid #ddd;text-align:right';
  const c = words.columns;
  const rows = invoices.map((invoice) => {
    const pay = safeUrl(invoice.paymentUrl);
    return html`<tr>
      <td style="${cell}">${invoice.number}</td>
      <td style="${cell}">${formatCalendarDate(invoice.issueDate, language)}</td>
      <td style="${cell}">${formatCalendarDate(invoice.dueDate, language)}</td>
      <td style="${cell}">${lateness(invoice, words)}</td>
      <td style="${number}">${formatMoney(invoice.openAmount, invoice.currency, language)}</td>
      <td style="${cell}">${pay ? html`<a href="${pay}">${words.payLink}</a>` : ''}</td>
    </tr>`;
  });
  return html`<table style="border-collapse:collapse" cellspacing="0">
    <thead>
      <tr>
        <th style="${cell}">${c.invoice}</th>
        <th style="${cell}">${c.issued}</th>
        <th style="${cell}">${c.due}</th>
        <th style="${cell}">${c.late}</th>
        <th style="${number}">${c.open}</th>
        <th style="${cell}">${c.pay}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function totalsOf(invoices: InvoiceView[], language: Language, words: Wording): string[] {
  const due = sumByCurrency(invoices.map((i) => ({ amount: i.openAmount, currency: i.currency })));
  const overdue = sumByCurrency(
    invoices
      .filter((i) => i.daysOverdue > 0)
      .map((i) => ({ amount: i.openAmount, currency: i.currency })),
  );
  return due.map(({ currency, amount }) => {
    const late = overdue.find((o) => o.currency === currency)?.amount ?? 0;
    const total = `${words.totalDue} ${formatMoney(amount, currency, language)}`;
    return late > 0 && late !== amount
      ? `${total} (${words.ofWhichOverdue} ${formatMoney(late, currency, language)})`
      : total;
  });
}
