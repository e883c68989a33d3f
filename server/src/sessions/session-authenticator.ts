import type { Request } from 'express';
import type { Authenticator } from '../auth/authenticate.ts';
import { ApiError } from '../http/errors.ts';
import { csrfMatches, sessionSecretOf } from './session-cookie.ts';
import { findSession } from './sessions.service.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when a request may change state and so must carry the session's CSRF token. */
export function needsCsrf(req: Request): boolean {
  return !SAFE_METHODS.has(req.method);
}

/**
 * Authenticates the dashboard's session cookie. An unknown or expired session is a 401; a
 * write without the session's `X-CSRF-Token` header is a 403.
 */
export const sessionAuthenticator: Authenticator = async (req, deps) => {
  const secret = sessionSecretOf(req);
  if (!secret) return null;
  const session = await findSession(deps.storage.db, secret, deps.clock.now());
  if (!session) {
    throw new ApiError('unauthenticated', 'the session has expired or ended; sign in again');
  }
  if (needsCsrf(req) && !csrfMatches(req.get('x-csrf-token'), session.csrfToken)) {
    throw new ApiError('forbidden', 'this write needs the X-CSRF-Token header of the session');
  }
  return {
    id: session.user.id,
    email: session.user.email,
    name: session.user.name,
    role: session.user.role,
    language: session.user.language,
    via: 'session',
    csrfToken: session.csrfToken,
  };
};
