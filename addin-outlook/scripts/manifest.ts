// Writes manifest.xml for a deployment: `npm run manifest -- --base-url https://collect.example.com`.
// Options: --out <file> (default: manifest.xml at the repository root when the base URL is the
// local one, else addin-outlook/dist/manifest.xml), --id <guid>, --version <a.b.c.d>.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildManifest, normaliseBaseUrl } from '../src/manifest/manifest.ts';

const LOCAL_BASE_URL = 'https://localhost:3000';
const root = resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string', default: LOCAL_BASE_URL },
    out: { type: 'string' },
    id: { type: 'string' },
    version: { type: 'string' },
  },
});

try {
  const baseUrl = normaliseBaseUrl(values['base-url']);
  const defaultOut =
    baseUrl === LOCAL_BASE_URL ? 'manifest.xml' : 'addin-outlook/dist/manifest.xml';
  const out = resolve(root, values.out ?? defaultOut);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, buildManifest({ baseUrl, id: values.id, version: values.version }));
  console.log(`manifest for ${baseUrl} written to ${out}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
