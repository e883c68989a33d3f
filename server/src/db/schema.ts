import type { Generated } from 'kysely';

// Table types of the one schema that runs on SQLite and PostgreSQL. Conventions that keep
// both dialects on one code path: ids are text, booleans are integers 0/1, ledger dates are
// 'YYYY-MM-DD' text, instants are ISO 8601 UTC text, money is an integer of minor units
// (bigint on PostgreSQL, read back as a JS number), JSON is stored as text.

/** A person who uses Relance. */
export interface UserTable {
  id: string;
  email: string;
  name: string;
  role: 'collector' | 'manager' | 'admin';
  language: 'fr' | 'en';
  password_hash: string | null;
  failed_logins: Generated<number>;
  locked_until: string | null;
  disabled_at: string | null;
  created_at: string;
}

/** A bearer token for the API; only its SHA-256 is stored. */
export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** A dashboard sign-in session; the cookie carries the secret, only its hash is stored. */
export interface SessionTable {
  id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface CustomerTable {
  id: string;
  external_ref: string;
  name: string;
  segment: string;
  segment_override: string | null;
  segment_reason: string | null;
  segment_computed_at: string | null;
  strategic: number;
  assignee_id: string | null;
  payment_terms_days: number;
  currency: string;
  language: 'fr' | 'en';
  created_at: string;
  updated_at: string;
}

/** An email domain registered to a customer; one domain may be registered to several. */
export interface CustomerDomainTable {
  customer_id: string;
  domain: string;
}

/** An email address that belongs to exactly one customer. */
export interface ContactTable {
  id: string;
  customer_id: string;
  email: string;
  name: string | null;
  created_at: string;
  created_by: string | null;
}

export interface InvoiceTable {
  id: string;
  customer_id: string;
  external_ref: string;
  number: string;
  /** Lower-case alphanumerics of `number`: the key email text is matched against. */
  number_key: string;
  issue_date: string;
  due_date: string;
  amount: number;
  open_amount: number;
  currency: string;
  status: 'open' | 'paid' | 'cancelled';
  paid_date: string | null;
  document_url: string | null;
  payment_url: string | null;
  reminder_level: Generated<number>;
  last_reminder_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface PaymentTable {
  id: string;
  external_ref: string;
  customer_id: string;
  date: string;
  amount: number;
  currency: string;
  unapplied_amount: number;
  created_at: string;
}

export interface PaymentApplicationTable {
  payment_id: string;
  invoice_id: string;
  amount: number;
}

export interface PaymentPromiseTable {
  id: string;
  customer_id: string;
  amount: number;
  currency: string;
  promised_date: string;
  grace_ends_on: string;
  status: 'pending' | 'kept' | 'broken' | 'cancelled';
  paid_amount: Generated<number>;
  note: string | null;
  source_message_id: string | null;
  quote: string | null;
  logged_by: string;
  created_at: string;
  evaluated_at: string | null;
  cancelled_by: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  followed_up_by: string | null;
  followed_up_at: string | null;
}

export interface PaymentPromiseInvoiceTable {
  promise_id: string;
  invoice_id: string;
}

export interface DisputeTable {
  id: string;
  customer_id: string;
  category: string;
  status: 'open' | 'in_review' | 'resolved' | 'cancelled';
  owner_id: string | null;
  opened_by: string;
  created_at: string;
  updated_at: string;
  source_message_id: string | null;
  quote: string | null;
  note: string | null;
  resolution: string | null;
  resolved_at: string | null;
}

export interface DisputeInvoiceTable {
  dispute_id: string;
  invoice_id: string;
}

/** One change of a dispute: status, owner or resolution, with who and when. */
export interface DisputeEventTable {
  id: string;
  dispute_id: string;
  actor_id: string;
  at: string;
  from_status: string | null;
  to_status: string | null;
  changes: string;
  note: string | null;
}

/** A logged email. The RFC 5322 Message-ID is unique per customer. */
export interface InteractionTable {
  id: string;
  customer_id: string;
  message_id: string;
  thread_id: string | null;
  direction: 'inbound' | 'outbound';
  from_address: string;
  to_addresses: string;
  cc_addresses: string;
  subject: string;
  sent_at: string;
  client: 'outlook' | 'gmail';
  logged_by: string;
  logged_at: string;
  body: string | null;
}

/** A manager's review mark on an item logged from the inbox. */
export interface ReviewTable {
  id: string;
  entity_type: 'interaction' | 'promise' | 'dispute';
  entity_id: string;
  reviewer_id: string;
  reviewed_at: string;
  comment: string | null;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  at: string;
  request_id: string | null;
}

/** A write's Idempotency-Key, scoped to the user who sent it. */
export interface IdempotencyTable {
  user_id: string;
  key: string;
  method: string;
  path: string;
  body_hash: string;
  state: 'in_flight' | 'done';
  response_status: number | null;
  response_body: string | null;
  created_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

/** Per currency and day: credit sales, cash applied and invoices paid late (ledger-totals.ts). */
export interface LedgerDayTable {
  currency: string;
  day: string;
  /** Amounts of the invoices issued that day, cancelled ones aside. */
  sales: number;
  /** Cash applied to invoices by the payments dated that day. */
  applied: number;
  /** Invoices paid late whose paid date is that day: count, days late, days × amount, amount. */
  late_count: number;
  late_days: number;
  late_weighted: number;
  late_amount: number;
}

/** Per currency, issue date and due date: what is open on open invoices. */
export interface OpenTermTable {
  currency: string;
  issue_date: string;
  due_date: string;
  open_amount: number;
}

/** Per customer and currency: what is open, and on how many open invoices with an amount open. */
export interface CustomerBalanceTable {
  customer_id: string;
  currency: string;
  open_amount: number;
  /** What is open on invoices, credit notes left out: a bound on what can be overdue. */
  open_positive: number;
  open_count: number;
}

/** Every table Relance stores. */
export interface Database {
  users: UserTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  customers: CustomerTable;
  customer_domains: CustomerDomainTable;
  contacts: ContactTable;
  invoices: InvoiceTable;
  payments: PaymentTable;
  payment_applications: PaymentApplicationTable;
  payment_promises: PaymentPromiseTable;
  payment_promise_invoices: PaymentPromiseInvoiceTable;
  disputes: DisputeTable;
  dispute_invoices: DisputeInvoiceTable;
  dispute_events: DisputeEventTable;
  interactions: InteractionTable;
  reviews: ReviewTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyTable;
  settings: SettingTable;
  ledger_days: LedgerDayTable;
  open_terms: OpenTermTable;
  customer_balances: CustomerBalanceTable;
}
