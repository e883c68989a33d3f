import { z } from 'zod';
import {
  AgingBucket,
  CalendarDate,
  Currency,
  Direction,
  DisputeCategory,
  DisputeResolution,
  DisputeStatus,
  EmailAddress,
  EmailClient,
  Instant,
  InvoiceStatus,
  Language,
  MatchStep,
  MinorUnits,
  PaymentPromiseStatus,
  Role,
  Segment,
  Tone,
} from '../domain/model.ts';

// Wire schemas of /api/v1: requests are strict (an unknown field is a 400 naming it),
// responses describe what presenters send. The OpenAPI document is generated from these.

const Id = z.string().min(1).max(64);
const ShortText = (max: number) => z.string().trim().max(max);
/** An RFC 5322 Message-ID, with or without its angle brackets. */
export const MessageId = z.string().trim().min(3).max(998);

// ---------- shared shapes ----------

/** A person, as shown beside the work they did. */
export const UserRef = z.object({ id: Id, name: z.string(), email: z.string() });
export type UserRef = z.infer<typeof UserRef>;

/** A customer named in a list or among match candidates. */
export const CustomerRef = z.object({
  id: Id,
  name: z.string(),
  externalRef: z.string(),
  segment: Segment,
});
export type CustomerRef = z.infer<typeof CustomerRef>;

/** Amounts of one currency, split into the five aging buckets. */
export const CurrencyBalance = z.object({
  currency: Currency,
  outstanding: MinorUnits,
  overdue: MinorUnits,
  disputed: MinorUnits,
  buckets: z.record(AgingBucket, MinorUnits),
});
export type CurrencyBalance = z.infer<typeof CurrencyBalance>;

/** Everything about a customer a collector needs at a glance. */
export const CustomerSummary = z.object({
  id: Id,
  name: z.string(),
  externalRef: z.string(),
  segment: Segment,
  segmentSource: z.enum(['computed', 'override']),
  segmentReason: z.string().nullable(),
  strategic: z.boolean(),
  tone: Tone,
  language: Language,
  currency: Currency,
  paymentTermsDays: z.number().int(),
  assignee: UserRef.nullable(),
  domains: z.array(z.string()),
  balances: z.array(CurrencyBalance),
  unappliedCash: z.array(z.object({ currency: Currency, amount: MinorUnits })),
  averageDaysLate: z.number().nullable(),
});
export type CustomerSummary = z.infer<typeof CustomerSummary>;

/** An invoice as the pane and the cards show it. */
export const InvoiceView = z.object({
  id: Id,
  number: z.string(),
  externalRef: z.string(),
  issueDate: CalendarDate,
  dueDate: CalendarDate,
  amount: MinorUnits,
  openAmount: MinorUnits,
  currency: Currency,
  status: InvoiceStatus,
  paidDate: CalendarDate.nullable(),
  daysOverdue: z.number().int(),
  bucket: AgingBucket,
  disputed: z.boolean(),
  promised: z.boolean(),
  documentUrl: z.string().nullable(),
  paymentUrl: z.string().nullable(),
});
export type InvoiceView = z.infer<typeof InvoiceView>;

export const PaymentPromiseView = z.object({
  id: Id,
  customerId: Id,
  customerName: z.string(),
  amount: MinorUnits,
  currency: Currency,
  promisedDate: CalendarDate,
  graceEndsOn: CalendarDate,
  status: PaymentPromiseStatus,
  paidAmount: MinorUnits,
  /** Share of the promised amount paid, 0..1; with status broken and > 0 it is "partially kept". */
  paidShare: z.number(),
  invoiceNumbers: z.array(z.string()),
  note: z.string().nullable(),
  quote: z.string().nullable(),
  sourceMessageId: z.string().nullable(),
  loggedBy: UserRef,
  createdAt: Instant,
  cancelReason: z.string().nullable(),
  followedUpAt: Instant.nullable(),
});
export type PaymentPromiseView = z.infer<typeof PaymentPromiseView>;

export const DisputeEventView = z.object({
  at: Instant,
  actor: UserRef,
  fromStatus: DisputeStatus.nullable(),
  toStatus: DisputeStatus.nullable(),
  changes: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
});

