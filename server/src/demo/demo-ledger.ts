import type { Insertable } from 'kysely';
import {
  addDays,
  addMonths,
  computeSegment,
  daysBetween,
  epochDayOf,
  evaluatePaymentPromise,
} from '@relance/shared';
import { DISPUTE_CATEGORIES } from '@relance/shared';
import type { DisputeCategory, Segment } from '@relance/shared';
import type { Database } from '../db/schema.ts';
import { disputeEventId } from '../disputes/dispute-event-id.ts';
import { DEMO_CUSTOMERS, personAddress } from './catalogue.ts';
import type { CatalogueCustomer, PayerProfile } from './catalogue.ts';
import { DEMO_OWN_DOMAIN, DEMO_USERS } from './demo-users.ts';
import type { DemoUser } from './demo-users.ts';
import { createPrng } from './prng.ts';
import type { Prng } from './prng.ts';

// The demo ledger as plain rows, built in memory from a seed and a date: the loader inserts
// it, and the preview emails quote its invoice numbers and amounts. Every date is relative to
// `today`, so the ledger looks current whenever it is loaded.

/** The seed of the demo ledger; change it and every number changes. */
export const DEMO_SEED = 'relance-demo-2026';

/** Days of invoice history in the demo (18 months). */
const HISTORY_DAYS = 548;
const GRACE_DAYS = 3;

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

/** A customer of the demo with what the email samples need to know about it. */
export interface DemoCustomer {
  id: string;
  externalRef: string;
  catalogue: CatalogueCustomer;
  contacts: { name: string; email: string }[];
  collector: DemoUser;
  segment: Segment;
}

/** Every row of the demo ledger, table by table, plus an index of its customers. */
export interface DemoLedger {
  today: string;
  customers: DemoCustomer[];
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
  };
}

/** An invoice while the plan is being drawn: its life is decided before it gets a number. */
interface PlannedInvoice {
  id: string;
  customer: DemoCustomer;
  issueDate: string;
  dueDate: string;
  amount: number;
  creditNote: boolean;
  /** Payment events applied to it: date and amount (negative for a credit note). */
  applications: { date: string; amount: number; paymentKey: string }[];
  number: string;
  externalRef: string;
  disputed: boolean;
  promised: boolean;
  stuck: boolean;
}

