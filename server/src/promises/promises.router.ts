import { Router } from 'express';
import { PaymentPromiseCancel, PaymentPromiseCreate, PaymentPromiseQuery } from '@relance/shared';
import type { PaymentPromiseView } from '@relance/shared';
import { requireRole } from '../auth/authenticate.ts';
import { actorOf, idParam } from '../customers/customers.router.ts';
import type { AppDeps } from '../deps.ts';
import { listFormat, parseListQuery, sendCsv } from '../http/csv.ts';
import type { CsvColumn } from '../http/csv.ts';
import { commitWrite } from '../http/idempotency.ts';
import { parseBody } from '../http/validate.ts';
import {
  cancelPaymentPromise,
  createPaymentPromise,
  followUpPaymentPromise,
  getPaymentPromise,
  listPaymentPromises,
} from './promises.service.ts';

const PROMISE_COLUMNS: CsvColumn<PaymentPromiseView>[] = [
  { header: 'id', value: (p) => p.id },
  { header: 'customer', value: (p) => p.customerName },
  { header: 'currency', value: (p) => p.currency },
  { header: 'amount_minor', value: (p) => p.amount },
  { header: 'promised_date', value: (p) => p.promisedDate },
  { header: 'grace_ends_on', value: (p) => p.graceEndsOn },
  { header: 'status', value: (p) => p.status },
  { header: 'paid_minor', value: (p) => p.paidAmount },
  { header: 'invoices', value: (p) => p.invoiceNumbers.join(' ') },
  { header: 'logged_by', value: (p) => p.loggedBy.name },
  { header: 'created_at', value: (p) => p.createdAt },
];

/** Routes of /api/v1 for payment promises. */
export function promisesRouter(deps: AppDeps): Router {
  const router = Router();
  const db = deps.storage.db;

  router.post('/promises', async (req, res) => {
    const input = parseBody(PaymentPromiseCreate, req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 201,
      body: await createPaymentPromise(trx, deps, actorOf(req), input),
    }));
  });

  router.get('/promises', async (req, res) => {
    const format = listFormat(req);
    const page = await listPaymentPromises(db, parseListQuery(PaymentPromiseQuery, req));
    if (format === 'csv') {
      if (page.nextCursor) res.set('X-Next-Cursor', page.nextCursor);
      sendCsv(res, 'promises.csv', PROMISE_COLUMNS, page.items);
      return;
    }
    res.json(page);
  });

  router.get('/promises/:id', async (req, res) => {
    res.json(await getPaymentPromise(db, req.params.id));
  });

  router.post('/promises/:id/cancel', requireRole('manager'), async (req, res) => {
    const { reason } = parseBody(PaymentPromiseCancel, req);
    const promiseId = idParam(req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await cancelPaymentPromise(trx, deps, actorOf(req), promiseId, reason),
    }));
  });

  // A collector says they chased a broken promise; it leaves their worklist.
  router.post('/promises/:id/follow-up', async (req, res) => {
    parseBody(PaymentPromiseCancel.pick({}), req);
    const promiseId = req.params.id;
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await followUpPaymentPromise(trx, deps, actorOf(req), promiseId),
    }));
  });

  return router;
}
