// Dashboard benchmark (issue 6): the review queue's first page and the requests of the figures
// page, served by the real app over a ledger of 1,000,000 invoices and 500,000 interactions,
// against a budget of 300 ms at p95, with the ratio to a trivial indexed SELECT measured in the
// same run. SQLite always (its ledger cached under the temp folder between runs of the same
// day and sources); PostgreSQL too when TEST_DATABASE_URL (or DATABASE_URL) is set. Then the
// dashboard's production JavaScript, gzipped, against 350 kB. BENCH_SCALE=0.1 for a quick run.
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { addDays } from '@relance/shared';
import type { GeneratedLedger } from '../server/src/demo/generate-ledger.ts';
import { child } from './support/child.ts';
import { openDeps } from './support/open-deps.ts';
import type { BenchTarget } from './support/open-deps.ts';
import { quantile, table, timed } from './support/stats.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? '40');
const WARMUP = 3;
const BUDGET_MS = 300;
const BUNDLE_BUDGET_KB = 350;
const root = new URL('..', import.meta.url).pathname;

type Generated = GeneratedLedger & { tokens: { collector: string; manager: string } };
type Row = [
  request: string,
  p50: string,
  p95: string,
  floor: string,
  ratio: string,
  verdict: string,
];

async function generate(target: BenchTarget): Promise<Generated> {
  const started = performance.now();
  const ledger = await child<Generated>('generate.ts', [JSON.stringify(target), String(SCALE)])
    .first;
  console.log(
    `  generated ${ledger.counts.invoices} invoices, ${ledger.counts.interactions} interactions, ` +
      `${ledger.counts.promises} promises, ${ledger.counts.disputes} disputes ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return ledger;
}

/** Everything a generated ledger depends on: a change to any of them makes a new one. */
function ledgerKey(): string {
  const hash = createHash('sha256').update(`${SCALE}|${new Date().toISOString().slice(0, 10)}`);
  const dirs = ['server/src/db/migrations', 'server/src/demo', 'bench/support'];
  for (const dir of dirs) {
    for (const file of readdirSync(join(root, dir)).sort()) {
      hash.update(file).update(readFileSync(join(root, dir, file)));
    }
  }
  hash.update(readFileSync(join(root, 'server/src/db/connect.ts')));
  hash.update(readFileSync(join(root, 'server/src/ledger/ledger-totals.ts')));
  return hash.digest('hex').slice(0, 16);
}

/** The SQLite ledger of this day and these sources, generated once and kept in the temp folder. */
async function cachedSqliteLedger(): Promise<{ target: BenchTarget; ledger: Generated }> {
  const dir = join(tmpdir(), 'relance-dashboard-bench');
  mkdirSync(dir, { recursive: true });
  const key = ledgerKey();
  const file = join(dir, `ledger-${key}.sqlite`);
  const meta = join(dir, `ledger-${key}.json`);
  if (existsSync(file) && existsSync(meta)) {
    console.log(`  reusing the ledger cached in ${file}`);
    return {
      target: { engine: 'sqlite', sqliteFile: file },
      ledger: JSON.parse(readFileSync(meta, 'utf8')) as Generated,
    };
  }
  // Generated under a temporary name: an interrupted run never leaves a half ledger behind.
  const partial = join(dir, `partial-${randomBytes(4).toString('hex')}.sqlite`);
  const ledger = await generate({ engine: 'sqlite', sqliteFile: partial });
  renameSync(partial, file);
  writeFileSync(meta, JSON.stringify(ledger));
  return { target: { engine: 'sqlite', sqliteFile: file }, ledger };
}

async function get(url: string, token: string): Promise<number> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
}

/** p50 and p95 of SAMPLES sequential runs after a warm-up. */
async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await timed(run));
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** The requests the dashboard sends: the review queue's first pages and the figures page's. */
function requests(ledger: Generated): { name: string; paths: string[] }[] {
  const today = ledger.today;
  const collector = ledger.users.collectors[0] ?? '';
  const figures = [
    '/reports/kpis?periodDays=90',
    '/reports/dso-trend?months=12',
    '/reports/aged-balance?top=10',
    `/reports/activity?from=${addDays(today, -89)}&to=${today}`,
  ];
  return [
    { name: 'review queue, first page', paths: ['/review'] },
    { name: 'review queue, promises not reviewed', paths: ['/review?kind=promise&reviewed=false'] },
    { name: 'review queue, one collector', paths: [`/review?collectorId=${collector}`] },
    { name: 'figures: KPIs (90 days)', paths: [figures[0] ?? ''] },
    { name: 'figures: DSO trend (12 months)', paths: [figures[1] ?? ''] },
    { name: 'figures: aged balance', paths: [figures[2] ?? ''] },
    { name: 'figures: activity (90 days)', paths: [figures[3] ?? ''] },
    // The page sends its four requests at once; this is the wait a manager sees.
    { name: 'figures page (4 requests at once)', paths: figures },
  ];
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function benchEngine(target: BenchTarget, ledger: Generated): Promise<Row[]> {
  const server = child<{ port: number }>('serve.ts', [JSON.stringify(target)], { bundled: true });
  const { port } = await server.first;
  const base = `http://127.0.0.1:${port}/api/v1`;
  const direct = await openDeps(target, 2);
  const rows: Row[] = [];
  try {
    // The floor: one indexed lookup by primary key through the same driver, same machine.
    const ids = await direct.storage.db.selectFrom('customers').select('id').limit(100).execute();
    let k = 0;
    const floor = await measure(() =>
      direct.storage.db
        .selectFrom('customers')
        .select(['id', 'name'])
        .where('id', '=', ids[k++ % ids.length]?.id ?? '')
        .executeTakeFirst(),
    );
    rows.push(['floor: SELECT customer by id', ms(floor.p50), ms(floor.p95), '', '1.0×', '']);
    for (const request of requests(ledger)) {
      const run = async () => {
        const statuses = await Promise.all(
          request.paths.map((p) => get(`${base}${p}`, ledger.tokens.manager)),
        );
        const bad = statuses.find((s) => s !== 200);
        if (bad !== undefined) throw new Error(`${request.paths.join(', ')} answered ${bad}`);
      };
      const { p50, p95 } = await measure(run);
      rows.push([
        request.name,
        ms(p50),
        ms(p95),
        ms(floor.p50),
        `${(p50 / floor.p50).toFixed(0)}×`,
        p95 <= BUDGET_MS ? 'PASS' : 'FAIL',
      ]);
    }
  } finally {
    await direct.storage.close();
    server.process.kill('SIGTERM');
  }
  console.log(
    table(['request', 'p50', 'p95', 'floor p50', 'p50 ÷ floor', `p95 ≤ ${BUDGET_MS} ms`], rows),
  );
  return rows;
}

async function withPostgresSchema<T>(url: string, run: (schema: string) => Promise<T>): Promise<T> {
  const schema = `dash_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    return await run(schema);
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

/** The gzipped size of each JavaScript file of the dashboard's production build. */
function bundleRows(): { rows: string[][]; ok: boolean } {
  const dist = join(root, 'dashboard/dist');
  if (!existsSync(dist)) {
    return {
      rows: [['dashboard/dist missing: run `npm run build:web` first', '', '', 'FAIL']],
      ok: false,
    };
  }
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  const sizes = files.map((f) => {
    const bytes = readFileSync(join(dist, f));
    return { f, raw: bytes.length / 1024, gz: gzipSync(bytes).length / 1024 };
  });
  const total = sizes.reduce((sum, s) => sum + s.gz, 0);
  const ok = files.length > 0 && total <= BUNDLE_BUDGET_KB;
  return {
    rows: [
      ...sizes.map((s) => [s.f, `${s.raw.toFixed(0)} kB`, `${s.gz.toFixed(1)} kB`, '']),
      ['total', '', `${total.toFixed(1)} kB`, ok ? 'PASS' : 'FAIL'],
    ],
    ok,
  };
}

const failures = (rows: Row[]) => rows.filter((r) => r[5] === 'FAIL').length;
let failed = 0;

console.log(`\n[sqlite] scale ${SCALE}, ${SAMPLES} samples per request`);
const sqlite = await cachedSqliteLedger();
failed += failures(await benchEngine(sqlite.target, sqlite.ledger));

const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (databaseUrl) {
  console.log(`\n[postgres] scale ${SCALE}, ${SAMPLES} samples per request`);
  failed += await withPostgresSchema(databaseUrl, async (pgSchema) => {
    const target: BenchTarget = { engine: 'postgres', databaseUrl, pgSchema };
    return failures(await benchEngine(target, await generate(target)));
  });
} else {
  console.log('\n[postgres] skipped: neither TEST_DATABASE_URL nor DATABASE_URL is set');
}

console.log(`\n[bundle] dashboard JavaScript, gzip (budget ${BUNDLE_BUDGET_KB} kB)`);
const bundle = bundleRows();
console.log(table(['file', 'raw', 'gzip', 'result'], bundle.rows));
if (!bundle.ok) failed++;

console.log(
  failed === 0
    ? '\ndashboard bench: every budget met'
    : `\ndashboard bench: ${failed} budget(s) missed`,
);
process.exitCode = failed === 0 ? 0 : 1;
