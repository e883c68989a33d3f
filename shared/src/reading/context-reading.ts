import type { ContextResponse, EmailReadingView } from '../api/schemas.ts';
import { readCustomerEmail } from './read-customer-email.ts';

/** The part of a context request that says what the email is. */
export interface ReadableEmail {
  mode: 'read' | 'compose';
  subject: string;
  text?: string;
  sentAt?: string;
  timeZone?: string;
}

/**
 * What a context answer says about its email (`reading`): a received email's text read against
 * the customer's open invoices, or null for a draft or a request without text. `fallback`
 * stands in for a sent time or a time zone the request left out.
 */
export function readEmailForContext(
  email: ReadableEmail,
  invoices: ContextResponse['invoices'],
  fallback: { sentAt: string; timeZone: string },
): EmailReadingView | null {
  if (email.mode !== 'read' || email.text === undefined) return null;
  return readCustomerEmail({
    subject: email.subject,
    text: email.text,
    sentAt: email.sentAt ?? fallback.sentAt,
    timeZone: email.timeZone ?? fallback.timeZone,
    knownInvoices: invoices.map((i) => ({
      number: i.number,
      openAmount: i.openAmount,
      currency: i.currency,
    })),
  });
}
