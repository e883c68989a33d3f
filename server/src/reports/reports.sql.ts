import { agingBucketBounds } from '@relance/shared';
import type { DialectName } from '../db/connect.ts';
import { sqlDaysBetween } from '../context/statements.ts';
import type { Statement } from '../context/statements.ts';

// The aggregate statements of the reports. Each report is a few SQL aggregates whose result
// rows are totals (per customer, per month, per user), never invoices.

const NOT_CANCELLED = `status <> 'cancelled'`;

/** Open amounts per customer and currency, bucketed on `asOf` by comparing due-date text. */
export function agedBalanceByCustomer(asOf: string): Statement {
  const b = agingBucketBounds(asOf);
  return {
    name: 'aged_balance',
    text: `select c.id, c.name, c.external_ref, c.segment, c.segment_override, c.strategic,
        a.currency, a.not_due, a.d1_30, a.d31_60, a.d61_90, a.over_90, a.total
      from (select customer_id, currency,
          sum(case when due_date >= ? then open_amount else 0 end) as not_due,
          sum(case when due_date < ? and due_date >= ? then open_amount else 0 end) as d1_30,
          sum(case when due_date < ? and due_date >= ? then open_amount else 0 end) as d31_60,
          sum(case when due_date < ? and due_date >= ? then open_amount else 0 end) as d61_90,
          sum(case when due_date < ? then open_amount else 0 end) as over_90,
          sum(open_amount) as total
        from invoices where status = 'open' and open_amount <> 0
        group by customer_id, currency) a
      join customers c on c.id = a.customer_id
      order by c.name, c.id, a.currency`,
    params: [
      b.notDueFrom,
      b.notDueFrom,
      b.d1_30From,
      b.d1_30From,
      b.d31_60From,
      b.d31_60From,
      b.d61_90From,
      b.d61_90From,
    ],
  };
}

/** The currency most customers are billed in. */
export const mostCommonCurrency: Statement = {
  name: 'most_common_currency',
  text: `select currency, count(*) as n from customers group by currency
    order by count(*) desc, currency limit 1`,
  params: [],
};

/**
 * Open amounts now of invoices issued by `end` (all, not yet due on `end`) and by `start`,
 * and credit sales issued in (start, end]. Adding back what payments dated after a date
 * applied (see `applicationsAfter`) gives AR as it stood on that date.
 */
export function invoiceTotals(currency: string, start: string, end: string): Statement {
  return {
    name: 'invoice_totals',
    text: `select
        sum(case when status = 'open' and issue_date <= ? then open_amount else 0 end) as open_end,
        sum(case when status = 'open' and issue_date <= ? and due_date >= ?
          then open_amount else 0 end) as open_end_current,
        sum(case when status = 'open' and issue_date <= ? then open_amount else 0 end) as open_start,
        sum(case when issue_date > ? and issue_date <= ? then amount else 0 end) as sales
      from invoices
      where currency = ? and ${NOT_CANCELLED}
        and (status = 'open' or (issue_date > ? and issue_date <= ?))`,
    params: [end, end, end, start, start, end, currency, start, end],
  };
}

/** What payments dated after `start` applied to invoices issued by `end` and by `start`. */
export function applicationsAfter(currency: string, start: string, end: string): Statement {
  return {
    name: 'applications_after',
    text: `select
        sum(case when p.date > ? and i.issue_date <= ? then a.amount else 0 end) as apps_end,
        sum(case when p.date > ? and i.issue_date <= ? and i.due_date >= ?
          then a.amount else 0 end) as apps_end_current,
        sum(case when i.issue_date <= ? then a.amount else 0 end) as apps_start
      from payments p join payment_applications a on a.payment_id = p.id
      join invoices i on i.id = a.invoice_id
      where p.date > ? and i.currency = ? and i.${NOT_CANCELLED}`,
    params: [end, end, end, end, end, start, start, currency],
  };
}

/** Credit sales per month ('YYYY-MM') issued from `from` to `to`. */
export function monthlySales(currency: string, from: string, to: string): Statement {
  return {
    name: 'monthly_sales',
    text: `select substr(issue_date, 1, 7) as month, sum(amount) as sales from invoices
      where currency = ? and ${NOT_CANCELLED} and issue_date >= ? and issue_date <= ?
      group by substr(issue_date, 1, 7)`,
    params: [currency, from, to],
  };
}

