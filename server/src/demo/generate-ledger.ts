import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import { DISPUTE_CATEGORIES, addDays, computeSegment, daysBetween, todayIn } from '@relance/shared';
import type { AppDeps } from '../deps.ts';
import type { Database } from '../db/schema.ts';
import { refreshStatistics } from '../db/connect.ts';
import { rebuildLedgerTotals } from '../ledger/ledger-totals.ts';
import { insertRows } from './bulk-insert.ts';
import { disputeEventId } from '../disputes/dispute-event-id.ts';
import { DEMO_OWN_DOMAIN } from './demo-users.ts';
import { createPrng } from './prng.ts';
import type { Prng } from './prng.ts';

// A large synthetic ledger for the benchmark: customers, invoices, payments, promises,
// disputes and interactions in realistic proportions, written in multi-row INSERTs inside
// one transaction per chunk of customers, so that a million invoices load in a few minutes.

/** How big a ledger to generate. */
export interface LedgerScale {
  customers: number;
  invoices: number;
  interactions: number;
  seed?: number | string;
  /** The as-of date the ledger is built around (default: today in the configured zone). */
  today?: string;
}

/** What was generated, with samples the benchmark calls the API with. */
export interface GeneratedLedger {
  today: string;
  counts: Record<
    'customers' | 'contacts' | 'invoices' | 'payments' | 'promises' | 'disputes' | 'interactions',
    number
  >;
  users: { admin: string; manager: string; collectors: string[] };
  /** Up to 1,000 contact addresses spread over the ledger. */
  sampleContacts: string[];
  seconds: number;
}

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

const CUSTOMERS_PER_CHUNK = 2_500;
const HISTORY_DAYS = 548;
const PROFILES = [
  ['good', 0.45],
  ['occasional', 0.25],
  ['recurring', 0.2],
  ['new', 0.1],
] as const;
const FIRST = [
  'Marie',
  'Jean',
  'Sophie',
  'Pierre',
  'Julie',
  'Luc',
  'Emma',
  'James',
  'Olivia',
  'Noah',
  'Chloé',
  'Hugo',
  'Anna',
  'Tom',
  'Léa',
  'Paul',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Petit',
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Walker',
  'Wright',
];
const WORDS = [
  'nova',
  'atlas',
  'orion',
  'delta',
  'terra',
  'alpha',
  'boreal',
  'cobalt',
  'vertex',
  'lumen',
  'axis',
  'zenith',
  'helix',
  'quartz',
  'sierra',
  'polar',
];

