import { createContext, useContext } from 'react';
import type { PaneState } from './load.ts';
import type { ApiClient, Language } from '@relance/shared';
import type { Credentials } from '../auth/credentials.ts';
import type { Messages } from '../i18n/messages.ts';
import type { MailHost } from '../office/host.ts';
import type { Outbox } from '../sync/outbox.ts';

/** What every part of the pane is built from; tests pass fakes. */
export interface PaneServices {
  host: MailHost;
  client: ApiClient;
  outbox: Outbox;
  credentials: Credentials;
  storage: Storage;
  language: Language;
  messages: Messages;
  /** IANA time zone the user reads dates in. */
  timeZone: string;
  now: () => Date;
  /**
   * The first item's state, already on its way when the pane renders (main.ts starts it as
   * soon as Office is ready); the first load takes it instead of starting another.
   */
  firstLoad?: {
    /** The first item's state once it is known, so that the first render can show it at once. */
    settled(): PaneState | null;
    take(): Promise<PaneState> | null;
  };
}

/** React context carrying the pane's services. */
export const ServicesContext = createContext<PaneServices | null>(null);

/** The pane's services; only valid under `<ServicesContext.Provider>`. */
export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() needs a ServicesContext.Provider');
  return services;
}
