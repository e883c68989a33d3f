import type { ContextResponse, InvoiceView, UserRef } from '../api/schemas.ts';

// A realistic context answer for tests of the clients and templates. Not used in production.

const colette: UserRef = { id: 'u-colette', name: 'Colette Martin', email: 'colette@relance.test' };

/** An open invoice of the sample customer; override any field. */
export function sampleInvoice(overrides: Partial<InvoiceView> = {}): InvoiceView {
  return {
    id: 'inv-412',
    number: 'FA-2026-0412',
    externalRef: 'ERP-412',
    issueDate: '2026-01-15',
    dueDate: '2026-02-14',
    amount: 1_250_000,
    openAmount: 1_250_000,
    currency: 'EUR',
    status: 'open',
    paidDate: null,
    daysOverdue: 20,
    bucket: 'd1_30',
    disputed: false,
    promised: false,
    documentUrl: 'https://erp.example.com/doc/412',
    paymentUrl: 'https://pay.example.com/i/412',
    ...overrides,
  };
}

/** A matched customer with two open invoices, a pending promise and one logged exchange. */
export function sampleContext(overrides: Partial<ContextResponse> = {}): ContextResponse {
  return {
    asOf: '2026-03-06',
    match: {
      status: 'matched',
      step: 'contact',
      evidence: 'compta@acme.fr',
      customer: {
        id: 'c-acme',
        name: 'Acme SARL',
        externalRef: 'C001',
        segment: 'occasional_late',
      },
    },
    customer: {
      id: 'c-acme',
      name: 'Acme SARL',
      externalRef: 'C001',
      segment: 'occasional_late',
      segmentSource: 'computed',
      segmentReason: '1 invoice paid late in the last year',
      strategic: false,
      tone: 'neutral',
      language: 'fr',
      currency: 'EUR',
      paymentTermsDays: 30,
      assignee: colette,
      domains: ['acme.fr'],
      balances: [
        {
          currency: 'EUR',
          outstanding: 1_730_000,
          overdue: 1_250_000,
          disputed: 0,
          buckets: { not_due: 480_000, d1_30: 1_250_000, d31_60: 0, d61_90: 0, over_90: 0 },
        },
      ],
      unappliedCash: [],
      averageDaysLate: 6.5,
    },
    invoices: [
      sampleInvoice(),
      sampleInvoice({
        id: 'inv-455',
        number: 'FA-2026-0455',
        externalRef: 'ERP-455',
        issueDate: '2026-02-20',
        dueDate: '2026-03-22',
        amount: 480_000,
        openAmount: 480_000,
        daysOverdue: 0,
        bucket: 'not_due',
        paymentUrl: null,
      }),
    ],
    disputes: [],
    promises: { pending: [], lastResolved: null },
    interactions: [
      {
        id: 'i-1',
        customerId: 'c-acme',
        customerName: 'Acme SARL',
        messageId: '<older@acme.fr>',
        threadId: null,
        direction: 'outbound',
        from: 'colette@relance.test',
        to: ['compta@acme.fr'],
        cc: [],
        subject: 'Relance FA-2026-0412',
        sentAt: '2026-02-20T09:00:00.000Z',
        client: 'gmail',
        loggedBy: colette,
        loggedAt: '2026-02-20T09:01:00.000Z',
        body: null,
      },
    ],
    loggedEmail: null,
    reading: null,
    settings: {
      autoLogEmails: false,
      storeBody: false,
      ownDomains: ['relance.test'],
      promiseGraceDays: 3,
      promiseThresholdPercent: 95,
    },
    ...overrides,
  };
}
