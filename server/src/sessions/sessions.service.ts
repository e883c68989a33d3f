import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionView, UserView } from '@relance/shared';
import { audit } from '../audit.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import type { Database } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError } from '../http/errors.ts';
import { clientSettings, getSettings } from '../settings/settings.service.ts';

/** How long a session lasts from sign-in. */
export const SESSION_TTL_MS = 8 * 3600_000;
/** Failed sign-ins in a row that lock an account. */
export const MAX_FAILED_LOGINS = 5;
/** How long a lock-out lasts. */
export const LOCKOUT_MS = 15 * 60_000;

/** A user row as the session code reads it. */
interface UserRow {
  id: string;
  email: string;
  name: string;
  role: 'collector' | 'manager' | 'admin';
  language: 'fr' | 'en';
  created_at: string;
  disabled_at: string | null;
}

/** The wire shape of a user. */
export function presentUser(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    createdAt: row.created_at,
    disabled: row.disabled_at !== null,
  };
}

/** SHA-256 of a session secret: the only form the database keeps. */
export function hashSessionSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

// Verifying against this hash when the email is unknown keeps the answer time the same,
// so that timing does not tell which addresses have accounts.
let decoyHash: Promise<string> | null = null;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}

/** A new session: the cookie secret (shown once) and what the client is told. */
export interface SignedIn {
  secret: string;
  view: SessionView;
}

/**
 * Checks an email and password and opens a session. Wrong credentials count towards a
 * lock-out; a locked account answers 423 without looking at the password.
 */
export async function signIn(
  deps: AppDeps,
  email: string,
  password: string,
  requestId?: string,
): Promise<SignedIn> {
  const db = deps.storage.db;
  const now = deps.clock.now();
  const user = await db
    .selectFrom('users')
    .select([
      'id',
      'email',
      'name',
      'role',
      'language',
      'created_at',
      'disabled_at',
      'password_hash',
      'failed_logins',
      'locked_until',
    ])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  const wrong = new ApiError('unauthenticated', 'the email or the password is wrong');
  if (!user || !user.password_hash || user.disabled_at) {
    await verifyPassword(password, await decoy());
    throw wrong;
  }
  if (user.locked_until && Date.parse(user.locked_until) > now.getTime()) {
    throw new ApiError(
      'account_locked',
      `too many failed sign-ins; try again after ${user.locked_until}`,
    );
  }
  if (!(await verifyPassword(password, user.password_hash))) {
    const failures = user.failed_logins + 1;
    const locks = failures >= MAX_FAILED_LOGINS;
    const lockedUntil = locks ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ failed_logins: locks ? 0 : failures, locked_until: lockedUntil })
        .where('id', '=', user.id)
        .execute();
      if (locks) {
        await audit(trx, {
          actorId: user.id,
          action: 'user.locked_out',
          entityType: 'user',
          entityId: user.id,
          after: { lockedUntil },
          requestId,
          at: now,
        });
      }
    });
    if (locks) {
      throw new ApiError(
        'account_locked',
        `too many failed sign-ins; try again after ${lockedUntil ?? ''}`,
      );
    }
    throw wrong;
  }

  const secret = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    // Each sign-in sweeps the user's expired sessions, so the table does not grow forever.
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .where('expires_at', '<=', now.toISOString())
      .execute();
    await trx
      .insertInto('sessions')
      .values({
        id: randomUUID(),
        user_id: user.id,
        token_hash: hashSessionSecret(secret),
        csrf_token: csrfToken,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      })
      .execute();
  });
  const settings = clientSettings(await getSettings(db));
  return { secret, view: { user: presentUser(user), settings, csrfToken, expiresAt } };
}

/** A live session found from its cookie secret. */
export interface LiveSession {
  id: string;
  csrfToken: string;
  expiresAt: string;
  user: UserView;
}

/** The live session of a cookie secret, or null when it is unknown, expired or disabled. */
export async function findSession(
  db: Kysely<Database>,
  secret: string,
  now: Date,
): Promise<LiveSession | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.language',
      'users.created_at',
      'users.disabled_at',
    ])
    .where('sessions.token_hash', '=', hashSessionSecret(secret))
    .executeTakeFirst();
  if (!row || row.disabled_at || Date.parse(row.expires_at) <= now.getTime()) return null;
  return {
    id: row.sessionId,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    user: presentUser(row),
  };
}

/** Ends a session. */
export async function signOut(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
