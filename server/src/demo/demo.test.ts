import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  computeSegment,
  evaluatePaymentPromise,
  findInvoiceNumbers,
  normalizeInvoiceNumber,
  SEGMENTS,
} from '@relance/shared';
import type { Segment } from '@relance/shared';
import { verifyPassword } from '../auth/passwords.ts';
import { hashSecret, looksLikeApiToken } from '../auth/tokens.ts';
import { loadConfig } from '../config.ts';
import type { Storage } from '../db/connect.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { getSettings } from '../settings/settings.service.ts';
import { databasesUnderTest } from '../testing.ts';
import { buildDemoLedger } from './demo-ledger.ts';
import { DEMO_OWN_DOMAIN, DEMO_PASSWORD, DEMO_USER_LIST, describeDemo } from './demo-users.ts';
import { demoEmails } from './emails.ts';
import { DemoNotEmptyError, loadDemo } from './load-demo.ts';

const TODAY = '2026-03-16';

function depsOver(storage: Storage): AppDeps {
  return {
    config: loadConfig({ LOG_LEVEL: 'silent' }, { demo: true }),
    storage,
    logger: createLogger('silent'),
    clock: { now: () => new Date(`${TODAY}T10:00:00Z`) },
  };
}

describe('buildDemoLedger', () => {
  const ledger = buildDemoLedger(TODAY);
  const { rows } = ledger;

  it('is deterministic: the same day gives the same invoice numbers and amounts', () => {
    const again = buildDemoLedger(TODAY);
    const shape = (l: typeof ledger) =>
      l.rows.invoices.map((i) => [i.number, i.amount, i.open_amount]);
    expect(shape(again)).toEqual(shape(ledger));
    expect(again.rows.payments.map((p) => p.amount)).toEqual(rows.payments.map((p) => p.amount));
  });

  it('has the advertised size', () => {
    expect(rows.customers.length).toBeGreaterThanOrEqual(55);
    expect(rows.customers.length).toBeLessThanOrEqual(65);
    expect(rows.invoices.length).toBeGreaterThanOrEqual(1_700);
    expect(rows.invoices.length).toBeLessThanOrEqual(2_300);
    const issued = rows.invoices.map((i) => i.issue_date).sort();
    expect(issued[0]! < '2024-10-01').toBe(true);
  });

  it('keeps open amounts, statuses and paid dates consistent with the applications', () => {
    const applied = new Map<string, number>();
    for (const a of rows.payment_applications)
      applied.set(a.invoice_id, (applied.get(a.invoice_id) ?? 0) + a.amount);
    for (const inv of rows.invoices) {
      expect(inv.open_amount).toBe(inv.amount - (applied.get(inv.id) ?? 0));
      expect(inv.status).toBe(inv.open_amount === 0 ? 'paid' : 'open');
      expect(inv.paid_date === null).toBe(inv.status !== 'paid');
    }
    for (const p of rows.payments) {
      const sum = rows.payment_applications
        .filter((a) => a.payment_id === p.id)
        .reduce((s, a) => s + a.amount, 0);
      expect(p.amount).toBe(sum + p.unapplied_amount);
    }
    expect(rows.payments.some((p) => p.unapplied_amount > 0)).toBe(true);
    expect(rows.invoices.some((i) => i.amount < 0)).toBe(true);
    expect(
      rows.invoices.some(
        (i) => i.status === 'open' && i.open_amount < i.amount && i.open_amount > 0,
      ),
    ).toBe(true);
  });

  it('dates no payment, issue or payment of an invoice after its day, whatever the day', () => {
    // A payment dated after today would count in the AR rebuilt on today and not in what is
    // open, and the figures page would show two overdue amounts.
    for (let k = 0; k < 12; k++) {
      const day = addDays(TODAY, 17 * k);
      const { rows: r } = k === 0 ? ledger : buildDemoLedger(day);
      expect(r.payments.filter((p) => p.date > day).map((p) => p.date)).toEqual([]);
      expect(r.invoices.filter((i) => i.issue_date > day)).toEqual([]);
      expect(r.invoices.filter((i) => (i.paid_date ?? '') > day)).toEqual([]);
    }
  });

  it('numbers invoices in several realistic schemes', () => {
    const numbers = rows.invoices.map((i) => i.number);
    expect(numbers.some((n) => /^FA-\d{4}-\d{4}$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^INV-\d{4}$/.test(n))).toBe(true);
    expect(numbers.some((n) => /^F\d{4}\/\d{4}$/.test(n))).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('gives every segment, each as the segment rules compute it', () => {
    const seen = new Set<Segment>();
    for (const customer of rows.customers) {
      const own = rows.invoices.filter((i) => i.customer_id === customer.id);
      const decision = computeSegment({
        asOf: TODAY,
        firstInvoiceDate: own.map((i) => i.issue_date).sort()[0] ?? null,
        paidInvoices: own
          .filter((i) => i.status === 'paid' && i.amount > 0)
          .map((i) => ({ dueDate: i.due_date, paidDate: i.paid_date!, amount: i.amount })),
        add: null,
        override: (customer.segment_override as Segment | null) ?? null,
        strategic: customer.strategic === 1,
      });
      expect(customer.segment).toBe(decision.segment);
      seen.add(decision.segment);
    }
    expect([...seen].sort()).toEqual([...SEGMENTS].sort());
    expect(rows.customers.filter((c) => c.strategic === 1)).toHaveLength(3);
  });

  it('stores promise statuses that the promise rules confirm from the payments', () => {
    const statuses = new Set(rows.payment_promises.map((p) => p.status));
    expect([...statuses].sort()).toEqual(['broken', 'cancelled', 'kept', 'pending']);
    for (const promise of rows.payment_promises) {
      const invoiceIds = rows.payment_promise_invoices
        .filter((l) => l.promise_id === promise.id)
        .map((l) => l.invoice_id);
      const payments = rows.payment_applications
        .filter((a) => (invoiceIds.length > 0 ? invoiceIds.includes(a.invoice_id) : false))
        .map((a) => ({
          amount: a.amount,
          date: rows.payments.find((p) => p.id === a.payment_id)!.date,
        }));
      if (invoiceIds.length === 0) continue;
      const evaluation = evaluatePaymentPromise({
        promise: {
          amount: promise.amount,
          promisedDate: promise.promised_date,
          createdAt: promise.created_at,
          status: promise.status === 'cancelled' ? 'cancelled' : 'pending',
        },
        graceDays: 3,
        thresholdPercent: 100,
        asOf: TODAY,
        payments,
      });
      expect(evaluation.status).toBe(promise.status);
      expect(promise.grace_ends_on).toBe(evaluation.graceEndsOn);
    }
  });

  it('opens disputes of every category, with a history of events', () => {
    const live = rows.disputes.filter((d) => d.status === 'open' || d.status === 'in_review');
    expect(new Set(live.map((d) => d.category)).size).toBe(8);
    for (const d of rows.disputes) {
      const events = rows.dispute_events.filter((e) => e.dispute_id === d.id);
      expect(events[0]?.to_status).toBe('open');
      expect(events[events.length - 1]?.to_status).toBe(d.status);
    }
    const disputed = new Set(
      rows.dispute_invoices
        .filter((l) => live.some((d) => d.id === l.dispute_id))
        .map((l) => l.invoice_id),
    );
    for (const inv of rows.invoices.filter((i) => disputed.has(i.id)))
      expect(inv.status).toBe('open');
  });

  it('logs interactions from both clients with unique Message-IDs per customer', () => {
    const clients = new Set(rows.interactions.map((i) => i.client));
    expect([...clients].sort()).toEqual(['gmail', 'outlook']);
    const keys = rows.interactions.map((i) => `${i.customer_id}|${i.message_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sources = [...rows.disputes, ...rows.payment_promises].map((r) => r.source_message_id);
    for (const id of sources) expect(rows.interactions.some((i) => i.message_id === id)).toBe(true);
  });
});

describe('demoEmails', () => {
  const ledger = buildDemoLedger(TODAY);
  const emails = demoEmails(TODAY);
  const customerByRef = new Map(ledger.rows.customers.map((c) => [c.external_ref, c]));

  it('offers a few dozen samples of every kind in both languages', () => {
    expect(emails.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(emails.map((e) => e.kind));
    for (const kind of [
      'promise',
      'dispute',
      'remittance',
      'question',
      'internal',
      'unknown_sender',
      'compose',
    ]) {
      expect(kinds.has(kind as never)).toBe(true);
    }
    expect(new Set(emails.map((e) => e.language))).toEqual(new Set(['fr', 'en']));
    expect(new Set(emails.map((e) => e.messageId)).size).toBe(emails.length);
    for (const e of emails) {
      expect(e.messageId).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
      expect(e.sentAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
  });

  it('quotes only invoice numbers that belong to the expected customer, found by the reader', () => {
    for (const email of emails) {
      const ref = email.expect.customerRef;
      const customer = ref ? customerByRef.get(ref) : undefined;
      if (ref) expect(customer).toBeDefined();
      if (!customer) continue;
      const own = ledger.rows.invoices.filter((i) => i.customer_id === customer.id);
      const ownNumbers = own.map((i) => i.number);
      for (const number of email.expect.invoiceNumbers) expect(ownNumbers).toContain(number);
      const found = findInvoiceNumbers(`${email.subject}\n${email.text}`, ownNumbers);
      expect(found.map(normalizeInvoiceNumber).sort()).toEqual(
        email.expect.invoiceNumbers.map(normalizeInvoiceNumber).sort(),
      );
    }
  });

  it("sends customer samples from the customer's contacts, except the deliberate unknown senders", () => {
    const contacts = new Map(ledger.rows.contacts.map((c) => [c.email, c.customer_id]));
    for (const email of emails.filter((e) =>
      ['promise', 'dispute', 'remittance', 'question'].includes(e.kind),
    )) {
      const customer = customerByRef.get(email.expect.customerRef ?? '');
      const owner = contacts.get(email.from.email);
      if (email.from.email.endsWith('@gmail.com')) expect(owner).toBeUndefined();
      else expect(owner).toBe(customer?.id);
    }
    for (const email of emails.filter((e) => e.kind === 'unknown_sender')) {
      expect(contacts.has(email.from.email)).toBe(false);
      const domain = email.from.email.split('@')[1];
      expect(ledger.rows.customer_domains.some((d) => d.domain === domain)).toBe(true);
    }
    const internal = emails.find((e) => e.kind === 'internal');
    for (const box of [internal!.from, ...internal!.to, ...internal!.cc])
      expect(box.email.endsWith(`@${DEMO_OWN_DOMAIN}`)).toBe(true);
  });

  it('quotes amounts as they stand in the ledger', () => {
    const promise = emails.find((e) => e.kind === 'promise' && e.language === 'fr')!;
    const number = promise.expect.invoiceNumbers[0]!;
    const invoice = ledger.rows.invoices.find((i) => i.number === number)!;
    const major = Math.floor(invoice.open_amount / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    expect(promise.text).toContain(
      `${major},${String(invoice.open_amount % 100).padStart(2, '0')}`,
    );
  });
});

describe('describeDemo', () => {
  it('lists every demo user with a token of the API token shape', () => {
    const text = describeDemo('http://localhost:3000');
    for (const user of DEMO_USER_LIST) {
      expect(looksLikeApiToken(user.token)).toBe(true);
      expect(text).toContain(user.email);
      expect(text).toContain(user.token);
    }
  });

  it('links the Outlook preview with a collector token, so the pane opens signed in', () => {
    const text = describeDemo('http://localhost:3000');
    const link = /http:\/\/localhost:3000\/preview\/outlook\?token=(\S+)/.exec(text);
    const collectors = DEMO_USER_LIST.filter((u) => u.role === 'collector').map((u) => u.token);
    expect(collectors).toContain(link?.[1]);
  });
});

describe.each(databasesUnderTest())('loadDemo on $name', (engine) => {
  let storage: Storage;
  beforeAll(async () => {
    if (engine.skipReason) return;
    storage = await engine.open();
  });
  afterAll(async () => {
    await storage?.close();
  });

  it.skipIf(engine.skipReason !== null)(
    'fills an empty database with the ledger, users and settings',
    async () => {
      const summary = await loadDemo(depsOver(storage), { today: TODAY });
      const { rows } = buildDemoLedger(TODAY);
      expect(summary.invoices).toBe(rows.invoices.length);
      const db = storage.db;

      const count = async (
        table:
          'customers' | 'invoices' | 'payments' | 'payment_promises' | 'disputes' | 'interactions',
      ) =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count('customers')).toBe(rows.customers.length);
      expect(await count('invoices')).toBe(rows.invoices.length);
      expect(await count('payments')).toBe(rows.payments.length);
      expect(await count('payment_promises')).toBe(rows.payment_promises.length);
      expect(await count('disputes')).toBe(rows.disputes.length);
      expect(await count('interactions')).toBe(rows.interactions.length);

      const stored = await db
        .selectFrom('invoices')
        .select(['number', 'amount'])
        .orderBy('number')
        .execute();
      const planned = rows.invoices
        .map((i) => ({ number: i.number, amount: i.amount }))
        .sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
      expect(stored.map((s) => s.number).sort()).toEqual(planned.map((p) => p.number).sort());
      expect(stored.reduce((s, i) => s + i.amount, 0)).toBe(
        planned.reduce((s, i) => s + i.amount, 0),
      );

      const settings = await getSettings(db);
      expect(settings.ownDomains).toEqual([DEMO_OWN_DOMAIN]);
      for (const user of DEMO_USER_LIST) {
        const row = await db
          .selectFrom('users')
          .select(['role', 'password_hash'])
          .where('email', '=', user.email)
          .executeTakeFirstOrThrow();
        expect(row.role).toBe(user.role);
        expect(await verifyPassword(DEMO_PASSWORD, row.password_hash ?? '')).toBe(true);
        const token = await db
          .selectFrom('api_tokens')
          .select('user_id')
          .where('token_hash', '=', hashSecret(user.token))
          .executeTakeFirst();
        expect(token?.user_id).toBe(user.id);
      }
    },
  );

  it.skipIf(engine.skipReason !== null)('refuses to load over an existing ledger', async () => {
    await expect(loadDemo(depsOver(storage), { today: TODAY })).rejects.toBeInstanceOf(
      DemoNotEmptyError,
    );
  });
});
