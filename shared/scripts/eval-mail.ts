// Scores readCustomerEmail on the mail corpus: precision and recall per field, for each part
// separately; exits 1 when a target of issue 3 is missed on any part.
// `--verbose` lists the misses; `--only <part>` scores one part.
import {
  BLIND_2_CORPUS,
  BLIND_3_CORPUS,
  BLIND_4_CORPUS,
  BLIND_5_CORPUS,
  BLIND_6_CORPUS,
  TUNING_CORPUS,
} from '../test/mail-corpus/index.ts';
import type { MailCase } from '../test/mail-corpus/mail-case.ts';
import { missedTargets, percent, scoreCorpus, type FieldName } from '../test/mail-corpus/score.ts';

const FIELDS: FieldName[] = ['invoices', 'amounts', 'promisedDate', 'intent', 'disputeCategory'];
// The first two held-out sets are tuning data now; a new blind set joins this list after its one run.
// Each part: the name `--only` takes, the heading printed, the emails.
const PARTS: [string, string, MailCase[]][] = [
  ['tuning', 'tuning', TUNING_CORPUS],
  ['blind-2', 'blind-2 (tuned on since its first run)', BLIND_2_CORPUS],
  ['blind-3', 'blind-3 (tuned on since its first run)', BLIND_3_CORPUS],
  ['blind-4', 'blind-4 (tuned on since its first run)', BLIND_4_CORPUS],
  ['blind-5', 'blind-5 (tuned on since its first run)', BLIND_5_CORPUS],
  ['blind-6', 'blind-6 (first run, unseen)', BLIND_6_CORPUS],
];

const verbose = process.argv.includes('--verbose');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && !PARTS.some(([name]) => name === only)) {
  console.error(`--only takes one of: ${PARTS.map(([name]) => name).join(', ')}`);
  process.exit(2);
}

const failedParts: string[] = [];
for (const [name, heading, corpus] of PARTS) {
  if (only !== undefined && name !== only) continue;
  const { scores, misses } = scoreCorpus(corpus);
  console.log(`\n${heading}: ${corpus.length} emails`);
  console.log(
    `${'field'.padEnd(16)}${'precision'.padStart(11)}${'recall'.padStart(11)}${'exact'.padStart(11)}`,
  );
  for (const field of FIELDS) {
    const s = scores[field];
    console.log(
      `${field.padEnd(16)}${percent(s.precision).padStart(11)}${percent(s.recall).padStart(11)}${percent(s.exact).padStart(11)}`,
    );
  }
  const missed = missedTargets(scores);
  for (const line of missed) console.log(`  target missed: ${line}`);
  if (missed.length > 0) failedParts.push(name);
  if (verbose) {
    for (const miss of misses) {
      console.log(`  ${miss.id}: ${miss.fields.join(', ')}`);
      for (const field of miss.fields) {
        const key = field as FieldName;
        console.log(
          `    expected ${JSON.stringify(miss.expected[key])} got ${JSON.stringify(miss.actual[key])}`,
        );
      }
    }
  }
}
console.log('\nintent "precision/recall" are means over the four intents; "exact" is accuracy.');
if (failedParts.length > 0) console.log(`targets missed on: ${failedParts.join(', ')}`);
process.exit(failedParts.length > 0 ? 1 : 0);
