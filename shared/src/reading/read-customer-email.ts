import type { DisputeCategory } from '../domain/model.ts';
import { findAmounts } from './amounts.ts';
import { formatCivilDate, sentReference } from './calendar.ts';
import {
  findCategoryHits,
  genericDisputeAt,
  strongestCategory,
  type CategoryHit,
} from './dispute-category.ts';
import { cleanText, splitEmailSections } from './email-sections.ts';
import { foldText } from './fold.ts';
import { isOutOfOffice, saysPaymentMade, saysWillPay } from './intent-cues.ts';
import {
  indexKnownNumbers,
  matchInvoiceNumbers,
  type InvoiceNumberMatch,
  type KnownIndex,
} from './invoice-numbers.ts';
import { detectLanguage } from './language.ts';
import { findPromisedDate } from './promised-date.ts';
import { findDateSpans, findProtectedSpans } from './protected-spans.ts';
import { evidenceOf, sentenceAt, splitSentences, type Sentence } from './sentences.ts';

/** An open invoice of the matched customer, as the reader compares against it. */
export interface KnownInvoice {
  number: string;
  openAmount: number;
  currency: string;
}

/** What the reader needs: the email as received and who reads it where. */
export interface ReadCustomerEmailInput {
  subject: string;
  text: string;
  sentAt: string;
  timeZone: string;
  knownInvoices: KnownInvoice[];
}

/** What a customer's email asks for: to pay later, to contest, to say it paid, or something else. */
export type EmailIntent = 'promise' | 'dispute' | 'remittance' | 'other';

/** A prefill for the collector to confirm; each finding keeps the sentence it came from. */
export interface EmailReading {
  invoices: { number: string; evidence: string }[];
  amounts: { amount: number; currency: string | null; evidence: string }[];
  promisedDate: { date: string; evidence: string } | null;
  disputeCategory: { category: DisputeCategory; evidence: string } | null;
  intent: EmailIntent;
}

const MAX_SUBJECT_CHARS = 1000;
const JUST_NOW =
  /\b(?:ce jour|aujourd'hui|ce matin|cet apres-midi|a l'instant|today|this morning|this afternoon|just now)\b/;

/**
 * Reads a customer's email (French or English) into invoices, amounts, a promised date, a dispute
 * category and an intent; throws an Error naming `timeZone` or `sentAt` when either is invalid.
 */
export function readCustomerEmail(input: ReadCustomerEmailInput): EmailReading {
  const reference = sentReference(input.sentAt, input.timeZone);
  const subject = cleanText(stringOr(input.subject))
    .slice(0, MAX_SUBJECT_CHARS)
    .replace(/\n/g, ' ');
  const sections = splitEmailSections(stringOr(input.text));
  const knownNumbers = indexKnownNumbers(
    (Array.isArray(input.knownInvoices) ? input.knownInvoices : []).map((i) => i.number),
  );

  const fresh = sections.fresh;
  const freshSentences = splitSentences(fresh);
  // Folding keeps every index, so the whole new text is folded once and sentences are cut from it.
  const foldedFresh = foldText(fresh);
  const foldedSubject = foldText(subject);
  const freshAmounts = findAmounts(
    fresh,
    dollarOf(Array.isArray(input.knownInvoices) ? input.knownInvoices : []),
  );
  const identifiers = findProtectedSpans(fresh, false);
  const freshInvoices = matchInvoiceNumbers(fresh, knownNumbers, () => [
    ...identifiers,
    ...findDateSpans(fresh),
    ...freshAmounts,
  ]);

  const invoices = readInvoices(
    subject,
    fresh,
    freshSentences,
    freshInvoices,
    sections,
    knownNumbers,
  );
  const amounts = readAmounts(freshAmounts, freshSentences, fresh);

  if (isOutOfOffice(foldedSubject, foldedFresh)) {
    return { invoices, amounts, promisedDate: null, disputeCategory: null, intent: 'other' };
  }

  const masks = [...freshInvoices, ...freshAmounts, ...identifiers];
  const masked = maskSpans(fresh, masks);
  const foldedMasked = maskSpans(foldedFresh, masks);
  const language = detectLanguage(`${subject}\n${fresh}`);
  const dated = findPromisedDate(
    freshSentences.map((s, index) => ({
      text: masked.slice(s.start, s.start + s.text.length),
      folded: foldedMasked.slice(s.start, s.start + s.text.length),
      index,
    })),
    language,
    reference,
  );
  const foldedSentences = freshSentences.map((s) =>
    foldedFresh.slice(s.start, s.start + s.text.length).replace(/\n/g, ' '),
  );
  const paidSentences = foldedSentences.filter(saysPaymentMade);
  const paid = paidSentences.length > 0;
  const paidJustNow = paidSentences.some((s) => JUST_NOW.test(s));
  // In an email that says a payment was made, the sent day itself ("Payment date: 09/18/2026" in
  // a remittance advice) is the day of that payment, not one promised.
  const promisedDate =
    dated === null || (paid && dated.date === formatCivilDate(reference.today))
      ? null
      : { date: dated.date, evidence: evidenceOf(freshSentences[dated.index]?.text ?? '') };
  const willPay = promisedDate !== null || foldedSentences.some(saysWillPay);
  const dispute = readDispute(foldedSubject, foldedFresh, { paid, paidJustNow, willPay });
  const disputeCategory =
    dispute === null
      ? null
      : {
          category: dispute.category,
          evidence:
            dispute.index < 0
              ? evidenceOf(subject)
              : sentenceEvidence(freshSentences, fresh, dispute.index),
        };

  return {
    invoices,
    amounts,
    promisedDate,
    disputeCategory,
    intent: intentOf(dispute, promisedDate !== null, paid, willPay),
  };
}

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);

