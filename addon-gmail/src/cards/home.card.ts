import { daysBetween } from '@relance/shared';
import type { BackendUser, ContextResponse, WorklistItem, WorklistResponse } from '@relance/shared';
import type { MoreInvoicesState } from '../state.ts';
import { button, buttons, card, decorated, escapeHtml, paragraph, section } from './builders.ts';
import type { Card, Widget } from './builders.ts';
import { invoiceLine } from './context.card.ts';
import type { CardUi } from './ui.ts';

/** Worklist items on the homepage; the dashboard shows the rest. */
export const WORKLIST_ITEMS_SHOWN = 60;

/** Invoices on one page of the "more invoices" card. */
export const INVOICES_PER_PAGE = 80;

/** The homepage: the collector's worklist, most urgent first. */
export function homeCard(ui: CardUi, user: BackendUser, worklist: WorklistResponse): Card {
  const { m } = ui;
  const items = [...worklist.items].sort((a, b) => b.priority - a.priority);
  const shown = items
    .slice(0, WORKLIST_ITEMS_SHOWN)
    .map((item) => worklistLine(ui, item, worklist.asOf));
  const rest = items.length - shown.length;
  return card({
    title: m.homeTitle,
    subtitle: `${user.name} · ${ui.date(worklist.asOf)}`,
    name: 'home',
    sections: [
      section(null, shown.length > 0 ? shown : [paragraph(m.homeEmpty)]),
      section(null, [
        ...(rest > 0 ? [paragraph(`+ ${rest}`)] : []),
        paragraph(`<i>${escapeHtml(m.homeHint)}</i>`),
      ]),
    ],
  });
}

// The server's `title` and `detail` are English sentences; the card words each item in the
// collector's language from its structured fields instead.
function worklistLine(ui: CardUi, item: WorklistItem, asOf: string): Widget {
  const { m } = ui;
  const what =
    item.kind === 'overdue_reminder' && item.tone
      ? `${m.worklist[item.kind]} · ${m.tone[item.tone]}`
      : m.worklist[item.kind];
  const amount = item.amount ? ui.money(item.amount.amount, item.amount.currency) : null;
  return decorated({
    top: escapeHtml(item.customer.name),
    text: escapeHtml(what),
    bottom: escapeHtml(
      [...worklistDetail(ui, item, amount, asOf), item.escalateToManager ? m.escalate : null]
        .filter(Boolean)
        .join(' · '),
    ),
  });
}

function worklistDetail(
  ui: CardUi,
  item: WorklistItem,
  amount: string | null,
  asOf: string,
): (string | null)[] {
  const { m } = ui;
  switch (item.kind) {
    case 'promise_due_today':
    case 'promise_broken':
      return [amount, item.dueDate ? m.promisedFor(ui.date(item.dueDate)) : null];
    case 'dispute_owned':
      return [item.invoiceNumbers.slice(0, 3).join(', ') || null, amount];
    case 'overdue_reminder': {
      // The item's due date is its oldest invoice's.
      const late = item.dueDate ? m.daysLate(daysBetween(item.dueDate, asOf)) : null;
      return [m.invoiceCount(item.invoiceNumbers.length), amount, late];
    }
    case 'pre_due_reminder':
    case 'receipt_check': {
      const until = item.dueDate ? m.dueIn(daysBetween(asOf, item.dueDate)) : null;
      return [m.invoiceCount(item.invoiceNumbers.length), amount, until];
    }
  }
}

/** A page of the customer's open invoices beyond what the contextual card shows. */
export function moreInvoicesCard(
  ui: CardUi,
  state: MoreInvoicesState,
  context: ContextResponse,
): Card {
  const { m } = ui;
  const page = context.invoices.slice(state.offset, state.offset + INVOICES_PER_PAGE);
  const next = state.offset + page.length;
  return card({
    title: m.moreInvoicesTitle,
    subtitle: context.customer?.name ?? '',
    name: 'more-invoices',
    sections: [
      section(
        `${state.offset + 1}–${next} / ${context.invoices.length}`,
        page.map((i) => invoiceLine(ui, i, false)),
      ),
      next < context.invoices.length
        ? section(null, [
            buttons([
              button(m.nextPage, { action: ui.act('more-invoices', { ...state, offset: next }) }),
            ]),
          ])
        : null,
    ],
  });
}
