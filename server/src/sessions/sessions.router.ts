import express, { Router } from 'express';
import { LoginRequest } from '@relance/shared';
import type { SessionView } from '@relance/shared';
import type { AppDeps } from '../deps.ts';
import { ApiError } from '../http/errors.ts';
import { parseBody } from '../http/validate.ts';
import { clientSettings, getSettings } from '../settings/settings.service.ts';
import {
  clearSessionCookie,
  csrfMatches,
  sessionSecretOf,
  setSessionCookie,
} from './session-cookie.ts';
import { findSession, signIn, signOut } from './sessions.service.ts';

/** The dashboard's sign-in routes at the site root: POST /auth/login, POST /auth/logout, GET /auth/session. */
export function sessionsRouter(deps: AppDeps): Router {
  const router = Router();
  router.use('/auth', express.json({ limit: '16kb' }), (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.post('/auth/login', async (req, res) => {
    const input = parseBody(LoginRequest, req);
    const requestId = typeof req.id === 'string' ? req.id : undefined;
    const { secret, view } = await signIn(deps, input.email, input.password, requestId);
    setSessionCookie(req, res, secret, view.expiresAt);
    deps.logger.info({ userId: view.user.id }, 'dashboard sign-in');
    res.status(200).json(view);
  });

  router.post('/auth/logout', async (req, res) => {
    const secret = sessionSecretOf(req);
    const session = secret ? await findSession(deps.storage.db, secret, deps.clock.now()) : null;
    if (session) {
      if (!csrfMatches(req.get('x-csrf-token'), session.csrfToken)) {
        throw new ApiError('forbidden', 'sign-out needs the X-CSRF-Token header of the session');
      }
      await signOut(deps.storage.db, session.id);
    }
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  router.get('/auth/session', async (req, res) => {
    const secret = sessionSecretOf(req);
    const session = secret ? await findSession(deps.storage.db, secret, deps.clock.now()) : null;
    if (!session) throw new ApiError('unauthenticated', 'not signed in');
    const view: SessionView = {
      user: session.user,
      settings: clientSettings(await getSettings(deps.storage.db)),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
    res.json(view);
  });

  return router;
}
