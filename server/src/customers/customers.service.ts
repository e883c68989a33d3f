import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import {
  REMINDER_SCENARIOS,
  addMonths,
  agedBalance,
  averageDaysLate,
  roundTo,
} from '@relance/shared';
import type {
  BulkResult,
  ContactView,
  CustomerRef,
  CustomerSummary,
  CustomerUpdate,
  CustomerBulkUpsert,
  Segment,
  Tone,
} from '@relance/shared';
import type { z } from 'zod';
import { audit } from '../audit.ts';
import type { AuthUser } from '../auth/authenticate.ts';
import type { Database } from '../db/schema.ts';
import type { CustomerTable } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError, invalidField, notFound } from '../http/errors.ts';
import { userRefsByIds } from './user-refs.ts';

type Db = Kysely<Database>;
type CustomerRow = Pick<
  CustomerTable,
  'id' | 'name' | 'external_ref' | 'segment' | 'segment_override'
>;

/** Who a service acts for: enough of the user to check roles and audit. */
export type Actor = Pick<AuthUser, 'id' | 'role'> & { requestId?: string | undefined };

/** The segment in force: a person's override, else the computed one. */
export function effectiveSegment(
  row: Pick<CustomerTable, 'segment' | 'segment_override'>,
): Segment {
  return (row.segment_override ?? row.segment) as Segment;
}

/** A customer as lists and match candidates show it. */
export function presentCustomerRef(row: CustomerRow): CustomerRef {
  return {
    id: row.id,
    name: row.name,
    externalRef: row.external_ref,
    segment: effectiveSegment(row),
  };
}

/** The tone of a customer's correspondence: its segment's scenario, courteous when strategic. */
export function toneOf(segment: Segment, strategic: boolean): Tone {
  return REMINDER_SCENARIOS[strategic ? 'strategic' : segment].tone;
}

/** Loads a customer row or answers 404. */
export async function customerOrNotFound(db: Db, customerId: string) {
  const row = await db
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', customerId)
    .executeTakeFirst();
  if (!row) throw notFound('customer');
  return row;
}

