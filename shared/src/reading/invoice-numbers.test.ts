import { describe, expect, it } from 'vitest';
import { findInvoiceNumbers, normalizeInvoiceNumber } from './invoice-numbers.ts';
import { readCustomerEmail } from './read-customer-email.ts';

describe('normalizeInvoiceNumber', () => {
  it('keeps lower-case letters and digits only', () => {
    expect(normalizeInvoiceNumber(' FA-2026/0098 ')).toBe('fa20260098');
  });
});

describe('findInvoiceNumbers', () => {
  const known = ['FA-2026-0098', 'INV-8812', '104522'];

  it('returns known numbers only, as the ledger writes them, in order of appearance', () => {
    expect(findInvoiceNumbers('inv 8812 et FA2026 0098, pas FA-2026-0099', known)).toEqual([
      'INV-8812',
      'FA-2026-0098',
    ]);
  });

  it('accepts a number without its letter prefix after the word invoice', () => {
    expect(findInvoiceNumbers('la facture 2026-0098 est payée', known)).toEqual(['FA-2026-0098']);
    expect(findInvoiceNumbers('le lot 2026-0098 est parti', known)).toEqual([]);
  });

  it('does not read a number out of a date', () => {
    expect(findInvoiceNumbers('livré le 10/45/22', ['104522'])).toEqual([]);
  });
});

describe('pattern safety', () => {
  it.each([
    ['spaced digits', '1 '.repeat(30_000)],
    ['dotted digits', '1.'.repeat(30_000)],
    ['separators', '-/_. '.repeat(12_000)],
    ['attribution starts', 'Le On '.repeat(10_000)],
    ['currency soup', '€1 $2 ,3 EUR '.repeat(5_000)],
    ['cue words', 'facture payer déjà pas '.repeat(3_000)],
    ['negated payments in one run-on clause', 'we have not paid nor will pay '.repeat(2_500)],
    ['reissue without a purchase order', 'reissue the invoice quoting '.repeat(2_500)],
  ])('reads adversarial %s and returns', (_what, text) => {
    const reading = readCustomerEmail({
      subject: text.slice(0, 2000),
      text,
      sentAt: '2026-03-04T10:00:00+01:00',
      timeZone: 'Europe/Paris',
      knownInvoices: [{ number: '104522', openAmount: 1, currency: 'EUR' }],
    });
    expect(reading.invoices).toEqual([]);
  });
});
