import {
  AGING_BUCKETS,
  agedBalance,
  agingBucketOf,
  daysBetween,
  daysPastDue,
  todayIn,
} from '@relance/shared';
import type {
  AgingBucket,
  CurrencyBalance,
  CustomerRef,
  CustomerSummary,
  DisputeCategory,
  DisputeResolution,
  DisputeStatus,
  DisputeView,
  EmailClient,
  InteractionView,
  InvoiceView,
  PaymentPromiseStatus,
  PaymentPromiseView,
  Segment,
  UserRef,
} from '@relance/shared';
import { effectiveSegment as segmentInForce, toneOf } from '../customers/customers.service.ts';

// Rows of the read side's raw statements and the presenters that turn them into wire shapes.

/** The customer columns every read statement selects. */
export interface CustomerRow {
  id: string;
  external_ref: string;
  name: string;
  segment: string;
  segment_override: string | null;
  segment_reason: string | null;
  strategic: number;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_email: string | null;
  payment_terms_days: number;
  currency: string;
  language: 'fr' | 'en';
}

/** The segment in force, as the customers API says it: a person's override, else the computed one. */
export function effectiveSegment(row: { segment: string; segment_override: string | null }): {
  segment: Segment;
  source: 'computed' | 'override';
} {
  return {
    segment: segmentInForce(row),
    source: row.segment_override === null ? 'computed' : 'override',
  };
}

/** The scenario a customer's reminders follow: the strategic one when flagged strategic. */
export function scenarioSegment(row: {
  segment: string;
  segment_override: string | null;
  strategic: number | boolean;
}): Segment {
  return Number(row.strategic) === 1 ? 'strategic' : segmentInForce(row);
}

/** A customer as lists and match candidates name it. */
export function presentCustomerRef(row: {
  id: string;
  name: string;
  external_ref: string;
  segment: string;
  segment_override: string | null;
}): CustomerRef {
  return {
    id: row.id,
    name: row.name,
    externalRef: row.external_ref,
    segment: effectiveSegment(row).segment,
  };
}

/** An open invoice row with its dispute and promise flags. */
export interface InvoiceRow {
  id: string;
  number: string;
  external_ref: string;
  issue_date: string;
  due_date: string;
  amount: number;
  open_amount: number;
  currency: string;
  status: 'open' | 'paid' | 'cancelled';
  paid_date: string | null;
  document_url: string | null;
  payment_url: string | null;
  disputed: number;
  promised: number;
}

/** An invoice as the pane shows it on `asOf`; days overdue is negative before the due date. */
export function presentInvoice(row: InvoiceRow, asOf: string): InvoiceView {
  const days = daysPastDue(row.due_date, asOf);
  return {
    id: row.id,
    number: row.number,
    externalRef: row.external_ref,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    amount: Number(row.amount),
    openAmount: Number(row.open_amount),
    currency: row.currency,
    status: row.status,
    paidDate: row.paid_date,
    daysOverdue: days,
    bucket: agingBucketOf(days),
    disputed: Number(row.disputed) === 1,
    promised: Number(row.promised) === 1,
    documentUrl: row.document_url,
    paymentUrl: row.payment_url,
  };
}

/** Facts about a customer beyond its row: domains, unapplied cash and lateness. */
export interface CustomerFacts {
  domains: string[];
  unapplied: { currency: string; amount: number }[];
  averageDaysLate: number | null;
}

/** The customer summary: segment and its source, tone, assignee, balances per currency. */
export function presentCustomerSummary(
  row: CustomerRow,
  facts: CustomerFacts,
  openInvoices: readonly InvoiceView[],
  asOf: string,
): CustomerSummary {
  const { segment, source } = effectiveSegment(row);
  return {
    id: row.id,
    name: row.name,
    externalRef: row.external_ref,
    segment,
    segmentSource: source,
    segmentReason: source === 'override' ? 'set by a person' : row.segment_reason,
    strategic: Number(row.strategic) === 1,
    tone: toneOf(segment, Number(row.strategic) === 1),
    language: row.language,
    currency: row.currency,
    paymentTermsDays: Number(row.payment_terms_days),
    assignee:
      row.assignee_id === null
        ? null
        : { id: row.assignee_id, name: row.assignee_name ?? '', email: row.assignee_email ?? '' },
    domains: facts.domains,
    balances: balancesOf(openInvoices, asOf),
    unappliedCash: facts.unapplied,
    averageDaysLate: facts.averageDaysLate,
  };
}

function balancesOf(invoices: readonly InvoiceView[], asOf: string): CurrencyBalance[] {
  const items = invoices.map((i) => ({
    dueDate: i.dueDate,
    openAmount: i.openAmount,
    currency: i.currency,
  }));
  const disputed = new Map<string, number>();
  for (const invoice of invoices) {
    if (!invoice.disputed) continue;
    disputed.set(invoice.currency, (disputed.get(invoice.currency) ?? 0) + invoice.openAmount);
  }
  return agedBalance(items, asOf).map((balance) => ({
    currency: balance.currency,
    outstanding: balance.total,
    overdue: balance.overdue,
    disputed: disputed.get(balance.currency) ?? 0,
    buckets: bucketsRecord(balance.buckets),
  }));
}

/** A bucket record with every bucket present. */
export function bucketsRecord(
  values: Partial<Record<AgingBucket, number>>,
): Record<AgingBucket, number> {
  const record = {} as Record<AgingBucket, number>;
  for (const bucket of AGING_BUCKETS) record[bucket] = Number(values[bucket] ?? 0);
  return record;
}

