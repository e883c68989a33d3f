// Bundles the server (with the shared domain and the Gmail add-on it imports) into one ES
// module, server/dist/cli/relance.mjs, which bin/relance.js runs with plain Node when it is
// newer than every source. Packages from node_modules stay external and load as they are.
// The bundle sits two folders below server/, as the sources do, so that the paths the web
// routers resolve from import.meta.url (../../../addin-outlook/dist and the like) hold.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('..', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
const dependencies = (dir) =>
  Object.keys(JSON.parse(readFileSync(`${root}${dir}/package.json`, 'utf8')).dependencies ?? {});
const external = ['server', 'shared', 'addon-gmail']
  .flatMap(dependencies)
  .flatMap((name) => [name, `${name}/*`]);

const started = Date.now();
await build({
  entryPoints: [`${here}src/cli/cli.ts`],
  outfile: `${here}dist/cli/relance.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
  legalComments: 'none',
});
console.log(
  `build-server: server/dist/cli/relance.mjs in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
