import { readCustomerEmail, type EmailReading } from '../../src/reading/index.ts';
import type { ExpectedReading, MailCase } from './mail-case.ts';

/** Precision and recall of one field over a corpus; `exact` is the share of emails read exactly right. */
export interface FieldScore {
  precision: number;
  recall: number;
  exact: number;
}

/** One email whose reading differs from the expected one, field by field. */
export interface CaseMiss {
  id: string;
  fields: string[];
  expected: ExpectedReading;
  actual: ExpectedReading;
}

export type FieldName = 'invoices' | 'amounts' | 'promisedDate' | 'intent' | 'disputeCategory';

/** The corpus targets of issue 3. */
export const TARGETS: { field: FieldName; measure: keyof FieldScore; atLeast: number }[] = [
  { field: 'invoices', measure: 'precision', atLeast: 0.98 },
  { field: 'invoices', measure: 'recall', atLeast: 0.95 },
  { field: 'amounts', measure: 'precision', atLeast: 0.95 },
  { field: 'amounts', measure: 'recall', atLeast: 0.95 },
  { field: 'promisedDate', measure: 'exact', atLeast: 0.9 },
  { field: 'intent', measure: 'exact', atLeast: 0.9 },
  { field: 'disputeCategory', measure: 'precision', atLeast: 0.9 },
  { field: 'disputeCategory', measure: 'recall', atLeast: 0.9 },
];

interface Counts {
  truePositives: number;
  predicted: number;
  expected: number;
  exactCases: number;
}

/** Reads every email of a corpus and scores each field against the expected readings. */
export function scoreCorpus(cases: MailCase[]): {
  scores: Record<FieldName, FieldScore>;
  misses: CaseMiss[];
} {
  const counts = {
    invoices: emptyCounts(),
    amounts: emptyCounts(),
    promisedDate: emptyCounts(),
    intent: emptyCounts(),
    disputeCategory: emptyCounts(),
  } satisfies Record<FieldName, Counts>;
  const intentClasses = new Map<string, Counts>();
  const misses: CaseMiss[] = [];

  for (const mailCase of cases) {
    const actual = simplify(readCustomerEmail(mailCase.input));
    const expected = mailCase.expected;
    const missed: string[] = [];

    if (!countSets(counts.invoices, actual.invoices, expected.invoices)) missed.push('invoices');
    const amountKey = ([amount, currency]: [number, string | null]): string =>
      `${amount} ${currency}`;
    if (
      !countSets(counts.amounts, actual.amounts.map(amountKey), expected.amounts.map(amountKey))
    ) {
      missed.push('amounts');
    }
    if (!countSingle(counts.promisedDate, actual.promisedDate, expected.promisedDate))
      missed.push('promisedDate');
    if (!countSingle(counts.disputeCategory, actual.disputeCategory, expected.disputeCategory)) {
      missed.push('disputeCategory');
    }
    if (!countSingle(counts.intent, actual.intent, expected.intent)) missed.push('intent');
    for (const intent of new Set([actual.intent, expected.intent])) {
      const perClass = intentClasses.get(intent) ?? emptyCounts();
      countSingle(
        perClass,
        actual.intent === intent ? intent : null,
        expected.intent === intent ? intent : null,
      );
      intentClasses.set(intent, perClass);
    }
    if (missed.length > 0) misses.push({ id: mailCase.id, fields: missed, expected, actual });
  }

  const total = cases.length;
  const intentScores = [...intentClasses.values()].map((c) => toScore(c, total));
  const mean = (values: number[]): number =>
    values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    scores: {
      invoices: toScore(counts.invoices, total),
      amounts: toScore(counts.amounts, total),
      promisedDate: toScore(counts.promisedDate, total),
      intent: {
        precision: mean(intentScores.map((s) => s.precision)),
        recall: mean(intentScores.map((s) => s.recall)),
        exact: counts.intent.exactCases / Math.max(1, total),
      },
      disputeCategory: toScore(counts.disputeCategory, total),
    },
    misses,
  };
}

/** The targets a set of scores misses, as readable lines. */
export function missedTargets(scores: Record<FieldName, FieldScore>): string[] {
  return TARGETS.filter((t) => scores[t.field][t.measure] < t.atLeast).map(
    (t) => `${t.field} ${t.measure} ${percent(scores[t.field][t.measure])} < ${percent(t.atLeast)}`,
  );
}

/** A ratio as a percentage with one decimal. */
export function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)} %`;
}

function simplify(reading: EmailReading): ExpectedReading {
  return {
    invoices: reading.invoices.map((i) => i.number),
    amounts: reading.amounts.map((a) => [a.amount, a.currency]),
    promisedDate: reading.promisedDate?.date ?? null,
    disputeCategory: reading.disputeCategory?.category ?? null,
    intent: reading.intent,
  };
}

function emptyCounts(): Counts {
  return { truePositives: 0, predicted: 0, expected: 0, exactCases: 0 };
}

function countSets(counts: Counts, actual: string[], expected: string[]): boolean {
  const want = new Set(expected);
  const got = new Set(actual);
  const hits = [...got].filter((value) => want.has(value)).length;
  counts.truePositives += hits;
  counts.predicted += got.size;
  counts.expected += want.size;
  const exact = hits === want.size && hits === got.size;
  if (exact) counts.exactCases++;
  return exact;
}

function countSingle(counts: Counts, actual: string | null, expected: string | null): boolean {
  if (actual !== null) counts.predicted++;
  if (expected !== null) counts.expected++;
  if (actual !== null && actual === expected) counts.truePositives++;
  const exact = actual === expected;
  if (exact) counts.exactCases++;
  return exact;
}

function toScore(counts: Counts, total: number): FieldScore {
  return {
    precision: counts.predicted === 0 ? 1 : counts.truePositives / counts.predicted,
    recall: counts.expected === 0 ? 1 : counts.truePositives / counts.expected,
    exact: counts.exactCases / Math.max(1, total),
  };
}
