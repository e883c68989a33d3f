import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@relance/shared';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { ledgerBuilder } from '../context/testing-ledger.ts';
import { migrateToLatest, migratorFor } from '../db/connect.ts';
import { computeLedgerTotals } from './ledger-totals.ts';
import { invoice, loadLedger, manualClock, pay } from './testing-ledger.ts';

// The running totals are kept by the writes themselves; whatever sequence of imports happens,
// they must equal what the invoices and payments imply, computed from scratch.

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** Compares rows by a text key, for sorting them into key order. */
const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : 1;

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`ledger totals on ${engine.name}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(engine, { clock: manualClock('2025-06-15T10:00:00Z') });
      await loadLedger(server);
    });
    afterAll(async () => server?.close());

    /** The stored totals without rows that came back to zero, in key order. */
    async function stored() {
      const { db } = server.storage;
      const days = (await db.selectFrom('ledger_days').selectAll().execute())
        .filter((d) => Object.values(d).some((v) => v !== 0 && typeof v === 'number'))
        .sort(byKey((d) => `${d.currency}|${d.day}`));
      const terms = (await db.selectFrom('open_terms').selectAll().execute())
        .filter((t) => t.open_amount !== 0)
        .sort(byKey((t) => `${t.currency}|${t.issue_date}|${t.due_date}`));
      const balances = (await db.selectFrom('customer_balances').selectAll().execute())
        .filter((b) => b.open_amount !== 0 || b.open_positive !== 0 || b.open_count !== 0)
        .sort(byKey((b) => `${b.customer_id}|${b.currency}`));
      return { days, terms, balances };
    }

    async function expected() {
      const totals = await computeLedgerTotals(server.storage.db, server.storage.dialect);
      return {
        days: totals.days,
        terms: [...totals.terms].sort(byKey((t) => `${t.currency}|${t.issue_date}|${t.due_date}`)),
        balances: [...totals.balances].sort(byKey((b) => `${b.customer_id}|${b.currency}`)),
      };
    }

    it('equal the totals recomputed from the rows after the first imports', async () => {
      const now = await stored();
      expect(now.days.length).toBeGreaterThan(0);
      expect(now.terms.length).toBeGreaterThan(0);
      expect(now).toEqual(await expected());
    });

    it('follow random invoice and payment imports: new, changed, cancelled, paid, repaid', async () => {
      const rng = random(20250615);
      const customers = ['C-ACME', 'C-BOLT'];
      const currencyOf: Record<string, string> = { 'C-ACME': 'EUR', 'C-BOLT': 'GBP' };
      const invoices = new Map<string, ReturnType<typeof invoice> & { status?: string }>();
      const payments = new Map<string, Parameters<typeof pay>[1][number]>();

      for (let round = 0; round < 12; round++) {
        const batch: (ReturnType<typeof invoice> & { status?: string })[] = [];
        for (let k = 0; k < 6; k++) {
          const known = [...invoices.values()];
          const edit = known.length > 0 && rng.next() < 0.4;
          if (edit) {
            const before = known[rng.int(known.length)]!;
            const change = rng.int(3);
            const after =
              change === 0
                ? { ...before, amount: before.amount + 1_000 * (1 + rng.int(20)) }
                : change === 1
                  ? { ...before, dueDate: addDays(before.dueDate, 5 + rng.int(30)) }
                  : { ...before, status: 'cancelled' };
            if (!batch.some((b) => b.number === after.number)) batch.push(after);
            continue;
          }
          const customer = customers[rng.int(customers.length)]!;
          const issue = addDays('2025-01-01', rng.int(160));
          const row = {
            ...invoice(`R-${round}-${k}`, customer, issue, addDays(issue, 15 + 15 * rng.int(4)), 0),
            amount: 1_000 * (1 + rng.int(100)),
            currency: currencyOf[customer]!,
          };
          batch.push(row);
        }
        const res = await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: batch,
        });
        expect(res.status).toBe(200);
        for (const row of batch) invoices.set(row.number, row);

        // A payment of part of some open invoices of one customer, or a changed earlier one.
        const customer = customers[rng.int(customers.length)]!;
        const open = [...invoices.values()].filter(
          (i) => i.customerExternalRef === customer && i.status !== 'cancelled',
        );
        const chosen = open.filter(() => rng.next() < 0.5).slice(0, 3);
        const applications = chosen.map((i) => ({
          invoiceNumber: i.number,
          amount: rng.next() < 0.5 ? i.amount : Math.floor(i.amount / 2),
        }));
        const repay = payments.size > 0 && rng.next() < 0.3;
        const payment = repay
          ? { ...[...payments.values()][rng.int(payments.size)]!, date: addDays('2025-06-01', 3) }
          : {
              externalRef: `PAY-${round}`,
              customerExternalRef: customer,
              date: addDays('2025-03-01', rng.int(100)),
              amount: applications.reduce((s, a) => s + a.amount, 0) + 500,
              currency: currencyOf[customer]!,
              applications,
            };
        await pay(server, [payment]);
        payments.set(payment.externalRef, payment);

        expect(await stored()).toEqual(await expected());
      }
      const late = (await stored()).days.filter((d) => d.late_count > 0);
      expect(late.length).toBeGreaterThan(0);
    });

    it('stay whole when two imports write the same days at once', async () => {
      const import_ = (prefix: string) =>
        server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
          invoices: Array.from({ length: 20 }, (_, k) =>
            invoice(`${prefix}-${k}`, 'C-ACME', addDays('2025-05-01', k % 5), '2025-07-01', 1_000),
          ),
        });
      const results = await Promise.all([import_('X'), import_('Y'), import_('Z')]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(await stored()).toEqual(await expected());
    });
  });
}

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`migration 0005 on ${engine.name}`, () => {
    it('fills the totals from a ledger stored before it', async () => {
      const storage = await engine.open();
      try {
        const migrator = migratorFor(storage);
        expect((await migrator.migrateTo('0004-report-indexes')).error).toBeUndefined();

        // Rows written straight to the tables, as an older release would have left them.
        const now = new Date().toISOString();
        const { db } = storage;
        await ledgerBuilder(db).customer({ id: 'c1', name: 'Older' });
        const invoice = (
          id: string,
          due: string,
          amount: number,
          open: number,
          paid: string | null,
        ) =>
          db
            .insertInto('invoices')
            .values({
              id,
              customer_id: 'c1',
              external_ref: id,
              number: id,
              number_key: id,
              issue_date: addDays(due, -30),
              due_date: due,
              amount,
              open_amount: open,
              currency: 'EUR',
              status: open === 0 ? 'paid' : 'open',
              paid_date: paid,
              document_url: null,
              payment_url: null,
              last_reminder_on: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
        await invoice('i1', '2025-03-01', 10_000, 0, '2025-03-20');
        await invoice('i2', '2025-04-01', 20_000, 5_000, null);
        await invoice('i3', '2025-05-01', 7_000, 7_000, null);
        await db
          .insertInto('payments')
          .values({
            id: 'p1',
            external_ref: 'P1',
            customer_id: 'c1',
            date: '2025-03-20',
            amount: 25_000,
            currency: 'EUR',
            unapplied_amount: 0,
            created_at: now,
          })
          .execute();

        expect(await migrateToLatest(storage)).toEqual(['0005-ledger-totals']);
        const totals = await computeLedgerTotals(db, storage.dialect);
        expect(totals.days.find((d) => d.day === '2025-03-20')).toMatchObject({
          applied: 25_000,
          late_count: 1,
          late_days: 19,
          late_weighted: 190_000,
        });
        expect(await db.selectFrom('ledger_days').selectAll().orderBy('day').execute()).toEqual(
          totals.days,
        );
        expect(await db.selectFrom('customer_balances').selectAll().execute()).toEqual([
          {
            customer_id: 'c1',
            currency: 'EUR',
            open_amount: 12_000,
            open_positive: 12_000,
            open_count: 2,
          },
        ]);
        expect(await db.selectFrom('open_terms').select('open_amount').execute()).toHaveLength(2);
      } finally {
        await storage.close();
      }
    });
  });
}
