import { describe, expect, it } from 'vitest';
import { amountInputValue, parseAmount } from './amount.ts';

describe('parseAmount', () => {
  it('reads French and English decimals into cents', () => {
    expect(parseAmount('1 250,50', 'EUR')).toBe(125050);
    expect(parseAmount('1,250.50', 'EUR')).toBe(125050);
    expect(parseAmount('1250', 'EUR')).toBe(125000);
  });

  it('reads three digits after one separator as thousands', () => {
    expect(parseAmount('1.250', 'EUR')).toBe(125000);
  });

  it('respects currencies without minor units', () => {
    expect(parseAmount('1500', 'JPY')).toBe(1500);
    expect(parseAmount('15,5', 'JPY')).toBeNull();
  });

  it('refuses zero, negatives and text', () => {
    expect(parseAmount('0', 'EUR')).toBeNull();
    expect(parseAmount('-5', 'EUR')).toBeNull();
    expect(parseAmount('abc', 'EUR')).toBeNull();
  });

  it('round-trips what it writes', () => {
    for (const language of ['fr', 'en'] as const) {
      expect(parseAmount(amountInputValue(1_250_050, 'EUR', language), 'EUR')).toBe(1_250_050);
    }
  });
});
