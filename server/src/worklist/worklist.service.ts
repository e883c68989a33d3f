import {
  REMINDER_SCENARIOS,
  addDays,
  daysBetween,
  daysPastDue,
  formatMoney,
  nextReminder,
  todayIn,
} from '@relance/shared';
import type {
  CustomerRef,
  Role,
  Segment,
  Tone,
  WorklistItem,
  WorklistResponse,
} from '@relance/shared';
import type { AppDeps } from '../deps.ts';
import { forbidden, notFound } from '../http/errors.ts';
import { presentCustomerRef, scenarioSegment } from '../context/presenters.ts';
import { num, runStatement } from '../context/statements.ts';
import type { Statement } from '../context/statements.ts';

/** Days ahead of the due date in which new and recurring-late accounts get a pre-due item. */
export const PRE_DUE_WINDOW_DAYS = 5;

// The furthest ahead of a due date any scenario acts (the receipt check of a new account).
const LOOKAHEAD_DAYS = Math.max(
  PRE_DUE_WINDOW_DAYS,
  ...Object.values(REMINDER_SCENARIOS).flatMap((s) => [s.preDueDays ?? 0, s.receiptCheckDays ?? 0]),
);

/** Who asks for a worklist. */
export interface WorklistCaller {
  id: string;
  role: Role;
}

/** Whose worklist, and on which date (default: today in the server's time zone). */
export interface WorklistOptions {
  collectorId?: string;
  asOf?: string;
}

const CUSTOMER_COLUMNS = `c.id as customer_id, c.name as customer_name,
  c.external_ref as customer_external_ref, c.segment, c.segment_override, c.strategic`;

interface CustomerColumns {
  customer_id: string;
  customer_name: string;
  customer_external_ref: string;
  segment: string;
  segment_override: string | null;
  strategic: number;
}

interface PromiseRow extends CustomerColumns {
  id: string;
  amount: number;
  paid_amount: number;
  currency: string;
  promised_date: string;
  grace_ends_on: string;
  status: 'pending' | 'broken';
  invoice_number: string | null;
}

interface DisputeRow extends CustomerColumns {
  id: string;
  category: string;
  status: string;
  created_at: string;
  invoice_number: string | null;
  open_amount: number | null;
  currency: string | null;
}

interface InvoiceRow extends CustomerColumns {
  number: string;
  due_date: string;
  open_amount: number;
  currency: string;
  reminder_level: number;
  last_reminder_on: string | null;
  disputed: number;
  promised: number;
}

/** Promises of the collector's customers due today, and broken ones not yet followed up. */
export function worklistPromises(collectorId: string, asOf: string): Statement {
  return {
    name: 'worklist_promises',
    text: `select p.id, p.amount, p.paid_amount, p.currency, p.promised_date, p.grace_ends_on,
        p.status, i.number as invoice_number, ${CUSTOMER_COLUMNS}
      from customers c join payment_promises p on p.customer_id = c.id
      left join payment_promise_invoices ppi on ppi.promise_id = p.id
      left join invoices i on i.id = ppi.invoice_id
      where c.assignee_id = ? and ((p.status = 'pending' and p.promised_date = ?)
        or (p.status = 'broken' and p.followed_up_at is null))
      order by p.id, i.number`,
    params: [collectorId, asOf],
  };
}

/** Open and in-review disputes the collector owns, with their invoices. */
export function worklistDisputes(collectorId: string): Statement {
  return {
    name: 'worklist_disputes',
    text: `select d.id, d.category, d.status, d.created_at, i.number as invoice_number,
        i.open_amount, i.currency, ${CUSTOMER_COLUMNS}
      from disputes d join customers c on c.id = d.customer_id
      left join dispute_invoices di on di.dispute_id = d.id
      left join invoices i on i.id = di.invoice_id
      where d.owner_id = ? and d.status in ('open', 'in_review')
      order by d.created_at, d.id, i.number`,
    params: [collectorId],
  };
}

/**
 * Open invoices of the collector's customers due up to `until`, flagged when an open dispute
 * or a pending promise covers them (a promise naming no invoice covers its whole currency).
 */
export function worklistInvoices(collectorId: string, until: string): Statement {
  return {
    name: 'worklist_invoices',
    text: `select i.number, i.due_date, i.open_amount, i.currency, i.reminder_level,
        i.last_reminder_on, ${CUSTOMER_COLUMNS},
        case when exists (select 1 from dispute_invoices di
            join disputes d on d.id = di.dispute_id
            where di.invoice_id = i.id and d.status in ('open', 'in_review'))
          then 1 else 0 end as disputed,
        case when exists (select 1 from payment_promise_invoices ppi
            join payment_promises p on p.id = ppi.promise_id
            where ppi.invoice_id = i.id and p.status = 'pending')
          or exists (select 1 from payment_promises p
            where p.customer_id = i.customer_id and p.status = 'pending'
              and p.currency = i.currency
              and not exists (select 1 from payment_promise_invoices x where x.promise_id = p.id))
          then 1 else 0 end as promised
      from customers c join invoices i on i.customer_id = c.id
      where c.assignee_id = ? and i.status = 'open' and i.due_date <= ? and i.open_amount > 0
      order by c.name, c.id, i.due_date, i.number`,
    params: [collectorId, until],
  };
}

