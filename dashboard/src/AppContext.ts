import { createContext } from 'react';
import type { SessionView } from '@relance/shared';
import type { DashboardApi } from './dashboard-api.ts';
import type { Lang, Translate } from './messages.ts';

/** What every view reads: the API, the signed-in session, the language and its translator. */
export interface AppState {
  api: DashboardApi;
  session: SessionView;
  lang: Lang;
  t: Translate;
}

/** The app's shared state; provided by App once signed in. */
export const AppContext = createContext<AppState | null>(null);
