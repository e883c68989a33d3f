import type { DisputeCategory } from '../../src/domain/model.ts';
import type { EmailIntent, KnownInvoice, ReadCustomerEmailInput } from '../../src/reading/index.ts';

/** What a person reading the email would prefill. */
export interface ExpectedReading {
  invoices: string[];
  amounts: [amount: number, currency: string | null][];
  promisedDate: string | null;
  disputeCategory: DisputeCategory | null;
  intent: EmailIntent;
}

/** One email of the corpus with its expected reading. */
export interface MailCase {
  id: string;
  input: ReadCustomerEmailInput;
  expected: ExpectedReading;
}

/** Open invoices of the customers the corpus writes as. */
export const CUSTOMERS = {
  boulangerie: [
    { number: 'FA-2026-0412', openAmount: 340000, currency: 'EUR' },
    { number: 'FA-2026-0098', openAmount: 125000, currency: 'EUR' },
    { number: 'FA-2026-0511', openAmount: 89050, currency: 'EUR' },
    { number: 'FA-2026-0533', openAmount: 1245000, currency: 'EUR' },
  ],
  transports: [
    { number: '104522', openAmount: 452000, currency: 'EUR' },
    { number: '104588', openAmount: 118000, currency: 'EUR' },
    { number: '104601', openAmount: 76040, currency: 'EUR' },
  ],
  acme: [
    { number: 'INV-8812', openAmount: 1248000, currency: 'USD' },
    { number: 'INV-8830', openAmount: 450000, currency: 'USD' },
    { number: 'INV-8857', openAmount: 325000, currency: 'USD' },
  ],
  thames: [
    { number: 'SI-00417', openAmount: 98000, currency: 'GBP' },
    { number: 'SI-00452', openAmount: 310050, currency: 'GBP' },
  ],
} satisfies Record<string, KnownInvoice[]>;

interface CaseSpec {
  id: string;
  subject: string;
  sentAt: string;
  timeZone?: string;
  known: KnownInvoice[];
  text: string;
  expect: Partial<ExpectedReading> & { intent: EmailIntent };
}

/** Builds a case; the expected reading defaults to nothing found. */
export function mail(spec: CaseSpec): MailCase {
  return {
    id: spec.id,
    input: {
      subject: spec.subject,
      text: spec.text,
      sentAt: spec.sentAt,
      timeZone: spec.timeZone ?? 'Europe/Paris',
      knownInvoices: spec.known,
    },
    expected: {
      invoices: [],
      amounts: [],
      promisedDate: null,
      disputeCategory: null,
      ...spec.expect,
    },
  };
}
