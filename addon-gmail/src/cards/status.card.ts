import type { BackendUser } from '@relance/shared';
import type { ErrorKind } from '../messages.ts';
import { button, buttons, card, decorated, escapeHtml, paragraph, section } from './builders.ts';
import type { Action, Card } from './builders.ts';
import type { CardUi } from './ui.ts';

/** A card that says what went wrong, with a retry button when one can help. */
export function errorCard(
  ui: CardUi,
  kind: ErrorKind,
  options: { retry?: Action; details?: string[] } = {},
): Card {
  const { m } = ui;
  return card({
    title: m.errorTitle,
    name: 'error',
    sections: [
      section(null, [
        paragraph(escapeHtml(m.errors[kind])),
        ...(options.details ?? []).slice(0, 10).map((d) => paragraph(`• ${escapeHtml(d)}`)),
        ...(options.retry ? [buttons([button(m.retry, { action: options.retry })])] : []),
      ]),
    ],
  });
}

/** The card for a Google account that is not a Relance user: how to get access. */
export function unknownUserCard(ui: CardUi, email: string | null): Card {
  const { m } = ui;
  return card({
    title: m.unknownUserTitle,
    name: 'access',
    sections: [
      section(null, [paragraph(escapeHtml(email ? m.unknownUserText(email) : m.noEmailText))]),
    ],
  });
}

/** The settings card of the universal action: who is signed in, and where. */
export function settingsCard(ui: CardUi, user: BackendUser, serverUrl: string): Card {
  const { m } = ui;
  return card({
    title: m.settingsTitle,
    name: 'settings',
    sections: [
      section(null, [
        decorated({
          top: m.signedInAs,
          text: escapeHtml(user.name),
          bottom: escapeHtml(user.email),
        }),
        decorated({ top: m.role, text: user.role }),
        decorated({ top: m.server, text: escapeHtml(serverUrl) }),
        buttons([button(m.server, { url: serverUrl })]),
      ]),
    ],
  });
}