/**
 * The collector's day, most urgent first: broken promises to follow up, promises due today,
 * overdue invoices whose reminder is due under the segment's scenario, disputes they own by
 * age, pre-due reminders and receipt checks. Invoices under an open dispute or a pending
 * promise get no reminder.
 */
export async function buildWorklist(
  deps: AppDeps,
  user: WorklistCaller,
  options: WorklistOptions = {},
): Promise<WorklistResponse> {
  const collectorId = await worklistOwner(deps, user, options.collectorId);
  const asOf = options.asOf ?? todayIn(deps.config.timeZone, deps.clock.now());
  const { db, dialect } = deps.storage;

  const [promiseRows, disputeRows, invoiceRows] = await Promise.all([
    runStatement<PromiseRow>(db, dialect, worklistPromises(collectorId, asOf)),
    runStatement<DisputeRow>(db, dialect, worklistDisputes(collectorId)),
    runStatement<InvoiceRow>(
      db,
      dialect,
      worklistInvoices(collectorId, addDays(asOf, LOOKAHEAD_DAYS)),
    ),
  ]);

  const items = [
    ...promiseItems(promiseRows, asOf),
    ...disputeItems(disputeRows, asOf, deps.config.timeZone),
    ...reminderItems(invoiceRows, asOf),
  ];
  items.sort((a, b) => b.priority - a.priority || a.customer.name.localeCompare(b.customer.name));
  return { asOf, items };
}

async function worklistOwner(
  deps: AppDeps,
  user: WorklistCaller,
  collectorId: string | undefined,
): Promise<string> {
  if (collectorId === undefined || collectorId === user.id) return user.id;
  if (user.role === 'collector') {
    throw forbidden('a collector sees only their own worklist; collectorId needs the manager role');
  }
  const found = await deps.storage.db
    .selectFrom('users')
    .select('id')
    .where('id', '=', collectorId)
    .executeTakeFirst();
  if (!found) throw notFound('collector');
  return collectorId;
}

function customerOf(row: CustomerColumns): CustomerRef {
  return presentCustomerRef({
    id: row.customer_id,
    name: row.customer_name,
    external_ref: row.customer_external_ref,
    segment: row.segment,
    segment_override: row.segment_override,
  });
}

function money(amount: number, currency: string): string {
  return formatMoney(amount, currency, 'en');
}

function blankItem(
  row: CustomerColumns,
): Omit<WorklistItem, 'kind' | 'priority' | 'title' | 'detail'> {
  return {
    customer: customerOf(row),
    tone: null,
    amount: null,
    invoiceNumbers: [],
    promiseId: null,
    disputeId: null,
    dueDate: null,
    escalateToManager: false,
  };
}

/** Groups rows by a key, keeping first-seen order. */
function groupBy<Row>(rows: readonly Row[], key: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return [...groups.values()];
}

function numbersOf(rows: readonly { invoice_number: string | null }[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.invoice_number === null ? [] : [r.invoice_number])))];
}

function promiseItems(rows: readonly PromiseRow[], asOf: string): WorklistItem[] {
  return groupBy(rows, (r) => r.id).map((group) => {
    const row = group[0] as PromiseRow;
    const amount = num(row.amount);
    const paid = num(row.paid_amount);
    const base = {
      ...blankItem(row),
      amount: { currency: row.currency, amount },
      invoiceNumbers: numbersOf(group),
      promiseId: row.id,
      dueDate: row.promised_date,
    };
    if (row.status === 'pending') {
      return {
        ...base,
        kind: 'promise_due_today' as const,
        priority: 800,
        title: `Promised payment due today: ${row.customer_name}`,
        detail: `${money(amount, row.currency)} promised for ${row.promised_date}; check that it arrives`,
      };
    }
    const share = amount > 0 ? Math.round((paid / amount) * 100) : 0;
    const daysSince = Math.max(0, daysBetween(row.grace_ends_on, asOf));
    return {
      ...base,
      kind: 'promise_broken' as const,
      priority: 900 + Math.min(daysSince, 99),
      title: `Broken promise: ${row.customer_name}`,
      detail:
        `${money(amount, row.currency)} promised for ${row.promised_date}, ` +
        (paid > 0 ? `partially kept (${share} % paid)` : 'nothing paid') +
        '; follow up',
    };
  });
}

