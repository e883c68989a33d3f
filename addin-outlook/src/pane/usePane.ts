import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiClientError } from '@relance/shared';
import type { ContextRequest, ContextResponse, WorklistResponse } from '@relance/shared';
import type { MailItem } from '../office/host.ts';
import { failureText } from './format.ts';
import { mark } from './marks.ts';
import type { EmailFindings } from './reading.ts';
import { useServices } from './services.ts';
import type { PaneServices } from './services.ts';

/** What the pane shows right now. */
export type PaneState =
  | { kind: 'loading' }
  | { kind: 'signed_out' }
  | { kind: 'error'; what: 'office' | 'context' | 'worklist' | 'sign_in'; detail: string }
  | { kind: 'worklist'; worklist: WorklistResponse }
  | { kind: 'context'; item: MailItem; context: ContextResponse; findings: EmailFindings };

/** The pane's state and how to move it: reload, or pin the email to a customer. */
export interface PaneController {
  state: PaneState;
  reload(): void;
  /** Reloads the context in the background, keeping the current view until it arrives. */
  refresh(): void;
  showCustomer(customerId: string): void;
}

/** The context request for an item: the sender in read mode, the recipients in compose mode. */
export function contextRequestFor(
  item: MailItem,
  userEmail: string,
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
    mode: item.mode,
    customerId,
  };
}

/**
 * Reads the selected item and asks the server for its context, on open and on every
 * ItemChanged of a pinned pane; with no item it loads the collector's worklist.
 */
export function usePane(): PaneController {
  const services = useServices();
  const [state, setState] = useState<PaneState>({ kind: 'loading' });
  const [pinnedCustomer, setPinnedCustomer] = useState<string | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const quiet = useRef(false);

  useEffect(() => {
    let unsubscribe: (() => Promise<void>) | null = null;
    let active = true;
    services.host
      .onItemChanged(() => {
        setPinnedCustomer(undefined);
        setGeneration((g) => g + 1);
      })
      .then((off) => {
        if (active) unsubscribe = off;
        else void off();
      })
      .catch(() => {
        // Hosts without ItemChanged (an unpinned pane) simply never fire it.
      });
    return () => {
      active = false;
      if (unsubscribe) void unsubscribe();
    };
  }, [services.host]);

  useEffect(() => {
    const run = ++latest.current;
    if (!quiet.current) setState({ kind: 'loading' });
    quiet.current = false;
    const early = generation === 0 && !pinnedCustomer ? services.firstLoad?.take() : null;
    void (early ?? loadPane(services, pinnedCustomer)).then((next) => {
      // A later email was selected meanwhile: drop this answer.
      if (run === latest.current) setState(next);
    });
  }, [services, pinnedCustomer, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const refresh = useCallback(() => {
    quiet.current = true;
    setGeneration((g) => g + 1);
  }, []);
  const showCustomer = useCallback((customerId: string) => {
    setPinnedCustomer(customerId);
    setGeneration((g) => g + 1);
  }, []);
  return { state, reload, refresh, showCustomer };
}

/** Reads the selected item and builds what the pane shows for it (the context, or the worklist). */
export async function loadPane(
  services: PaneServices,
  customerId: string | undefined,
): Promise<PaneState> {
  if (services.credentials.method() === 'none') return { kind: 'signed_out' };
  // The email reader (and its date parser) is a chunk of its own, fetched beside the item and
  // the context.
  const reader = import('./reading.ts');

  let item: MailItem | null;
  try {
    item = await services.host.readItem();
    mark('item-read');
  } catch (err) {
    return { kind: 'error', what: 'office', detail: failureText(err, services.messages) };
  }

  try {
    if (!item) return { kind: 'worklist', worklist: await services.client.worklist() };
    const request = contextRequestFor(item, services.host.user().email, customerId);
    const context = await services.client.context(request);
    mark('context-received');
    void services.outbox.flush(services.client);
    const findings = (await reader).findingsOf(item, context, services.timeZone, services.now());
    return { kind: 'context', item, context, findings };
  } catch (err) {
    if (err instanceof ApiClientError && (err.status === 401 || err.status === 403)) {
      return { kind: 'error', what: 'sign_in', detail: err.message };
    }
    const what = item ? 'context' : 'worklist';
    return { kind: 'error', what, detail: failureText(err, services.messages) };
  }
}
