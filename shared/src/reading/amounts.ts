/** An amount written in a text, in integer minor units, with where it was written. */
export interface AmountMatch {
  amount: number;
  currency: string | null;
  start: number;
  end: number;
}

// Thousands by space, dot, comma or apostrophe; decimals by comma or dot. Each repeat consumes a
// separator and exactly three digits, so a failed match cannot fan out.
const NUMBER = String.raw`\d{1,3}(?:[ .,'’]\d{3})+(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?`;
const SYMBOL_BEFORE = String.raw`US\$|CA\$|C\$|AU\$|A\$|NZ\$|€|\$|£|EUR|USD|GBP|CHF|CAD|AUD|NZD|MAD`;
const SYMBOL_AFTER = String.raw`€|\$\s?CAN?\b|\$|£|EUR|USD|GBP|CHF|CAD|AUD|NZD|MAD|DH|dirhams?|euros?|dollars?|livres? sterling|pounds?`;
const AMOUNT = new RegExp(
  String.raw`(?<![\w.,\-/€$£])(?:(${SYMBOL_BEFORE})\s?(${NUMBER})|(${NUMBER})\s?(${SYMBOL_AFTER}))(?![\w])`,
  'gi',
);
// Without a currency, only a number introduced as money and written as money counts.
const BARE_AMOUNT = new RegExp(
  String.raw`\b(?:montant|somme|total|solde|reste|acompte|amount|sum|balance|remaining|payment of|paiement de|virement de|transfer of)\b\s{0,3}(?:de |of |d'un montant de |:)?\s{0,3}(\d{1,3}(?:[ .,]\d{3})*[.,]\d{2}|\d{1,3}(?:[ .,]\d{3})+)(?![\w.,]?\d)(?!\s?(?:%|€|\$|£|eur|usd|gbp|chf|cad|aud|nzd|mad|dh))`,
  'gi',
);

// A company's share capital, printed in signatures, is not money owed: "SAS au capital de 10 000 €".
const SHARE_CAPITAL_BEFORE =
  /\b(?:capital(?: social)?|share capital)\s{0,3}(?:de|of|:)?\s{0,3}(?:[€$£]|eur|usd|gbp)?\s{0,2}$/i;

const CURRENCY_OF: Record<string, string> = {
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  c$: 'CAD',
  ca$: 'CAD',
  $ca: 'CAD',
  au$: 'AUD',
  a$: 'AUD',
  aud: 'AUD',
  nz$: 'NZD',
  nzd: 'NZD',
  mad: 'MAD',
  dh: 'MAD',
  dirham: 'MAD',
  dirhams: 'MAD',
  $can: 'CAD',
  cad: 'CAD',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  'livre sterling': 'GBP',
  'livres sterling': 'GBP',
  chf: 'CHF',
};

const ZERO_DECIMAL_CURRENCIES = new Set(['JPY', 'KRW', 'CLP', 'ISK']);

// A bare "$" or "dollars" names the dollar of the place: US dollars unless told otherwise.
const BARE_DOLLAR = new Set(['$', 'dollar', 'dollars']);

/**
 * Finds amounts in French and English notations (3 400,00 €, 1.234,56 EUR, $12,480.00, USD 4,500).
 * `dollar` is the currency a bare "$" stands for (a Canadian customer's "$" is CAD).
 */
export function findAmounts(text: string, dollar = 'USD'): AmountMatch[] {
  const found: AmountMatch[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const symbol = (m[1] ?? m[4] ?? '').toLowerCase().replace(/\s+/g, '');
    const currency = BARE_DOLLAR.has(symbol) ? dollar : (CURRENCY_OF[symbol] ?? null);
    const amount = toMinorUnits(m[2] ?? m[3] ?? '', currency);
    if (SHARE_CAPITAL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (amount !== null)
      found.push({ amount, currency, start: m.index, end: m.index + m[0].length });
  }
  BARE_AMOUNT.lastIndex = 0;
  for (let m = BARE_AMOUNT.exec(text); m !== null; m = BARE_AMOUNT.exec(text)) {
    const digits = m[1] ?? '';
    const start = m.index + m[0].length - digits.length;
    const amount = toMinorUnits(digits, null);
    const end = start + digits.length;
    if (amount !== null && !found.some((f) => f.start < end && start < f.end)) {
      found.push({ amount, currency: null, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Converts a written number to integer minor units: the last separator before 1–2 digits is the decimal one. */
export function toMinorUnits(written: string, currency: string | null): number | null {
  const compact = written.replace(/[ '’]/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const wholePart = decimal === null ? compact : compact.slice(0, decimal.index);
  const whole = wholePart.replace(/[.,]/g, '');
  if (!/^\d{1,12}$/.test(whole)) return null;
  const fraction = (decimal?.[1] ?? '').padEnd(2, '0');
  const minor = Number(whole) * 100 + Number(fraction);
  const value =
    currency !== null && ZERO_DECIMAL_CURRENCIES.has(currency) ? Math.round(minor / 100) : minor;
  return Number.isSafeInteger(value) ? value : null;
}
