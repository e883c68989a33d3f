import { currencyExponent } from '@relance/shared';
import type { Language } from '@relance/shared';

/**
 * Parses an amount typed by a person ("1 250,50", "1,250.50", "1250") into minor units of the
 * currency, without going through a float; null when it is not a positive amount.
 */
export function parseAmount(text: string, currency: string): number | null {
  const exponent = currencyExponent(currency);
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return null;

  let whole = match[1] ?? '0';
  let fraction = match[2] ?? '';
  // "1.250" or "1,250" with exactly three digits after one separator reads as thousands.
  if (fraction.length === 3 && exponent !== 3 && !/[.,]/.test(whole)) {
    whole += fraction;
    fraction = '';
  }
  whole = whole.replace(/[.,]/g, '');
  if (fraction.length > exponent) return null;

  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  return Number.isSafeInteger(minor) && minor > 0 ? minor : null;
}

/** Writes minor units as the plain decimal a person edits: 125050 EUR → "1250,50" in French. */
export function amountInputValue(minor: number, currency: string, language: Language): string {
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  if (exponent === 0) return digits;
  const separator = language === 'fr' ? ',' : '.';
  return `${digits.slice(0, -exponent)}${separator}${digits.slice(-exponent)}`;
}
