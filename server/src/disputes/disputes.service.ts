import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { daysBetween, sumByCurrency } from '@relance/shared';
import type {
  DisputeCreate,
  DisputeQuery,
  DisputeStatus,
  DisputeUpdate,
  DisputeView,
} from '@relance/shared';
import type { z } from 'zod';
import { audit } from '../audit.ts';
import { customerOrNotFound } from '../customers/customers.service.ts';
import type { Actor } from '../customers/customers.service.ts';
import { requiredRef, userRefsByIds } from '../customers/user-refs.ts';
import type { Database, DisputeTable } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { disputeEventId } from './dispute-event-id.ts';
import { ApiError, forbidden, invalidField, notFound } from '../http/errors.ts';
import { dateOfInstant, todayOf } from '../ledger/ledger-time.ts';
import { decodeCursor, pageOf } from '../ledger/page-cursor.ts';

type Db = Kysely<Database>;
type DisputeRow = Selectable<DisputeTable> & { customer_name: string };

/** Where each status may go: open → in review → resolved or cancelled (or straight there). */
const NEXT_STATUSES: Record<DisputeStatus, readonly DisputeStatus[]> = {
  open: ['in_review', 'resolved', 'cancelled'],
  in_review: ['resolved', 'cancelled'],
  resolved: [],
  cancelled: [],
};

function isManagerOrAbove(actor: Actor): boolean {
  return actor.role === 'manager' || actor.role === 'admin';
}

function disputesWithCustomer(db: Db) {
  return db
    .selectFrom('disputes')
    .innerJoin('customers', 'customers.id', 'disputes.customer_id')
    .selectAll('disputes')
    .select('customers.name as customer_name');
}

