import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type {
  InteractionCreate,
  InteractionQuery,
  InteractionView,
  Settings,
} from '@relance/shared';
import type { z } from 'zod';
import { audit } from '../audit.ts';
import { customerOrNotFound } from '../customers/customers.service.ts';
import type { Actor } from '../customers/customers.service.ts';
import { requiredRef, userRefsByIds } from '../customers/user-refs.ts';
import type { Database, InteractionTable } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError, notFound } from '../http/errors.ts';
import { endOfDayInstant, startOfDayInstant } from '../ledger/ledger-time.ts';
import { decodeCursor, pageOf } from '../ledger/page-cursor.ts';
import { getSettings } from '../settings/settings.service.ts';

type Db = Kysely<Database>;
type InteractionRow = Selectable<InteractionTable> & { customer_name: string };

/** The key of a logged email: its Message-ID without angle brackets or whitespace, case kept. */
export function normalizeMessageId(messageId: string): string {
  return messageId.replace(/\s+/g, '').replace(/^<+/, '').replace(/>+$/, '');
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** True when the address or its domain is on a list of addresses and domains. */
function listed(address: string, list: readonly string[]): boolean {
  const lower = address.toLowerCase();
  const domain = domainOf(lower);
  return list.some((entry) => {
    const e = entry.trim().toLowerCase().replace(/^@/, '');
    return e.includes('@') ? e === lower : e === domain || domain.endsWith(`.${e}`);
  });
}

/** Internal mail: the sender and every recipient are in the organisation's own domains. */
export function isInternalMail(
  from: string,
  recipients: readonly string[],
  ownDomains: readonly string[],
): boolean {
  if (ownDomains.length === 0) return false;
  const own = (address: string) => ownDomains.some((d) => d.toLowerCase() === domainOf(address));
  return own(from) && recipients.every(own);
}

function refuseExcluded(
  input: { from: string; to: string[]; cc: string[] },
  settings: Settings,
): void {
  const participants: [string, string][] = [
    ['from', input.from],
    ...input.to.map((a, i): [string, string] => [`to.${i}`, a]),
    ...input.cc.map((a, i): [string, string] => [`cc.${i}`, a]),
  ];
  const excluded = participants.find(([, address]) => listed(address, settings.neverLog));
  if (excluded) {
    throw new ApiError('conflict', `${excluded[0]}: is on the never-log list`, [
      { field: excluded[0], message: 'is on the never-log list' },
    ]);
  }
  if (isInternalMail(input.from, [...input.to, ...input.cc], settings.ownDomains)) {
    throw new ApiError('conflict', 'from: internal mail is never logged', [
      { field: 'from', message: 'internal mail is never logged' },
    ]);
  }
}

function interactionsWithCustomer(db: Db) {
  return db
    .selectFrom('interactions')
    .innerJoin('customers', 'customers.id', 'interactions.customer_id')
    .selectAll('interactions')
    .select('customers.name as customer_name');
}

/** Turns interaction rows into their wire shape. */
export async function presentInteractions(
  db: Db,
  rows: InteractionRow[],
): Promise<InteractionView[]> {
  const refs = await userRefsByIds(
    db,
    rows.map((r) => r.logged_by),
  );
  return rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    messageId: row.message_id,
    threadId: row.thread_id,
    direction: row.direction,
    from: row.from_address,
    to: JSON.parse(row.to_addresses) as string[],
    cc: JSON.parse(row.cc_addresses) as string[],
    subject: row.subject,
    sentAt: row.sent_at,
    client: row.client,
    loggedBy: requiredRef(refs, row.logged_by),
    loggedAt: row.logged_at,
    body: row.body,
  }));
}

/** One logged email, or a 404. */
export async function getInteraction(db: Db, interactionId: string): Promise<InteractionView> {
  const row = await interactionsWithCustomer(db)
    .where('interactions.id', '=', interactionId)
    .executeTakeFirst();
  if (!row) throw notFound('interaction');
  const [view] = await presentInteractions(db, [row]);
  if (!view) throw notFound('interaction');
  return view;
}