// A customer billed in one dollar other than the US one writes "$" for that dollar.
function dollarOf(known: ReadCustomerEmailInput['knownInvoices']): string {
  const dollars = new Set(known.map((k) => k?.currency).filter((c) => DOLLARS.has(c)));
  const [only] = dollars;
  return dollars.size === 1 && only !== undefined ? only : 'USD';
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function intentOf(
  dispute: CategoryHit | null,
  dated: boolean,
  paid: boolean,
  willPay: boolean,
): EmailIntent {
  if (dispute !== null) return 'dispute';
  if (dated) return 'promise';
  if (paid) return 'remittance';
  if (willPay) return 'promise';
  return 'other';
}

function readDispute(
  foldedSubject: string,
  foldedFresh: string,
  context: { paid: boolean; paidJustNow: boolean; willPay: boolean },
): CategoryHit | null {
  const hits = [
    ...findCategoryHits(foldedFresh),
    ...findCategoryHits(foldedSubject).map((hit) => ({ ...hit, index: -1 })),
  ];
  // "It was paid on 12 October" beside "please update your records" contests the reminder; a
  // payment made today with the same request is a remittance.
  const contest = hits.find((hit) => hit.category === 'already_paid');
  if (context.paid && !context.paidJustNow && contest !== undefined) {
    hits.push({ ...contest, weight: 2 });
  }
  const generic = genericDisputeAt(foldedFresh) ?? subjectDispute(foldedSubject);
  const strongest = strongestCategory(hits);
  const genericIndex = generic === null ? 0 : generic.index;

  // A lone weak cue (a quote, the word "quality") only counts beside other dispute wording.
  if (strongest !== null && (strongest.weight >= 2 || generic !== null)) return strongest;
  if (generic?.strong === true) return { category: 'other', weight: 1, index: genericIndex };
  if (generic !== null && !context.paid && !context.willPay) {
    return { category: 'other', weight: 1, index: genericIndex };
  }
  return null;
}

// A reply keeps the subject someone else wrote ("Re: Corrected invoice INV-8812"): weak wording
// there is theirs, and only strong wording still says the sender contests something.
const REPLY_PREFIX = /^\s*(?:re|aw|sv|tr|fw|fwd|ref)\s*:/;

function subjectDispute(foldedSubject: string): { strong: boolean; index: number } | null {
  const generic = genericDisputeAt(foldedSubject);
  if (generic === null || generic.strong || !REPLY_PREFIX.test(foldedSubject)) return generic;
  return null;
}

function readInvoices(
  subject: string,
  fresh: string,
  freshSentences: Sentence[],
  freshMatches: InvoiceNumberMatch[],
  sections: { signature: string; quoted: string },
  knownNumbers: KnownIndex,
): EmailReading['invoices'] {
  const found = new Map<string, string>();
  const add = (number: string, evidence: string): void => {
    if (!found.has(number)) found.set(number, evidence);
  };

  for (const match of matchInvoiceNumbers(subject, knownNumbers))
    add(match.number, evidenceOf(subject));
  for (const match of freshMatches)
    add(match.number, sentenceEvidence(freshSentences, fresh, match.start));
  for (const part of [sections.quoted, sections.signature]) {
    const matches = matchInvoiceNumbers(part, knownNumbers);
    if (matches.length === 0) continue;
    const sentences = splitSentences(part);
    for (const match of matches) add(match.number, sentenceEvidence(sentences, part, match.start));
  }
  return [...found].map(([number, evidence]) => ({ number, evidence }));
}

function readAmounts(
  matches: ReturnType<typeof findAmounts>,
  sentences: Sentence[],
  text: string,
): EmailReading['amounts'] {
  const seen = new Set<string>();
  const amounts: EmailReading['amounts'] = [];
  for (const match of matches) {
    const key = `${match.amount} ${match.currency ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    amounts.push({
      amount: match.amount,
      currency: match.currency,
      evidence: sentenceEvidence(sentences, text, match.start),
    });
  }
  return amounts;
}

function sentenceEvidence(sentences: Sentence[], text: string, at: number): string {
  const sentence = sentenceAt(sentences, at);
  if (sentence === undefined) return evidenceOf(text.slice(Math.max(0, at - 150), at + 150));
  return evidenceOf(sentence.text, at - sentence.start, at - sentence.start);
}

// Blanks out invoice numbers, amounts and identifiers so the date parser cannot read them as dates.
function maskSpans(text: string, spans: { start: number; end: number }[]): string {
  const flat = text.replace(/\n/g, ' ');
  if (spans.length === 0) return flat;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let masked = '';
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(at, span.start);
    const end = Math.min(flat.length, span.end);
    if (end <= start) continue;
    masked += flat.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return masked + flat.slice(at);
}
