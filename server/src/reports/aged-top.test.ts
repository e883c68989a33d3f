import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgedBalanceReport, addDays } from '@relance/shared';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { ledgerBuilder } from '../context/testing-ledger.ts';
import { agedBalanceReport } from './reports.service.ts';

// The aged balance's `top` walks customers from the largest balance down and stops early;
// over a few hundred customers, with credit notes that make a balance smaller than what is
// overdue, it must keep exactly the customers that sorting the whole report would keep.

const AS_OF = '2025-09-30';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`aged balance top on ${engine.name}`, () => {
    let server: TestServer;
    const get = async (query: string) => {
      const res = await server.call(
        server.users.manager,
        'GET',
        `/api/v1/reports/aged-balance${query}`,
      );
      expect(res.status).toBe(200);
      return AgedBalanceReport.parse(res.body);
    };

    beforeAll(async () => {
      server = await startTestServer(engine, {
        clock: { now: () => new Date('2025-10-01T10:00:00.000Z') },
      });
      const ledger = ledgerBuilder(server.storage.db);
      let state = 7;
      const rand = (n: number) => {
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
        return state % n;
      };
      for (let c = 0; c < 260; c++) {
        const currency = c % 5 === 0 ? 'GBP' : 'EUR';
        // Now and then a name JSON must escape, and a segment a person set.
        const odd = c % 37 === 3 ? ` "Les Fils" \\ Cie\t€` : '';
        const id = await ledger.customer({
          name: `Customer ${String(c).padStart(3, '0')}${odd}`,
          currency,
          segment: 'recurring_late',
          segment_override: c % 9 === 0 ? 'strategic' : null,
        });
        for (let k = 0; k < 1 + rand(4); k++) {
          const due = addDays(AS_OF, 20 - rand(150));
          // Equal amounts now and then, so that ties are decided by id.
          const amount = rand(3) === 0 ? 50_000 : 1_000 * (1 + rand(200));
          await ledger.invoice(id, {
            currency,
            issue_date: addDays(due, -30),
            due_date: due,
            amount,
          });
        }
        if (rand(6) === 0) {
          // A credit note not yet due: the balance drops below what is overdue.
          await ledger.invoice(id, {
            currency,
            issue_date: AS_OF,
            due_date: addDays(AS_OF, 30),
            amount: -150_000,
          });
        }
      }
    });
    afterAll(async () => server?.close());

    it('keeps the customers a full sort keeps, for small and large tops', async () => {
      const all = await get(`?asOf=${AS_OF}`);
      const byOverdue = (currency: string) =>
        all.rows
          .filter((r) => r.currency === currency)
          .sort(
            (a, b) =>
              b.overdue - a.overdue || ((a.customer?.id ?? '') < (b.customer?.id ?? '') ? -1 : 1),
          );
      expect(all.rows.some((r) => r.overdue > r.total)).toBe(true);
      // The whole report lists customers by name, then currency.
      const names = all.rows.map((r) => `${r.customer?.name}|${r.currency}`);
      expect(names).toEqual([...names].sort());
      expect(all.rows.every((r) => r.customer !== null)).toBe(true);

      for (const top of [1, 7, 60, 150, 400]) {
        const report = await get(`?asOf=${AS_OF}&top=${top}`);
        expect(report.totals).toEqual(all.totals);
        expect(report.rowCount).toBe(all.rows.length);
        const expected = ['EUR', 'GBP'].flatMap((c) => byOverdue(c).slice(0, top));
        expect(report.rows).toEqual(expected);
      }
    });

    it('answers in JSON, written by the database, the lines the presenters write', async () => {
      const sent = await get(`?asOf=${AS_OF}`);
      const built = await agedBalanceReport(server.deps, { asOf: AS_OF });
      expect(sent).toEqual(built);
      expect(sent.rows.some((r) => r.customer?.name.includes('"Les Fils"'))).toBe(true);
      expect(new Set(sent.rows.map((r) => r.customer?.segment))).toEqual(
        new Set(['recurring_late', 'strategic']),
      );
    });

    it('follows a credit note that takes the most overdue customer out of the top', async () => {
      const before = await get(`?asOf=${AS_OF}&top=1`);
      const first = before.rows.find((r) => r.currency === 'EUR');
      expect(first).toBeDefined();
      const ledger = ledgerBuilder(server.storage.db);
      await ledger.invoice(first!.customer!.id, {
        issue_date: addDays(AS_OF, -40),
        due_date: addDays(AS_OF, -10),
        amount: -first!.overdue,
      });
      const after = await get(`?asOf=${AS_OF}&top=1`);
      expect(after.rows.find((r) => r.currency === 'EUR')?.customer?.id).not.toBe(
        first!.customer!.id,
      );
    });
  });
}
