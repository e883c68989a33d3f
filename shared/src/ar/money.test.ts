import { describe, expect, it } from 'vitest';
import { currencyExponent, formatMoney, sumByCurrency } from './money.ts';

// Intl puts narrow and regular no-break spaces in French output; tests compare plain spaces.
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('currencyExponent', () => {
  it('follows ISO 4217 minor units', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KRW')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
  });

  it('keeps ISO 3 decimals for IQD where Intl data says 0', () => {
    expect(currencyExponent('IQD')).toBe(3);
  });

  it('rejects anything that is not a three-letter upper-case code', () => {
    expect(() => currencyExponent('eur')).toThrow(RangeError);
    expect(() => currencyExponent('EURO')).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('writes euros the French and the English way', () => {
    expect(plain(formatMoney(123_456, 'EUR', 'fr'))).toBe('1 234,56 €');
    expect(formatMoney(123_456, 'EUR', 'en')).toBe('€1,234.56');
  });

  it('uses the currency exponent: yen have no decimals, dinars three', () => {
    expect(formatMoney(1234, 'JPY', 'en')).toBe('¥1,234');
    expect(formatMoney(1234, 'KWD', 'en')).toMatch(/1\.234$/);
    expect(plain(formatMoney(5, 'EUR', 'fr'))).toBe('0,05 €');
  });

  it('shows credit notes with a minus sign', () => {
    expect(formatMoney(-1250, 'EUR', 'en')).toBe('-€12.50');
    expect(plain(formatMoney(-1250, 'EUR', 'fr'))).toBe('-12,50 €');
  });

  it('formats zero and the largest safe amount exactly, without float rounding', () => {
    expect(formatMoney(0, 'USD', 'en')).toBe('$0.00');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'EUR', 'en')).toBe('€90,071,992,547,409.91');
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => formatMoney(12.5, 'EUR', 'en')).toThrow(/whole minor units/);
    expect(() => formatMoney(Number.NaN, 'EUR', 'en')).toThrow(RangeError);
  });
});

describe('sumByCurrency', () => {
  it('totals each currency apart and sorts by code', () => {
    const totals = sumByCurrency([
      { amount: 10_000, currency: 'USD' },
      { amount: 2_500, currency: 'EUR' },
      { amount: 500, currency: 'JPY' },
      { amount: 1_500, currency: 'EUR' },
    ]);
    expect(totals).toEqual([
      { currency: 'EUR', amount: 4_000 },
      { currency: 'JPY', amount: 500 },
      { currency: 'USD', amount: 10_000 },
    ]);
  });

  it('nets credit notes against invoices and keeps a currency that nets to zero', () => {
    const totals = sumByCurrency([
      { amount: 3_000, currency: 'EUR' },
      { amount: -3_000, currency: 'EUR' },
      { amount: -700, currency: 'GBP' },
    ]);
    expect(totals).toEqual([
      { currency: 'EUR', amount: 0 },
      { currency: 'GBP', amount: -700 },
    ]);
  });

  it('returns an empty list for no items', () => {
    expect(sumByCurrency([])).toEqual([]);
  });

  it('refuses float amounts and bad codes', () => {
    expect(() => sumByCurrency([{ amount: 0.1, currency: 'EUR' }])).toThrow(RangeError);
    expect(() => sumByCurrency([{ amount: 1, currency: 'euro' }])).toThrow(RangeError);
  });
});
