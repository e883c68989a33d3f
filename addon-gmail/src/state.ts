import { z } from 'zod';

// The shapes of the signed values card buttons carry back. Each callback opens its state
// with one of these; anything else is refused.

const Id = z.string().min(1).max(64);

/** The open email, as far as a callback needs it to log it or fetch its context again. */
export const MessageRef = z.object({
  gmailId: z.string().min(1).max(200),
  threadId: z.string().max(200).nullable(),
  messageId: z.string().min(3).max(998),
  from: z.string().min(3).max(320),
  fromName: z.string().max(200).nullable(),
  to: z.array(z.string().max(320)).max(200),
  cc: z.array(z.string().max(320)).max(200),
  subject: z.string().max(1000),
  sentAt: z.string().max(40),
});
export type MessageRef = z.infer<typeof MessageRef>;

/** What every contextual callback carries: who, which email, which customer. */
export const BaseState = z.object({
  u: Id,
  m: MessageRef,
  c: Id.nullable(),
});
export type BaseState = z.infer<typeof BaseState>;

/**
 * The promise and dispute buttons: the invoices the email names, ticked in advance. The rest
 * of a form's prefill is read from the email when the form opens, not for every card.
 */
export const FormState = BaseState.extend({ invoiceIds: z.array(Id).max(200) });
export type FormState = z.infer<typeof FormState>;

// Buttons that bring back the contextual card carry the invoices the email names, so that the
// card after a save still marks them (the email is not read again for that).
const Mentioned = z.array(Id).max(200).default([]);

/** A save button: the idempotency key minted with the form makes a double click save once. */
export const SaveState = BaseState.extend({
  c: Id,
  k: z.string().min(8).max(100),
  currency: z.string().regex(/^[A-Z]{3}$/),
  quote: z.string().max(1000).nullable(),
  mentioned: Mentioned,
});
export type SaveState = z.infer<typeof SaveState>;

/** The log-email button, with its own idempotency key. */
export const LogEmailState = BaseState.extend({
  c: Id,
  k: z.string().min(8).max(100),
  mentioned: Mentioned,
});
export type LogEmailState = z.infer<typeof LogEmailState>;

/** A page of the "more invoices" card. */
export const MoreInvoicesState = BaseState.extend({
  c: Id,
  offset: z.number().int().min(0).max(100_000),
});
export type MoreInvoicesState = z.infer<typeof MoreInvoicesState>;

/** Picking a customer for the open email's sender. */
export const PickState = BaseState.extend({ pick: Id });
export type PickState = z.infer<typeof PickState>;

/** The compose card: the matched customer and the draft's recipients. */
export const ComposeState = z.object({
  u: Id,
  c: Id,
  to: z.array(z.string().max(320)).max(200),
});
export type ComposeState = z.infer<typeof ComposeState>;

/** An insert button of the compose card: which template. */
export const InsertState = ComposeState.extend({ t: z.enum(['statement', 'reminder']) });
export type InsertState = z.infer<typeof InsertState>;
