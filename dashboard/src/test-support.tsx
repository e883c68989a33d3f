import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Role, SessionView } from '@relance/shared';
import { AppContext } from './AppContext.ts';
import { createDashboardApi } from './dashboard-api.ts';
import type { DashboardApi } from './dashboard-api.ts';
import { translator } from './messages.ts';
import type { Lang } from './messages.ts';

// Test support for the dashboard's component tests: a fake server behind fetch, and a render
// inside the app's providers. Not bundled (only tests import it).

// jsdom has no layout: Fluent's MessageBar and the charts only need the observer to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/** A request the fake server received. */
export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

/** A route handler of the fake server: the JSON answer, or [status, body]. */
export type Handler = (req: SeenRequest) => unknown;

/** A fetch that answers from handlers keyed `METHOD /path`, recording every request. */
export function fakeServer(routes: Record<string, Handler>) {
  const seen: SeenRequest[] = [];
  const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    const req: SeenRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      headers,
    };
    seen.push(req);
    const handler = routes[`${method} ${url.pathname}`];
    if (!handler) {
      return new Response(
        JSON.stringify({
          type: 'x',
          title: 'Not found',
          status: 404,
          code: 'not_found',
          detail: `no fake for ${method} ${url.pathname}`,
        }),
        {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
        },
      );
    }
    const out = handler(req);
    const [status, body] =
      Array.isArray(out) && out.length === 2 && typeof out[0] === 'number'
        ? (out as [number, unknown])
        : [200, out];
    return new Response(body === null ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fetch: fetchFn as typeof fetch, seen };
}

/** A session of the given role. */
export function sessionOf(role: Role, lang: Lang = 'en'): SessionView {
  return {
    user: {
      id: `u-${role}`,
      email: `${role}@relance.test`,
      name: role === 'manager' ? 'Manon' : role === 'admin' ? 'Adam' : 'Colette',
      role,
      language: lang,
      createdAt: '2025-01-01T00:00:00.000Z',
      disabled: false,
    },
    settings: {
      autoLogEmails: false,
      storeBody: false,
      ownDomains: [],
      promiseGraceDays: 3,
      promiseThresholdPercent: 100,
    },
    csrfToken: 'csrf-1',
    expiresAt: '2099-01-01T00:00:00.000Z',
  };
}

/** Renders a view inside the providers, signed in with `session`, against `fetchFn`. */
export function renderView(
  ui: ReactElement,
  fetchFn: typeof fetch,
  session: SessionView = sessionOf('manager'),
): { api: DashboardApi } & ReturnType<typeof render> {
  const api = createDashboardApi(fetchFn, 'http://dash.test');
  const lang = session.user.language;
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <AppContext.Provider value={{ api, session, lang, t: translator(lang) }}>
        {ui}
      </AppContext.Provider>
    </FluentProvider>,
  );
  return { api, ...result };
}
