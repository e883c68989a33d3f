import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { contactsOf } from '../context/context.sql.ts';
import { runStatement } from '../context/statements.ts';
import { refreshStatistics } from './connect.ts';
import type { Storage } from './connect.ts';

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`storage on ${engine.name}`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await engine.open();
    });
    afterAll(async () => storage?.close());

    it('migrates to a schema where money round-trips as whole numbers', async () => {
      const now = new Date().toISOString();
      await storage.db
        .insertInto('customers')
        .values({
          id: 'c1',
          external_ref: 'C1',
          name: 'Acme',
          segment: 'new',
          strategic: 0,
          payment_terms_days: 30,
          currency: 'EUR',
          language: 'fr',
          created_at: now,
          updated_at: now,
          segment_override: null,
          segment_reason: null,
          segment_computed_at: null,
          assignee_id: null,
        })
        .execute();
      await storage.db
        .insertInto('invoices')
        .values({
          id: 'i1',
          customer_id: 'c1',
          external_ref: 'E1',
          number: 'FA-1',
          number_key: 'fa1',
          issue_date: '2026-01-01',
          due_date: '2026-01-31',
          amount: 9_007_199_254_740,
          open_amount: -1250,
          currency: 'EUR',
          status: 'open',
          paid_date: null,
          document_url: null,
          payment_url: null,
          last_reminder_on: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      const row = await storage.db
        .selectFrom('invoices')
        .select(['amount', 'open_amount', sql<number>`sum(amount)`.as('total')])
        .groupBy(['amount', 'open_amount'])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        amount: 9_007_199_254_740,
        open_amount: -1250,
        total: 9_007_199_254_740,
      });
    });

    it('refuses an invoice whose customer does not exist', async () => {
      const now = new Date().toISOString();
      await expect(
        storage.db
          .insertInto('invoices')
          .values({
            id: 'i2',
            customer_id: 'nobody',
            external_ref: 'E2',
            number: 'FA-2',
            number_key: 'fa2',
            issue_date: '2026-01-01',
            due_date: '2026-01-31',
            amount: 1,
            open_amount: 1,
            currency: 'EUR',
            status: 'open',
            paid_date: null,
            document_url: null,
            payment_url: null,
            last_reminder_on: null,
            created_at: now,
            updated_at: now,
          })
          .execute(),
      ).rejects.toThrow();
    });
    it('gathers statistics after a load, on SQLite without the samples that replan', async () => {
      await refreshStatistics(storage, ['customers', 'invoices']);
      if (engine.name === 'sqlite') {
        const summaries = await sql<{ tbl: string }>`select tbl from sqlite_stat1`.execute(
          storage.db,
        );
        expect(summaries.rows.map((r) => r.tbl)).toContain('invoices');
        const samples = await sql<{ n: number }>`select count(*) as n from sqlite_stat4`.execute(
          storage.db,
        );
        expect(samples.rows[0]?.n).toBe(0);
      } else {
        const analyzed = await sql<{ relname: string }>`select relname from pg_stat_user_tables
          where schemaname = current_schema() and last_analyze is not null`.execute(storage.db);
        expect(analyzed.rows.map((r) => r.relname).sort()).toEqual(['customers', 'invoices']);
      }
    });

    // Named prepared statements exist on PostgreSQL only.
    if (engine.name === 'postgres') {
      it("prepares the read side's statements once per connection, and only those", async () => {
        await storage.db.connection().execute(async (connection) => {
          const statement = contactsOf(['nobody@example.com']);
          await runStatement(connection, 'postgres', statement);
          const rows = await runStatement(connection, 'postgres', statement);
          expect(rows).toEqual([]);
          const prepared = await sql<{ name: string; statement: string }>`select name, statement
            from pg_prepared_statements`.execute(connection);
          const contacts = prepared.rows.filter((r) => r.statement.includes('from contacts'));
          expect(contacts).toHaveLength(1);
          // Nothing Kysely built, this very query included, is kept on the connection.
          expect(prepared.rows.every((r) => r.name.startsWith('relance_'))).toBe(true);
        });
      });
    }
  });
}
