import { useCallback, useEffect, useRef, useState } from 'react';
import { loadPane } from './load.ts';
import type { PaneState } from './load.ts';
import { useServices } from './services.ts';

export type { PaneState } from './load.ts';

/** The pane's state and how to move it: reload, or pin the email to a customer. */
export interface PaneController {
  state: PaneState;
  reload(): void;
  /** Reloads the context in the background, keeping the current view until it arrives. */
  refresh(): void;
  showCustomer(customerId: string): void;
}

/**
 * Reads the selected item and asks the server for its context, on open and on every
 * ItemChanged of a pinned pane; with no item it loads the collector's worklist.
 */
export function usePane(): PaneController {
  const services = useServices();
  const [state, setState] = useState<PaneState>(
    () => services.firstLoad?.settled() ?? { kind: 'loading' },
  );
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
    const early = generation === 0 && !pinnedCustomer ? services.firstLoad?.take() : null;
    // The first state may be on screen already (the first render had it): keep it shown.
    if (!quiet.current && !(early && services.firstLoad?.settled())) setState({ kind: 'loading' });
    quiet.current = false;
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