function disputeItems(rows: readonly DisputeRow[], asOf: string, timeZone: string): WorklistItem[] {
  return groupBy(rows, (r) => r.id).map((group) => {
    const row = group[0] as DisputeRow;
    const ageDays = Math.max(0, daysBetween(todayIn(timeZone, new Date(row.created_at)), asOf));
    const amounts = new Map<string, number>();
    for (const r of group) {
      if (r.currency !== null)
        amounts.set(r.currency, (amounts.get(r.currency) ?? 0) + num(r.open_amount));
    }
    const [first] = [...amounts];
    return {
      ...blankItem(row),
      kind: 'dispute_owned' as const,
      priority: 300 + Math.min(ageDays, 199),
      title: `Dispute (${row.category.replace(/_/g, ' ')}): ${row.customer_name}`,
      detail: `${row.status === 'in_review' ? 'In review' : 'Open'} for ${ageDays} days`,
      amount: first ? { currency: first[0], amount: first[1] } : null,
      invoiceNumbers: numbersOf(group),
      disputeId: row.id,
    };
  });
}

interface DueReminder {
  kind: 'pre_due_reminder' | 'receipt_check' | 'overdue_reminder';
  tone: Tone;
  escalateToManager: boolean;
  row: InvoiceRow;
}

const TONE_RANK: Record<Tone, number> = { courteous: 0, neutral: 1, firm: 2 };

function reminderItems(rows: readonly InvoiceRow[], asOf: string): WorklistItem[] {
  const due: DueReminder[] = [];
  for (const row of rows) {
    const reminder = reminderOf(row, asOf);
    if (reminder) due.push(reminder);
  }

  // One item per customer, kind and currency, listing the invoices it covers.
  return groupBy(due, (d) => `${d.row.customer_id} ${d.kind} ${d.row.currency}`).map((group) => {
    const first = group[0] as DueReminder;
    const row = first.row;
    const total = group.reduce((sum, d) => sum + num(d.row.open_amount), 0);
    const earliestDue = group.map((d) => d.row.due_date).sort()[0] ?? row.due_date;
    const tone = group.reduce(
      (t, d) => (TONE_RANK[d.tone] > TONE_RANK[t] ? d.tone : t),
      first.tone,
    );
    const escalate = group.some((d) => d.escalateToManager);
    const count = group.length === 1 ? '1 invoice' : `${group.length} invoices`;
    const days = daysPastDue(earliestDue, asOf);
    const base = {
      ...blankItem(row),
      tone,
      amount: { currency: row.currency, amount: total },
      invoiceNumbers: group.map((d) => d.row.number),
      dueDate: earliestDue,
      escalateToManager: escalate,
    };
    if (first.kind === 'overdue_reminder') {
      return {
        ...base,
        kind: first.kind,
        priority: 400 + Math.min(days, 299) + (escalate ? 100 : 0),
        title: `Overdue reminder (${tone}): ${row.customer_name}`,
        detail: `${count}, ${money(total, row.currency)} overdue, oldest ${days} days past due`,
      };
    }
    const untilDue = -days;
    const when = untilDue === 0 ? 'due today' : `due in ${untilDue} days`;
    if (first.kind === 'receipt_check') {
      return {
        ...base,
        kind: first.kind,
        priority: 100 - Math.min(untilDue, 99),
        title: `Check the invoice arrived: ${row.customer_name}`,
        detail: `${count}, ${money(total, row.currency)}, ${when}`,
      };
    }
    return {
      ...base,
      kind: first.kind,
      priority: 200 - Math.min(untilDue, 99),
      title: `Pre-due reminder: ${row.customer_name}`,
      detail: `${count}, ${money(total, row.currency)}, ${when}`,
    };
  });
}

function reminderOf(row: InvoiceRow, asOf: string): DueReminder | null {
  const pausedByDispute = num(row.disputed) === 1;
  const pausedByPromise = num(row.promised) === 1;
  if (pausedByDispute || pausedByPromise) return null;

  const segment: Segment = scenarioSegment(row);
  const next = nextReminder({
    segment,
    dueDate: row.due_date,
    asOf,
    lastReminderLevel: num(row.reminder_level),
    lastReminderOn: row.last_reminder_on,
    pausedByDispute,
    pausedByPromise,
  });
  const scenarioTone = REMINDER_SCENARIOS[segment].tone;

  if (next?.kind === 'overdue') {
    return {
      kind: 'overdue_reminder',
      tone: next.tone,
      escalateToManager: next.escalateToManager,
      row,
    };
  }
  if (next?.kind === 'receipt_check') {
    return { kind: 'receipt_check', tone: next.tone, escalateToManager: false, row };
  }
  if (next?.kind === 'pre_due') {
    return { kind: 'pre_due_reminder', tone: next.tone, escalateToManager: false, row };
  }

  // New and recurring-late accounts are reminded in the days before the due date, once.
  const untilDue = -daysPastDue(row.due_date, asOf);
  const windowOpens = addDays(row.due_date, -PRE_DUE_WINDOW_DAYS);
  const remindedInWindow = row.last_reminder_on !== null && row.last_reminder_on >= windowOpens;
  const preDueSegment = segment === 'new' || segment === 'recurring_late';
  if (preDueSegment && untilDue >= 0 && untilDue <= PRE_DUE_WINDOW_DAYS && !remindedInWindow) {
    return { kind: 'pre_due_reminder', tone: scenarioTone, escalateToManager: false, row };
  }
  return null;
}
