import type { Kysely } from 'kysely';
import { ContextRequest, addMonths, readEmailForContext, roundTo, todayIn } from '@relance/shared';
import type { ContextResponse, Role } from '@relance/shared';
import type { DialectName, Storage } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { clientSettings, getSettings, settingsUnder } from '../settings/settings.service.ts';
import {
  contactsOf,
  customerFacts,
  customersById,
  lastInteractionsOf,
  listedAsJson,
  openDisputesOf,
  openInvoicesOf,
  promisesOf,
  settingsRows,
} from './context.sql.ts';
import { runMatchChain } from './match-email.ts';
import type { ParsedContextRequest } from './match-email.ts';
import {
  presentCustomerSummary,
  presentDisputes,
  presentInteraction,
  presentInvoice,
  presentPaymentPromises,
} from './presenters.ts';
import type {
  CustomerFacts,
  CustomerRow,
  DisputeRow,
  InteractionRow,
  InvoiceRow,
  PaymentPromiseRow,
} from './presenters.ts';
import { num, runStatement } from './statements.ts';
import type { Statement } from './statements.ts';

export { matchEmail, normalizeMessageId } from './match-email.ts';
export type { ParsedContextRequest } from './match-email.ts';

/** How many logged emails the context shows. */
export const CONTEXT_INTERACTIONS = 10;

/** The caller of the context; any role may read it. */
export interface ContextCaller {
  id: string;
  role: Role;
}

/**
 * Everything a pane needs about one email: the match and, for a matched customer, its
 * summary, open invoices, open disputes, promises, last emails and this email's record.
 */
export async function buildContext(
  deps: AppDeps,
  _user: ContextCaller,
  request: ParsedContextRequest,
  asOf = todayIn(deps.config.timeZone, deps.clock.now()),
  mark?: string,
): Promise<ContextResponse> {
  const { db, dialect } = deps.storage;
  // Given the request's change mark, the settings read by an earlier request serve.
  const settings =
    mark === undefined ? await getSettings(db) : await settingsUnder(deps.storage, mark);
  const outcome = await runMatchChain(db, dialect, request, settings);
  const base = { asOf, match: outcome.match, settings: clientSettings(settings) };

  const customer = outcome.customer;
  if (!customer) {
    const logged = outcome.logged[0];
    return {
      ...base,
      customer: null,
      invoices: [],
      disputes: [],
      promises: { pending: [], lastResolved: null },
      interactions: [],
      loggedEmail: logged ? presentInteraction(logged) : null,
      reading: null,
    };
  }

  const detail = await customerDetail(db, deps, customer, asOf);
  const logged = outcome.logged.find((r) => r.customer_id === customer.id) ?? outcome.logged[0];
  return {
    ...base,
    ...detail,
    loggedEmail: logged ? presentInteraction(logged) : null,
    // Read here, so that every client prefills its forms alike and none carries the reader.
    reading: readEmailForContext(request, detail.invoices, {
      sentAt: deps.clock.now().toISOString(),
      timeZone: deps.config.timeZone,
    }),
  };
}

/** Parses a context request (the wire shape) and builds the context. */
export async function buildContextFromWire(
  deps: AppDeps,
  user: ContextCaller,
  input: unknown,
): Promise<ContextResponse> {
  return buildContext(deps, user, ContextRequest.parse(input));
}

async function customerDetail(
  db: Kysely<Database>,
  deps: AppDeps,
  customer: CustomerRow,
  asOf: string,
) {
  const {
    facts,
    invoices: invoiceRows,
    disputes,
    promises: promiseRows,
    interactions,
  } = await readDetail(db, deps.storage.dialect, customer, asOf);

  const nameOf = () => customer.name;
  const invoices = invoiceRows.map((row) => presentInvoice(row, asOf));
  const promises = presentPaymentPromises(promiseRows, nameOf);
  return {
    customer: presentCustomerSummary(customer, factsOf(facts), invoices, asOf),
    invoices,
    disputes: presentDisputes(disputes, nameOf, asOf, deps.config.timeZone),
    promises: {
      pending: promises.filter((p) => p.status === 'pending'),
      lastResolved: promises.find((p) => p.status !== 'pending') ?? null,
    },
    interactions: interactions.map(presentInteraction),
  };
}