function userRef(id: string | null, name: string | null, email: string | null): UserRef | null {
  return id === null ? null : { id, name: name ?? '', email: email ?? '' };
}

/** An interaction row with the name and address of who logged it. */
export interface InteractionRow {
  id: string;
  customer_id: string;
  customer_name: string;
  message_id: string;
  thread_id: string | null;
  direction: 'inbound' | 'outbound';
  from_address: string;
  to_addresses: string;
  cc_addresses: string;
  subject: string;
  sent_at: string;
  client: EmailClient;
  logged_by: string;
  logged_by_name: string;
  logged_by_email: string;
  logged_at: string;
  body: string | null;
}

// Address lists are stored as JSON arrays; a plain comma list is read too.
function addressList(stored: string): string[] {
  if (stored === '') return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // Not JSON: fall through to the comma list.
  }
  return stored
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A logged email as the history shows it. */
export function presentInteraction(row: InteractionRow): InteractionView {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    messageId: row.message_id,
    threadId: row.thread_id,
    direction: row.direction,
    from: row.from_address,
    to: addressList(row.to_addresses),
    cc: addressList(row.cc_addresses),
    subject: row.subject,
    sentAt: row.sent_at,
    client: row.client,
    loggedBy: { id: row.logged_by, name: row.logged_by_name, email: row.logged_by_email },
    loggedAt: row.logged_at,
    body: row.body,
  };
}

/** A dispute row joined to one of its invoices (or none). */
export interface DisputeRow {
  id: string;
  customer_id: string;
  category: DisputeCategory;
  status: DisputeStatus;
  owner_id: string | null;
  owner_name: string | null;
  owner_email: string | null;
  opened_by: string;
  opened_by_name: string;
  opened_by_email: string;
  created_at: string;
  updated_at: string;
  note: string | null;
  quote: string | null;
  source_message_id: string | null;
  resolution: DisputeResolution | null;
  invoice_number: string | null;
  invoice_open_amount: number | null;
  invoice_currency: string | null;
}

/** Folds dispute × invoice rows into disputes; the amount is the open amount at stake. */
export function presentDisputes(
  rows: readonly DisputeRow[],
  customerName: (customerId: string) => string,
  asOf: string,
  timeZone: string,
): DisputeView[] {
  const byId = new Map<string, { view: DisputeView; amounts: Map<string, number> }>();
  for (const row of rows) {
    let entry = byId.get(row.id);
    if (!entry) {
      const openedOn = todayIn(timeZone, new Date(row.created_at));
      entry = {
        amounts: new Map(),
        view: {
          id: row.id,
          customerId: row.customer_id,
          customerName: customerName(row.customer_id),
          category: row.category,
          status: row.status,
          owner: userRef(row.owner_id, row.owner_name, row.owner_email),
          openedBy: { id: row.opened_by, name: row.opened_by_name, email: row.opened_by_email },
          createdAt: row.created_at,
          updatedAt: row.updated_at,
          ageDays: Math.max(0, daysBetween(openedOn, asOf)),
          invoiceNumbers: [],
          amount: [],
          note: row.note,
          quote: row.quote,
          sourceMessageId: row.source_message_id,
          resolution: row.resolution,
        },
      };
      byId.set(row.id, entry);
    }
    if (row.invoice_number !== null) entry.view.invoiceNumbers.push(row.invoice_number);
    if (row.invoice_currency !== null) {
      const open = Number(row.invoice_open_amount ?? 0);
      entry.amounts.set(
        row.invoice_currency,
        (entry.amounts.get(row.invoice_currency) ?? 0) + open,
      );
    }
  }
  return [...byId.values()].map(({ view, amounts }) => ({
    ...view,
    amount: [...amounts].map(([currency, amount]) => ({ currency, amount })),
  }));
}

/** A promise row joined to one of its invoices (or none). */
export interface PaymentPromiseRow {
  id: string;
  customer_id: string;
  amount: number;
  currency: string;
  promised_date: string;
  grace_ends_on: string;
  status: PaymentPromiseStatus;
  paid_amount: number;
  note: string | null;
  quote: string | null;
  source_message_id: string | null;
  logged_by: string;
  logged_by_name: string;
  logged_by_email: string;
  created_at: string;
  cancel_reason: string | null;
  followed_up_at: string | null;
  invoice_number: string | null;
}

/** Folds promise × invoice rows into promises, in the rows' order. */
export function presentPaymentPromises(
  rows: readonly PaymentPromiseRow[],
  customerName: (customerId: string) => string,
): PaymentPromiseView[] {
  const byId = new Map<string, PaymentPromiseView>();
  for (const row of rows) {
    let view = byId.get(row.id);
    if (!view) {
      const amount = Number(row.amount);
      const paid = Number(row.paid_amount);
      view = {
        id: row.id,
        customerId: row.customer_id,
        customerName: customerName(row.customer_id),
        amount,
        currency: row.currency,
        promisedDate: row.promised_date,
        graceEndsOn: row.grace_ends_on,
        status: row.status,
        paidAmount: paid,
        paidShare: amount > 0 ? Math.min(1, paid / amount) : 0,
        invoiceNumbers: [],
        note: row.note,
        quote: row.quote,
        sourceMessageId: row.source_message_id,
        loggedBy: { id: row.logged_by, name: row.logged_by_name, email: row.logged_by_email },
        createdAt: row.created_at,
        cancelReason: row.cancel_reason,
        followedUpAt: row.followed_up_at,
      };
      byId.set(row.id, view);
    }
    if (row.invoice_number !== null) view.invoiceNumbers.push(row.invoice_number);
  }
  return [...byId.values()];
}
