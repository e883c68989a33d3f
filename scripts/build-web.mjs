// Builds the browser bundles (Outlook pane, dashboard) with webpack in production mode.
// Each package owns its webpack.config.mjs; a package without one is skipped.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = ['addin-outlook', 'dashboard'];
for (const name of packages) {
  const dir = join(root, name);
  const config = join(dir, 'webpack.config.mjs');
  if (!existsSync(config)) continue;
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--config', config],
    { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  if (run.status !== 0) {
    process.stdout.write(run.stdout ?? '');
    console.error(`build-web: ${name} failed`);
    process.exit(1);
  }
  console.log(`build-web: ${name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