/** Turns dispute rows into their wire shape on `asOf`; the age stops when it closed. */
export async function presentDisputes(
  db: Db,
  deps: AppDeps,
  rows: DisputeRow[],
  asOf: string,
): Promise<DisputeView[]> {
  if (rows.length === 0) return [];
  const invoices = await db
    .selectFrom('dispute_invoices')
    .innerJoin('invoices', 'invoices.id', 'dispute_invoices.invoice_id')
    .select([
      'dispute_invoices.dispute_id',
      'invoices.number',
      'invoices.open_amount',
      'invoices.currency',
    ])
    .where(
      'dispute_invoices.dispute_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('invoices.number')
    .execute();
  const refs = await userRefsByIds(
    db,
    rows.flatMap((r) => [r.owner_id, r.opened_by]),
  );

  return rows.map((row) => {
    const own = invoices.filter((i) => i.dispute_id === row.id);
    const endedOn = row.resolved_at ? dateOfInstant(deps, row.resolved_at) : asOf;
    return {
      id: row.id,
      customerId: row.customer_id,
      customerName: row.customer_name,
      category: row.category as DisputeView['category'],
      status: row.status,
      owner: row.owner_id ? requiredRef(refs, row.owner_id) : null,
      openedBy: requiredRef(refs, row.opened_by),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      ageDays: Math.max(0, daysBetween(dateOfInstant(deps, row.created_at), endedOn)),
      invoiceNumbers: own.map((i) => i.number),
      amount: sumByCurrency(own.map((i) => ({ amount: i.open_amount, currency: i.currency }))),
      note: row.note,
      quote: row.quote,
      sourceMessageId: row.source_message_id,
      resolution: row.resolution as DisputeView['resolution'],
    };
  });
}

/** One dispute with its history of changes, or a 404. */
export async function getDispute(db: Db, deps: AppDeps, disputeId: string): Promise<DisputeView> {
  const row = await disputesWithCustomer(db)
    .where('disputes.id', '=', disputeId)
    .executeTakeFirst();
  if (!row) throw notFound('dispute');
  const [view] = await presentDisputes(db, deps, [row], todayOf(deps));
  if (!view) throw notFound('dispute');

  const events = await db
    .selectFrom('dispute_events')
    .selectAll()
    .where('dispute_id', '=', disputeId)
    .orderBy('id')
    .execute();
  const actors = await userRefsByIds(
    db,
    events.map((e) => e.actor_id),
  );
  return {
    ...view,
    history: events.map((e) => ({
      at: e.at,
      actor: requiredRef(actors, e.actor_id),
      fromStatus: e.from_status as DisputeStatus | null,
      toStatus: e.to_status as DisputeStatus | null,
      changes: JSON.parse(e.changes) as Record<string, unknown>,
      note: e.note,
    })),
  };
}

async function addEvent(
  trx: Db,
  deps: AppDeps,
  event: {
    disputeId: string;
    actorId: string;
    fromStatus: DisputeStatus | null;
    toStatus: DisputeStatus | null;
    changes: Record<string, unknown>;
    note: string | null;
  },
): Promise<void> {
  const count = await trx
    .selectFrom('dispute_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('dispute_id', '=', event.disputeId)
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('dispute_events')
    .values({
      id: disputeEventId(event.disputeId, Number(count.n)),
      dispute_id: event.disputeId,
      actor_id: event.actorId,
      at: deps.clock.now().toISOString(),
      from_status: event.fromStatus,
      to_status: event.toStatus,
      changes: JSON.stringify(event.changes),
      note: event.note,
    })
    .execute();
}

async function activeUserOr400(db: Db, userId: string, field: string): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'disabled_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled_at !== null) throw invalidField(field, 'is not an active user');
}

/**
 * Opens a dispute on at least one invoice of the customer. The owner defaults to the
 * customer's assignee, else the creator; giving it to someone else is a manager's call.
 */
export async function createDispute(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  input: z.output<typeof DisputeCreate>,
): Promise<DisputeView> {
  const customer = await customerOrNotFound(trx, input.customerId);
  const invoiceIds = [...new Set(input.invoiceIds)];
  const invoices = await trx
    .selectFrom('invoices')
    .select(['id', 'customer_id'])
    .where('id', 'in', invoiceIds)
    .execute();
  for (const [index, id] of input.invoiceIds.entries()) {
    if (!invoices.some((i) => i.id === id && i.customer_id === input.customerId)) {
      throw invalidField(`invoiceIds.${index}`, 'is not an invoice of this customer');
    }
  }
  if (input.ownerId !== undefined) {
    if (input.ownerId !== actor.id && !isManagerOrAbove(actor)) {
      throw forbidden('giving a dispute to someone else needs the manager role');
    }
    await activeUserOr400(trx, input.ownerId, 'ownerId');
  }

  const id = randomUUID();
  const now = deps.clock.now().toISOString();
  const ownerId = input.ownerId ?? customer.assignee_id ?? actor.id;
  await trx
    .insertInto('disputes')
    .values({
      id,
      customer_id: input.customerId,
      category: input.category,
      status: 'open',
      owner_id: ownerId,
      opened_by: actor.id,
      created_at: now,
      updated_at: now,
      source_message_id: input.sourceMessageId ?? null,
      quote: input.quote ?? null,
      note: input.note ?? null,
      resolution: null,
      resolved_at: null,
    })
    .execute();
  await trx
    .insertInto('dispute_invoices')
    .values(invoiceIds.map((invoiceId) => ({ dispute_id: id, invoice_id: invoiceId })))
    .execute();
  await addEvent(trx, deps, {
    disputeId: id,
    actorId: actor.id,
    fromStatus: null,
    toStatus: 'open',
    changes: { category: input.category, ownerId },
    note: input.note ?? null,
  });

  const view = await getDispute(trx, deps, id);
  await audit(trx, {
    actorId: actor.id,
    action: 'dispute.create',
    entityType: 'dispute',
    entityId: id,
    after: { ...view, history: undefined },
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return view;
}

/**
 * Changes a dispute's status, owner, category or resolution, or adds a note. Collectors may
 * change only disputes they own; changing the owner is a manager's call. Each change is kept
 * in the dispute's history and audited.
 */
export async function updateDispute(
  trx: Db,
  deps: AppDeps,
  actor: Actor,
  disputeId: string,
  input: z.output<typeof DisputeUpdate>,
): Promise<DisputeView> {
  const row = await trx
    .selectFrom('disputes')
    .selectAll()
    .where('id', '=', disputeId)
    .executeTakeFirst();
  if (!row) throw notFound('dispute');
  const isManager = isManagerOrAbove(actor);
  if (!isManager && row.owner_id !== actor.id) {
    throw forbidden('a collector may change only the disputes they own');
  }

  const changes: Record<string, unknown> = {};
  const set: Partial<Selectable<DisputeTable>> = {};
  const target = input.status ?? row.status;
  const closing = target !== row.status;

  if (row.status === 'resolved' || row.status === 'cancelled') {
    if (Object.keys(input).length > 0) {
      throw new ApiError('conflict', `the dispute is ${row.status}; it can no longer change`, [
        { field: 'status', message: `is ${row.status}` },
      ]);
    }
  }
  if (closing && !NEXT_STATUSES[row.status].includes(target)) {
    throw new ApiError('conflict', `a dispute cannot go from ${row.status} to ${target}`, [
      { field: 'status', message: `cannot go from ${row.status} to ${target}` },
    ]);
  }
  if (target === 'resolved' && closing && input.resolution === undefined) {
    throw invalidField('resolution', 'is required to resolve a dispute');
  }
  if (input.resolution !== undefined && !(target === 'resolved' && closing)) {
    throw invalidField('resolution', 'is given only with status resolved');
  }
  if (input.ownerId !== undefined && input.ownerId !== row.owner_id) {
    if (!isManager) throw forbidden('changing the owner of a dispute needs the manager role');
    if (input.ownerId !== null) await activeUserOr400(trx, input.ownerId, 'ownerId');
    set.owner_id = input.ownerId;
    changes.ownerId = { from: row.owner_id, to: input.ownerId };
  }
  if (input.category !== undefined && input.category !== row.category) {
    set.category = input.category;
    changes.category = { from: row.category, to: input.category };
  }
  const now = deps.clock.now().toISOString();
  if (closing) {
    set.status = target;
    changes.status = { from: row.status, to: target };
    if (target === 'resolved' || target === 'cancelled') set.resolved_at = now;
    if (input.resolution !== undefined) {
      set.resolution = input.resolution;
      changes.resolution = input.resolution;
    }
  }
  const note = input.note && input.note.length > 0 ? input.note : null;
  if (Object.keys(changes).length === 0 && note === null) return getDispute(trx, deps, disputeId);

  await trx
    .updateTable('disputes')
    .set({ ...set, updated_at: now })
    .where('id', '=', disputeId)
    .execute();
  await addEvent(trx, deps, {
    disputeId,
    actorId: actor.id,
    fromStatus: closing ? row.status : null,
    toStatus: closing ? target : null,
    changes,
    note,
  });
  await audit(trx, {
    actorId: actor.id,
    action: 'dispute.update',
    entityType: 'dispute',
    entityId: disputeId,
    before: { status: row.status, ownerId: row.owner_id, category: row.category },
    after: { ...changes, note },
    requestId: actor.requestId,
    at: deps.clock.now(),
  });
  return getDispute(trx, deps, disputeId);
}

/** A page of disputes, newest first, filtered by customer, status, category and owner. */
export async function listDisputes(
  db: Db,
  deps: AppDeps,
  query: z.output<typeof DisputeQuery>,
): Promise<{ items: DisputeView[]; nextCursor: string | null }> {
  let q = disputesWithCustomer(db)
    .orderBy('disputes.created_at', 'desc')
    .orderBy('disputes.id', 'desc')
    .limit(query.limit + 1);
  if (query.customerId) q = q.where('disputes.customer_id', '=', query.customerId);
  if (query.status) q = q.where('disputes.status', '=', query.status);
  if (query.category) q = q.where('disputes.category', '=', query.category);
  if (query.ownerId) q = q.where('disputes.owner_id', '=', query.ownerId);
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    q = q.where((eb) =>
      eb.or([
        eb('disputes.created_at', '<', after.key),
        eb.and([eb('disputes.created_at', '=', after.key), eb('disputes.id', '<', after.id)]),
      ]),
    );
  }
  const page = pageOf(await q.execute(), query.limit, (r) => r.created_at);
  return {
    items: await presentDisputes(db, deps, page.rows, todayOf(deps)),
    nextCursor: page.nextCursor,
  };
}
