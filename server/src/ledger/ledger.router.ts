import { Router } from 'express';
import { InvoiceBulkUpsert, InvoiceListQuery, PaymentBulkUpsert } from '@relance/shared';
import type { InvoiceView, PaymentView } from '@relance/shared';
import { requireRole } from '../auth/authenticate.ts';
import { actorOf } from '../customers/customers.router.ts';
import type { AppDeps } from '../deps.ts';
import { recomputeSegments } from '../jobs/segments.ts';
import { listFormat, parseListQuery, sendCsv } from '../http/csv.ts';
import type { CsvColumn } from '../http/csv.ts';
import { commitWrite } from '../http/idempotency.ts';
import { parseBody } from '../http/validate.ts';
import { todayOf } from './ledger-time.ts';
import {
  getInvoice,
  listInvoices,
  listPayments,
  upsertInvoices,
  upsertPayments,
} from './ledger.service.ts';

const INVOICE_COLUMNS: CsvColumn<InvoiceView>[] = [
  { header: 'number', value: (i) => i.number },
  { header: 'external_ref', value: (i) => i.externalRef },
  { header: 'issue_date', value: (i) => i.issueDate },
  { header: 'due_date', value: (i) => i.dueDate },
  { header: 'currency', value: (i) => i.currency },
  { header: 'amount_minor', value: (i) => i.amount },
  { header: 'open_amount_minor', value: (i) => i.openAmount },
  { header: 'status', value: (i) => i.status },
  { header: 'paid_date', value: (i) => i.paidDate },
  { header: 'days_overdue', value: (i) => i.daysOverdue },
  { header: 'bucket', value: (i) => i.bucket },
  { header: 'disputed', value: (i) => i.disputed },
  { header: 'promised', value: (i) => i.promised },
];

const PAYMENT_COLUMNS: CsvColumn<PaymentView>[] = [
  { header: 'external_ref', value: (p) => p.externalRef },
  { header: 'date', value: (p) => p.date },
  { header: 'currency', value: (p) => p.currency },
  { header: 'amount_minor', value: (p) => p.amount },
  { header: 'unapplied_minor', value: (p) => p.unappliedAmount },
  { header: 'invoices', value: (p) => p.applications.map((a) => a.invoiceNumber).join(' ') },
];

/** Routes of /api/v1 for invoices and payments. */
export function ledgerRouter(deps: AppDeps): Router {
  const router = Router();
  const db = deps.storage.db;

  router.get('/customers/:id/invoices', async (req, res) => {
    const format = listFormat(req);
    const { status } = parseListQuery(InvoiceListQuery, req);
    const items = await listInvoices(db, req.params.id, status, todayOf(deps));
    if (format === 'csv') sendCsv(res, 'invoices.csv', INVOICE_COLUMNS, items);
    else res.json({ items });
  });

  router.get('/invoices/:id', async (req, res) => {
    res.json(await getInvoice(db, req.params.id, todayOf(deps)));
  });

  // The ERP feed: idempotent upserts by external reference.
  router.post('/invoices/bulk', requireRole('admin'), async (req, res) => {
    const input = parseBody(InvoiceBulkUpsert, req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await upsertInvoices(trx, deps, actorOf(req), input),
    }));
  });

  router.get('/customers/:id/payments', async (req, res) => {
    const format = listFormat(req);
    parseListQuery(InvoiceListQuery.pick({}), req);
    const items = await listPayments(db, req.params.id);
    if (format === 'csv') sendCsv(res, 'payments.csv', PAYMENT_COLUMNS, items);
    else res.json({ items });
  });

  router.post('/payments/bulk', requireRole('admin'), async (req, res) => {
    const input = parseBody(PaymentBulkUpsert, req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await upsertPayments(trx, deps, actorOf(req), input),
    }));
    // Segments follow payment behaviour: recompute the customers this import touched, after
    // the answer so the ERP feed does not wait on it.
    const refs = [...new Set(input.payments.map((p) => p.customerExternalRef))];
    void segmentsAfterImport(deps, refs);
  });

  return router;
}

async function segmentsAfterImport(deps: AppDeps, customerRefs: string[]): Promise<void> {
  try {
    const rows = await deps.storage.db
      .selectFrom('customers')
      .select('id')
      .where('external_ref', 'in', customerRefs)
      .execute();
    await recomputeSegments(
      deps,
      undefined,
      rows.map((r) => r.id),
    );
  } catch (err) {
    deps.logger.error({ category: 'jobs', err: String(err) }, 'segments after import failed');
  }
}
