import { Router } from 'express';
import type { Request, Response } from 'express';
import { ContextRequest, todayIn } from '@relance/shared';
import { currentUser } from '../auth/authenticate.ts';
import type { AppDeps } from '../deps.ts';
import { parseBody } from '../http/validate.ts';
import { fromZodError } from '../http/errors.ts';
import { hash } from 'node:crypto';
import { MarkedCache, requestMark } from '../db/marked-cache.ts';
import { buildContext } from './context.service.ts';
import type { ParsedContextRequest } from './context.service.ts';

/** Routes of /api/v1 for context: what the pane shows beside one email. */
export function contextRouter(deps: AppDeps): Router {
  const router = Router();
  // A pinned pane asks again for the sender it showed a moment ago, and the Gmail add-on on
  // each card it renders. A context is the same for every caller and depends only on the
  // database and the day: its JSON is kept while nothing is written (marked-cache.ts).
  const cache = new MarkedCache<string>(deps.config.contextCacheEntries);
  const answer = async (req: Request, res: Response, request: ParsedContextRequest) => {
    const asOf = todayIn(deps.config.timeZone, deps.clock.now());
    const mark = await requestMark(req, deps.storage);
    // Digests keep a long recipient list from making a long key; the one-shot `hash` makes no
    // Hash object for the collector to trace.
    const key = hash('sha256', `${asOf}\n${JSON.stringify(request)}`, 'base64');
    let json = cache.get(key, mark);
    if (json === undefined) {
      json = JSON.stringify(await buildContext(deps, currentUser(req), request, asOf, mark));
      cache.set(key, mark, json);
    }
    // Written as it is: `send` would digest every answer into an ETag that no-store makes moot.
    res.type('json').setHeader('Content-Length', Buffer.byteLength(json));
    res.end(json);
  };

  /** The context of an email named in the query string (`to` and `cc` repeat or use commas). */
  router.get('/context', async (req, res) => {
    await answer(req, res, parseContextQuery(req));
  });

  /** The same as GET with the email as JSON, for bodies and long recipient lists. */
  router.post('/context', async (req, res) => {
    await answer(req, res, parseBody(ContextRequest, req));
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
