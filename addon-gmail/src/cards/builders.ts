import type { chat_v1 } from '@googleapis/chat';

// Small typed builders over the Card v1 JSON (google/apps/card/v1/card.proto). Only the
// fields the Gmail sidebar renders are offered; `columns` is left out because it does not.

export type Card = chat_v1.Schema$GoogleAppsCardV1Card;
export type Section = chat_v1.Schema$GoogleAppsCardV1Section;
export type Widget = chat_v1.Schema$GoogleAppsCardV1Widget;
export type Button = chat_v1.Schema$GoogleAppsCardV1Button;
export type Action = chat_v1.Schema$GoogleAppsCardV1Action;
export type OnClick = chat_v1.Schema$GoogleAppsCardV1OnClick;

/** Google shows at most this many widgets on one card. */
export const MAX_WIDGETS_PER_CARD = 100;

/** An action posting to `url` with string parameters. */
export function action(url: string, parameters: Record<string, string> = {}): Action {
  return {
    function: url,
    parameters: Object.entries(parameters).map(([key, value]) => ({ key, value })),
    loadIndicator: 'SPINNER',
  };
}

/** A card with a header and its non-empty sections. */
export function card(options: {
  title: string;
  subtitle?: string;
  name?: string;
  sections: (Section | null)[];
  footer?: { primary: Button; secondary?: Button };
}): Card {
  const built: Card = {
    header: { title: options.title, ...(options.subtitle ? { subtitle: options.subtitle } : {}) },
    sections: options.sections.filter(
      (s): s is Section => s !== null && (s.widgets?.length ?? 0) > 0,
    ),
  };
  if (options.name) built.name = options.name;
  if (options.footer) {
    built.fixedFooter = {
      primaryButton: options.footer.primary,
      ...(options.footer.secondary ? { secondaryButton: options.footer.secondary } : {}),
    };
  }
  return built;
}

/** A section; collapsed past `visible` widgets when given. */
export function section(
  header: string | null,
  widgets: Widget[],
  options: { visible?: number } = {},
): Section {
  const built: Section = { widgets };
  if (header) built.header = header;
  if (options.visible !== undefined && widgets.length > options.visible) {
    built.collapsible = true;
    built.uncollapsibleWidgetsCount = options.visible;
  }
  return built;
}

/** A paragraph; `text` may hold the basic HTML the sidebar accepts, already escaped. */
export function paragraph(text: string): Widget {
  return { textParagraph: { text } };
}

/** A labelled line: top label, main text, bottom label, and an optional button or click. */
export function decorated(options: {
  top?: string;
  text: string;
  bottom?: string;
  icon?: string;
  button?: Button;
  onClick?: OnClick;
  wrap?: boolean;
}): Widget {
  return {
    decoratedText: {
      ...(options.top ? { topLabel: options.top } : {}),
      text: options.text,
      ...(options.bottom ? { bottomLabel: options.bottom } : {}),
      ...(options.icon ? { startIcon: { knownIcon: options.icon } } : {}),
      ...(options.button ? { button: options.button } : {}),
      ...(options.onClick ? { onClick: options.onClick } : {}),
      wrapText: options.wrap ?? true,
    },
  };
}

/** A button running an action, or opening a link when `url` is given. */
export function button(
  text: string,
  target: { action: Action } | { url: string },
  options: { filled?: boolean; disabled?: boolean } = {},
): Button {
  const onClick: OnClick =
    'action' in target ? { action: target.action } : { openLink: { url: target.url } };
  return {
    text,
    onClick,
    ...(options.filled ? { type: 'FILLED' } : {}),
    ...(options.disabled ? { disabled: true } : {}),
  };
}

/** A row of buttons. */
export function buttons(list: Button[]): Widget {
  return { buttonList: { buttons: list } };
}

/** A single- or multi-line text input. */
export function textInput(options: {
  name: string;
  label: string;
  value?: string;
  hint?: string;
  multiline?: boolean;
}): Widget {
  return {
    textInput: {
      name: options.name,
      label: options.label,
      type: options.multiline ? 'MULTIPLE_LINE' : 'SINGLE_LINE',
      ...(options.value ? { value: options.value } : {}),
      ...(options.hint ? { hintText: options.hint } : {}),
    },
  };
}

/** A group of checkboxes or a dropdown. */
export function selection(options: {
  name: string;
  label: string;
  type: 'CHECK_BOX' | 'DROPDOWN' | 'RADIO_BUTTON';
  items: { text: string; value: string; selected?: boolean }[];
}): Widget {
  return {
    selectionInput: {
      name: options.name,
      label: options.label,
      type: options.type,
      items: options.items.map((i) => ({ text: i.text, value: i.value, selected: !!i.selected })),
    },
  };
}

/** A date-only picker, preset to a calendar date (sent as midnight UTC of that day). */
export function datePicker(options: { name: string; label: string; date?: string }): Widget {
  return {
    dateTimePicker: {
      name: options.name,
      label: options.label,
      type: 'DATE_ONLY',
      ...(options.date ? { valueMsEpoch: String(Date.parse(`${options.date}T00:00:00Z`)) } : {}),
    },
  };
}

/** A thin rule between widgets. */
export function divider(): Widget {
  return { divider: {} };
}

/** How many widgets a card holds, counting every widget of every section. */
export function widgetCount(built: Card): number {
  return (built.sections ?? []).reduce((sum, s) => sum + (s.widgets?.length ?? 0), 0);
}

/** Escapes text for a textParagraph or decoratedText, which accept basic HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
