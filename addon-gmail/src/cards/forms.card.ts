import { randomUUID } from 'node:crypto';
import { DISPUTE_CATEGORIES, currencyExponent } from '@relance/shared';
import type { ContextResponse, DisputeCategory, InvoiceView } from '@relance/shared';
import type { FormState, SaveState } from '../state.ts';
import {
  button,
  card,
  datePicker,
  escapeHtml,
  paragraph,
  section,
  selection,
  textInput,
} from './builders.ts';
import type { Card, Widget } from './builders.ts';
import { formatAmountInput } from './ui.ts';
import type { CardUi } from './ui.ts';

/** Invoices offered as checkboxes; a longer list keeps the mentioned and oldest ones. */
export const INVOICES_IN_FORM = 40;

/** What reading the email suggests for the forms, each finding with the sentence it came from. */
export interface FormPrefill {
  invoiceIds: string[];
  amount: number | null;
  date: string | null;
  category: DisputeCategory | null;
  promiseQuote: string | null;
  disputeQuote: string | null;
}

/** A prefill with only the invoices ticked, when the email could not be read again. */
export function invoicesOnly(invoiceIds: string[]): FormPrefill {
  return {
    invoiceIds,
    amount: null,
    date: null,
    category: null,
    promiseQuote: null,
    disputeQuote: null,
  };
}

/** The promise form: invoices, amount, date and note, prefilled from the email. */
export function promiseFormCard(
  ui: CardUi,
  state: FormState,
  context: ContextResponse,
  prefill: FormPrefill,
): Card {
  const { m } = ui;
  const currency = context.customer?.currency ?? context.invoices[0]?.currency ?? 'EUR';
  const save: SaveState = {
    u: state.u,
    m: state.m,
    c: state.c ?? '',
    k: randomUUID(),
    currency,
    quote: prefill.promiseQuote,
    mentioned: state.invoiceIds,
  };
  return card({
    title: m.promiseTitle,
    subtitle: context.customer?.name ?? '',
    name: 'promise',
    sections: [
      quoteSection(ui, prefill.promiseQuote),
      section(null, [
        invoiceChoices(ui, context.invoices, prefill.invoiceIds),
        textInput({
          name: 'amount',
          label: m.amount(currency),
          hint: m.amountHint,
          value:
            prefill.amount === null ? '' : formatAmountInput(prefill.amount, currency, ui.language),
        }),
        datePicker({
          name: 'promisedDate',
          label: m.promisedDate,
          date: prefill.date ?? undefined,
        }),
        textInput({ name: 'note', label: m.note, multiline: true }),
      ]),
    ],
    footer: { primary: button(m.save, { action: ui.act('promise-save', save) }, { filled: true }) },
  });
}

/** The dispute form: category, invoices and note, prefilled from the email. */
export function disputeFormCard(
  ui: CardUi,
  state: FormState,
  context: ContextResponse,
  prefill: FormPrefill,
): Card {
  const { m } = ui;
  const save: SaveState = {
    u: state.u,
    m: state.m,
    c: state.c ?? '',
    k: randomUUID(),
    currency: context.customer?.currency ?? 'EUR',
    quote: prefill.disputeQuote,
    mentioned: state.invoiceIds,
  };
  return card({
    title: m.disputeTitle,
    subtitle: context.customer?.name ?? '',
    name: 'dispute',
    sections: [
      quoteSection(ui, prefill.disputeQuote),
      section(null, [
        selection({
          name: 'category',
          label: m.categoryLabel,
          type: 'DROPDOWN',
          items: DISPUTE_CATEGORIES.map((c) => ({
            text: m.category[c],
            value: c,
            selected: c === (prefill.category ?? 'other'),
          })),
        }),
        invoiceChoices(ui, context.invoices, prefill.invoiceIds),
        textInput({ name: 'note', label: m.note, multiline: true }),
      ]),
    ],
    footer: { primary: button(m.save, { action: ui.act('dispute-save', save) }, { filled: true }) },
  });
}

function quoteSection(ui: CardUi, quote: string | null) {
  if (!quote) return null;
  return section(null, [
    paragraph(`${escapeHtml(ui.m.readFromEmail)}<br><i>«&nbsp;${escapeHtml(quote)}&nbsp;»</i>`),
  ]);
}

function invoiceChoices(ui: CardUi, invoices: InvoiceView[], selected: string[]): Widget {
  const chosen = new Set(selected);
  const ordered = [...invoices].sort((a, b) => Number(chosen.has(b.id)) - Number(chosen.has(a.id)));
  return selection({
    name: 'invoices',
    label: ui.m.invoices,
    type: 'CHECK_BOX',
    items: ordered.slice(0, INVOICES_IN_FORM).map((i) => ({
      text: `${i.number} · ${ui.money(i.openAmount, i.currency)} · ${ui.m.dueOn(ui.date(i.dueDate))}`,
      value: i.id,
      selected: chosen.has(i.id),
    })),
  });
}

/**
 * Parses an amount typed in French or English style ("1 250,50", "1,250.50", "1250.5") into
 * minor units, or null when it is not a number. No float arithmetic: digits are joined.
 */
export function parseAmount(text: string, currency: string): number | null {
  const digits = currencyExponent(currency);
  const cleaned = text.replace(/[\s\u00a0\u202f€$£]|[A-Z]{3}/g, '');
  if (!/^\d[\d.,]*$/.test(cleaned)) return null;
  const lastSep = Math.max(cleaned.lastIndexOf(','), cleaned.lastIndexOf('.'));
  const decimalsAfter = lastSep === -1 ? 0 : cleaned.length - lastSep - 1;
  // Three digits after the last separator are thousands ("1,250"), except in a currency
  // with three decimals (KWD, TND), where they are its minor units.
  const isDecimal =
    lastSep !== -1 &&
    decimalsAfter > 0 &&
    decimalsAfter <= Math.max(digits, 2) &&
    (decimalsAfter !== 3 || digits === 3);
  const whole = (isDecimal ? cleaned.slice(0, lastSep) : cleaned).replace(/[.,]/g, '');
  const fraction = isDecimal ? cleaned.slice(lastSep + 1) : '';
  if (fraction.length > digits) return null;
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}
