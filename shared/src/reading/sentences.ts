/** A sentence of a text and where it starts in that text. */
export interface Sentence {
  text: string;
  start: number;
}

/** The longest evidence kept with a finding. */
export const MAX_EVIDENCE_CHARS = 300;

const LIST_ITEM = /^\s*(?:[-*•–]|\d{1,2}[.)]\s)/;
const LINE_END_STOP = /[.!?:;]\s*$/;
const GREETING =
  /^\s*(?:bonjour|bonsoir|hello|hi|hey|dear|madame|monsieur|mesdames|cher|ch[èe]re|good (?:morning|afternoon|evening))\b[^.!?]{0,40},?\s*$/i;

/** Splits a text into sentences: at blank lines, list items, ends of lines closing a sentence, and `. ` before a capital. */
export function splitSentences(text: string): Sentence[] {
  const lines = text.split('\n');
  const sentences: Sentence[] = [];
  let current = '';
  let currentStart = 0;
  let offset = 0;

  const flush = (): void => {
    pushInlineSentences(current, currentStart, sentences);
    current = '';
  };

  for (const line of lines) {
    const startsBlock = line.trim() === '' || LIST_ITEM.test(line);
    if (startsBlock || current === '' || LINE_END_STOP.test(current) || GREETING.test(current)) {
      flush();
      currentStart = offset;
      current = line;
    } else {
      current += ` ${line}`;
    }
    offset += line.length + 1;
  }
  flush();
  return sentences;
}

// Inside one joined line, a stop followed by a space and a capital or digit ends a sentence. Some
// write without capitals ("… en conges. on vous regle …"): there a single stop after a whole word
// of four letters or more ends one too; an ellipsis before a small letter goes on.
const BOUNDARY = /[.!?]+\s+(?=[A-ZÀ-ÖØ-Ý0-9«"a-zß-öø-ÿ])/g;
const SMALL_LETTER = /^[a-zß-öø-ÿ]$/;
const WHOLE_WORD_STOP = /(?:^|[^\wÀ-ÿ.'’-])[A-Za-zÀ-ÖØ-öø-ÿ]{4,}[.!?]$/;

function pushInlineSentences(line: string, start: number, into: Sentence[]): void {
  const boundary = new RegExp(BOUNDARY);
  let from = 0;
  for (let match = boundary.exec(line); match !== null; match = boundary.exec(line)) {
    const end = match.index + match[0].length;
    const stop = line.slice(Math.max(0, match.index - 12), match.index + 1);
    const lowerNext = SMALL_LETTER.test(line[end] ?? '');
    if (lowerNext && (/^[.!?]{2}/.test(match[0]) || !WHOLE_WORD_STOP.test(stop))) continue;
    if (!endsWithAbbreviation(stop.slice(-7))) {
      pushTrimmed(line.slice(from, end), start + from, into);
      from = end;
    }
  }
  pushTrimmed(line.slice(from), start + from, into);
}

function endsWithAbbreviation(tail: string): boolean {
  return /(?:\b(?:M|Mme|Mr|Mrs|Ms|Dr|St|No|n°|p|cf|ex|env|approx|réf|ref|Inc|Ltd|Co|Corp|corp|fact|resp|etc|vol|min|max|tel|tél)\.|\b[A-Z]\.)$/.test(
    tail,
  );
}

function pushTrimmed(text: string, start: number, into: Sentence[]): void {
  const trimmed = text.trim();
  if (trimmed === '') return;
  into.push({ text: trimmed, start: start + text.indexOf(trimmed) });
}

/** The evidence for a finding: the sentence trimmed to at most MAX_EVIDENCE_CHARS around the match. */
export function evidenceOf(sentence: string, matchStart = 0, matchEnd = 0): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_EVIDENCE_CHARS) return text;
  const centre = Math.min(text.length, Math.max(0, Math.floor((matchStart + matchEnd) / 2)));
  const from = Math.max(
    0,
    Math.min(text.length - MAX_EVIDENCE_CHARS, centre - MAX_EVIDENCE_CHARS / 2),
  );
  return text.slice(from, from + MAX_EVIDENCE_CHARS).trim();
}

/** The sentence of `sentences` that holds the position `at`, if any. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const sentence of sentences) {
    if (sentence.start > at) break;
    found = sentence;
  }
  return found;
}