export const DisputeView = z.object({
  id: Id,
  customerId: Id,
  customerName: z.string(),
  category: DisputeCategory,
  status: DisputeStatus,
  owner: UserRef.nullable(),
  openedBy: UserRef,
  createdAt: Instant,
  updatedAt: Instant,
  ageDays: z.number().int(),
  invoiceNumbers: z.array(z.string()),
  amount: z.array(z.object({ currency: Currency, amount: MinorUnits })),
  note: z.string().nullable(),
  quote: z.string().nullable(),
  sourceMessageId: z.string().nullable(),
  resolution: DisputeResolution.nullable(),
  history: z.array(DisputeEventView).optional(),
});
export type DisputeView = z.infer<typeof DisputeView>;

export const InteractionView = z.object({
  id: Id,
  customerId: Id,
  customerName: z.string(),
  messageId: z.string(),
  threadId: z.string().nullable(),
  direction: Direction,
  from: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  sentAt: Instant,
  client: EmailClient,
  loggedBy: UserRef,
  loggedAt: Instant,
  body: z.string().nullable(),
});
export type InteractionView = z.infer<typeof InteractionView>;

/** Settings a client needs to behave (the rest stays on the server). */
export const ClientSettings = z.object({
  autoLogEmails: z.boolean(),
  storeBody: z.boolean(),
  ownDomains: z.array(z.string()),
  promiseGraceDays: z.number().int(),
  promiseThresholdPercent: z.number(),
});
export type ClientSettings = z.infer<typeof ClientSettings>;

// ---------- context ----------

/** An IANA time zone name that this runtime knows, such as Europe/Paris. */
export const TimeZoneName = z
  .string()
  .min(1)
  .max(100)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'is not a known IANA time zone');

/**
 * What a received email says, read against the matched customer's open invoices: the invoices
 * it names, the amounts and the date it gives, a dispute's category, and its intent. Each
 * finding keeps the words it was read from.
 */
export const EmailReadingView = z.object({
  intent: z.enum(['promise', 'dispute', 'remittance', 'other']),
  invoices: z.array(z.object({ number: z.string(), evidence: z.string() })),
  amounts: z.array(
    z.object({ amount: MinorUnits, currency: Currency.nullable(), evidence: z.string() }),
  ),
  promisedDate: z.object({ date: CalendarDate, evidence: z.string() }).nullable(),
  disputeCategory: z.object({ category: DisputeCategory, evidence: z.string() }).nullable(),
});
export type EmailReadingView = z.infer<typeof EmailReadingView>;

/** The email the pane or card is looking at; every field but `from` is optional. */
export const ContextRequest = z
  .object({
    from: EmailAddress,
    to: z.array(EmailAddress).max(200).default([]),
    cc: z.array(EmailAddress).max(200).default([]),
    subject: ShortText(1000).default(''),
    thread: ShortText(500).optional(),
    messageId: MessageId.optional(),
    /**
     * Plain text of the body: the match looks in it for invoice numbers and, in read mode, the
     * answer carries what it says (`reading`). Never stored or logged by this call.
     */
    text: z.string().max(200_000).optional(),
    /** When the email was sent (default: now): the day "next Friday" counts from. */
    sentAt: Instant.optional(),
    /** The reader's IANA time zone (default: the server's), for the same purpose. */
    timeZone: TimeZoneName.optional(),
    /** Compose mode: match on the recipients rather than the sender. */
    mode: z.enum(['read', 'compose']).default('read'),
    /** Pin the answer to one customer (after a person chose among candidates). */
    customerId: Id.optional(),
  })
  .strict();
export type ContextRequest = z.input<typeof ContextRequest>;

/** How the email was tied to a customer, and which step of the chain said so. */
export const MatchResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('matched'),
    step: MatchStep,
    /** What answered: the address, the invoice number, the domain or the thread id. */
    evidence: z.string(),
    customer: CustomerRef,
  }),
  z.object({
    status: z.literal('ambiguous'),
    step: MatchStep,
    evidence: z.string(),
    candidates: z.array(CustomerRef),
  }),
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('internal') }),
  z.object({ status: z.literal('excluded'), reason: z.string() }),
]);
export type MatchResult = z.infer<typeof MatchResult>;

/** Everything a pane needs about one email, in one answer. */
export const ContextResponse = z.object({
  asOf: CalendarDate,
  match: MatchResult,
  customer: CustomerSummary.nullable(),
  /** Open invoices, oldest due first. */
  invoices: z.array(InvoiceView),
  disputes: z.array(DisputeView),
  promises: z.object({
    pending: z.array(PaymentPromiseView),
    lastResolved: PaymentPromiseView.nullable(),
  }),
  interactions: z.array(InteractionView),
  /** This email's record when it was logged already (by anyone, from any client). */
  loggedEmail: InteractionView.nullable(),
  /** What the email says, when its text was sent in read mode and a customer matched. */
  reading: EmailReadingView.nullable(),
  settings: ClientSettings,
});
export type ContextResponse = z.infer<typeof ContextResponse>;