async function findLogged(db: Db, customerId: string, messageId: string) {
  return interactionsWithCustomer(db)
    .where('interactions.customer_id', '=', customerId)
    .where('interactions.message_id', '=', messageId)
    .executeTakeFirst();
}

/**
 * Logs an email against a customer, keyed on its Message-ID: when it is already logged for
 * that customer (by anyone, from any client) the first record comes back with created false.
 * Never-logged parties and internal mail are refused; the body is kept only when an admin
 * turned body storage on, cut to the configured length.
 */
export async function logInteraction(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  input: z.output<typeof InteractionCreate>,
): Promise<{ interaction: InteractionView; created: boolean }> {
  await customerOrNotFound(trx, input.customerId);
  const settings = await getSettings(trx);
  refuseExcluded(input, settings);
  const messageId = normalizeMessageId(input.messageId);

  const existing = await findLogged(trx, input.customerId, messageId);
  if (existing) {
    const [interaction] = await presentInteractions(trx, [existing]);
    if (interaction) return { interaction, created: false };
  }

  const id = randomUUID();
  const inserted = await trx
    .insertInto('interactions')
    .values({
      id,
      customer_id: input.customerId,
      message_id: messageId,
      thread_id: input.threadId ?? null,
      direction: input.direction,
      from_address: input.from,
      to_addresses: JSON.stringify(input.to),
      cc_addresses: JSON.stringify(input.cc),
      subject: input.subject,
      sent_at: new Date(input.sentAt).toISOString(),
      client: input.client,
      logged_by: actor.id,
      logged_at: deps.clock.now().toISOString(),
      body: settings.storeBody && input.body ? cutBody(input.body, settings.bodyMaxChars) : null,
    })
    // Two clients logging the same email at once: the second finds the first's row.
    .onConflict((oc) => oc.columns(['customer_id', 'message_id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
    const first = await findLogged(trx, input.customerId, messageId);
    if (!first) throw new ApiError('conflict', 'the email was logged and removed at once; retry');
    const [interaction] = await presentInteractions(trx, [first]);
    if (interaction) return { interaction, created: false };
  }

  const interaction = await getInteraction(trx, id);
  await audit(trx, {
    actorId: actor.id,
    action: 'interaction.log',
    entityType: 'interaction',
    entityId: id,
    after: { customerId: input.customerId, direction: input.direction, client: input.client },
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return { interaction, created: true };
}

// Cut on code points, so that a character outside the BMP is never split in half.
function cutBody(body: string, maxChars: number): string | null {
  if (maxChars <= 0) return null;
  const chars = Array.from(body);
  return chars.length <= maxChars ? body : chars.slice(0, maxChars).join('');
}

/**
 * A page of logged emails, newest logged first, filtered by customer, collector, client,
 * direction and logging dates (calendar days in the organisation's time zone).
 */
export async function listInteractions(
  db: Db,
  deps: AppDeps,
  query: z.output<typeof InteractionQuery>,
): Promise<{ items: InteractionView[]; nextCursor: string | null }> {
  let q = interactionsWithCustomer(db)
    .orderBy('interactions.logged_at', 'desc')
    .orderBy('interactions.id', 'desc')
    .limit(query.limit + 1);
  if (query.customerId) q = q.where('interactions.customer_id', '=', query.customerId);
  if (query.collectorId) q = q.where('interactions.logged_by', '=', query.collectorId);
  if (query.client) q = q.where('interactions.client', '=', query.client);
  if (query.direction) q = q.where('interactions.direction', '=', query.direction);
  const tz = deps.config.timeZone;
  if (query.from) q = q.where('interactions.logged_at', '>=', startOfDayInstant(query.from, tz));
  if (query.to) q = q.where('interactions.logged_at', '<', endOfDayInstant(query.to, tz));
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    q = q.where((eb) =>
      eb.or([
        eb('interactions.logged_at', '<', after.key),
        eb.and([
          eb('interactions.logged_at', '=', after.key),
          eb('interactions.id', '<', after.id),
        ]),
      ]),
    );
  }
  const page = pageOf(await q.execute(), query.limit, (r) => r.logged_at);
  return { items: await presentInteractions(db, page.rows), nextCursor: page.nextCursor };
}
