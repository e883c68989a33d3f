import { describe, expect, it } from 'vitest';
import { formatMoney } from '@relance/shared';
import { formatCardMoney } from './ui.ts';

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
