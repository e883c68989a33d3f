import { readCustomerEmail } from '@relance/shared';
import type { ContextResponse, DisputeCategory } from '@relance/shared';
import type { MailItem } from '../office/host.ts';
import type { PromisePrefill } from '../components/PromiseForm.tsx';

/** What the pane takes from the email: the invoices it names and the prefill of each form. */
export interface EmailFindings {
  intent: 'promise' | 'dispute' | 'remittance' | 'other';
  mentioned: Set<string>;
  promise: PromisePrefill;
  dispute: { category: DisputeCategory | null; quote: string | null };
}

/** Reads a received email against the customer's open invoices; compose drafts give nothing. */
export function findingsOf(
  item: MailItem,
  context: ContextResponse,
  timeZone: string,
  now: Date,
): EmailFindings {
  const currency = context.customer?.currency ?? context.invoices[0]?.currency ?? 'EUR';
  const mentioned = new Set<string>();
  if (context.match.status === 'matched' && context.match.step === 'invoice') {
    mentioned.add(context.match.evidence);
  }
  const empty: EmailFindings = {
    intent: 'other',
    mentioned,
    promise: { amount: null, currency, date: null, quote: null },
    dispute: { category: null, quote: null },
  };
  if (item.mode !== 'read') return empty;

  let reading;
  try {
    reading = readCustomerEmail({
      subject: item.subject,
      text: item.text,
      sentAt: item.sentAt ?? now.toISOString(),
      timeZone,
      knownInvoices: context.invoices.map((i) => ({
        number: i.number,
        openAmount: i.openAmount,
        currency: i.currency,
      })),
    });
  } catch {
    // An odd date or time zone only costs the prefill, never the pane.
    return empty;
  }

  for (const found of reading.invoices) mentioned.add(found.number);
  const amount =
    reading.amounts.find((a) => a.currency === null || a.currency === currency) ?? null;
  return {
    intent: reading.intent,
    mentioned,
    promise: {
      amount: amount?.amount ?? null,
      currency: amount?.currency ?? currency,
      date: reading.promisedDate?.date ?? null,
      quote: reading.promisedDate?.evidence ?? amount?.evidence ?? null,
    },
    dispute: {
      category: reading.disputeCategory?.category ?? null,
      quote: reading.disputeCategory?.evidence ?? null,
    },
  };
}
