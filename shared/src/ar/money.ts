// Money is integer minor units with an ISO 4217 currency; amounts of two currencies are never
// added together, so every total here is per currency.

/** Display locales of Relance. */
export type MoneyLocale = 'fr' | 'en';

/** An amount in integer minor units of one currency (a credit note is negative). */
export interface CurrencyAmount {
  amount: number;
  currency: string;
}

const CURRENCY_PATTERN = /^[A-Z]{3}$/;

// ISO 4217 minor-unit exponents that differ from 2. The table follows ISO rather than Intl's
// CLDR data on purpose: the ERP stores ISO minor units, and CLDR disagrees for a few codes
// (IQD has 3 decimals in ISO 4217 but 0 in CLDR).
const NON_DEFAULT_EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

function assertCurrency(currency: string): void {
  if (!CURRENCY_PATTERN.test(currency)) {
    throw new RangeError(`not an ISO 4217 currency code: ${JSON.stringify(currency)}`);
  }
}

function assertMinorUnits(amount: number, what: string): void {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`${what} must be whole minor units, got ${amount}`);
  }
}

/** Digits after the decimal point of a currency's minor unit per ISO 4217 (EUR 2, JPY 0, KWD 3). */
export function currencyExponent(currency: string): number {
  assertCurrency(currency);
  return NON_DEFAULT_EXPONENTS[currency] ?? 2;
}

// Writes minor units as an exact decimal string so formatting never goes through a float.
function minorToDecimal(minor: number, exponent: number): `${number}` {
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  if (exponent === 0) return `${sign}${digits}` as `${number}`;

  const whole = digits.slice(0, -exponent);
  const fraction = digits.slice(-exponent);
  return `${sign}${whole}.${fraction}` as `${number}`;
}

// Building an Intl.NumberFormat costs far more than formatting with one: a pane or a statement
// formats dozens of amounts in a handful of currencies, so each formatter is built once.
const moneyFormatters = new Map<string, Intl.NumberFormat>();

function moneyFormatter(locale: MoneyLocale, currency: string, exponent: number) {
  const key = `${locale} ${currency}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    });
    moneyFormatters.set(key, formatter);
  }
  return formatter;
}

/** Formats minor units in French or English: 123456 EUR → "1 234,56 €" / "€1,234.56". */
export function formatMoney(minor: number, currency: string, locale: MoneyLocale): string {
  assertMinorUnits(minor, 'amount');
  const exponent = currencyExponent(currency);
  return moneyFormatter(locale, currency, exponent).format(minorToDecimal(minor, exponent));
}

/** Totals amounts per currency, sorted by code; a currency whose items net to zero stays. */
export function sumByCurrency(items: readonly CurrencyAmount[]): CurrencyAmount[] {
  const totals = new Map<string, number>();
  for (const { amount, currency } of items) {
    assertCurrency(currency);
    assertMinorUnits(amount, `amount in ${currency}`);
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
  }

  const result = [...totals].map(([currency, amount]) => ({ currency, amount }));
  for (const { currency, amount } of result) assertMinorUnits(amount, `total in ${currency}`);
  return result.sort((a, b) => compareCurrencyCodes(a.currency, b.currency));
}

/** Orders currency codes alphabetically, the order every per-currency list of Relance uses. */
export function compareCurrencyCodes(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
