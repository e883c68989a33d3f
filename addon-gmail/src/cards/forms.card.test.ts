import { describe, expect, it } from 'vitest';
import { parseAmount } from './forms.card.ts';

describe('parseAmount', () => {
  it('reads French and English writing of the same amount', () => {
    for (const text of ['1 250,50', '1\u202f250,50', '1,250.50', '1250.5', '1.250,50 €']) {
      expect(parseAmount(text, 'EUR')).toBe(125_050);
    }
  });

  it('takes three digits after one separator as thousands, unless the currency has three decimals', () => {
    expect(parseAmount('1,250', 'EUR')).toBe(125_000);
    expect(parseAmount('1,250', 'KWD')).toBe(1_250);
    expect(parseAmount('1 234,567', 'KWD')).toBe(1_234_567);
  });

  it('refuses what is not an amount, or has more decimals than the currency', () => {
    expect(parseAmount('douze', 'EUR')).toBeNull();
    expect(parseAmount('', 'EUR')).toBeNull();
    expect(parseAmount('12.5', 'JPY')).toBeNull();
  });
});
