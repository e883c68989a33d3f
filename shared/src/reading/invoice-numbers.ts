import { findAmounts } from './amounts.ts';
import { findProtectedSpans, overlapsAny, type Span } from './protected-spans.ts';

/** A known invoice number found in a text, and where. */
export interface InvoiceNumberMatch {
  number: string;
  start: number;
  end: number;
}

/** The key both sides compare: lower-case letters and digits only ("FA-2026/0098" → "fa20260098"). */
export function normalizeInvoiceNumber(n: string): string {
  return n.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The known invoice numbers written in a text, tolerant of case and separators, in order of first appearance. */
export function findInvoiceNumbers(text: string, knownNumbers: string[]): string[] {
  const seen = new Set<string>();
  const numbers: string[] = [];
  for (const match of matchInvoiceNumbers(text, knownNumbers)) {
    if (!seen.has(match.number)) {
      seen.add(match.number);
      numbers.push(match.number);
    }
  }
  return numbers;
}

interface Segment {
  key: string;
  start: number;
  end: number;
  linked: boolean;
}

// A number may be split by one dash, slash, dot, underscore, hash or a single space.
const SEPARATOR = /^ ?[-/_.#]? ?$/;
// A cue that lets a number stand without its letter prefix ("facture 2026-0412").
const INVOICE_CUE =
  /(?:factures?|fact\.?|invoices?|inv\.?|n°|no\.?|num[ée]ro|number|#)\s{0,2}:?\s{0,2}$/i;
const MAX_LOOKAHEAD = 200;

/**
 * Every occurrence of a known invoice number outside phone numbers, IBANs, SIRET/SIREN, POs, dates
 * and amounts. `guards` gives those spans when the caller has them already; they are only looked
 * for once a known number turns up, which in most quoted threads and signatures it never does.
 */
export function matchInvoiceNumbers(
  text: string,
  known: string[] | KnownIndex,
  guards: () => Span[] = () => [...findProtectedSpans(text), ...findAmounts(text)],
): InvoiceNumberMatch[] {
  const byKey = Array.isArray(known) ? indexKnownNumbers(known) : known;
  if (byKey.keys.size === 0 || text === '') return [];

  const segments = segmentsOf(text);
  let guarded: Span[] | undefined;
  const matches: InvoiceNumberMatch[] = [];

  for (let i = 0; i < segments.length; i++) {
    const found = longestKnownRun(segments, i, byKey);
    if (found === null) continue;
    const first = segments[i];
    const last = segments[found.lastIndex];
    if (first === undefined || last === undefined) continue;
    if (
      found.needsCue &&
      !INVOICE_CUE.test(text.slice(Math.max(0, first.start - 20), first.start))
    ) {
      continue;
    }
    guarded ??= guards();
    if (overlapsAny(guarded, first.start, last.end)) continue;
    for (const number of found.numbers) matches.push({ number, start: first.start, end: last.end });
    i = found.lastIndex;
  }
  return matches;
}

/** Known invoice numbers by their keys (see indexKnownNumbers). */
export interface KnownIndex {
  keys: Map<string, string[]>;
  tails: Map<string, string[]>;
  maxLength: number;
}

/**
 * The keys of known invoice numbers, built once for an email whose subject, new text, signature
 * and quoted history are each searched with the same list.
 */
export function indexKnownNumbers(knownNumbers: string[]): KnownIndex {
  const keys = new Map<string, string[]>();
  const tails = new Map<string, string[]>();
  let maxLength = 0;
  for (const number of knownNumbers) {
    const key = normalizeInvoiceNumber(number);
    if (key.length < 3) continue;
    keys.set(key, [...(keys.get(key) ?? []), number]);
    maxLength = Math.max(maxLength, key.length);
    // "FA-2026-0412" may be written "2026-0412" after the word "facture".
    const tail = /^[a-z]{1,5}(\d[a-z0-9]{5,})$/.exec(key)?.[1];
    if (tail !== undefined) tails.set(tail, [...(tails.get(tail) ?? []), number]);
  }
  for (const [tail, numbers] of tails) {
    if (numbers.length > 1 || keys.has(tail)) tails.delete(tail);
  }
  return { keys, tails, maxLength };
}

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  const run = /[A-Za-z0-9]+/g;
  let previousEnd = -MAX_LOOKAHEAD;
  for (let m = run.exec(text); m !== null; m = run.exec(text)) {
    const between = text.slice(previousEnd, m.index);
    segments.push({
      key: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
      linked: previousEnd >= 0 && between.length <= 3 && SEPARATOR.test(between),
    });
    previousEnd = m.index + m[0].length;
  }
  return segments;
}

function longestKnownRun(
  segments: Segment[],
  from: number,
  known: KnownIndex,
): { lastIndex: number; numbers: string[]; needsCue: boolean } | null {
  let key = '';
  let best: { lastIndex: number; numbers: string[]; needsCue: boolean } | null = null;
  for (let j = from; j < segments.length; j++) {
    const segment = segments[j];
    if (segment === undefined || (j > from && !segment.linked)) break;
    key += segment.key;
    if (key.length > known.maxLength) break;
    const numbers = known.keys.get(key);
    if (numbers !== undefined) best = { lastIndex: j, numbers, needsCue: false };
    const byTail = known.tails.get(key);
    if (byTail !== undefined && best?.lastIndex !== j) {
      best = { lastIndex: j, numbers: byTail, needsCue: true };
    }
  }
  return best;
}