// ---------- writes from the inbox ----------

export const PaymentPromiseCreate = z
  .object({
    customerId: Id,
    invoiceIds: z.array(Id).max(200).default([]),
    amount: MinorUnits.positive('must be more than zero'),
    currency: Currency,
    promisedDate: CalendarDate,
    note: ShortText(2000).optional(),
    sourceMessageId: MessageId.optional(),
    quote: ShortText(1000).optional(),
  })
  .strict();
export type PaymentPromiseCreate = z.input<typeof PaymentPromiseCreate>;

export const PaymentPromiseCancel = z
  .object({ reason: ShortText(500).min(1, 'is required') })
  .strict();

export const DisputeCreate = z
  .object({
    customerId: Id,
    invoiceIds: z.array(Id).min(1, 'needs at least one invoice').max(200),
    category: DisputeCategory,
    note: ShortText(4000).optional(),
    sourceMessageId: MessageId.optional(),
    quote: ShortText(1000).optional(),
    ownerId: Id.optional(),
  })
  .strict();
export type DisputeCreate = z.input<typeof DisputeCreate>;

export const DisputeUpdate = z
  .object({
    status: DisputeStatus.optional(),
    ownerId: Id.nullable().optional(),
    resolution: DisputeResolution.optional(),
    category: DisputeCategory.optional(),
    note: ShortText(4000).optional(),
  })
  .strict();
export type DisputeUpdate = z.input<typeof DisputeUpdate>;

export const InteractionCreate = z
  .object({
    customerId: Id,
    messageId: MessageId,
    threadId: ShortText(500).optional(),
    direction: Direction,
    from: EmailAddress,
    to: z.array(EmailAddress).max(500).default([]),
    cc: z.array(EmailAddress).max(500).default([]),
    subject: ShortText(1000).default(''),
    sentAt: Instant,
    client: EmailClient,
    /** Stored only when an admin turned body storage on, and then cut to the set length. */
    body: z.string().max(1_000_000).optional(),
  })
  .strict();
export type InteractionCreate = z.input<typeof InteractionCreate>;

export const ContactLink = z
  .object({ customerId: Id, email: EmailAddress, name: ShortText(200).optional() })
  .strict();
export type ContactLink = z.input<typeof ContactLink>;

export const CustomerUpdate = z
  .object({
    segmentOverride: Segment.nullable().optional(),
    strategic: z.boolean().optional(),
    assigneeId: Id.nullable().optional(),
    domains: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a domain such as acme.fr'),
      )
      .max(50)
      .optional(),
    language: Language.optional(),
  })
  .strict();
export type CustomerUpdate = z.input<typeof CustomerUpdate>;

// ---------- the ERP feed ----------

export const InvoiceUpsert = z
  .object({
    externalRef: ShortText(100).min(1),
    customerExternalRef: ShortText(100).min(1),
    number: ShortText(100).min(1),
    issueDate: CalendarDate,
    dueDate: CalendarDate,
    amount: MinorUnits,
    currency: Currency,
    status: z.enum(['open', 'cancelled']).default('open'),
    documentUrl: z.url().optional(),
    paymentUrl: z.url().optional(),
  })
  .strict();

export const InvoiceBulkUpsert = z
  .object({ invoices: z.array(InvoiceUpsert).min(1).max(5000) })
  .strict();
export type InvoiceBulkUpsert = z.input<typeof InvoiceBulkUpsert>;

export const PaymentUpsert = z
  .object({
    externalRef: ShortText(100).min(1),
    customerExternalRef: ShortText(100).min(1),
    date: CalendarDate,
    amount: MinorUnits.positive('must be more than zero'),
    currency: Currency,
    applications: z
      .array(
        z.object({ invoiceNumber: ShortText(100).min(1), amount: MinorUnits.positive() }).strict(),
      )
      .max(500)
      .default([]),
  })
  .strict();

export const PaymentBulkUpsert = z
  .object({ payments: z.array(PaymentUpsert).min(1).max(5000) })
  .strict();
export type PaymentBulkUpsert = z.input<typeof PaymentBulkUpsert>;

