// Bundles the server (with the shared domain and the Gmail add-on it imports) into one ES
// module, server/dist/cli/relance.mjs, which bin/relance.js runs with plain Node when it is
// newer than every source. Packages from node_modules stay external and load as they are.
// A bundle must sit two folders below the repository root, as the sources do, so that the
// paths the web routers resolve from import.meta.url (../../../addin-outlook/dist) hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { BuildOptions } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** esbuild's options for a bundle of `entry` (an absolute path) written to `outfile`. */
export function serverBundleOptions(entry: string, outfile: string): BuildOptions {
  const dependencies = (dir: string) =>
    Object.keys(
      (
        JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
          dependencies?: Record<string, string>;
        }
      ).dependencies ?? {},
    );
  const external = ['server', 'shared', 'addon-gmail']
    .flatMap(dependencies)
    .flatMap((name) => [name, `${name}/*`]);
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    logLevel: 'warning',
    legalComments: 'none',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const entry = join(root, 'server/src/cli/cli.ts');
  buildSync(serverBundleOptions(entry, join(root, 'server/dist/cli/relance.mjs')));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`build-server: server/dist/cli/relance.mjs in ${seconds} s\n`);
}
