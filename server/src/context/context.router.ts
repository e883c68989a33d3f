import { Router } from 'express';
import type { Request } from 'express';
import { ContextRequest } from '@relance/shared';
import { currentUser } from '../auth/authenticate.ts';
import type { AppDeps } from '../deps.ts';
import { parseBody } from '../http/validate.ts';
import { fromZodError } from '../http/errors.ts';
import { buildContext } from './context.service.ts';

/** Routes of /api/v1 for context: what the pane shows beside one email. */
export function contextRouter(deps: AppDeps): Router {
  const router = Router();

  /** The context of an email named in the query string (`to` and `cc` repeat or use commas). */
  router.get('/context', async (req, res) => {
    const request = parseContextQuery(req);
    res.json(await buildContext(deps, currentUser(req), request));
  });

  /** The same as GET with the email as JSON, for bodies and long recipient lists. */
  router.post('/context', async (req, res) => {
    const request = parseBody(ContextRequest, req);
    res.json(await buildContext(deps, currentUser(req), request));
  });

  return router;
}

function parseContextQuery(req: Request) {
  const query: Record<string, unknown> = { ...(req.query as Record<string, unknown>) };
  for (const list of ['to', 'cc']) {
    const value = query[list];
    if (value === undefined) continue;
    const parts = Array.isArray(value) ? value.map(String) : [String(value)];
    query[list] = parts
      .flatMap((p) => p.split(','))
      .map((p) => p.trim())
      .filter(Boolean);
  }
  const result = ContextRequest.safeParse(query);
  if (!result.success) throw fromZodError(result.error, 'query');
  return result.data;
}
