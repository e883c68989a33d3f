import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const here = new URL('.', import.meta.url).pathname;

/**
 * Runs a TypeScript script of bench/support in its own process, logging silenced, and resolves
 * with the first line it prints, parsed as JSON (how the generator and the server report back).
 */
export function child<T>(
  script: string,
  args: string[],
): { process: ChildProcess; first: Promise<T> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(here, script), ...args], {
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
