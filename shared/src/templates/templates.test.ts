import { describe, expect, it } from 'vitest';
import { TONES } from '../domain/vocabulary.ts';
import { formatMoney } from '../ar/money.ts';
import { sampleContext, sampleInvoice } from '../client/testing-context.ts';
import { escapeHtml, html } from './escape.ts';
import { renderReminder, renderStatement, toneForSegment } from './templates.ts';

const sender = { name: 'Colette Martin', email: 'colette@relance.test' };

describe('toneForSegment', () => {
  it('writes courteously to a strategic account whatever its computed segment', () => {
    expect(toneForSegment('recurring_late', true)).toBe('courteous');
  });

  it('follows the segment scenario otherwise', () => {
    expect(toneForSegment('recurring_late', false)).toBe('firm');
    expect(toneForSegment('occasional_late', false)).toBe('neutral');
    expect(toneForSegment('good_payer', false)).toBe('courteous');
  });
});

describe('html', () => {
  it('escapes every interpolated value but keeps fragments it built', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${'&'}</p>`.html).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&amp;</p>',
    );
  });

  it('does not let a look-alike object pass as safe HTML', () => {
    const forged = { html: '<script>', extra: 1 };
    expect(html`${forged}`.html).not.toContain('<script>');
  });
});

describe('renderStatement', () => {
  it('lists every open invoice with amount, due date and payment link in both forms', () => {
    const context = sampleContext();
    const message = renderStatement({
      context,
      language: 'fr',
      tone: 'neutral',
      sender,
      companyName: 'Relance SA',
    });

    for (const invoice of context.invoices) {
      expect(message.text).toContain(invoice.number);
      expect(message.html).toContain(escapeHtml(invoice.number));
      expect(message.text).toContain(formatMoney(invoice.openAmount, invoice.currency, 'fr'));
    }
    expect(message.html).toContain('href="https://pay.example.com/i/412"');
    expect(message.text).toContain('https://pay.example.com/i/412');
    expect(message.text).toContain('14/02/2026');
    expect(message.subject).toContain('Acme SARL');
    expect(message.subject).toContain('Relance SA');
  });

  it('totals per currency and says how much of it is overdue', () => {
    const context = sampleContext();
    const message = renderStatement({
      context,
      language: 'en',
      tone: 'neutral',
      sender,
      companyName: 'Relance',
    });

    const total = context.invoices.reduce((sum, invoice) => sum + invoice.openAmount, 0);
    const overdue = context.invoices
      .filter((invoice) => invoice.daysOverdue > 0)
      .reduce((sum, invoice) => sum + invoice.openAmount, 0);
    expect(message.text).toContain(`Total due: ${formatMoney(total, 'EUR', 'en')}`);
    expect(message.text).toContain(`of which overdue ${formatMoney(overdue, 'EUR', 'en')}`);
  });

  it('writes each tone differently in each language', () => {
    const context = sampleContext();
    for (const language of ['fr', 'en'] as const) {
      const texts = TONES.map(
        (tone) => renderStatement({ context, language, tone, sender, companyName: 'R' }).text,
      );
      expect(new Set(texts).size).toBe(TONES.length);
    }
  });

  it('escapes customer and ledger data in the HTML and drops non-web payment links', () => {
    const context = sampleContext({
      invoices: [
        sampleInvoice({
          number: '<img src=x onerror=alert(1)>',
          paymentUrl: 'javascript:alert(1)',
        }),
      ],
    });
    const message = renderStatement({
      context,
      language: 'en',
      tone: 'firm',
      sender: { name: 'Eve <script>', email: 'e@x.test' },
      companyName: 'A & B',
    });

    expect(message.html).not.toContain('<img');
    expect(message.html).not.toContain('<script>');
    expect(message.html).not.toContain('javascript:');
    expect(message.html).toContain('A &amp; B');
    expect(message.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('says the account is clear when nothing is open', () => {
    const context = sampleContext({ invoices: [] });
    const message = renderStatement({
      context,
      language: 'fr',
      tone: 'courteous',
      sender,
      companyName: 'R',
    });
    expect(message.text).toContain('aucune facture ouverte');
    expect(message.html).not.toContain('<table');
  });
});

describe('renderReminder', () => {
  const context = sampleContext();

  it('chases the overdue invoices only, naming them in the subject', () => {
    const message = renderReminder({
      context,
      kind: 'overdue',
      language: 'fr',
      tone: 'firm',
      sender,
      companyName: 'R',
    });
    expect(message.subject).toBe('Relance : facture FA-2026-0412 échue');
    expect(message.text).not.toContain('FA-2026-0455');
  });

  it('sends a pre-due note about invoices not yet due', () => {
    const message = renderReminder({
      context,
      kind: 'pre_due',
      language: 'en',
      tone: 'courteous',
      sender,
      companyName: 'R',
    });
    expect(message.subject).toBe('Invoice FA-2026-0455 falls due soon');
    expect(message.text).not.toContain('FA-2026-0412');
  });

  it('uses the invoices the person chose and writes plurals', () => {
    const message = renderReminder({
      context,
      invoiceIds: ['inv-412', 'inv-455'],
      kind: 'receipt_check',
      language: 'en',
      tone: 'neutral',
      sender,
      companyName: 'R',
    });
    expect(message.subject).toBe('Did you receive our invoices FA-2026-0412, FA-2026-0455?');
  });

  it('follows up a promise with its amount and date', () => {
    const promised = sampleContext({
      invoices: [sampleInvoice({ promised: true })],
      promises: {
        pending: [
          {
            id: 'p1',
            customerId: 'c-acme',
            customerName: 'Acme SARL',
            amount: 1_250_000,
            currency: 'EUR',
            promisedDate: '2026-03-02',
            graceEndsOn: '2026-03-05',
            status: 'pending',
            paidAmount: 0,
            paidShare: 0,
            invoiceNumbers: ['FA-2026-0412'],
            note: null,
            quote: null,
            sourceMessageId: null,
            loggedBy: { id: 'u', name: 'C', email: 'c@x.test' },
            createdAt: '2026-02-25T10:00:00.000Z',
            cancelReason: null,
            followedUpAt: null,
          },
        ],
        lastResolved: null,
      },
    });
    const message = renderReminder({
      context: promised,
      kind: 'promise_follow_up',
      language: 'fr',
      tone: 'neutral',
      sender,
      companyName: 'R',
    });
    expect(message.subject).toContain('02/03/2026');
    expect(message.text).toContain(formatMoney(1_250_000, 'EUR', 'fr'));
    expect(message.text).toContain('FA-2026-0412');
  });
});
