// Loading what the pane shows for the selected item, without React: main.ts starts the first
// load before the pane's interface is even fetched.
import { ApiClientError } from '@relance/shared';
import type { ContextRequest, ContextResponse, WorklistResponse } from '@relance/shared';
import type { MailItem } from '../office/host.ts';
import { failureText } from './format.ts';
import { mark } from './marks.ts';
import { findingsOf } from './reading.ts';
import type { EmailFindings } from './reading.ts';
import type { PaneServices } from './services.ts';

/** What the pane shows right now. */
export type PaneState =
  | { kind: 'loading' }
  | { kind: 'signed_out' }
  | { kind: 'error'; what: 'office' | 'context' | 'worklist' | 'sign_in'; detail: string }
  | { kind: 'worklist'; worklist: WorklistResponse }
  | { kind: 'context'; item: MailItem; context: ContextResponse; findings: EmailFindings };

/**
 * The context request for an item: the sender in read mode, the recipients in compose mode. A
 * received email's text goes with its sent time and the reader's time zone, so that the answer
 * says what it asks (`reading`).
 */
export function contextRequestFor(
  item: MailItem,
  userEmail: string,
  timeZone: string,
  customerId?: string,
): ContextRequest {
  const emails = (list: MailItem['to']) => list.map((a) => a.email);
  return {
    from: item.mode === 'read' ? (item.from?.email ?? userEmail) : userEmail,
    to: emails(item.to),
    cc: emails(item.cc),
    subject: item.subject,
    thread: item.conversationId ?? undefined,
    messageId: item.internetMessageId ?? undefined,
    text: item.mode === 'read' ? item.text.slice(0, 200_000) : undefined,
    sentAt: item.mode === 'read' ? (item.sentAt ?? undefined) : undefined,
    timeZone: item.mode === 'read' ? timeZone : undefined,
    mode: item.mode,
    customerId,
  };
}

/** Reads the selected item and builds what the pane shows for it (the context, or the worklist). */
export async function loadPane(
  services: PaneServices,
  customerId: string | undefined,
  /** Called once the request to the server is out (or nothing will be asked). */
  onAsked: () => void = () => undefined,
): Promise<PaneState> {
  if (services.credentials.method() === 'none') {
    onAsked();
    return { kind: 'signed_out' };
  }

  let item: MailItem | null;
  try {
    item = await services.host.readItem();
    mark('item-read');
  } catch (err) {
    onAsked();
    return { kind: 'error', what: 'office', detail: failureText(err, services.messages) };
  }

  try {
    if (!item) {
      const worklist = services.client.worklist();
      onAsked();
      return { kind: 'worklist', worklist: await worklist };
    }
    const request = contextRequestFor(
      item,
      services.host.user().email,
      services.timeZone,
      customerId,
    );
    const answer = services.client.context(request);
    onAsked();
    const context = await answer;
    mark('context-received');
    void services.outbox.flush(services.client);
    return { kind: 'context', item, context, findings: findingsOf(context) };
  } catch (err) {
    onAsked();
    if (err instanceof ApiClientError && (err.status === 401 || err.status === 403)) {
      return { kind: 'error', what: 'sign_in', detail: err.message };
    }
    const what = item ? 'context' : 'worklist';
    return { kind: 'error', what, detail: failureText(err, services.messages) };
  }
}