const instant = (date: string, hour: number, minute = 0) =>
  `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;

const openAmountOf = (inv: PlannedInvoice) =>
  inv.amount - inv.applications.reduce((sum, a) => sum + a.amount, 0);

const lastPaymentDate = (inv: PlannedInvoice) =>
  inv.applications.reduce<string | null>(
    (max, a) => (max === null || a.date > max ? a.date : max),
    null,
  );

/** Builds the demo ledger for a given day; the same seed and day give the same rows. */
export function buildDemoLedger(today: string, seed: string = DEMO_SEED): DemoLedger {
  const prng = createPrng(`${seed}:${today}`);
  // Identities come from their own stream so that ids do not shift when amounts change.
  const ids = createPrng(`${seed}:ids`);
  const customers = planCustomers(prng, ids, today);
  const invoices = planInvoices(prng, ids, customers, today);
  addCreditNotes(prng, ids, invoices, today);
  numberInvoices(invoices);
  const payments = planPayments(prng, ids, invoices, today);

  const rows: DemoLedger['rows'] = {
    customers: [],
    customer_domains: [],
    contacts: [],
    invoices: [],
    payments: payments.payments,
    payment_applications: payments.applications,
    payment_promises: [],
    payment_promise_invoices: [],
    disputes: [],
    dispute_invoices: [],
    dispute_events: [],
    interactions: [],
  };
  const history = new InteractionWriter(prng, ids, rows.interactions);
  planDisputes(prng, ids, invoices, today, rows, history);
  planPromises(prng, ids, invoices, today, rows, history);
  planCorrespondence(prng, invoices, today, history);

  for (const customer of customers) {
    const own = invoices.filter((i) => i.customer === customer);
    customer.segment = segmentOf(customer, own, today).segment;
    pushCustomerRows(customer, own, today, rows);
  }
  for (const inv of invoices) rows.invoices.push(invoiceRow(inv));
  return { today, customers, rows };
}

/** The segment the domain rules give a planned customer, as the loader stores it. */
function segmentOf(customer: DemoCustomer, invoices: PlannedInvoice[], today: string) {
  const sorted = invoices.map((i) => i.issueDate).sort();
  return computeSegment({
    asOf: today,
    firstInvoiceDate: sorted[0] ?? null,
    paidInvoices: invoices
      .filter((i) => !i.creditNote && openAmountOf(i) === 0)
      .map((i) => ({
        dueDate: i.dueDate,
        paidDate: lastPaymentDate(i) ?? i.issueDate,
        amount: i.amount,
      })),
    add: null,
    override: customer.catalogue.strategic ? 'strategic' : null,
    strategic: customer.catalogue.strategic,
  });
}

function planCustomers(prng: Prng, ids: Prng, today: string): DemoCustomer[] {
  const collectors = [DEMO_USERS.camille, DEMO_USERS.julien];
  let french = 0;
  return DEMO_CUSTOMERS.map((catalogue, index) => {
    const domain = catalogue.domains[0] ?? 'example.com';
    const contacts = catalogue.people.map((name) => ({ name, email: personAddress(name, domain) }));
    contacts.push({
      name: catalogue.language === 'fr' ? 'Comptabilité' : 'Accounts payable',
      email: `${catalogue.mailbox}@${domain}`,
    });
    const collector =
      catalogue.language === 'en'
        ? DEMO_USERS.emma
        : (collectors[french++ % 2] ?? DEMO_USERS.camille);
    void prng;
    void today;
    return {
      id: ids.uuid(),
      externalRef: `C${String(10_021 + index * 7).padStart(6, '0')}`,
      catalogue,
      contacts,
      collector,
      segment: 'new' as Segment,
    };
  });
}

const SIZE_RANGE = { s: [280, 2_600], m: [1_400, 12_500], l: [7_500, 58_000] } as const;
const MONTHLY_RATE = { s: 1.2, m: 1.95, l: 2.85 } as const;

function drawAmount(prng: Prng, size: 's' | 'm' | 'l'): number {
  const [low, high] = SIZE_RANGE[size];
  const major = Math.exp(Math.log(low) + prng.next() * (Math.log(high) - Math.log(low)));
  // Some invoices are round figures (a fixed fee), most carry cents.
  return prng.chance(0.15) ? Math.round(major / 50) * 5_000 : Math.round(major * 100);
}

function planInvoices(
  prng: Prng,
  ids: Prng,
  customers: DemoCustomer[],
  today: string,
): PlannedInvoice[] {
  const invoices: PlannedInvoice[] = [];
  for (const customer of customers) {
    const { profile, size } = customer.catalogue;
    const start =
      profile === 'new'
        ? addDays(today, -prng.int(28, 80))
        : addDays(today, -HISTORY_DAYS + prng.int(0, 20));
    const gap = 30 / MONTHLY_RATE[size];
    let date = start;
    while (date < today) {
      invoices.push({
        id: ids.uuid(),
        customer,
        issueDate: date,
        dueDate: addDays(date, customer.catalogue.termsDays),
        amount: drawAmount(prng, size),
        creditNote: false,
        applications: [],
        number: '',
        externalRef: '',
        disputed: false,
        promised: false,
        stuck: false,
      });
      date = addDays(date, Math.max(1, Math.round(gap * (0.4 + prng.next() * 1.2))));
    }
  }
  return invoices;
}

/** Days after the due date a customer of this profile pays one invoice (negative: early). */
function delayFor(prng: Prng, profile: PayerProfile): number {
  switch (profile) {
    case 'good':
      return prng.int(-12, 4);
    case 'occasional':
      return prng.chance(0.12) ? prng.int(7, 14) : prng.int(-10, 4);
    case 'recurring':
      return prng.chance(0.15) ? prng.int(-3, 5) : prng.int(15, 80);
    case 'new':
      return prng.chance(0.3) ? prng.int(6, 20) : prng.int(-8, 3);
  }
}

/**
 * When each invoice gets paid (null: still open today). The draw follows the customer's
 * profile; then each profile is made to hold in the last 12 months, so the segment rules give
 * every customer the segment its profile stands for whatever the seed.
 */
function drawPayDates(
  prng: Prng,
  invoices: PlannedInvoice[],
  today: string,
): Map<PlannedInvoice, string | null> {
  const payDates = new Map<PlannedInvoice, string | null>();
  for (const inv of invoices) {
    const { profile } = inv.customer.catalogue;
    // A few invoices of late payers are simply not paid: they make the oldest buckets.
    if (profile === 'recurring' && daysBetween(inv.issueDate, today) < 240 && prng.chance(0.1)) {
      inv.stuck = true;
      payDates.set(inv, null);
      continue;
    }
    const date = addDays(inv.dueDate, delayFor(prng, profile));
    payDates.set(inv, date < today ? date : null);
  }

  const windowStart = addMonths(today, -12);
  const byCustomer = new Map<DemoCustomer, PlannedInvoice[]>();
  for (const inv of invoices)
    byCustomer.set(inv.customer, [...(byCustomer.get(inv.customer) ?? []), inv]);
  for (const [customer, own] of byCustomer) {
    const { profile } = customer.catalogue;
    const lateBy = (inv: PlannedInvoice) => {
      const date = payDates.get(inv);
      return date && date > windowStart ? daysBetween(inv.dueDate, date) : null;
    };
    // Invoices that can be paid `days` late before today, most recent first.
    const movable = (days: number) =>
      own
        .filter((i) => !i.stuck && i.dueDate > windowStart && addDays(i.dueDate, days) < today)
        .reverse();
    if (profile === 'occasional' && !own.some((i) => (lateBy(i) ?? 0) > 5)) {
      const inv = movable(10)[2];
      if (inv) payDates.set(inv, addDays(inv.dueDate, 10));
    }
    if (profile === 'recurring') {
      const missing = 3 - own.filter((i) => (lateBy(i) ?? 0) > 15).length;
      for (const inv of movable(30).slice(0, Math.max(0, missing)))
        payDates.set(inv, addDays(inv.dueDate, 30));
    }
  }
  return payDates;
}

function addCreditNotes(prng: Prng, ids: Prng, invoices: PlannedInvoice[], today: string): void {
  const candidates = invoices.filter(
    (i) => daysBetween(i.issueDate, today) > 20 && i.customer.catalogue.profile !== 'new',
  );
  for (let n = 0; n < 12; n++) {
    // The last one is recent and still open: it lowers the balance until it is used.
    const recent = candidates.filter((i) => daysBetween(i.issueDate, today) < 40);
    const base = prng.pick(n === 11 && recent.length > 0 ? recent : candidates);
    const issueDate = n === 11 ? addDays(today, -3) : addDays(base.issueDate, prng.int(5, 15));
    if (issueDate >= today) continue;
    invoices.push({
      ...base,
      id: ids.uuid(),
      issueDate,
      dueDate: issueDate,
      amount: -Math.round((base.amount * prng.int(5, 25)) / 100),
      creditNote: true,
      applications: [],
    });
  }
}

/** Numbers in issue-date order, in the scheme of the customer's language and currency. */
function numberInvoices(invoices: PlannedInvoice[]): void {
  invoices.sort((a, b) =>
    a.issueDate === b.issueDate ? a.id.localeCompare(b.id) : a.issueDate < b.issueDate ? -1 : 1,
  );
  const perYear = new Map<string, number>();
  let english = 8_412;
  let credit = 1_041;
  let doc = 4_100_000;
  invoices.forEach((inv, index) => {
    const year = inv.issueDate.slice(0, 4);
    const { language, currency } = inv.customer.catalogue;
    if (inv.creditNote) {
      const key = `AV${year}`;
      const n = (perYear.get(key) ?? 0) + 1;
      perYear.set(key, n);
      inv.number =
        language === 'fr' ? `AV-${year}-${String(n).padStart(4, '0')}` : `CN-${credit++}`;
    } else if (language === 'en') {
      inv.number = `INV-${english++}`;
    } else {
      // Two French schemes: the main ERP and the subsidiary billed from the old system.
      const scheme = currency === 'EUR' && index % 5 === 0 ? 'F' : 'FA';
      const key = `${scheme}${year}`;
      const n = (perYear.get(key) ?? (scheme === 'FA' ? 0 : 40)) + 1;
      perYear.set(key, n);
      inv.number =
        scheme === 'FA'
          ? `FA-${year}-${String(n).padStart(4, '0')}`
          : `F${year}/${String(n).padStart(4, '0')}`;
    }
    inv.externalRef = `ERP-${doc++}`;
  });
}

interface PaymentEvent {
  customer: DemoCustomer;
  date: string;
  applications: { invoice: PlannedInvoice; amount: number }[];
  unapplied: number;
}

function planPayments(prng: Prng, ids: Prng, invoices: PlannedInvoice[], today: string) {
  const events = new Map<string, PaymentEvent>();
  const eventFor = (customer: DemoCustomer, date: string) => {
    const key = `${customer.id}:${date}`;
    let event = events.get(key);
    if (!event) {
      event = { customer, date, applications: [], unapplied: 0 };
      events.set(key, event);
    }
    return event;
  };
  const apply = (inv: PlannedInvoice, date: string, amount: number) => {
    eventFor(inv.customer, date).applications.push({ invoice: inv, amount });
    inv.applications.push({ date, amount, paymentKey: `${inv.customer.id}:${date}` });
  };

  const ordinary = invoices.filter((i) => !i.creditNote);
  const payDates = drawPayDates(prng, ordinary, today);
  for (const inv of ordinary) {
    const { profile } = inv.customer.catalogue;
    const payDate = payDates.get(inv) ?? null;
    if (inv.stuck) {
      const lastChance = Math.max(6, daysBetween(inv.dueDate, today) - 1);
      if (prng.chance(0.4)) {
        // A part paid since the due date; never a payment dated after today.
        const partOn = addDays(inv.dueDate, prng.int(5, lastChance));
        if (partOn < today) apply(inv, partOn, Math.round(inv.amount * 0.3));
      }
      continue;
    }
    if (payDate === null) {
      // Open today; some late payers sent part of it already.
      const partialDate = addDays(inv.dueDate, prng.int(1, 20));
      if (profile !== 'good' && partialDate < today && prng.chance(0.12)) {
        apply(inv, partialDate, Math.round((inv.amount * prng.int(30, 60)) / 100));
      }
      continue;
    }
    const firstPart = addDays(payDate, -prng.int(8, 25));
    if (prng.chance(0.04) && firstPart > inv.issueDate) {
      const part = Math.round((inv.amount * prng.int(30, 70)) / 100);
      apply(inv, firstPart, part);
      apply(inv, payDate, inv.amount - part);
    } else {
      apply(inv, payDate, inv.amount);
    }
  }

  // Credit notes ride on the customer's next payment after they are issued, or stay open.
  for (const note of invoices.filter((i) => i.creditNote)) {
    if (daysBetween(note.issueDate, today) < 10) continue;
    const next = [...events.values()]
      .filter((e) => e.customer === note.customer && e.date > note.issueDate)
      .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (next && next.applications.reduce((s, a) => s + a.amount, 0) > -note.amount) {
      next.applications.push({ invoice: note, amount: note.amount });
      note.applications.push({
        date: next.date,
        amount: note.amount,
        paymentKey: `${note.customer.id}:${next.date}`,
      });
    }
  }

  // A little cash nobody could match, and an overpayment.
  const openLate = ordinary.filter((i) => openAmountOf(i) > 0 && i.dueDate < today);
  for (let n = 0; n < 3; n++) {
    const inv = prng.pick(openLate);
    const event = eventFor(inv.customer, addDays(today, -prng.int(2, 12)));
    event.unapplied += Math.min(Math.round(inv.amount / 10_000) * 10_000, 480_000) || 50_000;
  }
  const paidOnce = [...events.values()].filter(
    (e) => e.applications.length === 1 && e.unapplied === 0,
  );
  const over = prng.pick(paidOnce);
  over.unapplied += 1_250;

  const payments: Rows<'payments'> = [];
  const applications: Rows<'payment_applications'> = [];
  const sorted = [...events.values()].sort((a, b) =>
    a.date === b.date ? a.customer.id.localeCompare(b.customer.id) : a.date < b.date ? -1 : 1,
  );
  let seq = 1;
  for (const event of sorted) {
    const id = ids.uuid();
    const applied = event.applications.reduce((sum, a) => sum + a.amount, 0);
    payments.push({
      id,
      external_ref: `PAY-${event.date.replaceAll('-', '')}-${String(seq++).padStart(4, '0')}`,
      customer_id: event.customer.id,
      date: event.date,
      amount: applied + event.unapplied,
      currency: event.customer.catalogue.currency,
      unapplied_amount: event.unapplied,
      created_at: instant(event.date, 18),
    });
    for (const a of event.applications)
      applications.push({ payment_id: id, invoice_id: a.invoice.id, amount: a.amount });
  }
  return { payments, applications };
}

const DISPUTE_NOTES: Record<DisputeCategory, { fr: string; en: string }> = {
  price: {
    fr: 'Le client conteste le prix unitaire appliqué.',
    en: 'Customer disputes the unit price charged.',
  },
  quantity: {
    fr: 'Quantité facturée supérieure à la quantité livrée.',
    en: 'Invoiced quantity exceeds what was delivered.',
  },
  quality: {
    fr: 'Marchandise reçue abîmée, photos envoyées.',
    en: 'Goods arrived damaged; photos sent.',
  },
  not_received: {
    fr: 'Le client dit ne pas avoir reçu la facture.',
    en: 'Customer says the goods were never received.',
  },
  missing_po: {
    fr: 'Bon de commande manquant sur la facture.',
    en: 'Purchase order number missing on the invoice.',
  },
  duplicate: {
    fr: 'Doublon possible avec une facture précédente.',
    en: 'Possible duplicate of an earlier invoice.',
  },
  already_paid: {
    fr: 'Le client affirme avoir déjà payé.',
    en: 'Customer states the invoice was already paid.',
  },
  other: {
    fr: 'Changement de raison sociale, facture à rééditer.',
    en: 'Company name changed; invoice to be reissued.',
  },
};

function planDisputes(
  prng: Prng,
  ids: Prng,
  invoices: PlannedInvoice[],
  today: string,
  rows: DemoLedger['rows'],
  history: InteractionWriter,
): void {
  const open = invoices.filter(
    (i) =>
      !i.creditNote &&
      openAmountOf(i) > 0 &&
      i.dueDate < today &&
      i.applications.length === 0 &&
      i.customer.catalogue.profile !== 'good',
  );
  const used = new Set<PlannedInvoice>();
  // Sixteen live disputes: every category twice, half of them already in review.
  for (let n = 0; n < 16; n++) {
    const category = DISPUTE_CATEGORIES[n % DISPUTE_CATEGORIES.length] ?? 'other';
    const candidates = open.filter((i) => !used.has(i));
    const inv = prng.pick(candidates);
    used.add(inv);
    const linked = [inv];
    if (category === 'duplicate' || prng.chance(0.2)) {
      const sibling = candidates.find(
        (i) => i !== inv && i.customer === inv.customer && !used.has(i),
      );
      if (sibling) {
        used.add(sibling);
        linked.push(sibling);
      }
    }
    const status = (n + Math.floor(n / 8)) % 2 === 0 ? 'open' : 'in_review';
    const opened = addDays(
      today,
      -prng.int(2, Math.min(45, Math.max(3, daysBetween(inv.issueDate, today) - 1))),
    );
    writeDispute(prng, ids, rows, history, { invoices: linked, category, status, opened, today });
  }
  // Closed history: resolved with each resolution, and a cancelled one.
  const settled = invoices.filter(
    (i) => !i.creditNote && openAmountOf(i) === 0 && daysBetween(i.dueDate, today) > 60,
  );
  const resolutions = [
    'credit_note',
    're_invoiced',
    'rejected',
    'paid',
    'rejected',
    'paid',
    'credit_note',
  ] as const;
  for (let n = 0; n < 9; n++) {
    const inv = prng.pick(settled.filter((i) => !used.has(i)));
    used.add(inv);
    const category = prng.pick(DISPUTE_CATEGORIES);
    const paid = lastPaymentDate(inv) ?? inv.dueDate;
    const opened = addDays(
      inv.issueDate,
      prng.int(3, Math.max(4, daysBetween(inv.issueDate, paid) - 1)),
    );
    const resolution = n < resolutions.length ? resolutions[n] : null;
    writeDispute(prng, ids, rows, history, {
      invoices: [inv],
      category,
      status: resolution ? 'resolved' : 'cancelled',
      opened,
      today,
      resolution: resolution ?? null,
      closed: paid > opened ? paid : addDays(opened, 1),
    });
  }
}

function writeDispute(
  prng: Prng,
  ids: Prng,
  rows: DemoLedger['rows'],
  history: InteractionWriter,
  d: {
    invoices: PlannedInvoice[];
    category: DisputeCategory;
    status: 'open' | 'in_review' | 'resolved' | 'cancelled';
    opened: string;
    today: string;
    resolution?: string | null;
    closed?: string;
  },
): void {
  const first = d.invoices[0];
  if (!first) return;
  const customer = first.customer;
  const collector = customer.collector;
  const lang = customer.catalogue.language;
  const id = ids.uuid();
  for (const inv of d.invoices) inv.disputed = d.status === 'open' || d.status === 'in_review';

  const source = history.inbound(
    customer,
    d.opened,
    disputeSubject(d.category, first.number, lang),
    null,
  );
  const createdAt = addMinutes(source.sent_at, prng.int(10, 180));
  const reviewAt =
    d.status === 'open' ? null : instant(addDays(d.opened, prng.int(1, 4)), 9, prng.int(0, 59));
  const closedAt = d.closed ? instant(d.closed, 15, prng.int(0, 59)) : null;
  const owner = d.status === 'in_review' && prng.chance(0.5) ? DEMO_USERS.manager : collector;
  const note = DISPUTE_NOTES[d.category][lang];

  rows.disputes.push({
    id,
    customer_id: customer.id,
    category: d.category,
    status: d.status,
    owner_id: owner.id,
    opened_by: collector.id,
    created_at: createdAt,
    updated_at: closedAt ?? reviewAt ?? createdAt,
    source_message_id: source.message_id,
    quote: quoteFor(d.category, first.number, lang),
    note,
    resolution: d.status === 'resolved' ? (d.resolution ?? null) : null,
    resolved_at: d.status === 'resolved' ? closedAt : null,
  });
  for (const inv of d.invoices) rows.dispute_invoices.push({ dispute_id: id, invoice_id: inv.id });

  const event = (
    actor: DemoUser,
    at: string,
    from: string | null,
    to: string,
    changes: Record<string, unknown>,
    text: string | null,
  ) =>
    rows.dispute_events.push({
      // The service's own scheme, so that later changes sort after the demo's history.
      id: disputeEventId(id, rows.dispute_events.filter((e) => e.dispute_id === id).length),
      dispute_id: id,
      actor_id: actor.id,
      at,
      from_status: from,
      to_status: to,
      changes: JSON.stringify(changes),
      note: text,
    });
  event(
    collector,
    createdAt,
    null,
    'open',
    { status: { from: null, to: 'open' }, category: d.category, owner: owner.id },
    note,
  );
  if (reviewAt)
    event(
      owner,
      reviewAt,
      'open',
      'in_review',
      { status: { from: 'open', to: 'in_review' } },
      lang === 'fr' ? 'Transmis au service commercial.' : 'Passed to sales for review.',
    );
  if (closedAt && reviewAt) {
    const to = d.status;
    const changes =
      to === 'resolved'
        ? { status: { from: 'in_review', to }, resolution: d.resolution }
        : { status: { from: 'in_review', to } };
    event(
      DEMO_USERS.manager,
      closedAt > reviewAt ? closedAt : addMinutes(reviewAt, 60),
      'in_review',
      to,
      changes,
      null,
    );
  }
}

function disputeSubject(category: DisputeCategory, number: string, lang: 'fr' | 'en'): string {
  const fr: Record<DisputeCategory, string> = {
    price: `Facture ${number} : erreur de prix`,
    quantity: `Facture ${number} - quantités`,
    quality: `Marchandise abîmée - facture ${number}`,
    not_received: `Facture ${number} non reçue`,
    missing_po: `Facture ${number} : bon de commande manquant`,
    duplicate: `Doublon facture ${number}`,
    already_paid: `Facture ${number} déjà réglée`,
    other: `Facture ${number} à rééditer`,
  };
  const en: Record<DisputeCategory, string> = {
    price: `Invoice ${number} - pricing query`,
    quantity: `Invoice ${number}: quantity discrepancy`,
    quality: `Damaged goods - invoice ${number}`,
    not_received: `Invoice ${number} - goods not received`,
    missing_po: `Invoice ${number} rejected: missing PO`,
    duplicate: `Duplicate invoice ${number}?`,
    already_paid: `RE: Invoice ${number} - already paid`,
    other: `Invoice ${number} - please reissue`,
  };
  return (lang === 'fr' ? fr : en)[category];
}

function quoteFor(category: DisputeCategory, number: string, lang: 'fr' | 'en'): string {
  if (lang === 'en') {
    const en: Record<DisputeCategory, string> = {
      price: `The unit price on ${number} does not match our agreed price list.`,
      quantity: `We only received part of the quantity billed on ${number}.`,
      quality: `Several items delivered under ${number} were damaged.`,
      not_received: `We have no record of receiving the goods for ${number}.`,
      missing_po: `${number} cannot be processed without our PO number.`,
      duplicate: `${number} looks like a duplicate of an invoice we already paid.`,
      already_paid: `Our records show ${number} was paid last month.`,
      other: `Please reissue ${number} to our new registered company name.`,
    };
    return en[category];
  }
  const fr: Record<DisputeCategory, string> = {
    price: `Le prix appliqué sur la facture ${number} ne correspond pas au devis.`,
    quantity: `Nous n'avons reçu qu'une partie des quantités facturées sur ${number}.`,
    quality: `Une partie de la marchandise de la facture ${number} est arrivée abîmée.`,
    not_received: `Nous n'avons jamais reçu la facture ${number}.`,
    missing_po: `La facture ${number} ne porte pas notre numéro de bon de commande.`,
    duplicate: `La facture ${number} semble faire doublon.`,
    already_paid: `La facture ${number} a déjà été payée par virement.`,
    other: `Merci de rééditer la facture ${number} à notre nouvelle raison sociale.`,
  };
  return fr[category];
}

