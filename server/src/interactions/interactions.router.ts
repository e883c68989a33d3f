import { Router } from 'express';
import { InteractionCreate, InteractionQuery } from '@relance/shared';
import type { InteractionView } from '@relance/shared';
import { actorOf } from '../customers/customers.router.ts';
import type { AppDeps } from '../deps.ts';
import { listFormat, parseListQuery, sendCsv } from '../http/csv.ts';
import type { CsvColumn } from '../http/csv.ts';
import { commitWrite } from '../http/idempotency.ts';
import { parseBody } from '../http/validate.ts';
import { getInteraction, listInteractions, logInteraction } from './interactions.service.ts';

const INTERACTION_COLUMNS: CsvColumn<InteractionView>[] = [
  { header: 'id', value: (i) => i.id },
  { header: 'customer', value: (i) => i.customerName },
  { header: 'direction', value: (i) => i.direction },
  { header: 'from', value: (i) => i.from },
  { header: 'to', value: (i) => i.to.join(' ') },
  { header: 'subject', value: (i) => i.subject },
  { header: 'sent_at', value: (i) => i.sentAt },
  { header: 'client', value: (i) => i.client },
  { header: 'logged_by', value: (i) => i.loggedBy.name },
  { header: 'logged_at', value: (i) => i.loggedAt },
];

/** Routes of /api/v1 for logged emails. */
export function interactionsRouter(deps: AppDeps): Router {
  const router = Router();
  const db = deps.storage.db;

  // 201 for a new record, 200 with the first record when the email was logged already.
  router.post('/interactions', async (req, res) => {
    const input = parseBody(InteractionCreate, req);
    await commitWrite(deps, req, res, async (trx) => {
      const { interaction, created } = await logInteraction(trx, deps, actorOf(req), input);
      return { status: created ? 201 : 200, body: interaction };
    });
  });

  router.get('/interactions', async (req, res) => {
    const format = listFormat(req);
    const page = await listInteractions(db, deps, parseListQuery(InteractionQuery, req));
    if (format === 'csv') {
      if (page.nextCursor) res.set('X-Next-Cursor', page.nextCursor);
      sendCsv(res, 'interactions.csv', INTERACTION_COLUMNS, page.items);
      return;
    }
    res.json(page);
  });

  router.get('/interactions/:id', async (req, res) => {
    res.json(await getInteraction(db, req.params.id));
  });

  return router;
}
