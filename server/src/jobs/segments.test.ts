import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@relance/shared';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { ledgerBuilder } from '../context/testing-ledger.ts';
import { recomputeSegments } from './segments.ts';

const clock = { now: () => new Date('2026-03-15T10:00:00.000Z') };

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`segments job on ${engine.name}`, () => {
    let server: TestServer;
    const ids: Record<string, string> = {};

    const stored = (id: string | undefined) =>
      server.storage.db
        .selectFrom('customers')
        .select(['segment', 'segment_reason', 'segment_override', 'segment_computed_at'])
        .where('id', '=', id ?? '')
        .executeTakeFirstOrThrow();

    beforeAll(async () => {
      server = await startTestServer(engine, { clock });
      const ledger = ledgerBuilder(server.storage.db);
      // Each customer starts in the wrong segment so that the job must move it.
      const customer = (name: string, fields = {}) =>
        ledger.customer({ name, segment: 'occasional_late', ...fields });
      const paid = (customerId: string, due: string, daysLate: number, amount = 1_000) =>
        ledger.invoice(customerId, {
          issue_date: addDays(due, -30),
          due_date: due,
          paid_date: addDays(due, daysLate),
          status: 'paid',
          amount,
        });

      ids.young = await customer('Young');
      await paid(ids.young, '2026-02-20', 0);

      ids.sparse = await customer('Sparse');
      await paid(ids.sparse, '2024-06-01', 0);
      await paid(ids.sparse, '2025-10-01', 0);
      await paid(ids.sparse, '2025-11-01', 0);

      ids.recurring = await customer('Recurring');
      for (const due of ['2025-06-01', '2025-08-01', '2025-10-01'])
        await paid(ids.recurring, due, 20);
      await paid(ids.recurring, '2025-12-01', 0);

      ids.delinquent = await customer('Delinquent');
      for (const due of ['2025-06-01', '2025-08-01', '2025-10-01'])
        await paid(ids.delinquent, due, 0);
      await ledger.invoice(ids.delinquent, {
        issue_date: '2025-12-15',
        due_date: '2026-01-14',
        amount: 1_000,
      });

      ids.occasional = await customer('Occasional', { segment: 'good_payer' });
      await paid(ids.occasional, '2025-06-01', 10);
      await paid(ids.occasional, '2025-08-01', 0);
      await paid(ids.occasional, '2025-10-01', 3);

      ids.good = await customer('Good');
      for (const due of ['2025-06-01', '2025-08-01', '2025-10-01']) await paid(ids.good, due, 5);
      // Lateness before the 12 months does not count.
      await paid(ids.good, '2024-12-01', 60);

      ids.pinned = await customer('Pinned', { segment_override: 'strategic' });
      for (const due of ['2025-06-01', '2025-08-01', '2025-10-01']) await paid(ids.pinned, due, 0);
    });
    afterAll(async () => server?.close());

    it('recomputes only the customers named, when named', async () => {
      const result = await recomputeSegments(server.deps, undefined, [ids.young as string]);
      expect(result).toEqual({ asOf: '2026-03-15', computed: 1, changed: 1 });
      expect((await stored(ids.young)).segment).toBe('new');
      expect((await stored(ids.good)).segment_computed_at).toBeNull();
    });

    it('stores each segment of domain.md with its reason', async () => {
      const result = await recomputeSegments(server.deps);
      expect(result.computed).toBe(7);
      const segments = Object.fromEntries(
        await Promise.all(
          Object.entries(ids).map(async ([name, id]) => [name, (await stored(id)).segment]),
        ),
      );
      expect(segments).toEqual({
        young: 'new',
        sparse: 'new',
        recurring: 'recurring_late',
        delinquent: 'recurring_late',
        occasional: 'occasional_late',
        good: 'good_payer',
        pinned: 'good_payer',
      });
      expect((await stored(ids.recurring)).segment_reason).toContain(
        '3 invoices paid >15 days late',
      );
      expect((await stored(ids.delinquent)).segment_reason).toContain('ADD');
      expect((await stored(ids.good)).segment_computed_at).toBe('2026-03-15T10:00:00.000Z');
    });

    it('keeps a person’s override beside the computed segment', async () => {
      const pinned = await stored(ids.pinned);
      expect(pinned).toMatchObject({ segment: 'good_payer', segment_override: 'strategic' });
      const context = await server.call(server.users.collector, 'POST', '/api/v1/context', {
        from: 'someone@nowhere.test',
        customerId: ids.pinned,
      });
      expect(context.body.customer).toMatchObject({
        segment: 'strategic',
        segmentSource: 'override',
      });
    });

    it('counts no change on a second run', async () => {
      const again = await recomputeSegments(server.deps);
      expect(again).toMatchObject({ computed: 7, changed: 0 });
    });
  });
}