const addMinutes = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();

function planPromises(
  prng: Prng,
  ids: Prng,
  invoices: PlannedInvoice[],
  today: string,
  rows: DemoLedger['rows'],
  history: InteractionWriter,
): void {
  const ordinary = invoices.filter((i) => !i.creditNote && !i.disputed);
  const add = (
    inv: PlannedInvoice[],
    createdOn: string,
    promisedDate: string,
    amount: number,
    wanted: 'pending' | 'kept' | 'broken' | 'cancelled',
  ) => {
    const first = inv[0];
    if (!first || promisedDate < createdOn || createdOn >= today || amount <= 0) return false;
    const customer = first.customer;
    const lang = customer.catalogue.language;
    const source = history.inbound(customer, createdOn, promiseSubject(first.number, lang), null);
    const createdAt = addMinutes(source.sent_at, prng.int(5, 90));
    const payments = inv.flatMap((i) =>
      i.applications.map((a) => ({ date: a.date, amount: a.amount })),
    );
    const evaluation = evaluatePaymentPromise({
      promise: {
        amount,
        promisedDate,
        createdAt,
        status: wanted === 'cancelled' ? 'cancelled' : 'pending',
      },
      graceDays: GRACE_DAYS,
      thresholdPercent: 100,
      asOf: today,
      payments,
    });
    if (evaluation.status !== wanted) return false;
    for (const i of inv) if (wanted === 'pending') i.promised = true;
    const decided = wanted === 'kept' || wanted === 'broken';
    const followed = wanted === 'broken' && daysBetween(evaluation.decidedOn, today) > 3;
    const id = ids.uuid();
    rows.payment_promises.push({
      id,
      customer_id: customer.id,
      amount,
      currency: customer.catalogue.currency,
      promised_date: promisedDate,
      grace_ends_on: evaluation.graceEndsOn,
      status: wanted,
      paid_amount: evaluation.paidAmount,
      note:
        wanted === 'cancelled'
          ? null
          : lang === 'fr'
            ? 'Promesse reçue par email.'
            : 'Promise received by email.',
      source_message_id: source.message_id,
      quote: promiseQuote(first.number, promisedDate, lang),
      logged_by: customer.collector.id,
      created_at: createdAt,
      evaluated_at: decided ? instant(evaluation.decidedOn, 5) : null,
      cancelled_by: wanted === 'cancelled' ? DEMO_USERS.manager.id : null,
      cancelled_at: wanted === 'cancelled' ? instant(addDays(createdOn, 2), 10) : null,
      cancel_reason:
        wanted === 'cancelled'
          ? lang === 'fr'
            ? 'Remplacée par un échéancier.'
            : 'Replaced by a payment plan.'
          : null,
      followed_up_by: followed ? customer.collector.id : null,
      followed_up_at: followed ? instant(addDays(evaluation.decidedOn, 1), 8, 30) : null,
    });
    for (const i of inv) rows.payment_promise_invoices.push({ promise_id: id, invoice_id: i.id });
    return true;
  };

  // Kept: a late invoice paid within a few days of the promised date.
  const paidLate = ordinary.filter((i) => {
    const paid = lastPaymentDate(i);
    return (
      i.applications.length === 1 &&
      openAmountOf(i) === 0 &&
      paid !== null &&
      daysBetween(i.dueDate, paid) > 8 &&
      daysBetween(paid, today) > 5
    );
  });
  let kept = 0;
  for (const inv of shuffle(prng, paidLate)) {
    if (kept >= 24) break;
    const paid = lastPaymentDate(inv) ?? inv.dueDate;
    const createdOn = addDays(paid, -prng.int(3, 8));
    if (createdOn <= inv.dueDate) continue;
    if (add([inv], createdOn, addDays(paid, -prng.int(0, 2)), inv.amount, 'kept')) kept++;
  }

  // Broken: promised well before the money came, or never came.
  let broken = 0;
  for (const inv of shuffle(prng, paidLate)) {
    if (broken >= 10) break;
    const paid = lastPaymentDate(inv) ?? inv.dueDate;
    if (daysBetween(inv.dueDate, paid) < 20) continue;
    const createdOn = addDays(inv.dueDate, prng.int(2, 5));
    if (add([inv], createdOn, addDays(createdOn, prng.int(3, 7)), inv.amount, 'broken')) broken++;
  }
  const stillOpen = ordinary.filter(
    (i) => openAmountOf(i) > 0 && daysBetween(i.dueDate, today) > 25,
  );
  for (const inv of shuffle(prng, stillOpen).slice(0, 8)) {
    const createdOn = addDays(
      today,
      -prng.int(12, Math.max(13, Math.min(60, daysBetween(inv.dueDate, today) - 1))),
    );
    if (createdOn <= inv.dueDate) continue;
    // Partially kept shows as broken with the share paid.
    add(
      [inv],
      createdOn,
      addDays(createdOn, prng.int(3, 7)),
      openAmountOf(inv) + inv.applications.reduce((s, a) => s + a.amount, 0),
      'broken',
    );
  }

  // Pending: promised recently, for dates from a few days ago to the next weeks.
  const overdue = ordinary.filter((i) => openAmountOf(i) > 0 && i.dueDate < today && !i.promised);
  let pending = 0;
  for (const inv of shuffle(prng, overdue)) {
    if (pending >= 11) break;
    if (rows.payment_promise_invoices.some((p) => p.invoice_id === inv.id)) continue;
    const createdOn = addDays(today, -prng.int(1, 6));
    if (createdOn <= inv.dueDate) continue;
    const promisedDate = addDays(today, prng.int(-2, 16));
    const promisedDateOk = promisedDate >= createdOn ? promisedDate : createdOn;
    if (add([inv], createdOn, promisedDateOk, openAmountOf(inv), 'pending')) pending++;
  }
  // One promise for the whole account with no invoice named, and two cancelled.
  const account = overdue.find((i) => !i.promised && i.customer.catalogue.profile === 'recurring');
  if (account) {
    const total = overdue
      .filter((i) => i.customer === account.customer && !i.promised)
      .reduce((s, i) => s + openAmountOf(i), 0);
    if (add([account], addDays(today, -3), addDays(today, 9), Math.round(total / 2), 'pending')) {
      rows.payment_promise_invoices.pop();
    }
  }
  for (const inv of shuffle(prng, stillOpen).slice(0, 2)) {
    add(
      [inv],
      addDays(today, -prng.int(20, 40)),
      addDays(today, -prng.int(5, 15)),
      openAmountOf(inv),
      'cancelled',
    );
  }
}

