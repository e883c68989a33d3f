import { Router } from 'express';
import { z } from 'zod';
import { CalendarDate } from '@relance/shared';
import { currentUser } from '../auth/authenticate.ts';
import type { AppDeps } from '../deps.ts';
import { parseQuery } from '../http/validate.ts';
import { buildWorklist } from './worklist.service.ts';

const WorklistQuery = z
  .object({ collectorId: z.string().min(1).max(64).optional(), asOf: CalendarDate.optional() })
  .strict();

/** Routes of /api/v1 for the worklist: the calling collector's day. */
export function worklistRouter(deps: AppDeps): Router {
  const router = Router();

  /** The caller's worklist; managers may look at a collector's with `?collectorId=`. */
  router.get('/worklist', async (req, res) => {
    const query = parseQuery(WorklistQuery, req);
    const options = {
      ...(query.collectorId === undefined ? {} : { collectorId: query.collectorId }),
      ...(query.asOf === undefined ? {} : { asOf: query.asOf }),
    };
    res.json(await buildWorklist(deps, currentUser(req), options));
  });

  return router;
}