export const CustomerUpsert = z
  .object({
    externalRef: ShortText(100).min(1),
    name: ShortText(300).min(1),
    currency: Currency,
    language: Language.default('fr'),
    paymentTermsDays: z.number().int().min(0).max(365).default(30),
    domains: z.array(z.string().trim().toLowerCase()).max(50).default([]),
    contacts: z
      .array(z.object({ email: EmailAddress, name: ShortText(200).optional() }).strict())
      .max(200)
      .default([]),
  })
  .strict();

export const CustomerBulkUpsert = z
  .object({ customers: z.array(CustomerUpsert).min(1).max(5000) })
  .strict();

/** What a bulk upsert did, row by row counts and the rows it refused with why. */
export const BulkResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  conflicts: z.array(z.object({ index: z.number().int(), field: z.string(), message: z.string() })),
});
export type BulkResult = z.infer<typeof BulkResult>;

// ---------- lists ----------

/** A page of a cursor-paginated list. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const InteractionQuery = z
  .object({
    customerId: Id.optional(),
    collectorId: Id.optional(),
    client: EmailClient.optional(),
    direction: Direction.optional(),
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

// ---------- worklist ----------

export const WorklistItem = z.object({
  kind: z.enum([
    'promise_due_today',
    'promise_broken',
    'dispute_owned',
    'pre_due_reminder',
    'receipt_check',
    'overdue_reminder',
  ]),
  customer: CustomerRef,
  /** Sort key: most urgent first. */
  priority: z.number(),
  title: z.string(),
  detail: z.string(),
  tone: Tone.nullable(),
  amount: z.object({ currency: Currency, amount: MinorUnits }).nullable(),
  invoiceNumbers: z.array(z.string()),
  promiseId: Id.nullable(),
  disputeId: Id.nullable(),
  dueDate: CalendarDate.nullable(),
  escalateToManager: z.boolean(),
});
export type WorklistItem = z.infer<typeof WorklistItem>;

export const WorklistResponse = z.object({ asOf: CalendarDate, items: z.array(WorklistItem) });
export type WorklistResponse = z.infer<typeof WorklistResponse>;

// ---------- reports ----------

export const AgedBalanceRow = z.object({
  customer: CustomerRef.nullable(),
  currency: Currency,
  buckets: z.record(AgingBucket, MinorUnits),
  total: MinorUnits,
  overdue: MinorUnits,
});

export const AgedBalanceReport = z.object({
  asOf: CalendarDate,
  method: z.string(),
  rows: z.array(AgedBalanceRow),
  totals: z.array(AgedBalanceRow),
  /** How many customer rows there are in all; `rows` holds fewer when `top` cut them. */
  rowCount: z.number().int(),
});
export type AgedBalanceReport = z.infer<typeof AgedBalanceReport>;

const Figure = z.object({ value: z.number().nullable(), method: z.string() });

export const KpiReport = z.object({
  asOf: CalendarDate,
  periodDays: z.number().int(),
  periodStart: CalendarDate,
  currency: Currency,
  dsoStandard: Figure,
  dsoCountback: Figure,
  bestPossibleDso: Figure,
  averageDaysDelinquent: Figure,
  collectionEffectivenessIndex: Figure,
  averageDaysLate: z.object({
    weighted: z.number().nullable(),
    unweighted: z.number().nullable(),
    count: z.number().int(),
    method: z.string(),
  }),
  promiseKeptRate: Figure.extend({ kept: z.number().int(), broken: z.number().int() }),
  disputeShare: Figure,
  endingAr: MinorUnits,
  overdue: MinorUnits,
  creditSales: MinorUnits,
});
export type KpiReport = z.infer<typeof KpiReport>;

export const AgedBalanceQuery = z
  .object({
    asOf: CalendarDate.optional(),
    /** Only the `top` customers with the most overdue in each currency; totals stay whole. */
    top: z.coerce.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const KpiQuery = z
  .object({
    asOf: CalendarDate.optional(),
    periodDays: z.coerce.number().int().min(1).max(366).default(90),
    currency: Currency.optional(),
  })
  .strict();

export const CollectorActivity = z.object({
  collector: UserRef,
  emailsLogged: z.number().int(),
  promisesLogged: z.number().int(),
  disputesOpened: z.number().int(),
  promisesKept: z.number().int(),
  promisesBroken: z.number().int(),
  keptRate: z.number().nullable(),
});

export const ActivityReport = z.object({
  from: CalendarDate,
  to: CalendarDate,
  rows: z.array(CollectorActivity),
});
export type ActivityReport = z.infer<typeof ActivityReport>;

// ---------- users, tokens, settings ----------

export const UserView = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  role: Role,
  language: Language,
  createdAt: Instant,
  disabled: z.boolean(),
});
export type UserView = z.infer<typeof UserView>;

