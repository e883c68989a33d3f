import { Router } from 'express';
import { todayIn } from '@relance/shared';
import type { AppDeps } from '../deps.ts';
import { ApiError } from '../http/errors.ts';
import { DEMO_USERS } from './demo-users.ts';
import { demoEmails } from './emails.ts';

/**
 * `GET /preview/emails.json`: the sample emails the client previews show, in demo mode only.
 * They are built for the day the demo ledger was loaded (the demo admin's creation date), so
 * that their invoice numbers and amounts match the ledger in the database.
 */
export function previewDataRouter(deps: AppDeps): Router {
  const router = Router();
  router.get('/preview/emails.json', async (_req, res) => {
    if (!deps.config.demo) throw new ApiError('not_found', 'preview data exists only in demo mode');
    res.set('Cache-Control', 'no-store').json(demoEmails(await demoLedgerDay(deps)));
  });
  return router;
}

/** The day the demo ledger was loaded (the demo admin's creation date), or today without one. */
export async function demoLedgerDay(deps: AppDeps): Promise<string> {
  const admin = await deps.storage.db
    .selectFrom('users')
    .select('created_at')
    .where('id', '=', DEMO_USERS.admin.id)
    .executeTakeFirst();
  return admin ? admin.created_at.slice(0, 10) : todayIn(deps.config.timeZone, deps.clock.now());
}
