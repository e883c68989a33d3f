import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorklistResponse } from '@relance/shared';
import type { WorklistItem } from '@relance/shared';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { ledgerBuilder } from '../context/testing-ledger.ts';
import { buildWorklist } from './worklist.service.ts';

// 11:00 in Paris on 15 March 2026.
const clock = { now: () => new Date('2026-03-15T10:00:00.000Z') };

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`worklist on ${engine.name}`, () => {
    let server: TestServer;
    let items: WorklistItem[];
    const ids: Record<string, string> = {};

    const itemsOf = (kind: WorklistItem['kind']) => items.filter((i) => i.kind === kind);

    beforeAll(async () => {
      server = await startTestServer(engine, { clock });
      const ledger = ledgerBuilder(server.storage.db);
      const { collector, otherCollector } = server.users;
      const mine = { assignee_id: collector.id };

      ids.newbie = await ledger.customer({ ...mine, name: 'Newbie', segment: 'new' });
      await ledger.invoice(ids.newbie, {
        number: 'N-1',
        issue_date: '2026-02-16',
        due_date: '2026-03-18',
        amount: 1_000,
      });
      await ledger.invoice(ids.newbie, {
        number: 'N-2',
        issue_date: '2026-03-02',
        due_date: '2026-04-01',
        amount: 2_000,
      });

      ids.late = await ledger.customer({ ...mine, name: 'Latecomer', segment: 'recurring_late' });
      await ledger.invoice(ids.late, {
        number: 'R-1',
        issue_date: '2026-02-17',
        due_date: '2026-03-19',
        amount: 3_000,
      });
      await ledger.invoice(ids.late, {
        number: 'R-2',
        issue_date: '2026-01-30',
        due_date: '2026-03-01',
        amount: 4_000,
      });

      ids.good = await ledger.customer({ ...mine, name: 'Goodco', segment: 'good_payer' });
      const invoice = (number: string, due: string) =>
        ledger.invoice(ids.good as string, {
          number,
          issue_date: '2026-02-01',
          due_date: due,
          amount: 5_000,
        });
      await invoice('G-1', '2026-03-13');
      await invoice('G-2', '2026-03-10');
      const disputed = await invoice('G-3', '2026-02-01');
      const promised = await invoice('G-4', '2026-02-02');
      await invoice('G-5', '2026-03-17');
      await ledger.dispute(ids.good, collector.id, [disputed], {
        owner_id: collector.id,
        created_at: '2026-03-05T09:00:00.000Z',
      });
      await ledger.dispute(ids.good, collector.id, [disputed], { owner_id: otherCollector.id });
      await ledger.promise(
        ids.good,
        collector.id,
        { amount: 5_000, promised_date: '2026-03-30', grace_ends_on: '2026-04-02' },
        [promised],
      );

      ids.promiser = await ledger.customer({ ...mine, name: 'Promiser', segment: 'good_payer' });
      ids.dueToday = await ledger.promise(ids.promiser, collector.id, {
        amount: 7_000,
        promised_date: '2026-03-15',
        grace_ends_on: '2026-03-18',
      });
      ids.broken = await ledger.promise(ids.promiser, collector.id, {
        amount: 8_000,
        paid_amount: 2_000,
        promised_date: '2026-03-01',
        grace_ends_on: '2026-03-04',
        status: 'broken',
      });
      await ledger.promise(ids.promiser, collector.id, {
        amount: 9_000,
        promised_date: '2026-02-01',
        grace_ends_on: '2026-02-04',
        status: 'broken',
        followed_up_at: '2026-02-06T09:00:00.000Z',
        followed_up_by: collector.id,
      });
      // A customer-wide promise (no invoice named) holds every reminder of its currency.
      ids.hold = await ledger.customer({ ...mine, name: 'Holdco', segment: 'good_payer' });
      await ledger.invoice(ids.hold, {
        issue_date: '2026-01-01',
        due_date: '2026-02-01',
        amount: 1_500,
      });
      await ledger.promise(ids.hold, collector.id, {
        amount: 1_500,
        promised_date: '2026-03-25',
        grace_ends_on: '2026-03-28',
      });

      ids.theirs = await ledger.customer({ assignee_id: otherCollector.id, name: 'Theirs' });
      await ledger.invoice(ids.theirs, {
        number: 'T-1',
        issue_date: '2026-01-01',
        due_date: '2026-02-01',
        amount: 6_000,
      });

      const response = await server.call(collector, 'GET', '/api/v1/worklist');
      expect(response.status).toBe(200);
      items = WorklistResponse.parse(response.body).items;
    });
    afterAll(async () => server?.close());

    it('lists a broken promise not yet followed up, first, with the share paid', () => {
      expect(itemsOf('promise_broken')).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: 'promise_broken', promiseId: ids.broken });
      expect(items[0]?.detail).toContain('25 % paid');
    });

    it('lists the promise due today', () => {
      expect(itemsOf('promise_due_today').map((i) => i.promiseId)).toEqual([ids.dueToday]);
    });

    it('lists overdue reminders due under each segment scenario, skipping disputed and promised invoices', () => {
      const overdue = itemsOf('overdue_reminder');
      expect(overdue.map((i) => [i.customer.name, i.invoiceNumbers, i.tone])).toEqual([
        ['Latecomer', ['R-2'], 'firm'],
        ['Goodco', ['G-2'], 'courteous'],
      ]);
      const reminded = items
        .filter((i) => i.kind !== 'dispute_owned' && i.kind !== 'promise_due_today')
        .flatMap((i) => i.invoiceNumbers);
      expect(reminded).not.toContain('G-3');
      expect(reminded).not.toContain('G-4');
      expect(items.some((i) => i.customer.id === ids.hold)).toBe(false);
    });

    it('lists the disputes the collector owns, with their age', () => {
      const disputes = itemsOf('dispute_owned');
      expect(disputes).toHaveLength(1);
      expect(disputes[0]).toMatchObject({ invoiceNumbers: ['G-3'], detail: 'Open for 10 days' });
    });

    it('lists pre-due reminders for new and recurring-late accounts only', () => {
      expect(itemsOf('pre_due_reminder').map((i) => [i.customer.name, i.invoiceNumbers])).toEqual([
        ['Newbie', ['N-1']],
        ['Latecomer', ['R-1']],
      ]);
    });

    it('lists a receipt check for a new account', () => {
      expect(itemsOf('receipt_check').map((i) => i.invoiceNumbers)).toEqual([['N-2']]);
    });

    it('leaves out other collectors’ customers', () => {
      expect(items.some((i) => i.customer.id === ids.theirs)).toBe(false);
    });

    it('is sorted by priority', () => {
      const priorities = items.map((i) => i.priority);
      expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
      expect(items.map((i) => i.kind).slice(0, 2)).toEqual(['promise_broken', 'promise_due_today']);
    });

    it('lets a manager read a collector’s worklist, in-process as over HTTP', async () => {
      const { manager, collector } = server.users;
      const res = await server.call(manager, 'GET', `/api/v1/worklist?collectorId=${collector.id}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(items.length);
      const direct = await buildWorklist(server.deps, { id: collector.id, role: 'collector' });
      expect(direct.items.map((i) => i.kind)).toEqual(items.map((i) => i.kind));
    });

    it('refuses without a token, another collector’s list, bad parameters, unknown collectors', async () => {
      const { collector, otherCollector, manager } = server.users;
      expect((await server.call(null, 'GET', '/api/v1/worklist')).status).toBe(401);

      const other = await server.call(
        collector,
        'GET',
        `/api/v1/worklist?collectorId=${otherCollector.id}`,
      );
      expect(other.status).toBe(403);

      const bad = await server.call(collector, 'GET', '/api/v1/worklist?asOf=yesterday&sort=x');
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'asOf',
        'sort',
      ]);

      const unknown = await server.call(manager, 'GET', '/api/v1/worklist?collectorId=nobody');
      expect(unknown.status).toBe(404);
    });
  });
}
