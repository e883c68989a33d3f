import { AGING_BUCKETS, agingBucketBounds } from '@relance/shared';
import type { Statement } from '../context/statements.ts';
import type { DialectName } from '../db/connect.ts';

// The aggregate statements of the reports. Each report is a few SQL aggregates whose result
// rows are totals (per customer, per month, per user), never invoices.

const NOT_CANCELLED = `status <> 'cancelled'`;

/** Open amounts per customer and currency, bucketed on `asOf` by comparing due-date text. */
export function agedBalanceByCustomer(asOf: string): Statement {
  const sums = agedBalanceSums(asOf);
  return {
    name: 'aged_balance',
    text: `select c.id, c.name, c.external_ref, c.segment, c.segment_override, c.strategic,
        a.currency, a.not_due, a.d1_30, a.d31_60, a.d61_90, a.over_90, a.total
      from (${sums.text}) a
      join customers c on c.id = a.id
      order by c.name, c.id, a.currency`,
    params: sums.params,
  };
}

/**
 * The lines of agedBalanceByCustomer, in the same order, each written as JSON by the database
 * (column `line`) in the shape of the API's aged balance row: turning 40,000 rows of thirteen
 * columns into JavaScript values and back into JSON costs more than the aggregate itself. The
 * text is put together by hand: strings go through the engine's JSON quoting, and the rest are
 * integers and currency codes. On PostgreSQL this takes half the time json_build_object does.
 */
export function agedBalanceLinesAsJson(asOf: string, dialect: DialectName): Statement {
  const sums = agedBalanceSums(asOf);
  const quote = (column: string) =>
    dialect === 'postgres' ? `to_json(${column})::text` : `json_quote(${column})`;
  const buckets = AGING_BUCKETS.map((b, k) => `'${k === 0 ? '' : ','}"${b}":' || a.${b}`);
  return {
    name: 'aged_balance_json',
    text: `select '{"customer":{"id":' || ${quote('c.id')} || ',"name":' || ${quote('c.name')}
        || ',"externalRef":' || ${quote('c.external_ref')}
        || ',"segment":' || ${quote('coalesce(c.segment_override, c.segment)')}
        || '},"currency":' || ${quote('a.currency')} || ',"buckets":{'
        || ${buckets.join(' || ')}
        || '},"total":' || a.total || ',"overdue":' || (a.total - a.not_due) || '}' as line
      from (${sums.text}) a
      join customers c on c.id = a.id
      order by c.name, c.id, a.currency`,
    params: sums.params,
  };
}

/**
 * The aged balance's sums per customer (as `id`) and currency, without the customers' names;
 * with `only`, for those customers of that currency.
 */
export function agedBalanceSums(
  asOf: string,
  only?: { currency: string; customerIds: readonly string[] },
): Statement {
  const restrict = only
    ? ` and currency = ? and customer_id in (${only.customerIds.map(() => '?').join(', ')})`
    : '';
  return {
    name: 'aged_balance_sums',
    text: `select customer_id as id, currency,
        ${BUCKET_SUMS}
      from invoices where status = 'open' and open_amount <> 0${restrict}
      group by customer_id, currency`,
    params: [...bucketParams(asOf), ...(only ? [only.currency, ...only.customerIds] : [])],
  };
}

/** The five aging buckets and the total of `open_amount`, bound by bucketParams. */
const BUCKET_SUMS = `sum(case when due_date >= ? then open_amount else 0 end) as not_due,
        sum(case when due_date < ? and due_date >= ? then open_amount else 0 end) as d1_30,
        sum(case when due_date < ? and due_date >= ? then open_amount else 0 end) as d31_60,
        sum(case when due_date < ? and due_date >= ? then open_amount else 0 end) as d61_90,
        sum(case when due_date < ? then open_amount else 0 end) as over_90,
        sum(open_amount) as total`;

/** The bound dates of the aging buckets, in the order BUCKET_SUMS compares them. */
function bucketParams(asOf: string): string[] {
  const b = agingBucketBounds(asOf);
  return [
    b.notDueFrom,
    b.notDueFrom,
    b.d1_30From,
    b.d1_30From,
    b.d31_60From,
    b.d31_60From,
    b.d61_90From,
    b.d61_90From,
  ];
}

/** The names and segments of some customers, for the rows a report keeps. */
export function customerRefsOf(ids: readonly string[]): Statement {
  return {
    name: 'customer_refs',
    text: `select id, name, external_ref, segment, segment_override from customers
      where id in (${ids.map(() => '?').join(', ')})`,
    params: [...ids],
  };
}

/** The currency most customers are billed in. */
export const mostCommonCurrency: Statement = {
  name: 'most_common_currency',
  text: `select currency, count(*) as n from customers group by currency
    order by count(*) desc, currency limit 1`,
  params: [],
};

