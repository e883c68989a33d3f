import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RejectedWrite } from '../sync/outbox.ts';
import { useServices } from '../pane/services.ts';

const RETRY_MS = 10_000;

/** Shows "waiting to sync" while writes are queued, retries them, and reports refusals. */
export function SyncStatus() {
  const { outbox, client, messages } = useServices();
  const subscribe = useCallback((listener: () => void) => outbox.subscribe(listener), [outbox]);
  const waiting = useSyncExternalStore(subscribe, () => outbox.entries().length);
  const [rejected, setRejected] = useState<RejectedWrite[]>([]);

  useEffect(() => {
    if (waiting === 0) return;
    const flush = () => {
      void outbox.flush(client).then((refused) => {
        if (refused.length > 0) setRejected((r) => [...r, ...refused]);
      });
    };
    const timer = setInterval(flush, RETRY_MS);
    window.addEventListener('online', flush);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', flush);
    };
  }, [waiting, outbox, client]);

  return (
    <>
      {waiting > 0 ? (
        <MessageBar intent="warning" data-testid="sync-status">
          <MessageBarBody>
            <MessageBarTitle>{messages.offlineTitle}</MessageBarTitle>
            {messages.waitingToSync(waiting)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {rejected.map((r, i) => (
        <MessageBar key={i} intent="error">
          <MessageBarBody>{messages.syncFailed(r.label, r.reason)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