function promiseSubject(number: string, lang: 'fr' | 'en'): string {
  return lang === 'fr'
    ? `RE: Relance facture ${number}`
    : `RE: Payment reminder - invoice ${number}`;
}

function promiseQuote(number: string, date: string, lang: 'fr' | 'en'): string {
  const [y, m, d] = date.split('-');
  return lang === 'fr'
    ? `Nous réglerons la facture ${number} le ${Number(d)}/${m}/${y}.`
    : `We will pay invoice ${number} on ${d}/${m}/${y}.`;
}

/** Reminders and replies around late invoices, plus statement requests from good payers. */
function planCorrespondence(
  prng: Prng,
  invoices: PlannedInvoice[],
  today: string,
  history: InteractionWriter,
): void {
  for (const inv of invoices) {
    if (inv.creditNote) continue;
    const lang = inv.customer.catalogue.language;
    const paid = openAmountOf(inv) === 0 ? lastPaymentDate(inv) : null;
    const lateBy = daysBetween(inv.dueDate, paid ?? today);
    if (lateBy <= 6 || !prng.chance(0.45)) continue;
    const reminderOn = addDays(inv.dueDate, prng.int(3, Math.min(lateBy - 1, 12)));
    if (reminderOn >= today) continue;
    const subject =
      lang === 'fr'
        ? `Relance : facture ${inv.number} échue`
        : `Payment reminder - invoice ${inv.number}`;
    const sent = history.outbound(inv.customer, reminderOn, subject, null);
    const replyOn = addDays(reminderOn, prng.int(0, 3));
    if (replyOn < today && prng.chance(0.6))
      history.inbound(inv.customer, replyOn, `RE: ${subject}`, sent.thread_id ?? null);
  }
  for (const customer of new Set(invoices.map((i) => i.customer))) {
    if (!prng.chance(0.5)) continue;
    const on = addDays(today, -prng.int(3, 200));
    const fr = customer.catalogue.language === 'fr';
    const asked = history.inbound(
      customer,
      on,
      fr ? 'Demande de relevé de compte' : 'Statement of account request',
      null,
    );
    history.outbound(
      customer,
      addDays(on, 1) < today ? addDays(on, 1) : on,
      fr ? 'RE: Demande de relevé de compte' : 'RE: Statement of account request',
      asked.thread_id ?? null,
    );
  }
}

