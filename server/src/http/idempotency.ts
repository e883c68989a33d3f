import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Transaction } from 'kysely';
import type { AppDeps } from '../deps.ts';
import type { Database } from '../db/schema.ts';
import { currentUser } from '../auth/authenticate.ts';
import { ApiError, invalidField } from './errors.ts';

/** Keys are kept at least this long; older ones are swept by the daily job. */
export const IDEMPOTENCY_RETENTION_HOURS = 48;

interface HeldKey {
  userId: string;
  key: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    idempotency?: HeldKey;
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Honours `Idempotency-Key` on writes. A first request takes the key "in flight"; the
 * write then records its response in its own transaction (see `commitWrite`). The same key
 * with the same body replays that response, with another body answers 422, and while the
 * first is still running answers 409.
 */
export function idempotency(deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    const key = req.get('idempotency-key');
    if (!WRITE_METHODS.has(req.method) || key === undefined) {
      next();
      return;
    }
    void holdKey(deps, req, res, key).then((held) => {
      if (!held) return;
      req.idempotency = held;
      // A handler that fails or never commits must not leave the key stuck in flight.
      res.on('finish', () => {
        void releaseIfInFlight(deps, held).catch((err: unknown) =>
          deps.logger.warn({ err: String(err) }, 'could not release idempotency key'),
        );
      });
      next();
    }, next);
  };
}

async function holdKey(
  deps: AppDeps,
  req: Request,
  res: Response,
  key: string,
): Promise<HeldKey | null> {
  if (key.length === 0 || key.length > 255) {
    throw invalidField('Idempotency-Key', 'must be 1 to 255 characters');
  }
  const userId = currentUser(req).id;
  const bodyHash = hashRequest(req);
  const db = deps.storage.db;
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      user_id: userId,
      key,
      method: req.method,
      path: req.originalUrl.split('?')[0] ?? req.originalUrl,
      body_hash: bodyHash,
      state: 'in_flight',
      response_status: null,
      response_body: null,
      created_at: deps.clock.now().toISOString(),
    })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { userId, key };

  const existing = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!existing) return holdKey(deps, req, res, key);
  if (existing.body_hash !== bodyHash) {
    throw new ApiError(
      'idempotency_key_reused',
      'this Idempotency-Key was used with another request',
    );
  }
  if (existing.state === 'in_flight') {
    throw new ApiError(
      'idempotency_in_flight',
      'the first request with this Idempotency-Key is still running',
    );
  }
  res
    .status(existing.response_status ?? 200)
    .set('Idempotent-Replayed', 'true')
    .type('application/json')
    .send(existing.response_body ?? 'null');
  return null;
}

function hashRequest(req: Request): string {
  const path = req.originalUrl.split('?')[0];
  return createHash('sha256')
    .update(`${req.method} ${path}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');
}

async function releaseIfInFlight(deps: AppDeps, held: HeldKey): Promise<void> {
  await deps.storage.db
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', held.userId)
    .where('key', '=', held.key)
    .where('state', '=', 'in_flight')
    .execute();
}

/** What a write answers: its status and the JSON body. */
export interface WriteResult {
  status: number;
  body: unknown;
}

/**
 * Runs a write in one transaction and answers it. When the request holds an
 * Idempotency-Key, its response is stored in that same transaction, so a retry after a
 * crash either finds both the write and its answer, or neither.
 */
export async function commitWrite(
  deps: AppDeps,
  req: Request,
  res: Response,
  work: (trx: Transaction<Database>) => Promise<WriteResult>,
): Promise<void> {
  const result = await deps.storage.db.transaction().execute(async (trx) => {
    const outcome = await work(trx);
    if (req.idempotency) {
      await trx
        .updateTable('idempotency_keys')
        .set({
          state: 'done',
          response_status: outcome.status,
          response_body: JSON.stringify(outcome.body),
        })
        .where('user_id', '=', req.idempotency.userId)
        .where('key', '=', req.idempotency.key)
        .execute();
    }
    return outcome;
  });
  res.status(result.status).json(result.body);
}

/** Deletes keys older than the retention; returns how many went. */
export async function sweepIdempotencyKeys(deps: AppDeps): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - IDEMPOTENCY_RETENTION_HOURS * 3600_000);
  const result = await deps.storage.db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', cutoff.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