/** Sequential UUID-shaped ids: appends to the primary-key index instead of random inserts. */
function sequentialId(kind: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

/** Generates a large ledger into an empty database for the benchmark. */
export async function generateLedger(deps: AppDeps, scale: LedgerScale): Promise<GeneratedLedger> {
  const started = performance.now();
  const { db, dialect } = deps.storage;
  const today = scale.today ?? todayIn(deps.config.timeZone, deps.clock.now());
  const prng = createPrng(scale.seed ?? 'relance-bench');
  const invoicesPerCustomer = scale.invoices / scale.customers;
  const interactionsPerCustomer = scale.interactions / scale.customers;
  const createdAt = `${today}T06:00:00.000Z`;

  if (dialect === 'sqlite') {
    // This connection only loads: a large page cache and no fsync per commit. The
    // benchmark's server opens its own connection with the normal settings.
    await sql`PRAGMA cache_size = -524288`.execute(db);
    await sql`PRAGMA synchronous = OFF`.execute(db);
  }
  const indexes = await dropSecondaryIndexes(deps);
  const superuser =
    dialect === 'postgres' &&
    (
      await sql<{
        on: boolean;
      }>`SELECT rolsuper AS on FROM pg_roles WHERE rolname = current_user`.execute(db)
    ).rows[0]?.on === true;

  const users = {
    admin: sequentialId(1, 1),
    manager: sequentialId(1, 2),
    collectors: Array.from({ length: 12 }, (_, k) => sequentialId(1, 10 + k)),
  };
  await insertRows(db, dialect, 'users', [
    userRow(users.admin, 'admin@bench.relance-demo.com', 'Bench Admin', 'admin', createdAt),
    userRow(users.manager, 'manager@bench.relance-demo.com', 'Bench Manager', 'manager', createdAt),
    ...users.collectors.map((id, k) =>
      userRow(
        id,
        `collector${k + 1}@bench.relance-demo.com`,
        `Collector ${k + 1}`,
        'collector',
        createdAt,
      ),
    ),
  ]);
  await db
    .insertInto('settings')
    .values({
      key: 'ownDomains',
      value: JSON.stringify([DEMO_OWN_DOMAIN, 'bench.relance-demo.com']),
    })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: JSON.stringify([DEMO_OWN_DOMAIN, 'bench.relance-demo.com']) }),
    )
    .execute();

  const counts = {
    customers: 0,
    contacts: 0,
    invoices: 0,
    payments: 0,
    promises: 0,
    disputes: 0,
    interactions: 0,
  };
  const sampleContacts: string[] = [];
  const sampleEvery = Math.max(1, Math.floor(scale.customers / 1_000));
  const seq = {
    invoice: 0,
    payment: 0,
    promise: 0,
    dispute: 0,
    interaction: 0,
    contact: 0,
  };

  for (let first = 0; first < scale.customers; first += CUSTOMERS_PER_CHUNK) {
    const last = Math.min(scale.customers, first + CUSTOMERS_PER_CHUNK);
    const rows = {
      customers: [] as Rows<'customers'>,
      customer_domains: [] as Rows<'customer_domains'>,
      contacts: [] as Rows<'contacts'>,
      invoices: [] as Rows<'invoices'>,
      payments: [] as Rows<'payments'>,
      payment_applications: [] as Rows<'payment_applications'>,
      payment_promises: [] as Rows<'payment_promises'>,
      payment_promise_invoices: [] as Rows<'payment_promise_invoices'>,
      disputes: [] as Rows<'disputes'>,
      dispute_invoices: [] as Rows<'dispute_invoices'>,
      dispute_events: [] as Rows<'dispute_events'>,
      interactions: [] as Rows<'interactions'>,
    };
    for (let c = first; c < last; c++) {
      generateCustomer(
        prng,
        c,
        today,
        invoicesPerCustomer,
        interactionsPerCustomer,
        users,
        seq,
        rows,
      );
      if (c % sampleEvery === 0) {
        const contact = rows.contacts[rows.contacts.length - 1];
        if (contact && sampleContacts.length < 1_000) sampleContacts.push(contact.email);
      }
    }
    await db.transaction().execute(async (trx) => {
      if (dialect === 'postgres') {
        // Generated rows are consistent by construction: skip the commit flush and, when
        // allowed, the per-row foreign-key triggers for the load only.
        await sql`SET LOCAL synchronous_commit = off`.execute(trx);
        if (superuser) await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      }
      for (const [table, list] of Object.entries(rows) as [
        keyof typeof rows,
        Rows<keyof typeof rows>,
      ][]) {
        await insertRows(trx, dialect, table, list as never);
      }
    });
    counts.customers += rows.customers.length;
    counts.contacts += rows.contacts.length;
    counts.invoices += rows.invoices.length;
    counts.payments += rows.payments.length;
    counts.promises += rows.payment_promises.length;
    counts.disputes += rows.disputes.length;
    counts.interactions += rows.interactions.length;
  }

  for (const statement of indexes) await sql.raw(statement).execute(db);
  await rebuildLedgerTotals(db, dialect);
  // Fresh statistics, so that the planner picks the indexes the benchmark relies on.
  await refreshStatistics(deps.storage, [...LOADED_TABLES, ...TOTALS_TABLES]);
  return { today, counts, users, sampleContacts, seconds: (performance.now() - started) / 1000 };
}

const LOADED_TABLES = [
  'customers',
  'customer_domains',
  'contacts',
  'invoices',
  'payments',
  'payment_applications',
  'payment_promises',
  'payment_promise_invoices',
  'disputes',
  'dispute_invoices',
  'dispute_events',
  'interactions',
];

