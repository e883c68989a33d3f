import { describe, expect, it } from 'vitest';
import { ApiClientError, createApiClient } from './api-client.ts';
import { responseChecks } from './response-checks.ts';
import { sampleContext } from './testing-context.ts';

interface Seen {
  url: string;
  init: RequestInit;
}

function fakeFetch(answer: (seen: Seen) => Response | Promise<Response>) {
  const calls: Seen[] = [];
  const fn = (async (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
    const seen = { url: String(input), init };
    calls.push(seen);
    return answer(seen);
  }) as typeof fetch;
  return { fn, calls };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('createApiClient', () => {
  it('posts the context request under /api/v1 with the injected headers', async () => {
    const context = sampleContext();
    const fetch = fakeFetch(() => json(context));
    const client = createApiClient({
      baseUrl: 'https://collect.example.com/',
      fetch: fetch.fn,
      headers: async () => ({ authorization: 'Bearer rl_abc' }),
    });

    const answer = await client.context({ from: 'compta@acme.fr', subject: 'FA-2026-0412' });

    expect(answer.customer?.name).toBe(context.customer?.name);
    const [call] = fetch.calls;
    expect(call?.url).toBe('https://collect.example.com/api/v1/context');
    expect(call?.init.method).toBe('POST');
    const headers = call?.init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer rl_abc');
    expect(headers['content-type']).toBe('application/json');
    expect(JSON.parse(String(call?.init.body))).toEqual({
      from: 'compta@acme.fr',
      subject: 'FA-2026-0412',
    });
  });

  it('sends the Idempotency-Key of a write, and checks the answer when given the schemas', async () => {
    const fetch = fakeFetch(() => json({ message: 'not a promise' }));
    const client = createApiClient({
      baseUrl: 'http://x',
      fetch: fetch.fn,
      headers: () => ({}),
      checks: responseChecks,
    });

    await expect(
      client.createPromise(
        { customerId: 'c', amount: 100, currency: 'EUR', promisedDate: '2026-03-10' },
        'key-123',
      ),
    ).rejects.toMatchObject({ code: 'unexpected_response' });
    const headers = fetch.calls[0]?.init.headers as Record<string, string>;
    expect(headers['idempotency-key']).toBe('key-123');

    // Without the schemas (the Outlook pane) the answer is taken as it comes.
    const trusting = createApiClient({ baseUrl: 'http://x', fetch: fetch.fn, headers: () => ({}) });
    const input = { customerId: 'c', amount: 100, currency: 'EUR', promisedDate: '2026-03-10' };
    expect(await trusting.createPromise(input, 'key-124')).toEqual({ message: 'not a promise' });
  });

  it('turns a problem+json answer into an error with code, fields and request id', async () => {
    const fetch = fakeFetch(() =>
      json(
        {
          type: 'https://relance.dev/problems/invalid_request',
          title: 'Invalid request',
          status: 400,
          code: 'invalid_request',
          detail: 'amount: must be more than zero',
          requestId: 'req-9',
          errors: [{ field: 'amount', message: 'must be more than zero' }],
        },
        400,
        'application/problem+json',
      ),
    );
    const client = createApiClient({ baseUrl: 'http://x', fetch: fetch.fn, headers: () => ({}) });

    const error = await client.worklist().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiClientError);
    const apiError = error as ApiClientError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('invalid_request');
    expect(apiError.message).toBe('amount: must be more than zero');
    expect(apiError.fields).toEqual([{ field: 'amount', message: 'must be more than zero' }]);
    expect(apiError.requestId).toBe('req-9');
    expect(apiError.offline).toBe(false);
    expect(apiError.retriable).toBe(false);
  });

  it('marks a network failure as offline and retriable', async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const client = createApiClient({ baseUrl: 'http://x', fetch: fetch.fn, headers: () => ({}) });

    const error = (await client.me().catch((e: unknown) => e)) as ApiClientError;

    expect(error.offline).toBe(true);
    expect(error.status).toBe(0);
    expect(error.retriable).toBe(true);
  });

  it('reports a non-JSON server error by its status', async () => {
    const fetch = fakeFetch(
      () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const client = createApiClient({ baseUrl: 'http://x', fetch: fetch.fn, headers: () => ({}) });

    const error = (await client.worklist().catch((e: unknown) => e)) as ApiClientError;

    expect(error.code).toBe('server_error');
    expect(error.status).toBe(502);
    expect(error.retriable).toBe(true);
  });

  for (const [name, checks] of [
    ['checked', responseChecks],
    ['unchecked', undefined],
  ] as const) {
    it(`encodes the search query and accepts a paged list or a bare one (${name})`, async () => {
      const acme = { id: 'c1', name: 'Acme & Co', externalRef: 'C1', segment: 'new' };
      const fetch = fakeFetch(({ url }) =>
        json(url.includes('page') ? { items: [acme], nextCursor: null } : [acme]),
      );
      const client = createApiClient({
        baseUrl: 'http://x',
        fetch: fetch.fn,
        headers: () => ({}),
        checks,
      });

      expect(await client.searchCustomers('acme & co page')).toEqual([acme]);
      expect(await client.searchCustomers('acme')).toEqual([acme]);
      expect(fetch.calls[0]?.url).toBe('http://x/api/v1/customers?q=acme+%26+co+page');
    });

    it(`unwraps a contact link that answers the contact with its customer (${name})`, async () => {
      const customer = { id: 'c1', name: 'Acme', externalRef: 'C1', segment: 'new' };
      const fetch = fakeFetch(() => json({ customer, email: 'a@acme.fr' }));
      const client = createApiClient({
        baseUrl: 'http://x',
        fetch: fetch.fn,
        headers: () => ({}),
        checks,
      });
      const linked = await client.linkContact({ customerId: 'c1', email: 'a@acme.fr' }, 'k');
      expect(linked).toEqual(customer);
    });
  }

  it('unwraps an interaction write that says whether it was created', async () => {
    const interaction = sampleContext().interactions[0];
    const fetch = fakeFetch(() => json({ interaction, created: false }));
    const client = createApiClient({ baseUrl: 'http://x', fetch: fetch.fn, headers: () => ({}) });

    const logged = await client.logInteraction(
      {
        customerId: 'c-acme',
        messageId: '<m@x>',
        direction: 'inbound',
        from: 'a@acme.fr',
        sentAt: '2026-03-01T10:00:00Z',
        client: 'outlook',
      },
      'k',
    );

    expect(logged.id).toBe(interaction?.id);
  });
});
