import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Role } from '@relance/shared';
import type { AppDeps } from '../deps.ts';
import type { Storage } from '../db/connect.ts';
import { MarkedCache, requestMark } from '../db/marked-cache.ts';
import { ApiError } from '../http/errors.ts';
import { hashSecret, looksLikeApiToken } from './tokens.ts';

/** The user a request acts for, and how it proved it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: 'fr' | 'en';
  via: 'api_token' | 'microsoft' | 'session' | 'google';
  /** Session-authenticated writes must carry this CSRF token. */
  csrfToken?: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: AuthUser;
  }
}

/**
 * One way of proving who the caller is. Returns the user, null when the request does not
 * use this way at all, or throws an ApiError when it does and the proof is bad.
 */
export type Authenticator = (req: Request, deps: AppDeps) => Promise<AuthUser | null>;

// Every API call looks its token up; the rows found are kept while the database is unchanged
// (a revocation, a disabled user, a token used again after a minute are all writes), one set
// per storage, so that tests' apps never share them.
const TOKENS_KEPT = 1_000;
const tokenRows = new WeakMap<Storage, MarkedCache<TokenRow>>();

type TokenRow = NonNullable<Awaited<ReturnType<typeof findToken>>>;

function findToken(deps: AppDeps, tokenHash: string) {
  return deps.storage.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as tokenId',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.language',
      'users.disabled_at',
      'api_tokens.revoked_at',
      'api_tokens.last_used_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Reads `Authorization: Bearer rl_…` and finds the token's live user. */
export const apiTokenAuthenticator: Authenticator = async (req, deps) => {
  const bearer = bearerOf(req);
  if (!bearer || !looksLikeApiToken(bearer)) return null;
  const tokenHash = hashSecret(bearer);
  const mark = await requestMark(req, deps.storage);
  let kept = tokenRows.get(deps.storage);
  if (!kept) {
    kept = new MarkedCache<TokenRow>(TOKENS_KEPT);
    tokenRows.set(deps.storage, kept);
  }
  let row = kept.get(tokenHash, mark);
  if (!row) {
    row = await findToken(deps, tokenHash);
    // Unknown tokens are not kept: guesses must not crowd out the tokens in use.
    if (row) kept.set(tokenHash, mark, row);
  }
  if (!row || row.revoked_at || row.disabled_at) {
    throw new ApiError(
      'unauthenticated',
      'the API token is unknown, revoked, or its user is disabled',
    );
  }
  await touchToken(deps, row.tokenId, row.last_used_at);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    via: 'api_token',
  };
};

// last_used_at is written at most once a minute per token, so reads stay reads.
async function touchToken(
  deps: AppDeps,
  tokenId: string,
  lastUsedAt: string | null,
): Promise<void> {
  const now = deps.clock.now();
  if (lastUsedAt && now.getTime() - Date.parse(lastUsedAt) < 60_000) return;
  await deps.storage.db
    .updateTable('api_tokens')
    .set({ last_used_at: now.toISOString() })
    .where('id', '=', tokenId)
    .execute();
}

/** The bearer credential of a request, if any. */
export function bearerOf(req: Request): string | null {
  const header = req.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** Tries each authenticator in turn; no proof at all is a 401. */
export function authenticate(deps: AppDeps, authenticators: Authenticator[]): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    void (async () => {
      for (const attempt of authenticators) {
        const user = await attempt(req, deps);
        if (user) {
          req.user = user;
          return;
        }
      }
      throw new ApiError(
        'unauthenticated',
        'send a bearer API token (Authorization: Bearer rl_…) or sign in',
      );
    })().then(() => next(), next);
  };
}

const RANK: Record<Role, number> = { collector: 0, manager: 1, admin: 2 };

/** The authenticated user of a request; routes behind `authenticate` always have one. */
export function currentUser(req: Request): AuthUser {
  if (!req.user) throw new ApiError('unauthenticated', 'authentication required');
  return req.user;
}

/** True when the user's role is at least `role`. */
export function hasRole(user: AuthUser, role: Role): boolean {
  return RANK[user.role] >= RANK[role];
}

/** Middleware that lets through only users of at least `role`. */
export function requireRole(role: Role): RequestHandler {
  return (req, _res, next) => {
    const user = currentUser(req);
    if (!hasRole(user, role)) {
      next(new ApiError('forbidden', `this needs the ${role} role; you are ${user.role}`));
      return;
    }
    next();
  };
}