interface FactRow {
  kind: 'domain' | 'unapplied' | 'late';
  label: string;
  a: number | null;
  b: number | null;
  c: number | null;
}

function factsOf(rows: readonly FactRow[]): CustomerFacts {
  const facts: CustomerFacts = { domains: [], unapplied: [], averageDaysLate: null };
  for (const row of rows) {
    if (row.kind === 'domain') facts.domains.push(row.label);
    if (row.kind === 'unapplied') facts.unapplied.push({ currency: row.label, amount: num(row.a) });
    // As the customers API says it: null when nothing was paid, 0 when all was paid on time.
    if (row.kind === 'late' && num(row.c) > 0) {
      facts.averageDaysLate = num(row.b) > 0 ? roundTo(num(row.a) / num(row.b), 1) : 0;
    }
  }
  facts.domains.sort();
  return facts;
}

/** The rows of a customer's detail, each list under its statement's name. */
interface DetailLists {
  facts: FactRow[];
  invoices: InvoiceRow[];
  disputes: DisputeRow[];
  promises: PaymentPromiseRow[];
  interactions: InteractionRow[];
}

function detailStatements(dialect: DialectName, customer: CustomerRow, asOf: string) {
  // Lateness is read over the last 12 months, as segments are.
  const paidSince = addMonths(asOf, -12);
  return {
    facts: customerFacts(dialect, customer.id, customer.currency, paidSince, asOf),
    invoices: openInvoicesOf(customer.id),
    disputes: openDisputesOf(customer.id),
    promises: promisesOf(customer.id),
    interactions: lastInteractionsOf(customer.id, CONTEXT_INTERACTIONS),
  };
}

/**
 * A customer's detail. On PostgreSQL the five statements run as one (listedAsJson): one round
 * trip and one pooled connection instead of five, 20 to 30 % more contexts a second. On
 * SQLite, where a statement is a function call, they run one by one: as one, the interactions'
 * part cost three times the five run apart (0.43 against 0.13 ms, same plans).
 */
async function readDetail(
  db: Kysely<Database>,
  dialect: DialectName,
  customer: CustomerRow,
  asOf: string,
): Promise<DetailLists> {
  const statements = detailStatements(dialect, customer, asOf);
  if (dialect === 'postgres') {
    const [row] = await runStatement<Record<keyof DetailLists, string>>(
      db,
      dialect,
      listedAsJson(statements),
    );
    const list = (name: keyof DetailLists) => JSON.parse(row?.[name] ?? '[]') as never[];
    return {
      facts: list('facts'),
      invoices: list('invoices'),
      disputes: list('disputes'),
      promises: list('promises'),
      interactions: list('interactions'),
    };
  }
  const run = <Row>(statement: Statement) => runStatement<Row>(db, dialect, statement);
  return {
    facts: await run<FactRow>(statements.facts),
    invoices: await run<InvoiceRow>(statements.invoices),
    disputes: await run<DisputeRow>(statements.disputes),
    promises: await run<PaymentPromiseRow>(statements.promises),
    interactions: await run<InteractionRow>(statements.interactions),
  };
}

/**
 * Runs, one after the other, the raw statements of a context that the contact step answered
 * for one customer, the detail as the service reads it: the benchmark's floor. Returns how
 * many rows came back.
 */
export async function contextFloor(
  storage: Storage,
  customerId: string,
  asOf: string,
  address = 'floor@example.com',
): Promise<number> {
  const run = <Row>(statement: Statement) =>
    runStatement<Row>(storage.db, storage.dialect, statement);
  let count = (await run(settingsRows)).length + (await run(contactsOf([address]))).length;
  const customer = (await run<CustomerRow>(customersById([customerId])))[0];
  if (!customer) throw new Error(`no customer ${customerId}`);
  const lists = await readDetail(storage.db, storage.dialect, customer, asOf);
  for (const rows of Object.values(lists)) count += rows.length;
  return count + 1;
}
