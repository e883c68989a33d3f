import type { ZodType } from 'zod';
import type {
  ContactLink,
  ContextRequest,
  ContextResponse,
  CustomerRef,
  DisputeCreate,
  DisputeView,
  InteractionCreate,
  InteractionView,
  MeResponse,
  PaymentPromiseCreate,
  PaymentPromiseView,
  WorklistResponse,
} from '../api/schemas.ts';

/** How an API client reaches the server; the fetch function is injected so this stays pure. */
export interface ApiClientOptions {
  /** Origin of the server, e.g. `https://collect.example.com` (the `/api/v1` prefix is added). */
  baseUrl: string;
  fetch: typeof fetch;
  /** Headers added to every request, typically `Authorization`; may be async (token refresh). */
  headers: () => Promise<Record<string, string>> | Record<string, string>;
  credentials?: RequestInit['credentials'];
  /**
   * Schemas the answers of the typed calls are checked against (`responseChecks` of
   * response-checks.ts). Without them the answers are taken as typed: the Outlook pane, served
   * by the very server it calls, leaves them out and with them the schema library.
   */
  checks?: ResponseChecks;
}

/** A schema for the answer of each typed call. */
export interface ResponseChecks {
  context: ZodType<ContextResponse>;
  promise: ZodType<PaymentPromiseView>;
  dispute: ZodType<DisputeView>;
  interaction: ZodType<InteractionView>;
  contact: ZodType<CustomerRef>;
  customers: ZodType<CustomerRef[]>;
  worklist: ZodType<WorklistResponse>;
  me: ZodType<MeResponse>;
}

/** Options of one request. */
export interface RequestOptions<T> {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  schema?: ZodType<T>;
}

/** One field the server refused, as its problem body names it. */
export interface FieldError {
  field: string;
  message: string;
}

/** A failed API call: the server's problem, or `offline` when the server could not be reached. */
export class ApiClientError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly requestId: string | undefined;
  readonly offline: boolean;

  constructor(init: {
    message: string;
    status: number;
    code: string;
    fields?: FieldError[];
    requestId?: string;
    offline?: boolean;
  }) {
    super(init.message);
    this.name = 'ApiClientError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.requestId = init.requestId;
    this.offline = init.offline ?? false;
  }

  /** True when sending the same request again later may succeed (offline, 5xx, 429). */
  get retriable(): boolean {
    return this.offline || this.status >= 500 || this.status === 429;
  }
}

/** The typed calls the inbox clients make. */
export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions<T>): Promise<T>;
  context(req: ContextRequest): Promise<ContextResponse>;
  createPromise(input: PaymentPromiseCreate, key: string): Promise<PaymentPromiseView>;
  createDispute(input: DisputeCreate, key: string): Promise<DisputeView>;
  logInteraction(input: InteractionCreate, key: string): Promise<InteractionView>;
  linkContact(input: ContactLink, key: string): Promise<CustomerRef>;
  searchCustomers(q: string): Promise<CustomerRef[]>;
  worklist(): Promise<WorklistResponse>;
  me(): Promise<MeResponse>;
}

// Lists may come bare or as a page, writes bare or wrapped: the client hands back the thing
// itself either way (response-checks.ts does the same through its schemas).
const itemsOf = (payload: unknown) =>
  (Array.isArray(payload) ? payload : (payload as { items: CustomerRef[] }).items) as CustomerRef[];
const unwrap = <T>(payload: unknown, field: string): T =>
  (payload !== null && typeof payload === 'object' && field in payload
    ? (payload as Record<string, unknown>)[field]
    : payload) as T;

/** Builds an API client over an injected fetch; every error is an ApiClientError. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const root = `${options.baseUrl.replace(/\/+$/, '')}/api/v1`;

  async function request<T>(method: string, path: string, opts: RequestOptions<T> = {}) {
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(await options.headers()),
    };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;

    let response: Response;
    try {
      response = await options.fetch(root + path + queryString(opts.query), {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        credentials: options.credentials,
      });
    } catch (err) {
      throw new ApiClientError({
        message: `the server could not be reached (${errorText(err)})`,
        status: 0,
        code: 'offline',
        offline: true,
      });
    }

    if (!response.ok) throw await problemError(response);
    const payload: unknown = response.status === 204 ? null : await readJson(response);
    if (!opts.schema) return payload as T;

    const parsed = opts.schema.safeParse(payload);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first ? ` (${first.path.join('.') || 'body'}: ${first.message})` : '';
      throw new ApiClientError({
        message: `the server's answer to ${method} ${path} has an unexpected shape${where}`,
        status: response.status,
        code: 'unexpected_response',
      });
    }
    return parsed.data;
  }

  const checks = options.checks;
  return {
    request,
    context: (req) => request('POST', '/context', { body: req, schema: checks?.context }),
    createPromise: (input, key) =>
      request('POST', '/promises', { body: input, idempotencyKey: key, schema: checks?.promise }),
    createDispute: (input, key) =>
      request('POST', '/disputes', { body: input, idempotencyKey: key, schema: checks?.dispute }),
    logInteraction: async (input, key) => {
      const options = { body: input, idempotencyKey: key };
      if (checks)
        return request('POST', '/interactions', { ...options, schema: checks.interaction });
      return unwrap<InteractionView>(
        await request('POST', '/interactions', options),
        'interaction',
      );
    },
    linkContact: async (input, key) => {
      const options = { body: input, idempotencyKey: key };
      if (checks) return request('POST', '/contacts', { ...options, schema: checks.contact });
      return unwrap<CustomerRef>(await request('POST', '/contacts', options), 'customer');
    },
    searchCustomers: async (q) => {
      if (checks) return request('GET', '/customers', { query: { q }, schema: checks.customers });
      return itemsOf(await request('GET', '/customers', { query: { q } }));
    },
    worklist: () => request('GET', '/worklist', { schema: checks?.worklist }),
    me: () => request('GET', '/me', { schema: checks?.me }),
  };
}

function queryString(query: RequestOptions<unknown>['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiClientError({
      message: 'the server answered something that is not JSON',
      status: response.status,
      code: 'unexpected_response',
    });
  }
}

async function problemError(response: Response): Promise<ApiClientError> {
  let body: unknown = null;
  try {
    body = JSON.parse(await response.text()) as unknown;
  } catch {
    // A proxy's HTML error page: fall back to the status line.
  }
  const problem = problemOf(body);
  if (problem) {
    return new ApiClientError({
      message: problem.detail ?? problem.title,
      status: response.status,
      code: problem.code,
      fields: problem.errors,
      requestId: problem.requestId,
    });
  }
  return new ApiClientError({
    message: `the server answered ${response.status} ${response.statusText}`.trim(),
    status: response.status,
    code: response.status >= 500 ? 'server_error' : 'http_error',
  });
}

/** An RFC 9457 problem body as the server writes it, read field by field; null otherwise. */
function problemOf(body: unknown) {
  if (body === null || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b.code !== 'string' || typeof b.title !== 'string') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const errors = Array.isArray(b.errors)
    ? b.errors.filter(
        (e): e is FieldError =>
          typeof (e as FieldError | null)?.field === 'string' &&
          typeof (e as FieldError).message === 'string',
      )
    : [];
  return {
    code: b.code,
    title: b.title,
    detail: text(b.detail),
    requestId: text(b.requestId),
    errors,
  };
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