export const UserCreate = z
  .object({
    email: EmailAddress,
    name: ShortText(200).min(1),
    role: Role,
    language: Language.default('fr'),
    password: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  })
  .strict();

export const UserUpdate = z
  .object({
    name: ShortText(200).min(1).optional(),
    role: Role.optional(),
    language: Language.optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  })
  .strict();

export const TokenCreate = z.object({ userId: Id, name: ShortText(100).min(1) }).strict();

export const TokenView = z.object({
  id: Id,
  userId: Id,
  name: z.string(),
  prefix: z.string(),
  createdAt: Instant,
  lastUsedAt: Instant.nullable(),
  revokedAt: Instant.nullable(),
});

/** The one answer that carries a token's secret; it is never shown again. */
export const TokenCreated = TokenView.extend({ token: z.string() });

export const Settings = z.object({
  ownDomains: z.array(z.string()),
  freeMailDomains: z.array(z.string()),
  neverLog: z.array(z.string()),
  promiseGraceDays: z.number().int().min(0).max(60),
  promiseThresholdPercent: z.number().min(1).max(100),
  storeBody: z.boolean(),
  bodyMaxChars: z.number().int().min(0).max(100_000),
  autoLogEmails: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdate = Settings.partial().strict();

export const MeResponse = z.object({ user: UserView, settings: ClientSettings });
export type MeResponse = z.infer<typeof MeResponse>;

/** RFC 9457 problem details with our stable code and, for a 400, every failing field. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof Problem>;

// ---------- ledger lists and views ----------

/** An email address linked to a customer (the matching chain's contact step). */
export const ContactView = z.object({
  id: Id,
  customerId: Id,
  email: z.string(),
  name: z.string().nullable(),
  createdAt: Instant,
});
export type ContactView = z.infer<typeof ContactView>;

/** A payment received, with what it paid and what stays as unapplied cash. */
export const PaymentView = z.object({
  id: Id,
  externalRef: z.string(),
  customerId: Id,
  date: CalendarDate,
  amount: MinorUnits,
  currency: Currency,
  unappliedAmount: MinorUnits,
  applications: z.array(z.object({ invoiceId: Id, invoiceNumber: z.string(), amount: MinorUnits })),
});
export type PaymentView = z.infer<typeof PaymentView>;

export const CustomerSearchQuery = z
  .object({
    q: z.string().trim().max(320).default(''),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const InvoiceListQuery = z
  .object({ status: z.enum(['open', 'paid', 'all']).default('open') })
  .strict();

export const PaymentPromiseQuery = z
  .object({
    customerId: Id.optional(),
    status: PaymentPromiseStatus.optional(),
    collectorId: Id.optional(),
    dueFrom: CalendarDate.optional(),
    dueTo: CalendarDate.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const DisputeQuery = z
  .object({
    customerId: Id.optional(),
    status: DisputeStatus.optional(),
    category: DisputeCategory.optional(),
    ownerId: Id.optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

// ---------- DSO trend (the dashboard's chart) ----------

export const DsoTrendQuery = z
  .object({
    months: z.coerce.number().int().min(1).max(36).default(12),
    currency: Currency.optional(),
    asOf: CalendarDate.optional(),
  })
  .strict();

/** DSO at one month end: standard over the 3 months ending there, and countback. */
export const DsoTrendPoint = z.object({
  monthEnd: CalendarDate,
  endingAr: MinorUnits,
  creditSales: MinorUnits,
  dsoStandard: z.number().nullable(),
  dsoCountback: z.number().nullable(),
});
export type DsoTrendPoint = z.infer<typeof DsoTrendPoint>;

/** DSO standard and countback at each of the last month ends, oldest first, in one currency. */
export const DsoTrendReport = z.object({
  asOf: CalendarDate,
  currency: Currency,
  method: z.object({ dsoStandard: z.string(), dsoCountback: z.string() }),
  points: z.array(DsoTrendPoint),
});
export type DsoTrendReport = z.infer<typeof DsoTrendReport>;
