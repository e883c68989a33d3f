import { Router } from 'express';
import { SettingsUpdate } from '@relance/shared';
import type { Settings } from '@relance/shared';
import { audit } from '../audit.ts';
import { requireRole } from '../auth/authenticate.ts';
import { actorOf } from '../customers/customers.router.ts';
import type { AppDeps } from '../deps.ts';
import { commitWrite } from '../http/idempotency.ts';
import { parseBody } from '../http/validate.ts';
import { getSettings, putSettings } from './settings.service.ts';

// Domains and addresses are compared lower-case everywhere; store them so.
function normalized(changes: Partial<Settings>): Partial<Settings> {
  const clean = (list: string[] | undefined) =>
    list === undefined
      ? undefined
      : [...new Set(list.map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0))];
  const out: Partial<Settings> = { ...changes };
  const own = clean(changes.ownDomains);
  const free = clean(changes.freeMailDomains);
  const never = clean(changes.neverLog);
  if (own) out.ownDomains = own;
  if (free) out.freeMailDomains = free;
  if (never) out.neverLog = never;
  return out;
}

/** Routes of /api/v1 for the organisation's settings (admins). */
export function settingsRouter(deps: AppDeps): Router {
  const router = Router();

  router.get('/settings', requireRole('admin'), async (_req, res) => {
    res.json(await getSettings(deps.storage.db));
  });

  router.patch('/settings', requireRole('admin'), async (req, res) => {
    const changes = normalized(parseBody(SettingsUpdate, req));
    await commitWrite(deps, req, res, async (trx) => {
      const before = await getSettings(trx);
      await putSettings(trx, changes);
      const after = await getSettings(trx);
      await audit(trx, {
        actorId: actorOf(req).id,
        action: 'settings.update',
        entityType: 'settings',
        entityId: 'settings',
        before,
        after,
        requestId: actorOf(req).requestId,
        at: deps.clock.now(),
      });
      return { status: 200, body: after };
    });
  });

  return router;
}