// LIKE with the wildcard characters of the user's text taken literally.
function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Finds customers whose name, external reference, contact address or domain holds `q`. */
export async function searchCustomers(
  db: Db,
  input: { q: string; limit: number },
): Promise<CustomerRef[]> {
  let query = db
    .selectFrom('customers')
    .select(['id', 'name', 'external_ref', 'segment', 'segment_override'])
    .orderBy('name')
    .orderBy('id')
    .limit(input.limit);

  const q = input.q.trim();
  if (q.length > 0) {
    const pattern = containsPattern(q);
    const domain = q.includes('@') ? q.slice(q.lastIndexOf('@') + 1).toLowerCase() : null;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(customers.name) like ${pattern} escape '\\'`,
        sql<boolean>`lower(customers.external_ref) like ${pattern} escape '\\'`,
        eb.exists(
          eb
            .selectFrom('contacts')
            .select('contacts.id')
            .whereRef('contacts.customer_id', '=', 'customers.id')
            .where(sql<boolean>`contacts.email like ${pattern} escape '\\'`),
        ),
        eb.exists(
          eb
            .selectFrom('customer_domains')
            .select('customer_domains.domain')
            .whereRef('customer_domains.customer_id', '=', 'customers.id')
            .where((d) =>
              d.or([
                sql<boolean>`customer_domains.domain like ${pattern} escape '\\'`,
                ...(domain ? [d('customer_domains.domain', '=', domain)] : []),
              ]),
            ),
        ),
      ]),
    );
  }
  const rows = await query.execute();
  return rows.map(presentCustomerRef);
}

/**
 * Everything about one customer a collector needs at a glance, on `asOf`: balances per
 * currency with aging buckets and the disputed part, unapplied cash, the average days late of
 * the last 12 months, the segment with its source and reason, and the tone it sets.
 */
export async function customerSummary(
  db: Db,
  _deps: AppDeps,
  customerId: string,
  asOf: string,
): Promise<CustomerSummary> {
  const customer = await customerOrNotFound(db, customerId);

  const [openInvoices, unapplied, paidLately, domains, refs] = await Promise.all([
    db
      .selectFrom('invoices')
      .select(['invoices.due_date', 'invoices.open_amount', 'invoices.currency'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('dispute_invoices')
              .innerJoin('disputes', 'disputes.id', 'dispute_invoices.dispute_id')
              .select('dispute_invoices.invoice_id')
              .whereRef('dispute_invoices.invoice_id', '=', 'invoices.id')
              .where('disputes.status', 'in', ['open', 'in_review']),
          )
          .as('disputed'),
      )
      .where('invoices.customer_id', '=', customerId)
      .where('invoices.status', '=', 'open')
      .execute(),
    db
      .selectFrom('payments')
      .select(['currency', (eb) => eb.fn.sum<number>('unapplied_amount').as('amount')])
      .where('customer_id', '=', customerId)
      .where('unapplied_amount', '<>', 0)
      .groupBy('currency')
      .orderBy('currency')
      .execute(),
    db
      .selectFrom('invoices')
      .select(['amount', 'due_date', 'paid_date'])
      .where('customer_id', '=', customerId)
      .where('status', '=', 'paid')
      .where('currency', '=', customer.currency)
      .where('paid_date', '>', addMonths(asOf, -12))
      .where('paid_date', '<=', asOf)
      .execute(),
    db
      .selectFrom('customer_domains')
      .select('domain')
      .where('customer_id', '=', customerId)
      .orderBy('domain')
      .execute(),
    userRefsByIds(db, [customer.assignee_id]),
  ]);

  const balances = agedBalance(
    openInvoices.map((i) => ({
      dueDate: i.due_date,
      openAmount: i.open_amount,
      currency: i.currency,
    })),
    asOf,
  ).map((b) => ({
    currency: b.currency,
    outstanding: b.total,
    overdue: b.overdue,
    disputed: openInvoices
      .filter((i) => i.currency === b.currency && Boolean(i.disputed))
      .reduce((sum, i) => sum + i.open_amount, 0),
    buckets: b.buckets,
  }));

  const segment = effectiveSegment(customer);
  const strategic = customer.strategic === 1;
  return {
    id: customer.id,
    name: customer.name,
    externalRef: customer.external_ref,
    segment,
    segmentSource: customer.segment_override === null ? 'computed' : 'override',
    segmentReason: customer.segment_override === null ? customer.segment_reason : 'set by a person',
    strategic,
    tone: toneOf(segment, strategic),
    language: customer.language,
    currency: customer.currency,
    paymentTermsDays: customer.payment_terms_days,
    assignee: customer.assignee_id ? (refs.get(customer.assignee_id) ?? null) : null,
    domains: domains.map((d) => d.domain),
    balances,
    unappliedCash: unapplied.map((u) => ({ currency: u.currency, amount: Number(u.amount) })),
    averageDaysLate: averageDaysLateOf(paidLately),
  };
}

// Null when nothing was paid in the window; 0 when everything paid was on time.
function averageDaysLateOf(
  paid: { amount: number; due_date: string; paid_date: string | null }[],
): number | null {
  const items = paid.flatMap((p) =>
    p.paid_date === null ? [] : [{ amount: p.amount, dueDate: p.due_date, paidDate: p.paid_date }],
  );
  if (items.length === 0) return null;
  const result = averageDaysLate(items);
  return result.count === 0 ? 0 : roundTo(result.weighted, 1);
}

/** Changes what a manager may set on a customer; audited. Returns the new summary. */
export async function updateCustomer(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  customerId: string,
  input: z.output<typeof CustomerUpdate>,
  asOf: string,
): Promise<CustomerSummary> {
  const before = await customerSummary(trx, deps, customerId, asOf);
  const now = deps.clock.now().toISOString();

  if (input.assigneeId) {
    const assignee = await trx
      .selectFrom('users')
      .select(['id', 'disabled_at'])
      .where('id', '=', input.assigneeId)
      .executeTakeFirst();
    if (!assignee || assignee.disabled_at !== null) {
      throw invalidField('assigneeId', 'is not an active user');
    }
  }

  const changes: Partial<CustomerTable> = {};
  if (input.segmentOverride !== undefined) changes.segment_override = input.segmentOverride;
  if (input.strategic !== undefined) changes.strategic = input.strategic ? 1 : 0;
  if (input.assigneeId !== undefined) changes.assignee_id = input.assigneeId;
  if (input.language !== undefined) changes.language = input.language;
  if (Object.keys(changes).length > 0) {
    await trx
      .updateTable('customers')
      .set({ ...changes, updated_at: now })
      .where('id', '=', customerId)
      .execute();
  }
  if (input.domains !== undefined) {
    await trx.deleteFrom('customer_domains').where('customer_id', '=', customerId).execute();
    const domains = [...new Set(input.domains)];
    if (domains.length > 0) {
      await trx
        .insertInto('customer_domains')
        .values(domains.map((domain) => ({ customer_id: customerId, domain })))
        .execute();
    }
  }

  const after = await customerSummary(trx, deps, customerId, asOf);
  await audit(trx, {
    actorId: actor.id,
    action: 'customer.update',
    entityType: 'customer',
    entityId: customerId,
    before: auditedFields(before),
    after: auditedFields(after),
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return after;
}

function auditedFields(s: CustomerSummary) {
  return {
    segment: s.segment,
    segmentSource: s.segmentSource,
    strategic: s.strategic,
    assigneeId: s.assignee?.id ?? null,
    domains: s.domains,
    language: s.language,
  };
}

/**
 * Creates or updates customers by external reference (the ERP feed); idempotent. Domains and
 * contacts are added, never removed; a contact address that belongs to another customer is
 * reported in `conflicts` and not written.
 */
export async function upsertCustomers(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  input: z.output<typeof CustomerBulkUpsert>,
): Promise<BulkResult> {
  const result: BulkResult = { created: 0, updated: 0, unchanged: 0, conflicts: [] };
  const now = deps.clock.now().toISOString();
  const seen = new Set<string>();

  for (const [index, row] of input.customers.entries()) {
    if (seen.has(row.externalRef)) {
      result.conflicts.push({
        index,
        field: 'externalRef',
        message: 'appears twice in this import',
      });
      continue;
    }
    seen.add(row.externalRef);

    const existing = await trx
      .selectFrom('customers')
      .selectAll()
      .where('external_ref', '=', row.externalRef)
      .executeTakeFirst();
    let customerId: string;
    let changed = false;
    if (!existing) {
      customerId = randomUUID();
      await trx
        .insertInto('customers')
        .values({
          id: customerId,
          external_ref: row.externalRef,
          name: row.name,
          segment: 'new',
          segment_override: null,
          segment_reason: null,
          segment_computed_at: null,
          strategic: 0,
          assignee_id: null,
          payment_terms_days: row.paymentTermsDays,
          currency: row.currency,
          language: row.language,
          created_at: now,
          updated_at: now,
        })
        .execute();
    } else {
      customerId = existing.id;
      if (
        existing.name !== row.name ||
        existing.currency !== row.currency ||
        existing.language !== row.language ||
        existing.payment_terms_days !== row.paymentTermsDays
      ) {
        changed = true;
        await trx
          .updateTable('customers')
          .set({
            name: row.name,
            currency: row.currency,
            language: row.language,
            payment_terms_days: row.paymentTermsDays,
            updated_at: now,
          })
          .where('id', '=', customerId)
          .execute();
      }
    }

    if (await addDomains(trx, customerId, row.domains)) changed = true;
    for (const [j, contact] of row.contacts.entries()) {
      const outcome = await addContact(trx, customerId, contact, now, actor.id);
      if (outcome === 'added') changed = true;
      if (outcome === 'conflict') {
        result.conflicts.push({
          index,
          field: `contacts.${j}.email`,
          message: 'this address belongs to another customer',
        });
      }
    }

    if (!existing) result.created += 1;
    else if (changed) result.updated += 1;
    else result.unchanged += 1;
  }

  await audit(trx, {
    actorId: actor.id,
    action: 'customer.bulk_upsert',
    entityType: 'import',
    entityId: randomUUID(),
    after: result,
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return result;
}

async function addDomains(trx: Db, customerId: string, domains: string[]): Promise<boolean> {
  const wanted = [...new Set(domains.filter((d) => d.length > 0))];
  if (wanted.length === 0) return false;
  const present = await trx
    .selectFrom('customer_domains')
    .select('domain')
    .where('customer_id', '=', customerId)
    .execute();
  const have = new Set(present.map((p) => p.domain));
  const missing = wanted.filter((d) => !have.has(d));
  if (missing.length === 0) return false;
  await trx
    .insertInto('customer_domains')
    .values(missing.map((domain) => ({ customer_id: customerId, domain })))
    .execute();
  return true;
}

async function addContact(
  trx: Db,
  customerId: string,
  contact: { email: string; name?: string | undefined },
  now: string,
  actorId: string,
): Promise<'added' | 'present' | 'conflict'> {
  const existing = await trx
    .selectFrom('contacts')
    .select(['customer_id'])
    .where('email', '=', contact.email)
    .executeTakeFirst();
  if (existing) return existing.customer_id === customerId ? 'present' : 'conflict';
  await trx
    .insertInto('contacts')
    .values({
      id: randomUUID(),
      customer_id: customerId,
      email: contact.email,
      name: contact.name ?? null,
      created_at: now,
      created_by: actorId,
    })
    .execute();
  return 'added';
}

/** A contact row as the wire shows it. */
export function presentContact(row: {
  id: string;
  customer_id: string;
  email: string;
  name: string | null;
  created_at: string;
}): ContactView {
  return {
    id: row.id,
    customerId: row.customer_id,
    email: row.email,
    name: row.name,
    createdAt: row.created_at,
  };
}

/** The contacts of a customer, by address. */
export async function listContacts(db: Db, customerId: string): Promise<ContactView[]> {
  await customerOrNotFound(db, customerId);
  const rows = await db
    .selectFrom('contacts')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('email')
    .execute();
  return rows.map(presentContact);
}

/**
 * Links an address to a customer: the matching chain's manual step. Linking it again to the
 * same customer returns the existing contact; an address of another customer is a 409.
 */
export async function linkContact(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  input: { customerId: string; email: string; name?: string | undefined },
): Promise<{ contact: ContactView; customer: CustomerRef; created: boolean }> {
  const customer = await customerOrNotFound(trx, input.customerId);
  const existing = await trx
    .selectFrom('contacts')
    .selectAll()
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (existing && existing.customer_id !== input.customerId) {
    throw new ApiError('conflict', 'email: this address belongs to another customer', [
      { field: 'email', message: 'this address belongs to another customer' },
    ]);
  }
  if (existing) {
    return {
      contact: presentContact(existing),
      customer: presentCustomerRef(customer),
      created: false,
    };
  }

  const row = {
    id: randomUUID(),
    customer_id: input.customerId,
    email: input.email,
    name: input.name ?? null,
    created_at: deps.clock.now().toISOString(),
    created_by: actor.id,
  };
  await trx.insertInto('contacts').values(row).execute();
  const contact = presentContact(row);
  await audit(trx, {
    actorId: actor.id,
    action: 'contact.link',
    entityType: 'contact',
    entityId: row.id,
    after: contact,
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return { contact, customer: presentCustomerRef(customer), created: true };
}

/** Removes a contact; audited. */
export async function unlinkContact(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  contactId: string,
): Promise<ContactView> {
  const row = await trx
    .selectFrom('contacts')
    .selectAll()
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!row) throw notFound('contact');
  await trx.deleteFrom('contacts').where('id', '=', contactId).execute();
  const contact = presentContact(row);
  await audit(trx, {
    actorId: actor.id,
    action: 'contact.unlink',
    entityType: 'contact',
    entityId: contactId,
    before: contact,
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return contact;
}
