import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

// Kills the real server with SIGKILL in the middle of concurrent writes, restarts it, and
// checks that every write it acknowledged is there and the SQLite file is sound.

const bin = new URL('../bin/relance.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'relance-crash-'));
const port = 39_000 + Math.floor(Math.random() * 1000);
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  PORT: String(port),
  LOG_LEVEL: 'silent',
  DATABASE_URL: '',
};

function cli(...args: string[]): string {
  const run = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`relance ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], { env, stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready');
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a server killed during concurrent writes', () => {
  it('keeps every acknowledged write and an intact database', async () => {
    cli('users', 'add', '--email', 'crash@relance.test', '--role', 'admin');
    const token = cli('tokens', 'create', '--email', 'crash@relance.test')
      .trim()
      .split('\n')
      .pop()!;
    let server = await startServer();

    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (worker: number) => {
      for (let n = 0; !stop; n++) {
        const ref = `CRASH-${worker}-${n}`;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/customers/bulk`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              customers: [{ externalRef: ref, name: `Crash ${ref}`, currency: 'EUR' }],
            }),
          });
          if (res.ok) acknowledged.push(ref);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    await new Promise((r) => setTimeout(r, 1500));
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(10);

    server = await startServer();
    try {
      const db = new SqliteDatabase(join(dataDir, 'relance.sqlite'), { readonly: true });
      const integrity = db.pragma('integrity_check', { simple: true });
      const stored = new Set(
        (db.prepare('select external_ref from customers').all() as { external_ref: string }[]).map(
          (r) => r.external_ref,
        ),
      );
      db.close();
      expect(integrity).toBe('ok');
      const missing = acknowledged.filter((ref) => !stored.has(ref));
      expect(missing).toEqual([]);
    } finally {
      server.kill('SIGTERM');
    }
  });
});
