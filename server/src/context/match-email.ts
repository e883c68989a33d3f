import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { findInvoiceNumbers, normalizeInvoiceNumber } from '@relance/shared';
import type { ContextRequest, MatchResult, MatchStep, Settings } from '@relance/shared';
import type { DialectName } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { notFound } from '../http/errors.ts';
import { getSettings } from '../settings/settings.service.ts';
import {
  contactsOf,
  customersById,
  customersOfDomains,
  customersOfThread,
  invoicesByNumberKey,
  loggedByMessageId,
} from './context.sql.ts';
import { presentCustomerRef } from './presenters.ts';
import type { CustomerRow, InteractionRow } from './presenters.ts';
import { runStatement } from './statements.ts';

/** A context request after parsing: addresses lower-cased, defaults filled in. */
export type ParsedContextRequest = z.output<typeof ContextRequest>;

/** What the chain found, with the rows later steps of the context reuse. */
export interface MatchOutcome {
  match: MatchResult;
  /** The matched customer's row, when one matched. */
  customer: CustomerRow | null;
  /** Interactions already logged under the request's Message-ID. */
  logged: InteractionRow[];
}

/** The Message-ID as stored: without angle brackets or surrounding whitespace. */
export function normalizeMessageId(messageId: string): string {
  return messageId.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
}

const MAX_INVOICE_KEYS = 1000;
const MAX_KEY_SEGMENTS = 6;
const MAX_KEY_LENGTH = 40;

/**
 * Ties an email to a customer by the chain of domain.md: internal mail and never-log
 * addresses first, then a pinned customer (manual), the thread, the contact address, an
 * invoice number of one customer, the registered domain. Several customers at a step make
 * the answer ambiguous, with the candidates.
 */
export async function matchEmail(
  db: Kysely<Database>,
  deps: AppDeps,
  request: ParsedContextRequest,
): Promise<MatchResult> {
  const settings = await getSettings(db);
  return (await runMatchChain(db, deps.storage.dialect, request, settings)).match;
}

/** The chain itself, returning the rows the rest of the context reuses. */
export async function runMatchChain(
  db: Kysely<Database>,
  dialect: DialectName,
  request: ParsedContextRequest,
  settings: Settings,
): Promise<MatchOutcome> {
  const own = domainSet(settings.ownDomains);
  if (isInternal(request, own))
    return { match: { status: 'internal' }, customer: null, logged: [] };

  const parties = counterparts(request, own);
  const excludedBy = neverLogEntry([request.from, ...parties], settings.neverLog);
  if (excludedBy !== null) {
    const match = { status: 'excluded', reason: `${excludedBy} is on the never-log list` } as const;
    return { match, customer: null, logged: [] };
  }

  const messageId = request.messageId ? normalizeMessageId(request.messageId) : '';
  const logged =
    messageId === ''
      ? []
      : await runStatement<InteractionRow>(db, dialect, loggedByMessageId(messageId));
  const answer = async (step: MatchStep, evidence: string, ids: readonly string[]) => {
    const match = await resolve(db, dialect, step, evidence, ids);
    return { ...match, logged };
  };

  if (request.customerId !== undefined) {
    const rows = await runStatement<CustomerRow>(db, dialect, customersById([request.customerId]));
    const row = rows[0];
    if (!row) throw notFound('customer');
    const evidence = parties[0] ?? request.from;
    const match = {
      status: 'matched',
      step: 'manual',
      evidence,
      customer: presentCustomerRef(row),
    };
    return { match: match as MatchResult, customer: row, logged };
  }

  const thread = await byThread(db, dialect, request, logged, messageId);
  if (thread) return answer('thread', thread.evidence, thread.ids);

  const contact = await byContact(db, dialect, parties);
  if (contact) return answer('contact', contact.evidence, contact.ids);

  const invoice = await byInvoiceNumber(db, dialect, request);
  if (invoice) return answer('invoice', invoice.evidence, invoice.ids);

  const domain = await byDomain(db, dialect, parties, own, domainSet(settings.freeMailDomains));
  if (domain) return answer('domain', domain.evidence, domain.ids);

  return { match: { status: 'none' }, customer: null, logged };
}

interface StepAnswer {
  evidence: string;
  ids: string[];
}

async function resolve(
  db: Kysely<Database>,
  dialect: DialectName,
  step: MatchStep,
  evidence: string,
  ids: readonly string[],
): Promise<{ match: MatchResult; customer: CustomerRow | null }> {
  const rows = await runStatement<CustomerRow>(db, dialect, customersById(ids));
  const only = rows.length === 1 ? rows[0] : undefined;
  if (only) {
    const customer = presentCustomerRef(only);
    return { match: { status: 'matched', step, evidence, customer }, customer: only };
  }
  const candidates = rows.map(presentCustomerRef);
  return { match: { status: 'ambiguous', step, evidence, candidates }, customer: null };
}

async function byThread(
  db: Kysely<Database>,
  dialect: DialectName,
  request: ParsedContextRequest,
  logged: readonly InteractionRow[],
  messageId: string,
): Promise<StepAnswer | null> {
  if (request.thread) {
    const rows = await runStatement<{ customer_id: string }>(
      db,
      dialect,
      customersOfThread(request.thread),
    );
    const ids = unique(rows.map((r) => r.customer_id));
    if (ids.length > 0) return { evidence: request.thread, ids };
  }
  // The email itself already logged is the surest sign of its conversation.
  const ids = unique(logged.map((r) => r.customer_id));
  return ids.length > 0 ? { evidence: messageId, ids } : null;
}

