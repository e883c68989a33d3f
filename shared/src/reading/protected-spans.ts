/** A stretch of text [start, end) that holds something other than an invoice number. */
export interface Span {
  start: number;
  end: number;
}

// Every pattern has bounded repeats over one character class at a time, so none can backtrack
// catastrophically; the ones that need a label look for it right before the digits.
const IDENTIFIER_PATTERNS: RegExp[] = [
  // French phone numbers: +33 1 42 68 53 00, 01.42.68.53.00, 0033 (0)6 12 34 56 78.
  /(?:\+33\s?(?:\(0\)\s?)?|0033\s?(?:\(0\)\s?)?|(?<![\w./-])0)[1-9](?:[\s.-]?\d\d){4}(?!\d)/g,
  // International and North American numbers: +44 20 7946 0958, (312) 555-0147, 312-555-0147.
  /\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}(?!\d)/g,
  /(?<![\w./-])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/g,
  // A labelled phone or fax, whatever its layout.
  /\b(?:t[ée]l[ée]?(?:phone)?|tel|phone|fax|mob(?:ile)?|portable|ligne directe|direct line|cell)\b\.?\s{0,3}:?\s{0,3}[+(\d][\d\s.()-]{5,22}\d/gi,
  // IBAN, spaced by four or written in one block.
  /\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){3,7}(?: [A-Z0-9]{1,4})?\b/g,
  /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/g,
  /\b(?:iban|bic|swift)\b\s{0,3}:?\s{0,3}[A-Z0-9][A-Z0-9 ]{4,40}[A-Z0-9]/gi,
  // SIRET and SIREN (labelled, RCS, VAT, or in their printed 3-3-3(-5) layout).
  /\b(?:siret|siren|rcs(?: [A-Za-zÀ-ÿ-]{2,30})?(?: [AB])?|n° tva|tva(?: intra\w*)?|vat(?: reg\w*)?(?: no\.?| number| id)?|company (?:no\.?|number|reg\w*(?: no\.?| number)?)|registered (?:no\.?|number)|reg\.? no\.?|ein|tax id|abn)\b\s{0,3}:?\s{0,3}(?:[A-Z]{2}\s?\d{0,2}\s?)?\d[\d -]{7,18}\d/gi,
  /(?<![\w./-])\d{3} \d{3} \d{3}(?: \d{5})?(?![\w/-])/g,
  // Purchase orders: the label and the token after it.
  /\b(?:p\.?o\.?|purchase order|bon de commande|bdc|bc|commande|order|n° de commande|num[ée]ro de commande|order number|po number)\b\s{0,3}(?:n°|no\.?|num[ée]ro|number|nr|#)?\s{0,3}[:#]?\s{0,3}[A-Z0-9][A-Z0-9/-]{1,24}\d[A-Z0-9/-]{0,24}/gi,
];

const DATE_PATTERNS: RegExp[] = [
  // Dates: 10/12, 10/12/2026, 10.12.26, 2026-12-10.
  /(?<![\w./-])\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2}(?:\d\d)?)?(?![\w/-]|\.\d)/g,
  /(?<![\w./-])\d{4}-\d{2}-\d{2}(?![\w/-])/g,
];

/** Spans of phone numbers, IBANs, SIRET/SIREN, purchase orders and (unless told not to) dates. */
export function findProtectedSpans(text: string, withDates = true): Span[] {
  const spans = spansOf(IDENTIFIER_PATTERNS, text);
  return withDates ? [...spans, ...findDateSpans(text)] : spans;
}

/** Spans of numeric dates: 10/12, 10.12.26, 2026-12-10. */
export function findDateSpans(text: string): Span[] {
  return spansOf(DATE_PATTERNS, text);
}

function spansOf(patterns: RegExp[], text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

/** True when [start, end) overlaps one of the spans. */
export function overlapsAny(spans: Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}
