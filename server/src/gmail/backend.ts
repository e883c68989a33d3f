import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Transaction } from 'kysely';
import { ZodError } from 'zod';
import {
  BackendError,
  ContactLink,
  ContextRequest,
  DisputeCreate,
  InteractionCreate,
  PaymentPromiseCreate,
} from '@relance/shared';
import type {
  BackendUser,
  CollectionsBackend,
  CustomerRef,
  DisputeView,
  InteractionView,
  PaymentPromiseView,
} from '@relance/shared';
import { buildContext } from '../context/context.service.ts';
import { linkContact, searchCustomers } from '../customers/customers.service.ts';
import type { Actor } from '../customers/customers.service.ts';
import type { Database } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { createDispute } from '../disputes/disputes.service.ts';
import { ApiError } from '../http/errors.ts';
import { logInteraction } from '../interactions/interactions.service.ts';
import { createPaymentPromise } from '../promises/promises.service.ts';
import { buildWorklist } from '../worklist/worklist.service.ts';

/** How long a second click waits for the first one's write before giving up. */
const IN_FLIGHT_WAIT_MS = 5_000;
const IN_FLIGHT_POLL_MS = 50;

/**
 * The in-process backend the Gmail add-on calls: the same services as /api/v1, with the
 * same validation, errors (as BackendError codes) and Idempotency-Key semantics.
 */
export function gmailBackend(deps: AppDeps): CollectionsBackend {
  const db = deps.storage.db;
  const actorOf = (user: BackendUser): Actor => ({ id: user.id, role: user.role });

  return {
    async findUserByEmail(email) {
      const row = await db
        .selectFrom('users')
        .select(['id', 'email', 'name', 'role', 'language'])
        .where('email', '=', email.trim().toLowerCase())
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      return row ?? null;
    },

    context: (user, request) =>
      translated(() => buildContext(deps, actorOf(user), ContextRequest.parse(request))),

    worklist: (user) => translated(() => buildWorklist(deps, actorOf(user))),

    searchCustomers: (_user, query) =>
      translated(() => searchCustomers(db, { q: query, limit: 30 })),

    linkContact: (user, input, key) =>
      idempotentWrite(deps, user, key, 'POST /api/v1/contacts', input, {
        async run(trx) {
          const linked = await linkContact(trx, deps, actorOf(user), ContactLink.parse(input));
          const body = { contact: linked.contact, customer: linked.customer };
          return { status: linked.created ? 201 : 200, body, value: linked.customer };
        },
        replay: (_status, body: { customer: CustomerRef }) => body.customer,
      }),

    createPromise: (user, input, key) =>
      idempotentWrite(deps, user, key, 'POST /api/v1/promises', input, {
        async run(trx) {
          const parsed = PaymentPromiseCreate.parse(input);
          const view = await createPaymentPromise(trx, deps, actorOf(user), parsed);
          return { status: 201, body: view, value: view };
        },
        replay: (_status, body: PaymentPromiseView) => body,
      }),

    createDispute: (user, input, key) =>
      idempotentWrite(deps, user, key, 'POST /api/v1/disputes', input, {
        async run(trx) {
          const view = await createDispute(trx, deps, actorOf(user), DisputeCreate.parse(input));
          return { status: 201, body: view, value: view };
        },
        replay: (_status, body: DisputeView) => body,
      }),

    logInteraction: (user, input, key) =>
      idempotentWrite(deps, user, key, 'POST /api/v1/interactions', input, {
        async run(trx) {
          const parsed = InteractionCreate.parse(input);
          const logged = await logInteraction(trx, deps, actorOf(user), parsed);
          return { status: logged.created ? 201 : 200, body: logged.interaction, value: logged };
        },
        replay: (status, body: InteractionView) => ({ interaction: body, created: status === 201 }),
      }),
  };
}

/** Runs a call and turns the server's errors into the backend's. */
async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw backendErrorOf(err);
  }
}

function backendErrorOf(err: unknown): unknown {
  if (err instanceof BackendError) return err;
  if (err instanceof ApiError) return new BackendError(err.code, err.message, err.fieldErrors);
  if (err instanceof ZodError) {
    return new BackendError(
      'invalid_request',
      'invalid input',
      err.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    );
  }
  return err;
}

/**
 * A write in one transaction, honouring an idempotency key exactly as the HTTP middleware
 * does (same `idempotency_keys` rows, same request hash over method, path and body): the
 * first call holds the key in flight and stores its answer with the write; a repeat with
 * the same input replays the answer, with other input is refused. Unlike HTTP, a repeat
 * arriving while the first is in flight (a double click) waits for it instead of a 409.
 */
async function idempotentWrite<T, B>(
  deps: AppDeps,
  user: BackendUser,
  key: string | undefined,
  route: string,
  input: unknown,
  write: {
    /** The write; `body` is what the HTTP route would answer, stored for replays. */
    run(trx: Transaction<Database>): Promise<{ status: number; body: B; value: T }>;
    /** Rebuilds the value from a stored answer. */
    replay(status: number, body: B): T;
  },
): Promise<T> {
  const db = deps.storage.db;
  if (key === undefined) {
    return translated(async () => (await db.transaction().execute(write.run)).value);
  }
  if (key.length === 0 || key.length > 255) {
    throw new BackendError('invalid_request', 'invalid idempotency key', [
      { field: 'Idempotency-Key', message: 'must be 1 to 255 characters' },
    ]);
  }
  const [method = 'POST', path = route] = route.split(' ');
  const bodyHash = createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(input ?? null)}`)
    .digest('hex');

  const deadline = Date.now() + IN_FLIGHT_WAIT_MS;
  for (;;) {
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        user_id: user.id,
        key,
        method,
        path,
        body_hash: bodyHash,
        state: 'in_flight',
        response_status: null,
        response_body: null,
        created_at: deps.clock.now().toISOString(),
      })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) break;

    const existing = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('user_id', '=', user.id)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!existing) continue;
    if (existing.body_hash !== bodyHash) {
      throw new BackendError(
        'idempotency_key_reused',
        'this idempotency key was used with another request',
      );
    }
    if (existing.state === 'done') {
      return write.replay(
        existing.response_status ?? 200,
        JSON.parse(existing.response_body ?? 'null') as B,
      );
    }
    if (Date.now() > deadline) {
      throw new BackendError(
        'idempotency_in_flight',
        'the first request with this idempotency key is still running',
      );
    }
    await sleep(IN_FLIGHT_POLL_MS);
  }

  try {
    return await db.transaction().execute(async (trx) => {
      const outcome = await write.run(trx);
      await trx
        .updateTable('idempotency_keys')
        .set({
          state: 'done',
          response_status: outcome.status,
          response_body: JSON.stringify(outcome.body),
        })
        .where('user_id', '=', user.id)
        .where('key', '=', key)
        .execute();
      return outcome.value;
    });
  } catch (err) {
    // A failed write must not leave the key stuck in flight: the person may fix and retry.
    await db
      .deleteFrom('idempotency_keys')
      .where('user_id', '=', user.id)
      .where('key', '=', key)
      .where('state', '=', 'in_flight')
      .execute();
    throw backendErrorOf(err);
  }
}
