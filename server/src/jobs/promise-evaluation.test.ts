import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { invoice, manualClock, pay } from '../ledger/testing-ledger.ts';
import type { ManualClock } from '../ledger/testing-ledger.ts';
import { evaluatePromises } from './promise-evaluation.ts';

// Promises are logged on 2025-06-15 (Paris) for 2025-06-20 with 3 days of grace: payments
// dated 2025-06-15 to 2025-06-23 count, and the promise is decided from 2025-06-24.
const LOGGED_AT = '2025-06-15T10:00:00Z';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`promise evaluation on ${engine.name}`, () => {
    let server: TestServer;
    let clock: ManualClock;
    let serial = 0;
    beforeAll(async () => {
      clock = manualClock(LOGGED_AT);
      server = await startTestServer(engine, { clock });
    });
    afterAll(async () => server?.close());

    /** A fresh customer with one open invoice of 10,000 and a promise logged for it. */
    async function promiseOn(options: { named: boolean; amount?: number }) {
      clock.set(LOGGED_AT);
      serial += 1;
      const ref = `C-${serial}`;
      const number = `INV-${serial}`;
      await server.call(server.users.admin, 'POST', '/api/v1/customers/bulk', {
        customers: [{ externalRef: ref, name: `Client ${serial}`, currency: 'EUR' }],
      });
      await server.call(server.users.admin, 'POST', '/api/v1/invoices/bulk', {
        invoices: [invoice(number, ref, '2025-04-01', '2025-05-01', 10_000)],
      });
      const customer = await server.storage.db
        .selectFrom('customers')
        .select('id')
        .where('external_ref', '=', ref)
        .executeTakeFirstOrThrow();
      const inv = await server.storage.db
        .selectFrom('invoices')
        .select('id')
        .where('number', '=', number)
        .executeTakeFirstOrThrow();
      const res = await server.call(server.users.collector, 'POST', '/api/v1/promises', {
        customerId: customer.id,
        invoiceIds: options.named ? [inv.id] : [],
        amount: options.amount ?? 10_000,
        currency: 'EUR',
        promisedDate: '2025-06-20',
      });
      expect(res.status).toBe(201);
      return { ref, number, promiseId: res.body.id as string };
    }

    const statusOf = async (promiseId: string) =>
      (await server.call(server.users.collector, 'GET', `/api/v1/promises/${promiseId}`)).body as {
        status: string;
        paidAmount: number;
        paidShare: number;
      };

    const payOn = (ref: string, number: string | null, date: string, amount: number) =>
      pay(server, [
        {
          externalRef: `P-${ref}-${date}-${amount}`,
          customerExternalRef: ref,
          date,
          amount,
          applications: number ? [{ invoiceNumber: number, amount }] : [],
        },
      ]);

    it('keeps a promise whose invoices were paid in full within the window', async () => {
      const { ref, number, promiseId } = await promiseOn({ named: true });
      await payOn(ref, number, '2025-06-21', 10_000);
      const counts = await evaluatePromises(server.deps, '2025-06-24');
      expect(counts.kept).toBeGreaterThanOrEqual(1);
      expect(await statusOf(promiseId)).toMatchObject({
        status: 'kept',
        paidAmount: 10_000,
        paidShare: 1,
      });
    });

    it('breaks a promise with no payment once the grace is over', async () => {
      const { promiseId } = await promiseOn({ named: true });
      await evaluatePromises(server.deps, '2025-06-24');
      expect(await statusOf(promiseId)).toMatchObject({ status: 'broken', paidAmount: 0 });
    });

    it('shows a partly kept promise as broken with the paid share', async () => {
      const { ref, number, promiseId } = await promiseOn({ named: true });
      await payOn(ref, number, '2025-06-19', 4_000);
      await evaluatePromises(server.deps, '2025-06-24');
      expect(await statusOf(promiseId)).toMatchObject({
        status: 'broken',
        paidAmount: 4_000,
        paidShare: 0.4,
      });
    });

    it('leaves a promise pending through the last day of grace', async () => {
      const { promiseId } = await promiseOn({ named: true });
      const counts = await evaluatePromises(server.deps, '2025-06-23');
      expect(counts.evaluated).toBe(0);
      expect((await statusOf(promiseId)).status).toBe('pending');
    });

    it('counts a payment on the last day of grace, not the day after', async () => {
      const onTime = await promiseOn({ named: true });
      await payOn(onTime.ref, onTime.number, '2025-06-23', 10_000);
      const late = await promiseOn({ named: true });
      await payOn(late.ref, late.number, '2025-06-24', 10_000);
      await evaluatePromises(server.deps, '2025-06-30');
      expect((await statusOf(onTime.promiseId)).status).toBe('kept');
      expect(await statusOf(late.promiseId)).toMatchObject({ status: 'broken', paidAmount: 0 });
    });

    it('does not count a payment dated before the promise was logged', async () => {
      const { ref, number, promiseId } = await promiseOn({ named: true, amount: 5_000 });
      await payOn(ref, number, '2025-06-14', 5_000);
      await evaluatePromises(server.deps, '2025-06-24');
      expect(await statusOf(promiseId)).toMatchObject({ status: 'broken', paidAmount: 0 });
    });

    it('counts any payment of the customer when the promise names no invoice', async () => {
      const { ref, promiseId } = await promiseOn({ named: false });
      await payOn(ref, null, '2025-06-20', 10_000);
      await evaluatePromises(server.deps, '2025-06-24');
      expect(await statusOf(promiseId)).toMatchObject({ status: 'kept', paidAmount: 10_000 });
    });

    it('honours the threshold setting', async () => {
      await server.call(server.users.admin, 'PATCH', '/api/v1/settings', {
        promiseThresholdPercent: 80,
      });
      const { ref, number, promiseId } = await promiseOn({ named: true });
      await payOn(ref, number, '2025-06-20', 8_000);
      await evaluatePromises(server.deps, '2025-06-24');
      await server.call(server.users.admin, 'PATCH', '/api/v1/settings', {
        promiseThresholdPercent: 100,
      });
      expect((await statusOf(promiseId)).status).toBe('kept');
    });

    it('re-evaluates the customer’s promises when payments are imported', async () => {
      const { ref, number, promiseId } = await promiseOn({ named: true });
      clock.set('2025-06-25T08:00:00Z');
      await evaluatePromises(server.deps);
      expect((await statusOf(promiseId)).status).toBe('broken');
      // The ERP sends a payment dated within the window a few days late.
      await payOn(ref, number, '2025-06-22', 10_000);
      expect((await statusOf(promiseId)).status).toBe('kept');
    });

    it('leaves cancelled promises alone', async () => {
      const { promiseId } = await promiseOn({ named: true });
      await server.call(server.users.manager, 'POST', `/api/v1/promises/${promiseId}/cancel`, {
        reason: 'x',
      });
      await evaluatePromises(server.deps, '2025-07-30');
      expect((await statusOf(promiseId)).status).toBe('cancelled');
    });
  });
}
