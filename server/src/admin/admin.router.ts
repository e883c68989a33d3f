import { Router } from 'express';
import type { Request } from 'express';
import { z } from 'zod';
import { TokenCreate, UserCreate, UserUpdate } from '@relance/shared';
import type { MeResponse } from '@relance/shared';
import { currentUser, requireRole } from '../auth/authenticate.ts';
import type { AppDeps } from '../deps.ts';
import { listFormat, parseListQuery, sendCsv } from '../http/csv.ts';
import { commitWrite } from '../http/idempotency.ts';
import { parseBody } from '../http/validate.ts';
import { clientSettings, getSettings } from '../settings/settings.service.ts';
import { getUser } from './admin.service.ts';
import {
  createToken,
  createUser,
  listTokens,
  listUsers,
  revokeToken,
  updateUser,
} from './admin.service.ts';
import type { Actor } from './admin.service.ts';

const UsersQuery = z.object({}).strict();
const TokensQuery = z.object({ userId: z.string().min(1).max(64).optional() }).strict();

function actorOf(req: Request): Actor {
  return { user: currentUser(req), requestId: typeof req.id === 'string' ? req.id : undefined };
}

function idParam(req: Request): string {
  return String(req.params.id ?? '');
}

/** Routes of /api/v1 for the signed-in user, users and API tokens. */
export function adminRouter(deps: AppDeps): Router {
  const router = Router();
  const db = deps.storage.db;

  router.get('/me', async (req, res) => {
    const user = await getUser(db, currentUser(req).id);
    const body: MeResponse = { user, settings: clientSettings(await getSettings(db)) };
    res.json(body);
  });

  router.get('/users', requireRole('admin'), async (req, res) => {
    const format = listFormat(req);
    parseListQuery(UsersQuery, req);
    const users = await listUsers(db);
    if (format === 'csv') {
      sendCsv(
        res,
        'users.csv',
        [
          { header: 'id', value: (u) => u.id },
          { header: 'email', value: (u) => u.email },
          { header: 'name', value: (u) => u.name },
          { header: 'role', value: (u) => u.role },
          { header: 'language', value: (u) => u.language },
          { header: 'created_at', value: (u) => u.createdAt },
          { header: 'disabled', value: (u) => u.disabled },
        ],
        users,
      );
      return;
    }
    res.json({ items: users });
  });

  router.post('/users', requireRole('admin'), async (req, res) => {
    const input = parseBody(UserCreate, req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 201,
      body: await createUser(trx, deps, actorOf(req), input),
    }));
  });

  router.patch('/users/:id', requireRole('admin'), async (req, res) => {
    const input = parseBody(UserUpdate, req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await updateUser(trx, deps, actorOf(req), idParam(req), input),
    }));
  });

  router.get('/tokens', async (req, res) => {
    const format = listFormat(req);
    const query = parseListQuery(TokensQuery, req);
    const tokens = await listTokens(db, actorOf(req), query.userId);
    if (format === 'csv') {
      sendCsv(
        res,
        'tokens.csv',
        [
          { header: 'id', value: (t) => t.id },
          { header: 'user_id', value: (t) => t.userId },
          { header: 'name', value: (t) => t.name },
          { header: 'prefix', value: (t) => t.prefix },
          { header: 'created_at', value: (t) => t.createdAt },
          { header: 'last_used_at', value: (t) => t.lastUsedAt },
          { header: 'revoked_at', value: (t) => t.revokedAt },
        ],
        tokens,
      );
      return;
    }
    res.json({ items: tokens });
  });

  router.post('/tokens', async (req, res) => {
    const input = parseBody(TokenCreate, req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 201,
      body: await createToken(trx, deps, actorOf(req), input),
    }));
  });

  router.delete('/tokens/:id', async (req, res) => {
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await revokeToken(trx, deps, actorOf(req), idParam(req)),
    }));
  });

  return router;
}
