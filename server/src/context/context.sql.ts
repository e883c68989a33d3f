import type { DialectName } from '../db/connect.ts';
import { placeholders, sqlDaysBetween } from './statements.ts';
import type { Statement } from './statements.ts';

// The raw statements of the context, one builder each. Every one is an index lookup:
// interactions by message_id / thread_id / (customer_id, sent_at), contacts by email,
// invoices by number_key / (customer_id, status, due_date), customer_domains by domain or
// primary key, payments by (customer_id, date), promises and disputes by (customer_id, status).

const CUSTOMER_COLUMNS = `c.id, c.external_ref, c.name, c.segment, c.segment_override,
  c.segment_reason, c.strategic, c.assignee_id, u.name as assignee_name,
  u.email as assignee_email, c.payment_terms_days, c.currency, c.language`;

const INTERACTION_COLUMNS = `i.id, i.customer_id, c.name as customer_name, i.message_id,
  i.thread_id, i.direction, i.from_address, i.to_addresses, i.cc_addresses, i.subject,
  i.sent_at, i.client, i.logged_by, u.name as logged_by_name, u.email as logged_by_email,
  i.logged_at, i.body`;

/** Interactions already logged under a Message-ID, written with or without angle brackets. */
export function loggedByMessageId(messageId: string): Statement {
  return {
    name: 'logged_by_message_id',
    text: `select ${INTERACTION_COLUMNS}
      from interactions i join users u on u.id = i.logged_by join customers c on c.id = i.customer_id
      where i.message_id in (?, ?) order by i.logged_at, i.id limit 20`,
    params: [messageId, `<${messageId}>`],
  };
}

/** Customers that have a message of this conversation logged. */
export function customersOfThread(threadId: string): Statement {
  return {
    name: 'customers_of_thread',
    text: `select distinct customer_id from interactions where thread_id = ? limit 20`,
    params: [threadId],
  };
}

/** Contacts among a list of addresses. */
export function contactsOf(addresses: readonly string[]): Statement {
  return {
    name: 'contacts_of',
    text: `select email, customer_id from contacts where email in (${placeholders(addresses.length)})`,
    params: addresses,
  };
}

/** Invoices whose number key is among candidate keys taken from the email. */
export function invoicesByNumberKey(keys: readonly string[]): Statement {
  return {
    name: 'invoices_by_number_key',
    text: `select number, customer_id from invoices
      where number_key in (${placeholders(keys.length)}) limit 500`,
    params: keys,
  };
}

/** Registered customer domains among a list of domains. */
export function customersOfDomains(domains: readonly string[]): Statement {
  return {
    name: 'customers_of_domains',
    text: `select domain, customer_id from customer_domains
      where domain in (${placeholders(domains.length)})`,
    params: domains,
  };
}

/** Customers by id, with their assignee's name and address. */
export function customersById(ids: readonly string[]): Statement {
  return {
    name: 'customers_by_id',
    text: `select ${CUSTOMER_COLUMNS} from customers c left join users u on u.id = c.assignee_id
      where c.id in (${placeholders(ids.length)}) order by c.name, c.id`,
    params: ids,
  };
}

/**
 * A customer's domains, unapplied cash per currency, and its invoices paid from `paidAfter`
 * (exclusive) to `asOf` in its own currency, as rows of (kind, label, a, b, c): for 'late',
 * a = days late × amount and b = amount over the late ones, c = how many were paid at all.
 */
export function customerFacts(
  dialect: DialectName,
  customerId: string,
  currency: string,
  paidAfter: string,
  asOf: string,
): ListedStatement {
  const daysLate = sqlDaysBetween(dialect, 'due_date', 'paid_date');
  return {
    name: 'customer_facts',
    text: `select 'domain' as kind, domain as label, 0 as a, 0 as b, 0 as c
        from customer_domains where customer_id = ?
      union all
      select 'unapplied', currency, sum(unapplied_amount), 0, 0
        from payments where customer_id = ? group by currency having sum(unapplied_amount) <> 0
      union all
      select 'late', '',
          sum(case when paid_date > due_date then ${daysLate} * amount else 0 end),
          sum(case when paid_date > due_date then amount else 0 end), count(*)
        from invoices
        where customer_id = ? and status = 'paid' and currency = ? and amount > 0
          and paid_date > ? and paid_date <= ?
      order by kind, label`,
    order: 'kind, label',
    params: [customerId, customerId, customerId, currency, paidAfter, asOf],
  };
}

