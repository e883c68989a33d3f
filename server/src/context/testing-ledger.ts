import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { TotalsChange } from '../ledger/ledger-totals.ts';
import type { InvoiceFacts } from '../ledger/ledger-totals.ts';

// Small ledger builders for the read side's tests. Not used in production.

const AT = '2026-01-01T00:00:00.000Z';

/** Builds rows of a test ledger with sensible defaults. */
export function ledgerBuilder(db: Kysely<Database>) {
  let sequence = 0;
  const next = () => ++sequence;

  return {
    async customer(
      fields: Partial<Insertable<Database['customers']>> & {
        domains?: string[];
        contacts?: string[];
      } = {},
    ): Promise<string> {
      const { domains = [], contacts = [], ...row } = fields;
      const id = row.id ?? randomUUID();
      const n = next();
      await db
        .insertInto('customers')
        .values({
          id,
          external_ref: `C${n}`,
          name: `Customer ${n}`,
          segment: 'good_payer',
          segment_override: null,
          segment_reason: null,
          segment_computed_at: null,
          strategic: 0,
          assignee_id: null,
          payment_terms_days: 30,
          currency: 'EUR',
          language: 'fr',
          created_at: AT,
          updated_at: AT,
          ...row,
        })
        .execute();
      for (const domain of domains) {
        await db.insertInto('customer_domains').values({ customer_id: id, domain }).execute();
      }
      for (const email of contacts) {
        await db
          .insertInto('contacts')
          .values({
            id: randomUUID(),
            customer_id: id,
            email,
            name: null,
            created_at: AT,
            created_by: null,
          })
          .execute();
      }
      return id;
    },

    async invoice(
      customerId: string,
      fields: Partial<Insertable<Database['invoices']>> & {
        issue_date: string;
        due_date: string;
        amount: number;
      },
    ): Promise<string> {
      const id = fields.id ?? randomUUID();
      const n = next();
      const number = fields.number ?? `INV-${1000 + n}`;
      const row: Insertable<Database['invoices']> & { status: InvoiceFacts['status'] } = {
        id,
        customer_id: customerId,
        external_ref: `E${n}`,
        number,
        number_key: number.toLowerCase().replace(/[^a-z0-9]/g, ''),
        open_amount: fields.status === 'paid' ? 0 : fields.amount,
        currency: 'EUR',
        status: 'open',
        paid_date: null,
        document_url: null,
        payment_url: null,
        last_reminder_on: null,
        created_at: AT,
        updated_at: AT,
        ...fields,
      };
      await db.insertInto('invoices').values(row).execute();
      await new TotalsChange()
        .invoice(null, { ...row, paid_date: row.paid_date ?? null })
        .apply(db);
      return id;
    },

    /** A payment applied to invoices; the invoices' open amounts are left to the caller. */
    async payment(
      customerId: string,
      date: string,
      applications: { invoiceId: string; amount: number }[],
      fields: { currency?: string; unapplied?: number } = {},
    ): Promise<string> {
      const id = randomUUID();
      const applied = applications.reduce((s, a) => s + a.amount, 0);
      const unapplied = fields.unapplied ?? 0;
      const row = {
        id,
        external_ref: `P${next()}`,
        customer_id: customerId,
        date,
        amount: applied + unapplied,
        currency: fields.currency ?? 'EUR',
        unapplied_amount: unapplied,
        created_at: AT,
      };
      await db.insertInto('payments').values(row).execute();
      await new TotalsChange().payment(null, row).apply(db);
      for (const a of applications) {
        await db
          .insertInto('payment_applications')
          .values({ payment_id: id, invoice_id: a.invoiceId, amount: a.amount })
          .execute();
      }
      return id;
    },

    async promise(
      customerId: string,
      loggedBy: string,
      fields: Partial<Insertable<Database['payment_promises']>> & {
        promised_date: string;
        grace_ends_on: string;
        amount: number;
      },
      invoiceIds: string[] = [],
    ): Promise<string> {
      const id = randomUUID();
      await db
        .insertInto('payment_promises')
        .values({
          id,
          customer_id: customerId,
          currency: 'EUR',
          status: 'pending',
          note: null,
          source_message_id: null,
          quote: null,
          logged_by: loggedBy,
          created_at: AT,
          evaluated_at: null,
          cancelled_by: null,
          cancelled_at: null,
          cancel_reason: null,
          followed_up_by: null,
          followed_up_at: null,
          ...fields,
        })
        .execute();
      for (const invoiceId of invoiceIds) {
        await db
          .insertInto('payment_promise_invoices')
          .values({ promise_id: id, invoice_id: invoiceId })
          .execute();
      }
      return id;
    },

    async dispute(
      customerId: string,
      openedBy: string,
      invoiceIds: string[],
      fields: Partial<Insertable<Database['disputes']>> = {},
    ): Promise<string> {
      const id = randomUUID();
      await db
        .insertInto('disputes')
        .values({
          id,
          customer_id: customerId,
          category: 'price',
          status: 'open',
          owner_id: null,
          opened_by: openedBy,
          created_at: AT,
          updated_at: AT,
          source_message_id: null,
          quote: null,
          note: null,
          resolution: null,
          resolved_at: null,
          ...fields,
        })
        .execute();
      for (const invoiceId of invoiceIds) {
        await db
          .insertInto('dispute_invoices')
          .values({ dispute_id: id, invoice_id: invoiceId })
          .execute();
      }
      return id;
    },

    async interaction(
      customerId: string,
      loggedBy: string,
      fields: Partial<Insertable<Database['interactions']>> = {},
    ): Promise<string> {
      const id = randomUUID();
      const n = next();
      await db
        .insertInto('interactions')
        .values({
          id,
          customer_id: customerId,
          message_id: `m${n}@mail.test`,
          thread_id: null,
          direction: 'inbound',
          from_address: 'someone@client.test',
          to_addresses: JSON.stringify(['colette@relance.test']),
          cc_addresses: '[]',
          subject: `Email ${n}`,
          sent_at: `2026-01-${String(1 + (n % 28)).padStart(2, '0')}T09:00:00.000Z`,
          client: 'outlook',
          logged_by: loggedBy,
          logged_at: AT,
          body: null,
          ...fields,
        })
        .execute();
      return id;
    },

    async settings(values: Record<string, unknown>): Promise<void> {
      for (const [key, value] of Object.entries(values)) {
        await db
          .insertInto('settings')
          .values({ key, value: JSON.stringify(value) })
          .execute();
      }
    },
  };
}
