// Statement and reminder emails shared by the Outlook pane and the Gmail add-on: pure text.
export * from './templates.ts';
export { escapeHtml } from './escape.ts';
export { formatCalendarDate } from './format.ts';
export type { ReminderTemplateKind } from './wording.ts';
