import {
  ApiClientError,
  LoginRequest,
  SessionView,
  createApiClient,
  responseChecks,
} from '@relance/shared';
import type { ApiClient } from '@relance/shared';

/** What the dashboard calls: the session routes and the API, with the CSRF header on writes. */
export interface DashboardApi {
  /** The current session, or null when not signed in. */
  session(): Promise<SessionView | null>;
  signIn(email: string, password: string): Promise<SessionView>;
  signOut(): Promise<void>;
  /** The typed /api/v1 client; every call sends the session cookie and the CSRF token. */
  client: ApiClient;
  /** The URL that downloads a list as CSV (the browser sends the cookie). */
  csvUrl(path: string, query?: Record<string, string | number | undefined>): string;
  /** Called when the server says the session is gone (expired or signed out elsewhere). */
  onSessionLost(listener: () => void): void;
}

/** Builds the dashboard's API access over a fetch function, relative to the page's origin. */
export function createDashboardApi(fetchFn: typeof fetch, origin: string): DashboardApi {
  let csrfToken = '';
  const lost: (() => void)[] = [];
  const raw = createApiClient({
    baseUrl: origin,
    fetch: fetchFn,
    credentials: 'same-origin',
    headers: (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {}),
    checks: responseChecks,
  });
  // A 401 from the API means the session ended; the app goes back to the sign-in page.
  const client: ApiClient = {
    ...raw,
    request: async (method, path, options) => {
      try {
        return await raw.request(method, path, options);
      } catch (err) {
        if (err instanceof ApiClientError && err.status === 401) for (const l of lost) l();
        throw err;
      }
    },
  };

  async function authCall(method: string, path: string, body?: unknown): Promise<Response> {
    return fetchFn(`${origin}${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  }

  async function problem(res: Response): Promise<ApiClientError> {
    let detail = res.statusText;
    let code = 'http_error';
    try {
      const body = (await res.json()) as { detail?: string; code?: string };
      detail = body.detail ?? detail;
      code = body.code ?? code;
    } catch {
      // not a problem body
    }
    return new ApiClientError({ message: detail, status: res.status, code });
  }

  return {
    client,
    async session() {
      const res = await authCall('GET', '/auth/session');
      if (res.status === 401) return null;
      if (!res.ok) throw await problem(res);
      const view = SessionView.parse(await res.json());
      csrfToken = view.csrfToken;
      return view;
    },
    async signIn(email, password) {
      const res = await authCall('POST', '/auth/login', LoginRequest.parse({ email, password }));
      if (!res.ok) throw await problem(res);
      const view = SessionView.parse(await res.json());
      csrfToken = view.csrfToken;
      return view;
    },
    async signOut() {
      await authCall('POST', '/auth/logout');
      csrfToken = '';
    },
    csvUrl(path, query = {}) {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) {
        if (v !== undefined && v !== '') params.set(k, String(v));
      }
      params.set('format', 'csv');
      return `${origin}/api/v1${path}?${params.toString()}`;
    },
    onSessionLost(listener) {
      lost.push(listener);
    },
  };
}
