import type { ContextResponse } from '@relance/shared';
import type { ComposeState, InsertState } from '../state.ts';
import {
  button,
  buttons,
  card,
  decorated,
  escapeHtml,
  paragraph,
  section,
  selection,
} from './builders.ts';
import type { Card } from './builders.ts';
import type { CardUi } from './ui.ts';

/** The reminder kinds the compose card offers, in the order a collector meets them. */
export const REMINDER_KINDS = ['overdue', 'pre_due', 'receipt_check', 'promise_follow_up'] as const;

/** The compose card: insert a statement or a reminder for the recipient's customer. */
export function composeCard(
  ui: CardUi,
  state: ComposeState | null,
  context: ContextResponse | null,
): Card {
  const { m } = ui;
  const customer = context?.customer;
  if (!state || !customer) {
    return card({
      title: m.composeTitle,
      name: 'compose',
      sections: [section(null, [paragraph(escapeHtml(m.composeNoMatch))])],
    });
  }
  const balance = customer.balances
    .map((b) => `${m.outstanding} ${ui.money(b.outstanding, b.currency)}`)
    .join(' · ');
  const suggested = context.promises.pending.length > 0 ? 'promise_follow_up' : 'overdue';
  return card({
    title: m.composeTitle,
    subtitle: customer.name,
    name: 'compose',
    sections: [
      section(null, [
        decorated({ top: m.segment[customer.segment], text: escapeHtml(balance || '—') }),
        buttons([
          button(m.insertStatement, {
            action: ui.act('insert-template', { ...state, t: 'statement' } satisfies InsertState),
          }),
        ]),
      ]),
      section(m.reminderKind, [
        selection({
          name: 'kind',
          label: m.reminderKind,
          type: 'DROPDOWN',
          items: REMINDER_KINDS.map((k) => ({
            text: m.kinds[k],
            value: k,
            selected: k === suggested,
          })),
        }),
        buttons([
          button(
            m.insertReminder,
            {
              action: ui.act('insert-template', { ...state, t: 'reminder' } satisfies InsertState),
            },
            { filled: true },
          ),
        ]),
      ]),
    ],
  });
}
