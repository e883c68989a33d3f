// Child process of the backend benchmark: generates the ledger into the target database and
// prints what it made as one JSON line, then exits (so its memory never counts for the server).
import { issueApiToken } from '../../server/src/auth/tokens.ts';
import { generateLedger } from '../../server/src/demo/generate-ledger.ts';
import { openDeps } from './open-deps.ts';
import type { BenchTarget } from './open-deps.ts';

const target = JSON.parse(process.argv[2] ?? '{}') as BenchTarget;
const scale = Number(process.argv[3] ?? '1');
const deps = await openDeps(target, 4, true);
const ledger = await generateLedger(deps, {
  customers: Math.round(100_000 * scale),
  invoices: Math.round(1_000_000 * scale),
  interactions: Math.round(500_000 * scale),
  seed: 'relance-bench',
});
const now = new Date();
const collector = await issueApiToken(
  deps.storage.db,
  ledger.users.collectors[0] ?? '',
  'bench',
  now,
);
const manager = await issueApiToken(deps.storage.db, ledger.users.manager, 'bench', now);
await deps.storage.close();
console.log(
  JSON.stringify({ ...ledger, tokens: { collector: collector.token, manager: manager.token } }),
);
