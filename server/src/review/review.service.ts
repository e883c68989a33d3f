import { randomUUID } from 'node:crypto';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { ReviewItem, ReviewKind, ReviewPage, ReviewQuery } from '@relance/shared';
import { audit } from '../audit.ts';
import type { AuthUser } from '../auth/authenticate.ts';
import { hasRole } from '../auth/authenticate.ts';
import type { Database } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { forbidden, invalidField, notFound } from '../http/errors.ts';

/** The review queue's filters, parsed. */
export type ReviewFilters = z.output<typeof ReviewQuery>;

type EntityType = 'interaction' | 'promise' | 'dispute';

const ENTITY_OF: Record<ReviewKind, EntityType> = {
  email: 'interaction',
  promise: 'promise',
  dispute: 'dispute',
};

/** Where a page starts: the (instant, id) of the last item of the page before. */
interface Cursor {
  at: string;
  id: string;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // fall through to the 400
  }
  throw invalidField('cursor', 'is not a cursor this list gave');
}

// Date filters are calendar dates, inclusive; instants are compared as ISO text, which sorts
// in time order because every instant is stored in UTC with the same shape.
function fromInstant(date: string): string {
  return `${date}T00:00:00.000Z`;
}
function toInstantExclusive(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** The filters as applied: a collector sees only their own work. */
function scoped(user: AuthUser, filters: ReviewFilters): ReviewFilters {
  if (hasRole(user, 'manager')) return filters;
  if (filters.collectorId !== undefined && filters.collectorId !== user.id) {
    throw forbidden(
      'a collector sees only their own work in the review queue; omit collectorId or use your own id',
    );
  }
  return { ...filters, collectorId: user.id };
}

function wants(filters: ReviewFilters, kind: ReviewKind): boolean {
  return filters.kind === undefined || filters.kind === kind;
}

interface RawRow {
  id: string;
  at: string;
  customer_id: string;
  customer_name: string;
  collector_id: string;
  collector_name: string;
  collector_email: string;
  client: string | null;
  direction: string | null;
  summary: string;
  amount: number | null;
  currency: string | null;
  status: string | null;
  reviewer_id: string | null;
  reviewer_name: string | null;
  reviewer_email: string | null;
  reviewed_at: string | null;
  comment: string | null;
}

type Db = Kysely<Database>;

// Each kind is queried on its own, newest first on its own (instant, id) index, and the
// pages are merged: three index range scans stay fast at millions of rows where one
// UNION ALL ordered as a whole would sort everything.
function interactionsBase(db: Db, f: ReviewFilters, cursor: Cursor | null) {
  let q = db.selectFrom('interactions as e');
  if (f.collectorId) q = q.where('e.logged_by', '=', f.collectorId);
  if (f.customerId) q = q.where('e.customer_id', '=', f.customerId);
  if (f.client) q = q.where('e.client', '=', f.client);
  if (f.direction) q = q.where('e.direction', '=', f.direction);
  if (f.from) q = q.where('e.logged_at', '>=', fromInstant(f.from));
  if (f.to) q = q.where('e.logged_at', '<', toInstantExclusive(f.to));
  if (cursor) {
    q = q.where((eb) =>
      eb.or([
        eb('e.logged_at', '<', cursor.at),
        eb.and([eb('e.logged_at', '=', cursor.at), eb('e.id', '<', cursor.id)]),
      ]),
    );
  }
  return q;
}

function interactionsQuery(db: Db, f: ReviewFilters, cursor: Cursor | null) {
  const q = interactionsBase(db, f, cursor)
    .innerJoin('customers as c', 'c.id', 'e.customer_id')
    .innerJoin('users as u', 'u.id', 'e.logged_by')
    .leftJoin('reviews as r', (join) =>
      join.onRef('r.entity_id', '=', 'e.id').on('r.entity_type', '=', 'interaction'),
    )
    .leftJoin('users as ru', 'ru.id', 'r.reviewer_id')
    .$if(f.reviewed === 'true', (qb) => qb.where('r.id', 'is not', null))
    .$if(f.reviewed === 'false', (qb) => qb.where('r.id', 'is', null));
  return q.select([
    'e.id',
    'e.logged_at as at',
    'c.id as customer_id',
    'c.name as customer_name',
    'u.id as collector_id',
    'u.name as collector_name',
    'u.email as collector_email',
    'e.client',
    'e.direction',
    'e.subject as summary',
    'r.reviewer_id',
    'ru.name as reviewer_name',
    'ru.email as reviewer_email',
    'r.reviewed_at',
    'r.comment',
  ]);
}

/** Promises and disputes carry the client and direction of the email they came from. */
function sourceEmailFilter<QB extends SelectQueryBuilder<Database, 'interactions', object>>(
  qb: QB,
  f: ReviewFilters,
): QB {
  let q = qb;
  if (f.client) q = q.where('interactions.client', '=', f.client) as QB;
  if (f.direction) q = q.where('interactions.direction', '=', f.direction) as QB;
  return q;
}

function promisesQuery(db: Db, f: ReviewFilters, cursor: Cursor | null) {
  let q = db
    .selectFrom('payment_promises as p')
    .innerJoin('customers as c', 'c.id', 'p.customer_id')
    .innerJoin('users as u', 'u.id', 'p.logged_by')
    .leftJoin('reviews as r', (join) =>
      join.onRef('r.entity_id', '=', 'p.id').on('r.entity_type', '=', 'promise'),
    )
    .leftJoin('users as ru', 'ru.id', 'r.reviewer_id')
    .$if(f.reviewed === 'true', (qb) => qb.where('r.id', 'is not', null))
    .$if(f.reviewed === 'false', (qb) => qb.where('r.id', 'is', null));
  if (f.collectorId) q = q.where('p.logged_by', '=', f.collectorId);
  if (f.customerId) q = q.where('p.customer_id', '=', f.customerId);
  if (f.from) q = q.where('p.created_at', '>=', fromInstant(f.from));
  if (f.to) q = q.where('p.created_at', '<', toInstantExclusive(f.to));
  if (f.client || f.direction) {
    q = q.where((eb) =>
      eb.exists(
        sourceEmailFilter(
          eb
            .selectFrom('interactions')
            .select('interactions.id')
            .whereRef('interactions.message_id', '=', 'p.source_message_id')
            .whereRef('interactions.customer_id', '=', 'p.customer_id'),
          f,
        ),
      ),
    );
  }
  if (cursor) {
    q = q.where((eb) =>
      eb.or([
        eb('p.created_at', '<', cursor.at),
        eb.and([eb('p.created_at', '=', cursor.at), eb('p.id', '<', cursor.id)]),
      ]),
    );
  }
  return q.select([
    'p.id',
    'p.created_at as at',
    'c.id as customer_id',
    'c.name as customer_name',
    'u.id as collector_id',
    'u.name as collector_name',
    'u.email as collector_email',
    'p.promised_date as summary',
    'p.amount',
    'p.currency',
    'p.status',
    'p.source_message_id',
    'r.reviewer_id',
    'ru.name as reviewer_name',
    'ru.email as reviewer_email',
    'r.reviewed_at',
    'r.comment',
  ]);
}

function disputesQuery(db: Db, f: ReviewFilters, cursor: Cursor | null) {
  let q = db
    .selectFrom('disputes as d')
    .innerJoin('customers as c', 'c.id', 'd.customer_id')
    .innerJoin('users as u', 'u.id', 'd.opened_by')
    .leftJoin('reviews as r', (join) =>
      join.onRef('r.entity_id', '=', 'd.id').on('r.entity_type', '=', 'dispute'),
    )
    .leftJoin('users as ru', 'ru.id', 'r.reviewer_id')
    .$if(f.reviewed === 'true', (qb) => qb.where('r.id', 'is not', null))
    .$if(f.reviewed === 'false', (qb) => qb.where('r.id', 'is', null));
  if (f.collectorId) q = q.where('d.opened_by', '=', f.collectorId);
  if (f.customerId) q = q.where('d.customer_id', '=', f.customerId);
  if (f.from) q = q.where('d.created_at', '>=', fromInstant(f.from));
  if (f.to) q = q.where('d.created_at', '<', toInstantExclusive(f.to));
  if (f.client || f.direction) {
    q = q.where((eb) =>
      eb.exists(
        sourceEmailFilter(
          eb
            .selectFrom('interactions')
            .select('interactions.id')
            .whereRef('interactions.message_id', '=', 'd.source_message_id')
            .whereRef('interactions.customer_id', '=', 'd.customer_id'),
          f,
        ),
      ),
    );
  }
  if (cursor) {
    q = q.where((eb) =>
      eb.or([
        eb('d.created_at', '<', cursor.at),
        eb.and([eb('d.created_at', '=', cursor.at), eb('d.id', '<', cursor.id)]),
      ]),
    );
  }
  return q.select([
    'd.id',
    'd.created_at as at',
    'c.id as customer_id',
    'c.name as customer_name',
    'u.id as collector_id',
    'u.name as collector_name',
    'u.email as collector_email',
    'd.category as summary',
    'd.status',
    'd.source_message_id',
    'r.reviewer_id',
    'ru.name as reviewer_name',
    'ru.email as reviewer_email',
    'r.reviewed_at',
    'r.comment',
  ]);
}

function present(kind: ReviewKind, row: RawRow): ReviewItem {
  return {
    kind,
    id: row.id,
    at: row.at,
    customer: { id: row.customer_id, name: row.customer_name },
    collector: { id: row.collector_id, name: row.collector_name, email: row.collector_email },
    client: (row.client as ReviewItem['client']) ?? null,
    direction: (row.direction as ReviewItem['direction']) ?? null,
    summary: row.summary,
    amount:
      row.amount !== null && row.currency !== null
        ? { amount: Number(row.amount), currency: row.currency }
        : null,
    status: row.status,
    review:
      row.reviewer_id && row.reviewed_at
        ? {
            reviewer: {
              id: row.reviewer_id,
              name: row.reviewer_name ?? '',
              email: row.reviewer_email ?? '',
            },
            reviewedAt: row.reviewed_at,
            comment: row.comment,
          }
        : null,
  };
}

// Promises and disputes show the client and direction of their source email, looked up
// for the page's few items only.
async function attachSourceEmails(
  db: Db,
  rows: (RawRow & { source_message_id?: string | null })[],
): Promise<void> {
  const ids = [...new Set(rows.map((r) => r.source_message_id).filter((x): x is string => !!x))];
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('interactions')
    .select(['message_id', 'customer_id', 'client', 'direction'])
    .where('message_id', 'in', ids)
    .execute();
  const byKey = new Map(found.map((e) => [`${e.customer_id} ${e.message_id}`, e]));
  for (const row of rows) {
    if (!row.source_message_id) continue;
    const email = byKey.get(`${row.customer_id} ${row.source_message_id}`);
    if (email) {
      row.client = email.client;
      row.direction = email.direction;
    }
  }
}

/** Fills the (instant, id) order across kinds. */
function newestFirst(a: { at: string; id: string }, b: { at: string; id: string }): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** A page of the review queue, newest first across emails, promises and disputes. */
export async function reviewQueue(
  db: Db,
  user: AuthUser,
  query: ReviewFilters,
): Promise<ReviewPage> {
  const f = scoped(user, query);
  const cursor = f.cursor ? decodeCursor(f.cursor) : null;
  const take = f.limit + 1;
  const tagged: { kind: ReviewKind; row: RawRow }[] = [];

  if (wants(f, 'email')) {
    const rows = await interactionsQuery(db, f, cursor)
      .orderBy('e.logged_at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(take)
      .execute();
    for (const row of rows)
      tagged.push({ kind: 'email', row: { ...row, amount: null, currency: null, status: null } });
  }
  if (wants(f, 'promise')) {
    const rows = await promisesQuery(db, f, cursor)
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id', 'desc')
      .limit(take)
      .execute();
    const raws = rows.map((row) => ({ ...row, client: null, direction: null }));
    await attachSourceEmails(db, raws);
    for (const row of raws) tagged.push({ kind: 'promise', row });
  }
  if (wants(f, 'dispute')) {
    const rows = await disputesQuery(db, f, cursor)
      .orderBy('d.created_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(take)
      .execute();
    const raws = rows.map((row) => ({
      ...row,
      client: null,
      direction: null,
      amount: null,
      currency: null,
    }));
    await attachSourceEmails(db, raws);
    for (const row of raws) tagged.push({ kind: 'dispute', row });
  }

  tagged.sort((a, b) => newestFirst(a.row, b.row));
  const page = tagged.slice(0, f.limit);
  const last = page[page.length - 1];
  const nextCursor =
    tagged.length > f.limit && last ? encodeCursor({ at: last.row.at, id: last.row.id }) : null;
  return {
    items: page.map((t) => present(t.kind, t.row)),
    nextCursor,
    unreviewedCount: await unreviewedCount(db, f),
  };
}

/** Unreviewed items matching the filters (whatever their page). */
export async function unreviewedCount(db: Db, f: ReviewFilters): Promise<number> {
  const all: ReviewFilters = { ...f, cursor: undefined, reviewed: undefined };
  let total = 0;
  if (wants(all, 'email')) {
    // "All minus reviewed" runs each count on an index; an anti-join over every logged
    // email would not stay fast at half a million rows.
    const everything = await interactionsBase(db, all, null)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    const reviewed = await interactionsBase(db, all, null)
      .innerJoin('reviews as r', (join) =>
        join.onRef('r.entity_id', '=', 'e.id').on('r.entity_type', '=', 'interaction'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    total += Number(everything?.n ?? 0) - Number(reviewed?.n ?? 0);
  }
  const open: ReviewFilters = { ...all, reviewed: 'false' };
  if (wants(all, 'promise')) {
    const row = await promisesQuery(db, open, null)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    total += Number(row?.n ?? 0);
  }
  if (wants(all, 'dispute')) {
    const row = await disputesQuery(db, open, null)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    total += Number(row?.n ?? 0);
  }
  return total;
}

/** Marks an item reviewed. Marking again keeps who and when of the first mark; a new comment replaces the old. */
export async function markReviewed(
  db: Db,
  deps: AppDeps,
  user: AuthUser,
  kind: ReviewKind,
  id: string,
  comment: string | undefined,
  requestId?: string,
): Promise<ReviewItem> {
  const entityType = ENTITY_OF[kind];
  const table =
    kind === 'email' ? 'interactions' : kind === 'promise' ? 'payment_promises' : 'disputes';
  const exists = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!exists) throw notFound(kind);
  const now = deps.clock.now();
  const before = await db
    .selectFrom('reviews')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', id)
    .executeTakeFirst();
  const newComment = comment === undefined || comment === '' ? null : comment;
  if (!before) {
    await db
      .insertInto('reviews')
      .values({
        id: randomUUID(),
        entity_type: entityType,
        entity_id: id,
        reviewer_id: user.id,
        reviewed_at: now.toISOString(),
        comment: newComment,
      })
      .execute();
  } else if (newComment !== null && newComment !== before.comment) {
    await db
      .updateTable('reviews')
      .set({ comment: newComment })
      .where('id', '=', before.id)
      .execute();
  }
  const item = await reviewItem(db, kind, id);
  if (!before || (newComment !== null && newComment !== before.comment)) {
    await audit(db, {
      actorId: user.id,
      action: before ? 'review.commented' : 'review.marked',
      entityType,
      entityId: id,
      before: before ? { comment: before.comment } : undefined,
      after: item.review,
      requestId,
      at: now,
    });
  }
  return item;
}

/** One item of the queue, by kind and id. */
export async function reviewItem(db: Db, kind: ReviewKind, id: string): Promise<ReviewItem> {
  const everyone: ReviewFilters = { limit: 1 };
  let row: RawRow | undefined;
  if (kind === 'email') {
    const r = await interactionsQuery(db, everyone, null).where('e.id', '=', id).executeTakeFirst();
    row = r ? { ...r, amount: null, currency: null, status: null } : undefined;
  } else if (kind === 'promise') {
    const r = await promisesQuery(db, everyone, null).where('p.id', '=', id).executeTakeFirst();
    if (r) {
      const raw = { ...r, client: null, direction: null };
      await attachSourceEmails(db, [raw]);
      row = raw;
    }
  } else {
    const r = await disputesQuery(db, everyone, null).where('d.id', '=', id).executeTakeFirst();
    if (r) {
      const raw = { ...r, client: null, direction: null, amount: null, currency: null };
      await attachSourceEmails(db, [raw]);
      row = raw;
    }
  }
  if (!row) throw notFound(kind);
  return present(kind, row);
}
