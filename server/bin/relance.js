#!/usr/bin/env node
// The `relance` command. It runs the bundle that `npm run build:server` writes (plain Node:
// faster, and lighter by a module loader) when that bundle is newer than every source it
// was built from; otherwise it runs the TypeScript sources through tsx, so that a clone or an
// edit never needs a build step first.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(root, 'server/dist/cli/relance.mjs');
const sources = ['server/src', 'shared/src', 'addon-gmail/src'];

/** The newest modification time of the files under a folder, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function bundleIsFresh() {
  if (process.env.RELANCE_FROM_SOURCES === '1' || !existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return sources.every((dir) => !existsSync(join(root, dir)) || newest(join(root, dir)) <= built);
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
