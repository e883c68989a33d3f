// Speed of readCustomerEmail on the corpus emails, against a floor measured in the same run: one
// plain regex scan over the same text (what any reader pays just to look at every character).
import { readCustomerEmail } from '../shared/src/reading/index.ts';
import { TUNING_CORPUS } from '../shared/test/mail-corpus/index.ts';

const WARMUP_ROUNDS = 20;
const ROUNDS = 200;
const cases = TUNING_CORPUS.map((c) => c.input);
const floorPattern = /[A-Za-z0-9]+/g;

function floorScan(text: string): number {
  let count = 0;
  floorPattern.lastIndex = 0;
  while (floorPattern.exec(text) !== null) count++;
  return count;
}

function measure(run: (index: number) => unknown): number[] {
  const samples: number[] = [];
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    for (let i = 0; i < cases.length; i++) {
      const start = process.hrtime.bigint();
      run(i);
      const elapsed = Number(process.hrtime.bigint() - start) / 1000;
      if (round >= WARMUP_ROUNDS) samples.push(elapsed);
    }
  }
  return samples.sort((a, b) => a - b);
}

function stats(samples: number[]): { mean: number; p50: number; p99: number } {
  const at = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, p50: at(0.5), p99: at(0.99) };
}

const reader = stats(measure((i) => readCustomerEmail(cases[i]!)));
const floor = stats(measure((i) => floorScan(`${cases[i]!.subject}\n${cases[i]!.text}`)));
const chars = cases.reduce((sum, c) => sum + c.text.length + c.subject.length, 0) / cases.length;

console.log(
  `readCustomerEmail over ${cases.length} corpus emails (mean ${chars.toFixed(0)} chars), ${ROUNDS} rounds`,
);
console.log(
  `${'run'.padEnd(22)}${'mean µs'.padStart(10)}${'p50 µs'.padStart(10)}${'p99 µs'.padStart(10)}`,
);
for (const [name, s] of [
  ['readCustomerEmail', reader],
  ['floor: regex scan', floor],
] as const) {
  console.log(
    `${name.padEnd(22)}${s.mean.toFixed(1).padStart(10)}${s.p50.toFixed(1).padStart(10)}${s.p99.toFixed(1).padStart(10)}`,
  );
}
console.log(
  `ratio to floor: mean ×${(reader.mean / floor.mean).toFixed(0)}, p99 ×${(reader.p99 / floor.p99).toFixed(0)}`,
);
console.log(
  `budget 2000 µs per typical email: mean uses ${((reader.mean / 2000) * 100).toFixed(1)} %, p99 ${((reader.p99 / 2000) * 100).toFixed(1)} %`,
);
