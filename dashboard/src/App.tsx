import { useEffect, useMemo, useState } from 'react';
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { SessionView } from '@relance/shared';
import { AppContext } from './AppContext.ts';
import type { AppState } from './AppContext.ts';
import { AdminView } from './AdminView.tsx';
import { CustomerPage } from './CustomerPage.tsx';
import { CustomerSearch } from './CustomerSearch.tsx';
import type { DashboardApi } from './dashboard-api.ts';
import { DisputesBoard } from './DisputesBoard.tsx';
import { FiguresView } from './FiguresView.tsx';
import { Forbidden } from './Forbidden.tsx';
import { translator } from './messages.ts';
import type { Lang } from './messages.ts';
import { PromisesView } from './PromisesView.tsx';
import { ReviewQueue } from './ReviewQueue.tsx';
import { mayOpen } from './routes.ts';
import type { Route } from './routes.ts';
import { Shell } from './Shell.tsx';
import { SignIn } from './SignIn.tsx';
import { useHashRoute } from './useHashRoute.ts';
import { WorklistView } from './WorklistView.tsx';

/** Props of App. */
export interface AppProps {
  api: DashboardApi;
  /** The language before anyone signs in (the browser's). */
  initialLang?: Lang;
}

function pageOf(route: Route) {
  switch (route.page) {
    case 'review':
      return <ReviewQueue />;
    case 'worklist':
      return <WorklistView />;
    case 'customers':
      return <CustomerSearch initialQuery={route.q} />;
    case 'customer':
      return <CustomerPage key={route.id} customerId={route.id} />;
    case 'promises':
      return <PromisesView />;
    case 'disputes':
      return <DisputesBoard />;
    case 'figures':
      return <FiguresView />;
    case 'admin':
      return <AdminView />;
    default:
      return null;
  }
}

/** The dashboard: sign-in, then the pages the user's role may open. */
export function App({ api, initialLang = 'fr' }: AppProps) {
  const [session, setSession] = useState<SessionView | null | 'checking'>('checking');
  const [lang, setLang] = useState<Lang>(initialLang);
  const [notice, setNotice] = useState<string | null>(null);
  const route = useHashRoute();
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    api.onSessionLost(() => {
      setNotice(translator(lang)('sessionExpired'));
      setSession(null);
    });
    api.session().then(
      (s) => {
        if (s) setLang(s.user.language);
        setSession(s);
      },
      () => setSession(null),
    );
    // The listener and the first check run once per API.
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  let body;
  if (session === 'checking') {
    body = <Spinner label={t('loading')} />;
  } else if (session === null) {
    body = (
      <SignIn
        api={api}
        t={t}
        notice={notice}
        onSignedIn={(s) => {
          setNotice(null);
          setLang(s.user.language);
          setSession(s);
        }}
      />
    );
  } else {
    const state: AppState = { api, session, lang, t };
    body = (
      <AppContext.Provider value={state}>
        <Shell
          route={route}
          onLanguage={setLang}
          onSignOut={() => {
            void api.signOut().finally(() => setSession(null));
          }}
        >
          {route.page === 'not_found' ? (
            <h1>{t('notFound')}</h1>
          ) : mayOpen(session.user.role, route) ? (
            pageOf(route)
          ) : (
            <Forbidden />
          )}
        </Shell>
      </AppContext.Provider>
    );
  }
  return <FluentProvider theme={webLightTheme}>{body}</FluentProvider>;
}
