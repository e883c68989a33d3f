import type { BackendUser, ContextResponse, WorklistResponse } from '@relance/shared';
import type { MoreInvoicesState } from '../state.ts';
import { button, buttons, card, decorated, escapeHtml, paragraph, section } from './builders.ts';
import type { Card } from './builders.ts';
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
  const shown = items.slice(0, WORKLIST_ITEMS_SHOWN).map((item) =>
    decorated({
      top: escapeHtml(item.customer.name),
      text: escapeHtml(item.title),
      bottom: escapeHtml(
        [
          item.detail,
          item.amount ? ui.money(item.amount.amount, item.amount.currency) : null,
          item.escalateToManager ? m.escalate : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    }),
  );
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
