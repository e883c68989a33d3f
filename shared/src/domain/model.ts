import { z } from 'zod';
import {
  ROLES,
  SEGMENTS,
  TONES,
  LANGUAGES,
  INVOICE_STATUSES,
  AGING_BUCKETS,
  PROMISE_STATUSES,
  DISPUTE_CATEGORIES,
  DISPUTE_STATUSES,
  DISPUTE_RESOLUTIONS,
  EMAIL_CLIENTS,
  DIRECTIONS,
  MATCH_STEPS,
} from './vocabulary.ts';

/** Roles of a Relance user, from least to most privileged. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Customer segments of domain.md; `strategic` is only ever set by a person. */
export const Segment = z.enum(SEGMENTS);
export type Segment = z.infer<typeof Segment>;

/** The tone a reminder or statement is written in. */
export const Tone = z.enum(TONES);
export type Tone = z.infer<typeof Tone>;

/** Languages Relance writes in. */
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const InvoiceStatus = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

/** Aging buckets without overlap: not due (≤ 0 days past due), 1–30, 31–60, 61–90, over 90. */
export const AgingBucket = z.enum(AGING_BUCKETS);
export type AgingBucket = z.infer<typeof AgingBucket>;

/** Stored statuses of a payment promise; "partially kept" is `broken` with a paid share. */
export const PaymentPromiseStatus = z.enum(PROMISE_STATUSES);
export type PaymentPromiseStatus = z.infer<typeof PaymentPromiseStatus>;

/** Dispute categories of domain.md. */
export const DisputeCategory = z.enum(DISPUTE_CATEGORIES);
export type DisputeCategory = z.infer<typeof DisputeCategory>;

export const DisputeStatus = z.enum(DISPUTE_STATUSES);
export type DisputeStatus = z.infer<typeof DisputeStatus>;

export const DisputeResolution = z.enum(DISPUTE_RESOLUTIONS);
export type DisputeResolution = z.infer<typeof DisputeResolution>;

/** The mail client an email was logged from. */
export const EmailClient = z.enum(EMAIL_CLIENTS);
export type EmailClient = z.infer<typeof EmailClient>;

export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

/** Steps of the email-to-customer matching chain, in the order they are tried. */
export const MatchStep = z.enum(MATCH_STEPS);
export type MatchStep = z.infer<typeof MatchStep>;

/** ISO 4217 currency code. */
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR');

/** Money in integer minor units (cents); never a float. */
export const MinorUnits = z.number().int('must be whole minor units (cents)');

/** A ledger calendar date, YYYY-MM-DD, without time zone. */
export const CalendarDate = z.iso.date();

/** An event instant in UTC, ISO 8601. */
export const Instant = z.iso.datetime({ offset: true });

/** An email address, lower-cased on the way in. */
export const EmailAddress = z
  .string()
  .trim()
  .max(320)
  .email('must be an email address')
  .transform((s) => s.toLowerCase());