/** The running totals that rebuildLedgerTotals fills from the loaded rows. */
const TOTALS_TABLES = ['ledger_days', 'open_terms', 'customer_balances'];

/**
 * Drops the plain secondary indexes of the loaded tables and returns the statements that
 * recreate them: building an index once over sorted data is far cheaper than maintaining it
 * row by row. Indexes behind primary keys and UNIQUE constraints stay, so duplicates fail.
 */
async function dropSecondaryIndexes(deps: AppDeps): Promise<string[]> {
  const { db, dialect } = deps.storage;
  const tables = sql.join(LOADED_TABLES.map((t) => sql.lit(t)));
  const found =
    dialect === 'sqlite'
      ? await sql<{ name: string; definition: string }>`
          SELECT name, sql AS definition FROM sqlite_master
          WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables})`.execute(db)
      : await sql<{ name: string; definition: string }>`
          SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
          WHERE i.schemaname = current_schema() AND i.tablename IN (${tables})
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`.execute(
          db,
        );
  for (const index of found.rows) await sql.raw(`DROP INDEX ${index.name}`).execute(db);
  return found.rows.map((index) => index.definition);
}

function userRow(
  id: string,
  email: string,
  name: string,
  role: 'admin' | 'manager' | 'collector',
  createdAt: string,
): Insertable<Database['users']> {
  return {
    id,
    email,
    name,
    role,
    language: 'fr',
    password_hash: null,
    locked_until: null,
    disabled_at: null,
    created_at: createdAt,
  };
}

/** A count around a mean: Poisson-like spread without a long tail. */
function around(prng: Prng, mean: number): number {
  return Math.max(0, Math.round(mean * (0.25 + prng.next() * 1.5)));
}