/** Open amounts now per issue month, for AR at month ends. */
export function openByIssueMonth(currency: string): Statement {
  return {
    name: 'open_by_issue_month',
    text: `select substr(issue_date, 1, 7) as month, sum(open_amount) as open from invoices
      where status = 'open' and currency = ? group by substr(issue_date, 1, 7)`,
    params: [currency],
  };
}

/** Applications of payments dated after `after`, per invoice issue month and payment month. */
export function applicationsByMonths(currency: string, after: string): Statement {
  return {
    name: 'applications_by_months',
    text: `select substr(i.issue_date, 1, 7) as issue_month, substr(p.date, 1, 7) as paid_month,
        sum(a.amount) as amount
      from payments p join payment_applications a on a.payment_id = p.id
      join invoices i on i.id = a.invoice_id
      where p.date > ? and i.currency = ? and i.${NOT_CANCELLED}
      group by substr(i.issue_date, 1, 7), substr(p.date, 1, 7)`,
    params: [after, currency],
  };
}

/** Invoices paid late with a payment date in [from, to]: count, days and amount-weighted days. */
export function paidLate(dialect: DialectName, currency: string, from: string, to: string) {
  const days = sqlDaysBetween(dialect, 'due_date', 'paid_date');
  return {
    name: 'paid_late',
    text: `select count(*) as n, sum(${days}) as days, sum(${days} * amount) as weighted,
        sum(amount) as amount
      from invoices
      where paid_date >= ? and paid_date <= ? and status = 'paid' and currency = ?
        and amount > 0 and paid_date > due_date`,
    params: [from, to, currency],
  } satisfies Statement;
}

/** Kept and broken promises whose grace ended in [from, to]. */
export function decidedPromises(currency: string, from: string, to: string): Statement {
  return {
    name: 'decided_promises',
    text: `select status, count(*) as n from payment_promises
      where status in ('kept', 'broken') and grace_ends_on >= ? and grace_ends_on <= ?
        and currency = ?
      group by status`,
    params: [from, to, currency],
  };
}

/** Open amounts of invoices under an open or in-review dispute. */
export function disputedOpen(currency: string): Statement {
  return {
    name: 'disputed_open',
    text: `select sum(open_amount) as disputed from invoices
      where status = 'open' and currency = ? and id in (select di.invoice_id
        from dispute_invoices di join disputes d on d.id = di.dispute_id
        where d.status in ('open', 'in_review'))`,
    params: [currency],
  };
}

/** Per user, emails logged in [fromInstant, toInstant). */
export function emailsLoggedBy(fromInstant: string, toInstant: string): Statement {
  return {
    name: 'emails_logged_by',
    text: `select logged_by as user_id, count(*) as n from interactions
      where logged_at >= ? and logged_at < ? group by logged_by`,
    params: [fromInstant, toInstant],
  };
}

/** Per user, promises logged in [fromInstant, toInstant). */
export function promisesLoggedBy(fromInstant: string, toInstant: string): Statement {
  return {
    name: 'promises_logged_by',
    text: `select logged_by as user_id, count(*) as n from payment_promises
      where created_at >= ? and created_at < ? group by logged_by`,
    params: [fromInstant, toInstant],
  };
}

/** Per user, disputes opened in [fromInstant, toInstant). */
export function disputesOpenedBy(fromInstant: string, toInstant: string): Statement {
  return {
    name: 'disputes_opened_by',
    text: `select opened_by as user_id, count(*) as n from disputes
      where created_at >= ? and created_at < ? group by opened_by`,
    params: [fromInstant, toInstant],
  };
}

/** Per user who logged them, promises kept and broken whose grace ended in [from, to]. */
export function promisesDecidedBy(from: string, to: string): Statement {
  return {
    name: 'promises_decided_by',
    text: `select logged_by as user_id, status, count(*) as n from payment_promises
      where status in ('kept', 'broken') and grace_ends_on >= ? and grace_ends_on <= ?
      group by logged_by, status`,
    params: [from, to],
  };
}

/** Users who may appear in the activity report. */
export const activityUsers: Statement = {
  name: 'activity_users',
  text: `select id, name, email, role from users order by name, id`,
  params: [],
};
