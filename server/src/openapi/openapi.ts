import { z } from 'zod';
import { Problem } from '@relance/shared';
import { ROUTES } from './routes.ts';
import type { RouteDoc } from './routes.ts';

type JsonSchema = Record<string, unknown>;

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete out.$schema;
  return out as JsonSchema;
}

function queryParameters(route: RouteDoc) {
  const params: JsonSchema[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (route.query) {
    const schema = jsonSchema(route.query, 'input');
    const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries(props)) {
      params.push({ name, in: 'query', required: required.has(name), schema: prop });
    }
  }
  if (route.csv) {
    params.push({
      name: 'format',
      in: 'query',
      required: false,
      schema: { enum: ['json', 'csv'] },
    });
  }
  if (route.idempotent) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Same key and body replays the first response; another body is a 422.',
      schema: { type: 'string', maxLength: 255 },
    });
  }
  return params;
}

function operation(route: RouteDoc) {
  const success: JsonSchema = { description: 'Success' };
  if (route.response) {
    success.content = { 'application/json': { schema: jsonSchema(route.response, 'output') } };
  }
  return {
    tags: [route.tag],
    summary: route.summary,
    description: `Needs the ${route.role} role or above.`,
    security: [{ bearer: [] }],
    parameters: queryParameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [String(route.status ?? 200)]: success,
      '400': problemResponse('Invalid input; `errors` names every failing field'),
      '401': problemResponse('No valid token'),
      '403': problemResponse('The role may not do this'),
      '404': problemResponse('Not found'),
    },
  };
}

let cached: { publicUrl: string; doc: Record<string, unknown> } | null = null;

/** The OpenAPI 3.1 document of /api/v1, generated from the shared zod schemas. */
export function openApiDocument(publicUrl: string): Record<string, unknown> {
  if (cached?.publicUrl === publicUrl) return cached.doc;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    paths[route.path] ??= {};
    paths[route.path]![route.method] = operation(route);
  }
  const doc = {
    openapi: '3.1.0',
    info: {
      title: 'Relance API',
      version: '1',
      description:
        'Accounts-receivable collections from the inbox. Money is in integer minor units with an ISO 4217 currency; ledger dates are YYYY-MM-DD; instants are UTC.',
    },
    servers: [{ url: `${publicUrl}/api/v1` }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A Relance API token (rl_…)' },
      },
      schemas: { Problem: jsonSchema(Problem, 'output') },
    },
    paths,
  };
  cached = { publicUrl, doc };
  return doc;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A readable, script-free page listing every operation with its schemas. */
export function docsPage(): string {
  const sections = new Map<string, string[]>();
  for (const route of ROUTES) {
    const body = route.body
      ? `<details><summary>Request body</summary><pre>${escapeHtml(JSON.stringify(jsonSchema(route.body, 'input'), null, 2))}</pre></details>`
      : '';
    const response = route.response
      ? `<details><summary>Response</summary><pre>${escapeHtml(JSON.stringify(jsonSchema(route.response, 'output'), null, 2))}</pre></details>`
      : '';
    const flags = [
      route.csv ? 'CSV with ?format=csv' : '',
      route.idempotent ? 'Idempotency-Key' : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const html = `<article><h3><span class="m ${route.method}">${route.method.toUpperCase()}</span> <code>/api/v1${escapeHtml(route.path)}</code></h3><p>${escapeHtml(route.summary)}</p><p class="meta">Role: ${route.role}${flags ? ` · ${escapeHtml(flags)}` : ''}</p>${body}${response}</article>`;
    sections.set(route.tag, [...(sections.get(route.tag) ?? []), html]);
  }
  const content = [...sections]
    .map(([tag, ops]) => `<section><h2>${escapeHtml(tag)}</h2>${ops.join('')}</section>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Relance API</title><style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{margin-bottom:0}article{border:1px solid #ddd;border-radius:6px;padding:.25rem 1rem;margin:.75rem 0}
h3{font-size:1rem;margin:.5rem 0}.m{display:inline-block;min-width:4.5em;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:1px 6px}
.get{background:#0f6cbd}.post{background:#107c10}.patch{background:#8a5a00}.delete{background:#c50f1f}.meta{color:#555;font-size:.9rem}
pre{background:#f6f6f6;padding:.75rem;overflow:auto;font-size:12px}</style></head><body>
<h1>Relance API</h1><p>Base path <code>/api/v1</code>. Authenticate with <code>Authorization: Bearer rl_…</code>. Errors are <code>application/problem+json</code> with a stable <code>code</code>. Machine-readable: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
${content}</body></html>`;
}
