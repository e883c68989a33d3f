import { z } from 'zod';
import {
  CalendarDate,
  Currency,
  Direction,
  EmailAddress,
  EmailClient,
  Instant,
  MinorUnits,
} from '../domain/model.ts';
import { ClientSettings, UserRef, UserView } from './schemas.ts';

// Wire schemas of the dashboard: session sign-in (/auth) and the review queue (/api/v1/review).

const Id = z.string().min(1).max(64);
const ShortText = (max: number) => z.string().trim().max(max);

/** Email and password of a dashboard sign-in. */
export const LoginRequest = z
  .object({ email: EmailAddress, password: z.string().min(1, 'is required').max(200) })
  .strict();
export type LoginRequest = z.input<typeof LoginRequest>;

/** A signed-in dashboard session: who, until when, and the CSRF token writes must send. */
export const SessionView = z.object({
  user: UserView,
  settings: ClientSettings,
  csrfToken: z.string(),
  expiresAt: Instant,
});
export type SessionView = z.infer<typeof SessionView>;

/** Kinds of items the review queue lists. */
export const ReviewKind = z.enum(['email', 'promise', 'dispute']);
export type ReviewKind = z.infer<typeof ReviewKind>;

export const ReviewQuery = z
  .object({
    collectorId: Id.optional(),
    customerId: Id.optional(),
    client: EmailClient.optional(),
    direction: Direction.optional(),
    kind: ReviewKind.optional(),
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
    reviewed: z.enum(['true', 'false']).optional(),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

/** A manager's review mark. */
export const ReviewMarkView = z.object({
  reviewer: UserRef,
  reviewedAt: Instant,
  comment: z.string().nullable(),
});

/** One item logged from the inbox, as the review queue shows it. */
export const ReviewItem = z.object({
  kind: ReviewKind,
  id: Id,
  at: Instant,
  customer: z.object({ id: Id, name: z.string() }),
  collector: UserRef,
  client: EmailClient.nullable(),
  direction: Direction.nullable(),
  /** Subject of an email, category of a dispute, promised date of a promise. */
  summary: z.string(),
  amount: z.object({ currency: Currency, amount: MinorUnits }).nullable(),
  status: z.string().nullable(),
  review: ReviewMarkView.nullable(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ReviewPage = z.object({
  items: z.array(ReviewItem),
  nextCursor: z.string().nullable(),
  /** Unreviewed items matching the filters (all pages, whatever `reviewed` says). */
  unreviewedCount: z.number().int(),
});
export type ReviewPage = z.infer<typeof ReviewPage>;

export const ReviewMark = z.object({ comment: ShortText(2000).optional() }).strict();
