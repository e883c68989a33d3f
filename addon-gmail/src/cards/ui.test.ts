import { describe, expect, it } from 'vitest';
import { formatMoney } from '@relance/shared';
import { parseAmount } from './forms.card.ts';
import { formatAmountInput, formatCardMoney } from './ui.ts';

describe('formatCardMoney', () => {
  const amounts = [0, 1, -1, 7, 99, 100, 123_456, -250_075, 1_000_000_001, 9_007_199_254_740_991];
  const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'KWD', 'CLF'];

  it('writes every amount as shared formatMoney does, in French and English', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const currency of currencies) {
        for (const minor of amounts) {
          expect(formatCardMoney(minor, currency, language)).toBe(
            formatMoney(minor, currency, language),
          );
        }
      }
    }
  });

  it('refuses what formatMoney refuses', () => {
    expect(() => formatCardMoney(1.5, 'EUR', 'fr')).toThrow(RangeError);
    expect(() => formatCardMoney(100, 'euro', 'fr')).toThrow(RangeError);
  });
});

describe('formatAmountInput', () => {
  it('groups digits as the language writes them', () => {
    expect(formatAmountInput(123_456_789, 'EUR', 'fr')).toBe('1\u202f234\u202f567,89');
    expect(formatAmountInput(123_456_789, 'EUR', 'en')).toBe('1,234,567.89');
    expect(formatAmountInput(1_500, 'JPY', 'en')).toBe('1,500');
  });

  it('gives back what the form parses into the same minor units', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const [currency, minor] of [
        ['EUR', 120_100],
        ['EUR', 5],
        ['JPY', 1_234_567],
        ['KWD', 1_234_567],
      ] as const) {
        expect(parseAmount(formatAmountInput(minor, currency, language), currency)).toBe(minor);
      }
    }
  });
});
