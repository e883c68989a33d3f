import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { ROUTES } from './routes.ts';

const [sqlite] = databasesUnderTest();

describe('the OpenAPI document', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(sqlite!);
  });
  afterAll(async () => server?.close());

  it('is served without a token and lists every documented operation', async () => {
    const res = await server.call(null, 'GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      expect(
        res.body.paths[route.path]?.[route.method],
        `${route.method} ${route.path}`,
      ).toBeDefined();
    }
  });

  it('describes a request body from its zod schema, required fields included', async () => {
    const res = await server.call(null, 'GET', '/api/v1/openapi.json');
    const body = res.body.paths['/promises'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(
      expect.arrayContaining(['customerId', 'amount', 'currency', 'promisedDate']),
    );
    expect(body.additionalProperties).toBe(false);
  });

  it('renders a readable docs page without scripts', async () => {
    const res = await server.call(null, 'GET', '/api/v1/docs');
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('/api/v1/context');
    expect(res.text).not.toContain('<script');
  });
});