/** Open invoices of a customer, oldest due first, flagged disputed or promised. */
export function openInvoicesOf(customerId: string): ListedStatement {
  return {
    name: 'open_invoices',
    text: `select i.id, i.number, i.external_ref, i.issue_date, i.due_date, i.amount,
        i.open_amount, i.currency, i.status, i.paid_date, i.document_url, i.payment_url,
        case when exists (select 1 from dispute_invoices di
            join disputes d on d.id = di.dispute_id
            where di.invoice_id = i.id and d.status in ('open', 'in_review'))
          then 1 else 0 end as disputed,
        case when exists (select 1 from payment_promise_invoices ppi
            join payment_promises p on p.id = ppi.promise_id
            where ppi.invoice_id = i.id and p.status = 'pending')
          then 1 else 0 end as promised
      from invoices i where i.customer_id = ? and i.status = 'open'
      order by i.due_date, i.number`,
    order: 'due_date, number',
    params: [customerId],
  };
}

/** Open and in-review disputes of a customer, oldest first, one row per invoice. */
export function openDisputesOf(customerId: string): ListedStatement {
  return {
    name: 'open_disputes',
    text: `select d.id, d.customer_id, d.category, d.status, d.owner_id,
        ow.name as owner_name, ow.email as owner_email, d.opened_by,
        ob.name as opened_by_name, ob.email as opened_by_email, d.created_at, d.updated_at,
        d.note, d.quote, d.source_message_id, d.resolution, i.number as invoice_number,
        i.open_amount as invoice_open_amount, i.currency as invoice_currency
      from disputes d join users ob on ob.id = d.opened_by
      left join users ow on ow.id = d.owner_id
      left join dispute_invoices di on di.dispute_id = d.id
      left join invoices i on i.id = di.invoice_id
      where d.customer_id = ? and d.status in ('open', 'in_review')
      order by d.created_at, d.id, i.number`,
    order: 'created_at, id, invoice_number',
    params: [customerId],
  };
}

/** Pending promises of a customer and its last kept or broken one, one row per invoice. */
export function promisesOf(customerId: string): ListedStatement {
  return {
    name: 'promises',
    text: `select p.id, p.customer_id, p.amount, p.currency, p.promised_date, p.grace_ends_on,
        p.status, p.paid_amount, p.note, p.quote, p.source_message_id, p.logged_by,
        u.name as logged_by_name, u.email as logged_by_email, p.created_at, p.cancel_reason,
        p.followed_up_at, i.number as invoice_number
      from payment_promises p join users u on u.id = p.logged_by
      left join payment_promise_invoices ppi on ppi.promise_id = p.id
      left join invoices i on i.id = ppi.invoice_id
      where p.customer_id = ? and (p.status = 'pending' or p.id = (
        select id from payment_promises where customer_id = ? and status in ('kept', 'broken')
        order by grace_ends_on desc, created_at desc limit 1))
      order by p.promised_date, p.id, i.number`,
    order: 'promised_date, id, invoice_number',
    params: [customerId, customerId],
  };
}

/** The last `limit` emails logged for a customer, newest first. */
export function lastInteractionsOf(customerId: string, limit: number): ListedStatement {
  return {
    name: 'last_interactions',
    text: `select ${INTERACTION_COLUMNS}
      from interactions i join users u on u.id = i.logged_by join customers c on c.id = i.customer_id
      where i.customer_id = ? order by i.sent_at desc, i.id desc limit ?`,
    order: 'sent_at desc, id desc',
    params: [customerId, limit],
  };
}

/** The settings rows. */
export const settingsRows: Statement = {
  name: 'settings',
  text: 'select key, value from settings',
  params: [],
};

/** A statement with the order of its rows given over its output columns' names. */
export interface ListedStatement extends Statement {
  order: string;
}

/**
 * Several statements run as one on PostgreSQL, which answers a single row: for each statement,
 * a column of the same name holding its rows as a JSON array of objects, in the statement's
 * order. One round trip and one connection instead of one each.
 */
export function listedAsJson(statements: Readonly<Record<string, ListedStatement>>): Statement {
  const parts = Object.entries(statements).map(([name, statement]) => {
    const order = statement.order
      .split(',')
      .map((key) => `t.${key.trim()}`)
      .join(', ');
    return `(select coalesce(json_agg(t order by ${order}), '[]')::text
      from (${statement.text}) t) as ${name}`;
  });
  return {
    name: Object.keys(statements).join('_'),
    text: `select ${parts.join(',\n  ')}`,
    params: Object.values(statements).flatMap((statement) => statement.params),
  };
}
