import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDeployment } from '../src/deployment.ts';

// npm run gmail:deployment -- --base-url https://collect.example.com
// Writes addon-gmail/deployment.json for `gcloud workspace-add-ons deployments create`.

const { values } = parseArgs({
  options: { 'base-url': { type: 'string' }, out: { type: 'string' } },
});
const baseUrl = values['base-url'];
if (!baseUrl) {
  console.error('usage: npm run gmail:deployment -- --base-url https://collect.example.com');
  process.exit(2);
}
const out = values.out ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'deployment.json');
try {
  writeFileSync(out, `${JSON.stringify(buildDeployment(baseUrl), null, 2)}\n`);
  console.log(`wrote ${out}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
