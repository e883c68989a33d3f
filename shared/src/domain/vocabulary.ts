// The words of the domain as plain lists, without zod, so that a client bundling only these
// (the Outlook pane) does not carry the schema library; model.ts builds the enums from them.

/** Roles of a Relance user, from least to most privileged. */
export const ROLES = ['collector', 'manager', 'admin'] as const;

/** Customer segments of domain.md; `strategic` is only ever set by a person. */
export const SEGMENTS = [
  'strategic',
  'new',
  'recurring_late',
  'occasional_late',
  'good_payer',
] as const;

/** The tone a reminder or statement is written in. */
export const TONES = ['courteous', 'neutral', 'firm'] as const;

/** Languages Relance writes in. */
export const LANGUAGES = ['fr', 'en'] as const;

export const INVOICE_STATUSES = ['open', 'paid', 'cancelled'] as const;

/** Aging buckets without overlap: not due (≤ 0 days past due), 1–30, 31–60, 61–90, over 90. */
export const AGING_BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'over_90'] as const;

/** Stored statuses of a payment promise; "partially kept" is `broken` with a paid share. */
export const PROMISE_STATUSES = ['pending', 'kept', 'broken', 'cancelled'] as const;

/** Dispute categories of domain.md. */
export const DISPUTE_CATEGORIES = [
  'price',
  'quantity',
  'quality',
  'not_received',
  'missing_po',
  'duplicate',
  'already_paid',
  'other',
] as const;

export const DISPUTE_STATUSES = ['open', 'in_review', 'resolved', 'cancelled'] as const;

export const DISPUTE_RESOLUTIONS = ['credit_note', 're_invoiced', 'rejected', 'paid'] as const;

/** The mail client an email was logged from. */
export const EMAIL_CLIENTS = ['outlook', 'gmail'] as const;

export const DIRECTIONS = ['inbound', 'outbound'] as const;

/** Steps of the email-to-customer matching chain, in the order they are tried. */
export const MATCH_STEPS = ['thread', 'contact', 'invoice', 'domain', 'manual'] as const;
