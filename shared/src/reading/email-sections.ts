/** The most text the reader looks at; an email's new words fit many times in it. */
export const MAX_TEXT_CHARS = 64 * 1024;

/** Parts of a plain-text email body: the sender's new words, their signature, the old thread. */
export interface EmailSections {
  fresh: string;
  signature: string;
  quoted: string;
}

// Each pattern is tested on one line (at most MAX_LINE_CHARS long) and has bounded repeats.
const MAX_LINE_CHARS = 1000;
// Binary noise: matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
const QUOTE_MARK = /^\s{0,3}>/;
const FRENCH_ATTRIBUTION = /^\s*Le\s.{3,300}\sa\s+[ée]crit\s*:\s*$/i;
const ENGLISH_ATTRIBUTION = /^\s*On\s.{3,300}\s?wrote\s*:\s*$/i;
const SEPARATOR =
  /^\s*-{2,}\s*(?:original message|message d'origine|forwarded message|message transf[ée]r[ée]|message d'origine)\s*-{2,}/i;
const FORWARD_LEAD =
  /^\s*(?:d[ée]but du message r[ée]exp[ée]di[ée]|begin forwarded message)\s*:\s*$/i;
const OUTLOOK_RULE = /^\s*_{8,}\s*$/;
const HEADER_FROM = /^\s*\*?(?:de|from)\s?\*?\s?:\s?\S/i;
const HEADER_OTHER = /^\s*\*?(?:envoy[ée]|sent|date|[àa]|to|objet|subject|cc)\s?\*?\s?:/i;

const SIGN_OFF =
  /^\s*(?:--|(?:bien |tr[èe]s |tr[èe]s bien )?cordialement|bien [àa] vous|(?:sinc[èe]res |meilleures |bonnes )?salutations(?: distingu[ée]es)?|bonne (?:journ[ée]e|soir[ée]e|fin de journ[ée]e|semaine)|merci(?: beaucoup| d'avance| par avance| encore)?|(?:best|kind|warm|warmest) regards|regards|best(?: wishes)?|many thanks|thanks(?: again| in advance)?|thank you(?: in advance)?|cheers|sincerely(?: yours)?|yours (?:sincerely|truly)|respectfully)\s*[,.!]*\s*$/i;
const DEVICE_LINE = /^\s*(?:envoy[ée] de mon|sent from my|get outlook for)\b/i;
const CONTACT_LINE =
  /^\s*(?:t[ée]l(?:[ée]phone)?|tel|phone|mob(?:ile)?|portable|fax|ligne directe|direct)\b\.?\s*:?\s*\+?\(?\d/i;
// Registration lines: a label at the start of the line or after a separator ("SAS – Capital de
// 150 000 € – SIRET …", "Ltd | Company No. 08123456"), then the number it labels.
const COMPANY_LINE =
  /^\s*(?:siret|siren|rcs|n° tva|tva intra\w*|vat(?: no| number)?|iban|bic|swift)\b\.?\s*:?\s*[A-Z0-9]/i;
const COMPANY_IN_LINE = new RegExp(
  [
    String.raw`\b(?:au capital de|capital social|share capital)\b`,
    String.raw`(?:^|[|–—•·,]|\s-)\s*(?:siret|siren|rcs(?: [a-z-]{2,30})?|n° tva|tva(?: intra\w*)?|vat(?: reg\w*)?(?: no\.?| number| id)?|company (?:no\.?|number|reg\w*(?: no\.?| number)?)|registered (?:in|office|no\.?|number)|reg\.? no\.?|code ape|ape|naf|ein|tax id|abn)\b\.?\s*:?\s*(?:[a-z]{2}\s?)?\d`,
    String.raw`(?:^|[|–—•·,]|\s-)\s*capital\s*(?:de|of|:)?\s*[€$£]?\s?\d`,
  ].join('|'),
  'i',
);
// A footer line is short; a long line naming a SIREN in passing ("merci de la rééditer au nom de
// …, SIREN 512 884 106") is the sender's prose.
const MAX_FOOTER_LINE_CHARS = 160;

/** Splits a body into new words, signature and quoted history, reading at most MAX_TEXT_CHARS. */
export function splitEmailSections(body: string): EmailSections {
  const lines = cleanText(body).split('\n');
  const quoteAt = findQuoteStart(lines);
  const ownLines = lines.slice(0, quoteAt);
  const signatureAt = findSignatureStart(ownLines);
  return {
    fresh: ownLines.slice(0, signatureAt).join('\n'),
    signature: ownLines.slice(signatureAt).join('\n'),
    quoted: lines.slice(quoteAt).join('\n'),
  };
}

/** Caps the text, unifies line ends and blanks control characters so that noise reads as space. */
export function cleanText(text: string): string {
  return text
    .slice(0, MAX_TEXT_CHARS)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/[\u00a0\u202f\u2007]/g, ' ');
}

function findQuoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    const joined = `${line} ${(lines[i + 1] ?? '').slice(0, MAX_LINE_CHARS)}`;
    if (QUOTE_MARK.test(line) || SEPARATOR.test(line) || FORWARD_LEAD.test(line)) return i;
    if (FRENCH_ATTRIBUTION.test(line) || ENGLISH_ATTRIBUTION.test(line)) return i;
    // Clients wrap a long attribution line over two lines.
    if (
      /^\s*(?:le|on)\s/i.test(line) &&
      (FRENCH_ATTRIBUTION.test(joined) || ENGLISH_ATTRIBUTION.test(joined))
    ) {
      return i;
    }
    if (OUTLOOK_RULE.test(line) || HEADER_FROM.test(line)) {
      const next = lines.slice(i + 1, i + 6).map((l) => l.slice(0, MAX_LINE_CHARS));
      if (next.some((l) => HEADER_OTHER.test(l))) return i;
    }
  }
  return lines.length;
}

function findSignatureStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    if (line.length <= 60 && (SIGN_OFF.test(line) || DEVICE_LINE.test(line))) return i;
    if (CONTACT_LINE.test(line) || COMPANY_LINE.test(line) || isFooterLine(line)) {
      return blockStart(lines, i);
    }
  }
  return lines.length;
}

function isFooterLine(line: string): boolean {
  return line.length <= MAX_FOOTER_LINE_CHARS && COMPANY_IN_LINE.test(line);
}

// A contact line belongs to a block of short lines (name, title, company) just above it.
function blockStart(lines: string[], at: number): number {
  let start = at;
  while (start > 0) {
    const previous = (lines[start - 1] ?? '').trim();
    if (previous === '' || previous.length > 50 || /[.!?:]$/.test(previous)) break;
    start--;
  }
  return start;
}