// The figures read the ledger's running totals (ledger-totals.ts), a row per currency and day
// or per currency and term, not the invoices.
//
// AR on a past date D is rebuilt without visiting applications one by one: AR(D) = what is
// open now − credit sales issued after D + cash applied by payments dated after D. It holds
// because an invoice's open amount is its amount less what was applied to it, and cash is
// applied to an invoice only once it is issued (a payment dated before D applied to an
// invoice issued after D would be counted twice; the ERP feed does not do that).

/** AR open now in a currency, all of it and the part issued by `end` and not yet due on it. */
export function openNow(currency: string, end: string): Statement {
  return {
    name: 'open_now',
    text: `select sum(open_amount) as open_all,
        sum(case when issue_date <= ? and due_date >= ? then open_amount else 0 end)
          as open_current
      from open_terms where currency = ?`,
    params: [end, end, currency],
  };
}

/** Open amounts per currency in the five aging buckets on `asOf`, from the terms' totals. */
export function agedBalanceTotals(asOf: string): Statement {
  return {
    name: 'aged_balance_totals',
    text: `select currency,
        ${BUCKET_SUMS}
      from open_terms group by currency`,
    params: bucketParams(asOf),
  };
}

/** Currencies with customers owing, and how many customers each. */
export const balancesPerCurrency: Statement = {
  name: 'balances_per_currency',
  text: `select currency, count(*) as n from customer_balances group by currency order by currency`,
  params: [],
};

/**
 * One page of a currency's customers, largest open amount on invoices first, after `after` (the
 * last of the previous page). What a customer has overdue is at most that amount, which lets
 * the aged balance's top stop early.
 */
export function balancesPage(
  currency: string,
  limit: number,
  after: { open_positive: number; id: string } | null,
): Statement {
  return {
    name: 'balances_page',
    text: `select customer_id as id, open_positive from customer_balances
      where currency = ?${after ? ' and (open_positive, customer_id) < (?, ?)' : ''}
      order by open_positive desc, customer_id desc limit ?`,
    params: [currency, ...(after ? [after.open_positive, after.id] : []), limit],
  };
}

/** Cash applied by payments dated after `start`, and by those dated after `end`. */
export function appliedAfter(currency: string, start: string, end: string): Statement {
  return {
    name: 'applied_after',
    text: `select sum(applied) as after_start,
        sum(case when day > ? then applied else 0 end) as after_end
      from ledger_days where currency = ? and day > ?`,
    params: [end, currency, start],
  };
}

/**
 * Cash applied by payments dated after `end` to invoices issued by `end` and not yet due on
 * it: the current AR of a past date that has been paid since. Empty for today.
 */
export function appliedSinceToCurrent(currency: string, end: string): Statement {
  return {
    name: 'applied_since_to_current',
    text: `select sum(a.amount) as applied
      from payments p join payment_applications a on a.payment_id = p.id
      join invoices i on i.id = a.invoice_id
      where p.currency = ? and p.date > ? and i.issue_date <= ? and i.due_date >= ?
        and i.${NOT_CANCELLED}`,
    params: [currency, end, end, end],
  };
}

/** Credit sales per issue date from `from` on; months are summed from the days by the caller. */
export function salesByDay(currency: string, from: string): Statement {
  return {
    name: 'sales_by_day',
    text: `select day, sales as amount from ledger_days
      where currency = ? and day >= ? and sales <> 0`,
    params: [currency, from],
  };
}

/** Cash applied per payment date from `from` on. */
export function appliedByDay(currency: string, from: string): Statement {
  return {
    name: 'applied_by_day',
    text: `select day, applied as amount from ledger_days
      where currency = ? and day >= ? and applied <> 0`,
    params: [currency, from],
  };
}

/** Invoices paid late with a payment date in [from, to]: count, days and amount-weighted days. */
export function paidLate(currency: string, from: string, to: string): Statement {
  return {
    name: 'paid_late',
    text: `select sum(late_count) as n, sum(late_days) as days, sum(late_weighted) as weighted,
        sum(late_amount) as amount
      from ledger_days where currency = ? and day >= ? and day <= ?`,
    params: [currency, from, to],
  };
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

/** Open amounts of invoices under an open or in-review dispute, each invoice once. */
export function disputedOpen(currency: string): Statement {
  // CROSS JOIN keeps SQLite's loop on the few disputed invoices rather than on the currency.
  return {
    name: 'disputed_open',
    text: `select sum(i.open_amount) as disputed
      from (select distinct di.invoice_id from disputes d
        join dispute_invoices di on di.dispute_id = d.id
        where d.status in ('open', 'in_review')) x
      cross join invoices i
      where i.id = x.invoice_id and i.currency = ? and i.status = 'open'`,
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
