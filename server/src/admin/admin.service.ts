import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { TokenView, UserCreate, UserUpdate, UserView } from '@relance/shared';
import { audit } from '../audit.ts';
import type { AuthUser } from '../auth/authenticate.ts';
import { hasRole } from '../auth/authenticate.ts';
import { hashPassword } from '../auth/passwords.ts';
import { issueApiToken } from '../auth/tokens.ts';
import type { ApiTokenTable, Database } from '../db/schema.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError, forbidden, invalidField, notFound } from '../http/errors.ts';
import { presentUser } from '../sessions/sessions.service.ts';

/** Who asks, and the request id their audit entries carry. */
export interface Actor {
  user: AuthUser;
  requestId?: string | undefined;
}

const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'language',
  'created_at',
  'disabled_at',
] as const;

/** Every user, by name. */
export async function listUsers(db: Kysely<Database>): Promise<UserView[]> {
  const rows = await db.selectFrom('users').select(USER_COLUMNS).orderBy('name').execute();
  return rows.map(presentUser);
}

/** One user, or a 404. */
export async function getUser(db: Kysely<Database>, id: string): Promise<UserView> {
  const row = await db
    .selectFrom('users')
    .select(USER_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('user');
  return presentUser(row);
}

/** Creates a user; the password, when given, is stored as a scrypt hash. */
export async function createUser(
  db: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  input: z.output<typeof UserCreate>,
): Promise<UserView> {
  const taken = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', input.email)
    .executeTakeFirst();
  if (taken) {
    throw new ApiError('conflict', 'email: a user already has this email', [
      { field: 'email', message: 'a user already has this email' },
    ]);
  }
  const id = randomUUID();
  const now = deps.clock.now();
  await db
    .insertInto('users')
    .values({
      id,
      email: input.email,
      name: input.name,
      role: input.role,
      language: input.language,
      password_hash: input.password ? await hashPassword(input.password) : null,
      locked_until: null,
      disabled_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  const user = await getUser(db, id);
  await audit(db, {
    actorId: actor.user.id,
    action: 'user.created',
    entityType: 'user',
    entityId: id,
    after: user,
    requestId: actor.requestId,
    at: now,
  });
  return user;
}

/**
 * Changes a user's name, role, language, password or disabled flag. An admin may not demote
 * or disable themselves, so the last way in is never closed by accident. Disabling a user
 * ends their sessions; a new password clears a lock-out.
 */
export async function updateUser(
  db: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  id: string,
  input: z.output<typeof UserUpdate>,
): Promise<UserView> {
  const before = await getUser(db, id);
  if (id === actor.user.id) {
    if (input.role !== undefined && input.role !== before.role) {
      throw invalidField('role', 'you may not change your own role');
    }
    if (input.disabled === true) throw invalidField('disabled', 'you may not disable yourself');
  }
  const now = deps.clock.now();
  const changes: Partial<{
    name: string;
    role: UserView['role'];
    language: UserView['language'];
    disabled_at: string | null;
    password_hash: string;
    failed_logins: number;
    locked_until: string | null;
  }> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.role !== undefined) changes.role = input.role;
  if (input.language !== undefined) changes.language = input.language;
  if (input.disabled !== undefined && input.disabled !== before.disabled) {
    changes.disabled_at = input.disabled ? now.toISOString() : null;
  }
  if (input.password !== undefined) {
    changes.password_hash = await hashPassword(input.password);
    changes.failed_logins = 0;
    changes.locked_until = null;
  }
  if (Object.keys(changes).length > 0) {
    await db.updateTable('users').set(changes).where('id', '=', id).execute();
  }
  if (input.disabled === true || input.password !== undefined) {
    await db.deleteFrom('sessions').where('user_id', '=', id).execute();
  }
  const after = await getUser(db, id);
  await audit(db, {
    actorId: actor.user.id,
    action: 'user.updated',
    entityType: 'user',
    entityId: id,
    before,
    // The password itself never reaches the audit log; only that it changed.
    after: { ...after, ...(input.password !== undefined ? { passwordChanged: true } : {}) },
    requestId: actor.requestId,
    at: now,
  });
  return after;
}

/** The wire shape of an API token (never its secret). */
export function presentToken(
  row: Pick<
    ApiTokenTable,
    'id' | 'user_id' | 'name' | 'prefix' | 'created_at' | 'last_used_at' | 'revoked_at'
  >,
): z.infer<typeof TokenView> {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

const TOKEN_COLUMNS = [
  'id',
  'user_id',
  'name',
  'prefix',
  'created_at',
  'last_used_at',
  'revoked_at',
] as const;

/** Tokens an admin sees (everyone's, or one user's) or a user sees (their own), newest first. */
export async function listTokens(
  db: Kysely<Database>,
  actor: Actor,
  userId: string | undefined,
): Promise<z.infer<typeof TokenView>[]> {
  const isAdmin = hasRole(actor.user, 'admin');
  if (!isAdmin && userId !== undefined && userId !== actor.user.id) {
    throw forbidden("only an admin may list another user's tokens");
  }
  const owner = isAdmin ? userId : actor.user.id;
  let query = db.selectFrom('api_tokens').select(TOKEN_COLUMNS);
  if (owner !== undefined) query = query.where('user_id', '=', owner);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(presentToken);
}

/** Creates a token for a user (an admin for anyone, others for themselves); the secret is shown once. */
export async function createToken(
  db: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  input: { userId: string; name: string },
): Promise<z.infer<typeof TokenView> & { token: string }> {
  if (!hasRole(actor.user, 'admin') && input.userId !== actor.user.id) {
    throw forbidden('only an admin may create a token for another user');
  }
  const owner = await db
    .selectFrom('users')
    .select(['id', 'disabled_at'])
    .where('id', '=', input.userId)
    .executeTakeFirst();
  if (!owner) throw invalidField('userId', 'no such user');
  if (owner.disabled_at) throw invalidField('userId', 'the user is disabled');
  const now = deps.clock.now();
  const issued = await issueApiToken(db, input.userId, input.name, now);
  const row = await db
    .selectFrom('api_tokens')
    .select(TOKEN_COLUMNS)
    .where('id', '=', issued.id)
    .executeTakeFirstOrThrow();
  const view = presentToken(row);
  await audit(db, {
    actorId: actor.user.id,
    action: 'token.created',
    entityType: 'api_token',
    entityId: issued.id,
    after: view,
    requestId: actor.requestId,
    at: now,
  });
  return { ...view, token: issued.token };
}

/** Revokes a token (an admin any, others their own); revoking twice answers the same. */
export async function revokeToken(
  db: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof TokenView>> {
  const row = await db
    .selectFrom('api_tokens')
    .select(TOKEN_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  // Another user's token is "not found" for a non-admin: its existence is not theirs to know.
  if (!row || (!hasRole(actor.user, 'admin') && row.user_id !== actor.user.id)) {
    throw notFound('token');
  }
  if (row.revoked_at) return presentToken(row);
  const now = deps.clock.now();
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
  const after = presentToken({ ...row, revoked_at: now.toISOString() });
  await audit(db, {
    actorId: actor.user.id,
    action: 'token.revoked',
    entityType: 'api_token',
    entityId: id,
    before: presentToken(row),
    after,
    requestId: actor.requestId,
    at: now,
  });
  return after;
}
