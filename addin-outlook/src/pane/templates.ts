// The statement and reminder templates, loaded when a collector first writes with one: the
// pane's first paint does not need their wording.
export { renderReminder, renderStatement } from '@relance/shared';
