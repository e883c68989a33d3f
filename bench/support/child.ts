import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';
import { serverBundleOptions } from '../../server/scripts/build.ts';

const here = new URL('.', import.meta.url).pathname;
const root = join(here, '../..');

/**
 * Runs a TypeScript script of bench/support in its own process, logging silenced, and resolves
 * with the first line it prints, parsed as JSON (how the generator and the server report back).
 * With `bundled`, the script is first bundled as server/scripts/build.ts bundles the server
 * for production, and runs on plain Node as `npm start` runs the server.
 */
export function child<T>(
  script: string,
  args: string[],
  options: { bundled?: boolean } = {},
): { process: ChildProcess; first: Promise<T> } {
  const argv = options.bundled
    ? [bundle(script), ...args]
    : ['--import', 'tsx', join(here, script), ...args];
  const proc = spawn(process.execPath, argv, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  const first = new Promise<T>((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout! });
    lines.once('line', (line) => resolve(JSON.parse(line) as T));
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { process: proc, first };
}

// Two folders below the repository root, as bench/support is (see server/scripts/build.ts).
function bundle(script: string): string {
  const outfile = join(root, 'bench/.build/support', script.replace(/\.ts$/, '.mjs'));
  buildSync(serverBundleOptions(join(here, script), outfile));
  return outfile;
}