/** Writes interaction rows with Message-IDs and threads shaped like each client's. */
class InteractionWriter {
  constructor(
    private readonly prng: Prng,
    private readonly ids: Prng,
    private readonly rows: Rows<'interactions'>,
  ) {}

  inbound(customer: DemoCustomer, date: string, subject: string, threadId: string | null) {
    const contact = this.prng.pick(customer.contacts);
    return this.write(customer, date, subject, threadId, 'inbound', contact.email, [
      customer.collector.email,
    ]);
  }

  outbound(customer: DemoCustomer, date: string, subject: string, threadId: string | null) {
    const to = customer.contacts[0]?.email ?? `contact@${customer.catalogue.domains[0]}`;
    return this.write(customer, date, subject, threadId, 'outbound', customer.collector.email, [
      to,
    ]);
  }

  private write(
    customer: DemoCustomer,
    date: string,
    subject: string,
    threadId: string | null,
    direction: 'inbound' | 'outbound',
    from: string,
    to: string[],
  ) {
    const collector = customer.collector;
    const client = this.prng.chance(0.85)
      ? collector.client
      : collector.client === 'outlook'
        ? 'gmail'
        : 'outlook';
    const sentAt = instant(date, this.prng.int(7, 16), this.prng.int(0, 59));
    const domain = from.split('@')[1] ?? DEMO_OWN_DOMAIN;
    const cc =
      direction === 'inbound' && this.prng.chance(0.2)
        ? [customer.contacts[customer.contacts.length - 1]?.email ?? from]
        : [];
    const row = {
      id: this.ids.uuid(),
      customer_id: customer.id,
      message_id: `<${this.ids.hex(20)}@${domain}>`,
      thread_id: threadId ?? (client === 'gmail' ? this.ids.hex(16) : `AAQkAD${this.ids.hex(28)}`),
      direction,
      from_address: from,
      to_addresses: JSON.stringify(to),
      cc_addresses: JSON.stringify(cc.filter((a) => a !== from)),
      subject,
      sent_at: sentAt,
      client,
      logged_by: collector.id,
      logged_at: addMinutes(sentAt, this.prng.int(1, 240)),
      body: null,
    } satisfies Insertable<Database['interactions']>;
    this.rows.push(row);
    return row;
  }
}

