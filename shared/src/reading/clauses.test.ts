import { describe, expect, it } from 'vitest';
import { clauseAround, everyMatchOf, matchesInPlainClause } from './clauses.ts';

describe('clauseAround', () => {
  it('stops at punctuation and at a contrasting conjunction on both sides', () => {
    const text = 'je ne comprends pas : la facture a ete payee, merci';
    const at = text.indexOf('payee');
    expect(clauseAround(text, at, at + 5)).toBe(' la facture a ete payee');
    const contrast = 'no issue with delivery but the price is wrong';
    expect(clauseAround(contrast, contrast.indexOf('price'), contrast.indexOf('price') + 5)).toBe(
      ' the price is wrong',
    );
  });

  it('returns the whole text when it has no break', () => {
    expect(clauseAround('nous paierons demain', 6, 14)).toBe('nous paierons demain');
  });
});

describe('matchesInPlainClause', () => {
  const paid = everyMatchOf(/\bpaid\b/);
  const negated = (clause: string): boolean => /\bnot\b/.test(clause);

  it('accepts a match whose own clause is not negated', () => {
    expect(matchesInPlainClause(paid, 'not sure why you ask; we paid it', negated)).toBe(true);
  });

  it('rejects a match whose own clause is negated', () => {
    expect(matchesInPlainClause(paid, 'we have not paid it yet', negated)).toBe(false);
  });
});