function generateCustomer(
  prng: Prng,
  index: number,
  today: string,
  invoicesPerCustomer: number,
  interactionsPerCustomer: number,
  users: GeneratedLedger['users'],
  seq: Record<'invoice' | 'payment' | 'promise' | 'dispute' | 'interaction' | 'contact', number>,
  rows: {
    customers: Rows<'customers'>;
    customer_domains: Rows<'customer_domains'>;
    contacts: Rows<'contacts'>;
    invoices: Rows<'invoices'>;
    payments: Rows<'payments'>;
    payment_applications: Rows<'payment_applications'>;
    payment_promises: Rows<'payment_promises'>;
    payment_promise_invoices: Rows<'payment_promise_invoices'>;
    disputes: Rows<'disputes'>;
    dispute_invoices: Rows<'dispute_invoices'>;
    dispute_events: Rows<'dispute_events'>;
    interactions: Rows<'interactions'>;
  },
): void {
  const id = sequentialId(2, index + 1);
  const profile = prng.weighted(PROFILES);
  const french = prng.chance(0.6);
  const currency = french
    ? 'EUR'
    : prng.weighted([
        ['EUR', 6],
        ['GBP', 3],
        ['USD', 2],
      ] as const);
  const terms = prng.pick([30, 30, 45, 60] as const);
  const collector = users.collectors[index % users.collectors.length] ?? users.manager;
  const word = prng.pick(WORDS);
  const domain = `${word}-${index + 1}.${french ? 'fr' : 'com'}`;
  const created = `${addDays(today, -HISTORY_DAYS - 10)}T08:00:00.000Z`;

  rows.customer_domains.push({ customer_id: id, domain });
  if (prng.chance(0.1))
    rows.customer_domains.push({ customer_id: id, domain: `${word}-group-${index + 1}.com` });
  const contactCount = prng.int(1, 3);
  const emails: string[] = [];
  for (let k = 0; k < contactCount; k++) {
    const email =
      k === 0
        ? `accounts@${domain}`
        : `${prng
            .pick(FIRST)
            .toLowerCase()
            .normalize('NFD')
            .replace(/[^a-z]/g, '')}.${prng.pick(LAST).toLowerCase()}${k}@${domain}`;
    emails.push(email);
    rows.contacts.push({
      id: sequentialId(3, ++seq.contact),
      customer_id: id,
      email,
      name: k === 0 ? 'Accounts payable' : null,
      created_at: created,
      created_by: null,
    });
  }

  const count = Math.max(1, around(prng, invoicesPerCustomer));
  const historyDays = profile === 'new' ? prng.int(20, 85) : HISTORY_DAYS;
  const paid: { dueDate: string; paidDate: string; amount: number }[] = [];
  let firstIssue: string | null = null;
  const openOverdue: { id: string; amount: number; due: string }[] = [];
  const paidLate: { id: string; amount: number; due: string; paidOn: string }[] = [];
  const size = Math.exp(Math.log(300) + prng.next() * Math.log(200));
  for (let k = 0; k < count; k++) {
    const issue = addDays(
      today,
      -Math.floor((historyDays * (count - k)) / count) + prng.int(0, 3) - 1,
    );
    firstIssue ??= issue;
    const due = addDays(issue, terms);
    const amount = Math.round(size * (0.3 + prng.next() * 1.4) * 100);
    const delay =
      profile === 'good'
        ? prng.int(-10, 4)
        : profile === 'occasional'
          ? prng.chance(0.15)
            ? prng.int(6, 14)
            : prng.int(-8, 4)
          : profile === 'recurring'
            ? prng.int(5, 90)
            : prng.int(-5, 20);
    const payOn = addDays(due, delay);
    const invId = sequentialId(4, ++seq.invoice);
    const number = `INV-${String(seq.invoice).padStart(8, '0')}`;
    const isPaid = payOn < today && !(profile === 'recurring' && prng.chance(0.05));
    rows.invoices.push({
      id: invId,
      customer_id: id,
      external_ref: `GEN-${seq.invoice}`,
      number,
      number_key: number.toLowerCase().replace(/[^a-z0-9]/g, ''),
      issue_date: issue,
      due_date: due,
      amount,
      open_amount: isPaid ? 0 : amount,
      currency,
      status: isPaid ? 'paid' : 'open',
      paid_date: isPaid ? payOn : null,
      document_url: null,
      payment_url: null,
      reminder_level: 0,
      last_reminder_on: null,
      created_at: `${issue}T06:00:00.000Z`,
      updated_at: `${isPaid ? payOn : issue}T06:00:00.000Z`,
    });
    if (isPaid) {
      const paymentId = sequentialId(5, ++seq.payment);
      rows.payments.push({
        id: paymentId,
        external_ref: `GENPAY-${seq.payment}`,
        customer_id: id,
        date: payOn,
        amount,
        currency,
        unapplied_amount: 0,
        created_at: `${payOn}T18:00:00.000Z`,
      });
      rows.payment_applications.push({ payment_id: paymentId, invoice_id: invId, amount });
      paid.push({ dueDate: due, paidDate: payOn, amount });
      if (delay > 10 && daysBetween(payOn, today) > 10)
        paidLate.push({ id: invId, amount, due, paidOn: payOn });
    } else if (due < today) {
      openOverdue.push({ id: invId, amount, due });
    }
  }

  const decision = computeSegment({
    asOf: today,
    firstInvoiceDate: firstIssue,
    paidInvoices: paid,
    add: null,
    override: null,
    strategic: false,
  });
  rows.customers.push({
    id,
    external_ref: `G${String(index + 1).padStart(7, '0')}`,
    name: `${word[0]?.toUpperCase()}${word.slice(1)} ${prng.pick(LAST)} ${french ? prng.pick(['SAS', 'SARL', 'SA']) : prng.pick(['Ltd', 'Inc.', 'plc'])} ${index + 1}`,
    segment: decision.segment,
    segment_override: null,
    segment_reason: decision.reason,
    segment_computed_at: `${today}T04:00:00.000Z`,
    strategic: 0,
    assignee_id: collector,
    payment_terms_days: terms,
    currency,
    language: french ? 'fr' : 'en',
    created_at: created,
    updated_at: created,
  });

  // About one open overdue invoice in twenty is disputed.
  for (const inv of openOverdue) {
    if (!prng.chance(0.05)) continue;
    const disputeId = sequentialId(6, ++seq.dispute);
    const opened = `${addDays(inv.due, prng.int(1, Math.max(1, daysBetween(inv.due, today) - 1)))}T10:00:00.000Z`;
    const status = prng.chance(0.6) ? 'open' : 'in_review';
    rows.disputes.push({
      id: disputeId,
      customer_id: id,
      category: prng.pick(DISPUTE_CATEGORIES),
      status,
      owner_id: collector,
      opened_by: collector,
      created_at: opened,
      updated_at: opened,
      source_message_id: null,
      quote: null,
      note: null,
      resolution: null,
      resolved_at: null,
    });
    rows.dispute_invoices.push({ dispute_id: disputeId, invoice_id: inv.id });
    rows.dispute_events.push({
      id: disputeEventId(disputeId, 0),
      dispute_id: disputeId,
      actor_id: collector,
      at: opened,
      from_status: null,
      to_status: 'open',
      changes: '{"status":{"from":null,"to":"open"}}',
      note: null,
    });
  }

  // Promises: kept on late payments, broken or pending on what is still open.
  const promise = (
    invoiceId: string,
    amount: number,
    createdOn: string,
    promisedDate: string,
    status: 'pending' | 'kept' | 'broken',
    paidAmount: number,
  ) => {
    const promiseId = sequentialId(8, ++seq.promise);
    const graceEnds = addDays(promisedDate, 3);
    rows.payment_promises.push({
      id: promiseId,
      customer_id: id,
      amount,
      currency,
      promised_date: promisedDate,
      grace_ends_on: graceEnds,
      status,
      paid_amount: paidAmount,
      note: null,
      source_message_id: null,
      quote: null,
      logged_by: collector,
      created_at: `${createdOn}T09:30:00.000Z`,
      evaluated_at: status === 'pending' ? null : `${addDays(graceEnds, 1)}T05:00:00.000Z`,
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
      followed_up_by: null,
      followed_up_at: null,
    });
    rows.payment_promise_invoices.push({ promise_id: promiseId, invoice_id: invoiceId });
  };
  const late = paidLate[0];
  if (late && prng.chance(0.3))
    promise(
      late.id,
      late.amount,
      addDays(late.paidOn, -5),
      addDays(late.paidOn, -1),
      'kept',
      late.amount,
    );
  const stuck = openOverdue[0];
  if (stuck && prng.chance(0.3)) {
    const createdOn = addDays(today, -prng.int(1, 30));
    const promisedDate = addDays(createdOn, prng.int(2, 10));
    const status = addDays(promisedDate, 3) < today ? 'broken' : 'pending';
    promise(
      stuck.id,
      stuck.amount,
      createdOn > stuck.due ? createdOn : addDays(stuck.due, 1),
      promisedDate,
      status,
      0,
    );
  }

  // Correspondence: reminders out, replies in, logged by the assigned collector.
  const mails = around(prng, interactionsPerCustomer);
  let thread = '';
  for (let k = 0; k < mails; k++) {
    const n = ++seq.interaction;
    const inbound = k % 2 === 1;
    if (!inbound) thread = `${n.toString(16).padStart(10, '0')}${prng.hex(6)}`;
    const on = addDays(today, -Math.floor((historyDays * (mails - k)) / Math.max(1, mails)));
    const sentAt = `${on}T${String(7 + (n % 10)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00.000Z`;
    const contact = emails[k % emails.length] ?? `accounts@${domain}`;
    rows.interactions.push({
      id: sequentialId(9, n),
      customer_id: id,
      message_id: `<${n.toString(16).padStart(10, '0')}.${prng.hex(8)}@${inbound ? domain : DEMO_OWN_DOMAIN}>`,
      thread_id: thread,
      direction: inbound ? 'inbound' : 'outbound',
      from_address: inbound ? contact : `collector@${DEMO_OWN_DOMAIN}`,
      to_addresses: JSON.stringify([inbound ? `collector@${DEMO_OWN_DOMAIN}` : contact]),
      cc_addresses: '[]',
      subject: inbound ? `RE: Payment reminder ${k}` : `Payment reminder ${k}`,
      sent_at: sentAt,
      client: n % 3 === 0 ? 'gmail' : 'outlook',
      logged_by: collector,
      logged_at: sentAt,
      body: null,
    });
  }
}