function shuffle<T>(prng: Prng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function pushCustomerRows(
  customer: DemoCustomer,
  invoices: PlannedInvoice[],
  today: string,
  rows: DemoLedger['rows'],
): void {
  const first = invoices.map((i) => i.issueDate).sort()[0] ?? today;
  const created = instant(addDays(first, -7), 8);
  const decision = segmentOf(customer, invoices, today);
  rows.customers.push({
    id: customer.id,
    external_ref: customer.externalRef,
    name: customer.catalogue.name,
    segment: decision.segment,
    segment_override: customer.catalogue.strategic ? 'strategic' : null,
    segment_reason: decision.reason,
    segment_computed_at: instant(today, 4),
    strategic: customer.catalogue.strategic ? 1 : 0,
    assignee_id: customer.collector.id,
    payment_terms_days: customer.catalogue.termsDays,
    currency: customer.catalogue.currency,
    language: customer.catalogue.language,
    created_at: created,
    updated_at: created,
  });
  for (const domain of customer.catalogue.domains)
    rows.customer_domains.push({ customer_id: customer.id, domain });
  customer.contacts.forEach((contact, n) =>
    rows.contacts.push({
      id: `${customer.id.slice(0, 24)}${String(n).padStart(12, '0')}`,
      customer_id: customer.id,
      email: contact.email,
      name: contact.name,
      created_at: created,
      created_by: null,
    }),
  );
}

function invoiceRow(inv: PlannedInvoice): Insertable<Database['invoices']> {
  const open = openAmountOf(inv);
  const paid = open === 0 ? lastPaymentDate(inv) : null;
  const created = instant(inv.issueDate, 6);
  return {
    id: inv.id,
    customer_id: inv.customer.id,
    external_ref: inv.externalRef,
    number: inv.number,
    number_key: inv.number.toLowerCase().replace(/[^a-z0-9]/g, ''),
    issue_date: inv.issueDate,
    due_date: inv.dueDate,
    amount: inv.amount,
    open_amount: open,
    currency: inv.customer.catalogue.currency,
    status: open === 0 ? 'paid' : 'open',
    paid_date: paid,
    document_url: `https://erp.relance-demo.com/documents/${encodeURIComponent(inv.number)}.pdf`,
    payment_url: inv.creditNote
      ? null
      : `https://pay.relance-demo.com/i/${inv.externalRef.toLowerCase()}`,
    reminder_level: 0,
    last_reminder_on: null,
    created_at: created,
    updated_at: paid ? instant(paid, 18) : created,
  };
}

/** Epoch day helper re-exported for the email samples. */
export const epochDay = epochDayOf;
/** Month arithmetic re-exported for the email samples. */
export const monthsLater = addMonths;
