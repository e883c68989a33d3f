// Scores readCustomerEmail on the mail corpus: precision and recall per field, for the tuning
// part and the held-out part; exits 1 when a target of issue 3 is missed. `--verbose` lists misses.
import { HELD_OUT_CORPUS, TUNING_CORPUS } from '../test/mail-corpus/index.ts';
import type { MailCase } from '../test/mail-corpus/mail-case.ts';
import { missedTargets, percent, scoreCorpus, type FieldName } from '../test/mail-corpus/score.ts';

const FIELDS: FieldName[] = ['invoices', 'amounts', 'promisedDate', 'intent', 'disputeCategory'];
const verbose = process.argv.includes('--verbose');
let failed = false;

for (const [name, corpus] of [
  ['tuning', TUNING_CORPUS],
  ['held-out', HELD_OUT_CORPUS],
] as [string, MailCase[]][]) {
  const { scores, misses } = scoreCorpus(corpus);
  console.log(`\n${name}: ${corpus.length} emails`);
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
  if (missed.length > 0) failed = true;
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
process.exit(failed ? 1 : 0);
