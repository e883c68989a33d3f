// A negation reaches the end of its clause, not the whole sentence: "je ne comprends pas cette
// relance : la facture a été payée" still says the invoice was paid.
const CLAUSE_BREAK =
  /[,;:()]|\s[-–—]\s|\b(?:mais|but|however|cependant|en revanche|toutefois|whereas)\b/g;

/** The clause of a text that holds the stretch [start, end): from the break before to the break after. */
export function clauseAround(text: string, start: number, end: number): string {
  const { from, to } = clauseBounds(clauseBreaks(text), text.length, start, end);
  return text.slice(from, to);
}

/** True when a global pattern matches somewhere in the text in a clause that `negated` does not reject. */
export function matchesInPlainClause(
  pattern: RegExp,
  text: string,
  negated: (clause: string) => boolean,
): boolean {
  // Breaks are found once and each clause is judged once, so a long run-on text stays linear.
  const breaks = clauseBreaks(text);
  const judged = new Map<number, boolean>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const { from, to } = clauseBounds(breaks, text.length, m.index, m.index + m[0].length);
    let isNegated = judged.get(from);
    if (isNegated === undefined) {
      isNegated = negated(text.slice(from, to));
      judged.set(from, isNegated);
    }
    if (!isNegated) return true;
  }
  return false;
}

function clauseBreaks(text: string): { start: number; end: number }[] {
  const breaks: { start: number; end: number }[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) {
    breaks.push({ start: m.index, end: m.index + m[0].length });
  }
  return breaks;
}

function clauseBounds(
  breaks: { start: number; end: number }[],
  length: number,
  start: number,
  end: number,
): { from: number; to: number } {
  // Binary search for the first break that ends after `start`.
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((breaks[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  const from = low > 0 ? (breaks[low - 1]?.end ?? 0) : 0;
  let to = length;
  for (let i = low; i < breaks.length; i++) {
    const candidate = breaks[i];
    if (candidate !== undefined && candidate.start >= end) {
      to = candidate.start;
      break;
    }
  }
  return { from, to };
}

/** A global copy of a pattern, for walking every match. */
export function everyMatchOf(pattern: RegExp): RegExp {
  return new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
}
