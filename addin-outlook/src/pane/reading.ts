import type { ContextResponse, DisputeCategory } from '@relance/shared';
import type { PromisePrefill } from '../components/PromiseForm.tsx';

/** What the pane takes from the email: the invoices it names and the prefill of each form. */
export interface EmailFindings {
  intent: 'promise' | 'dispute' | 'remittance' | 'other';
  mentioned: Set<string>;
  promise: PromisePrefill;
  dispute: { category: DisputeCategory | null; quote: string | null };
}

/**
 * The prefill of the pane's forms from the server's reading of the email (`context.reading`,
 * null for drafts and unmatched senders) and from the invoice number the match found.
 */
export function findingsOf(context: ContextResponse): EmailFindings {
  const currency = context.customer?.currency ?? context.invoices[0]?.currency ?? 'EUR';
  const mentioned = new Set<string>();
  if (context.match.status === 'matched' && context.match.step === 'invoice') {
    mentioned.add(context.match.evidence);
  }
  const reading = context.reading;
  if (!reading) {
    return {
      intent: 'other',
      mentioned,
      promise: { amount: null, currency, date: null, quote: null },
      dispute: { category: null, quote: null },
    };
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