async function byContact(
  db: Kysely<Database>,
  dialect: DialectName,
  parties: readonly string[],
): Promise<StepAnswer | null> {
  if (parties.length === 0) return null;
  const rows = await runStatement<{ email: string; customer_id: string }>(
    db,
    dialect,
    contactsOf(parties),
  );
  if (rows.length === 0) return null;
  const found = parties.filter((p) => rows.some((r) => r.email === p));
  return { evidence: found.join(', '), ids: unique(rows.map((r) => r.customer_id)) };
}

async function byInvoiceNumber(
  db: Kysely<Database>,
  dialect: DialectName,
  request: ParsedContextRequest,
): Promise<StepAnswer | null> {
  const text = request.text ? `${request.subject}\n${request.text}` : request.subject;
  const keys = candidateKeys(text);
  if (keys.length === 0) return null;

  const rows = await runStatement<{ number: string; customer_id: string }>(
    db,
    dialect,
    invoicesByNumberKey(keys),
  );
  if (rows.length === 0) return null;

  // The database proposes, the reader confirms: a key inside a phone number, an IBAN or an
  // amount is not an invoice reference.
  const confirmed = new Set(
    findInvoiceNumbers(
      text,
      rows.map((r) => r.number),
    ),
  );
  const hits = rows.filter((r) => confirmed.has(r.number));
  if (hits.length === 0) return null;
  const numbers = unique(hits.map((r) => r.number));
  return { evidence: numbers.join(', '), ids: unique(hits.map((r) => r.customer_id)) };
}

async function byDomain(
  db: Kysely<Database>,
  dialect: DialectName,
  parties: readonly string[],
  own: ReadonlySet<string>,
  freeMail: ReadonlySet<string>,
): Promise<StepAnswer | null> {
  const perParty = parties
    .map(domainOf)
    .filter((d) => !inDomains(d, own) && !inDomains(d, freeMail))
    .map(withParents);
  const domains = unique(perParty.flat());
  if (domains.length === 0) return null;

  const rows = await runStatement<{ domain: string; customer_id: string }>(
    db,
    dialect,
    customersOfDomains(domains),
  );
  if (rows.length === 0) return null;

  // Each address answers with its most specific registered domain (eu.acme.fr before acme.fr).
  const matched: string[] = [];
  for (const candidates of perParty) {
    const best = candidates.find((d) => rows.some((r) => r.domain === d));
    if (best !== undefined) matched.push(best);
  }
  const evidence = unique(matched);
  const ids = unique(rows.filter((r) => evidence.includes(r.domain)).map((r) => r.customer_id));
  return { evidence: evidence.join(', '), ids };
}

/**
 * Keys an invoice number in the text could have: each run of letters and digits, lower-cased,
 * alone and joined with the next runs across one separator, as `invoices.number_key` is
 * (lower-case letters and digits of the number).
 */
export function candidateKeys(text: string): string[] {
  const runs: { key: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) {
    runs.push({ key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  const keys = new Set<string>();
  for (let i = 0; i < runs.length && keys.size < MAX_INVOICE_KEYS; i++) {
    let key = '';
    for (let j = i; j < runs.length && j < i + MAX_KEY_SEGMENTS; j++) {
      const run = runs[j];
      const previous = runs[j - 1];
      if (!run) break;
      if (j > i && previous && !/^ ?[-/_.#]? ?$/.test(text.slice(previous.end, run.start))) break;
      key += run.key;
      if (key.length > MAX_KEY_LENGTH) break;
      if (key.length >= 3 && /\d/.test(key)) keys.add(normalizeInvoiceNumber(key));
    }
  }
  return [...keys];
}

function isInternal(request: ParsedContextRequest, own: ReadonlySet<string>): boolean {
  if (own.size === 0) return false;
  const recipients = [...request.to, ...request.cc];
  if (request.mode === 'compose' && recipients.length === 0) return false;
  return [request.from, ...recipients].every((a) => inDomains(domainOf(a), own));
}

/** The outside parties of an email: the sender, or the recipients when we wrote it. */
function counterparts(request: ParsedContextRequest, own: ReadonlySet<string>): string[] {
  const fromUs = request.mode === 'compose' || inDomains(domainOf(request.from), own);
  if (!fromUs) return [request.from];
  return unique([...request.to, ...request.cc]).filter((a) => !inDomains(domainOf(a), own));
}

function neverLogEntry(addresses: readonly string[], neverLog: readonly string[]): string | null {
  for (const raw of neverLog) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    const isAddress = entry.includes('@') && !entry.startsWith('@');
    const hit = isAddress
      ? addresses.includes(entry)
      : addresses.some((a) => inDomains(domainOf(a), new Set([entry.replace(/^@/, '')])));
    if (hit) return entry;
  }
  return null;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function domainSet(domains: readonly string[]): Set<string> {
  return new Set(domains.map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean));
}

/** True when the domain or one of its parents is in the set (mail.acme.fr is in acme.fr). */
function inDomains(domain: string, set: ReadonlySet<string>): boolean {
  return withParents(domain).some((d) => set.has(d));
}

/** The domain and its parents of at least two labels, most specific first. */
function withParents(domain: string): string[] {
  const labels = domain.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
