import { Router } from 'express';
import { DisputeCreate, DisputeQuery, DisputeUpdate } from '@relance/shared';
import type { DisputeView } from '@relance/shared';
import { actorOf } from '../customers/customers.router.ts';
import type { AppDeps } from '../deps.ts';
import { listFormat, parseListQuery, sendCsv } from '../http/csv.ts';
import type { CsvColumn } from '../http/csv.ts';
import { commitWrite } from '../http/idempotency.ts';
import { parseBody } from '../http/validate.ts';
import { createDispute, getDispute, listDisputes, updateDispute } from './disputes.service.ts';

const DISPUTE_COLUMNS: CsvColumn<DisputeView>[] = [
  { header: 'id', value: (d) => d.id },
  { header: 'customer', value: (d) => d.customerName },
  { header: 'category', value: (d) => d.category },
  { header: 'status', value: (d) => d.status },
  { header: 'owner', value: (d) => d.owner?.name ?? null },
  { header: 'opened_by', value: (d) => d.openedBy.name },
  { header: 'created_at', value: (d) => d.createdAt },
  { header: 'age_days', value: (d) => d.ageDays },
  { header: 'invoices', value: (d) => d.invoiceNumbers.join(' ') },
  { header: 'amount', value: (d) => d.amount.map((a) => `${a.amount} ${a.currency}`).join(' ') },
  { header: 'resolution', value: (d) => d.resolution },
];

/** Routes of /api/v1 for disputes. */
export function disputesRouter(deps: AppDeps): Router {
  const router = Router();
  const db = deps.storage.db;

  router.post('/disputes', async (req, res) => {
    const input = parseBody(DisputeCreate, req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 201,
      body: await createDispute(trx, deps, actorOf(req), input),
    }));
  });

  router.get('/disputes', async (req, res) => {
    const format = listFormat(req);
    const page = await listDisputes(db, deps, parseListQuery(DisputeQuery, req));
    if (format === 'csv') {
      if (page.nextCursor) res.set('X-Next-Cursor', page.nextCursor);
      sendCsv(res, 'disputes.csv', DISPUTE_COLUMNS, page.items);
      return;
    }
    res.json(page);
  });

  router.get('/disputes/:id', async (req, res) => {
    res.json(await getDispute(db, deps, req.params.id));
  });

  router.patch('/disputes/:id', async (req, res) => {
    const input = parseBody(DisputeUpdate, req);
    const disputeId = req.params.id;
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await updateDispute(trx, deps, actorOf(req), disputeId, input),
    }));
  });

  return router;
}
