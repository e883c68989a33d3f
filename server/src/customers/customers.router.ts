import { Router } from 'express';
import type { Request } from 'express';
import {
  ContactLink,
  CustomerBulkUpsert,
  CustomerSearchQuery,
  CustomerUpdate,
} from '@relance/shared';
import { currentUser, requireRole } from '../auth/authenticate.ts';
import type { AppDeps } from '../deps.ts';
import { listFormat, parseListQuery, sendCsv } from '../http/csv.ts';
import { commitWrite } from '../http/idempotency.ts';
import { parseBody } from '../http/validate.ts';
import { todayOf } from '../ledger/ledger-time.ts';
import {
  customerSummary,
  linkContact,
  listContacts,
  searchCustomers,
  unlinkContact,
  updateCustomer,
  upsertCustomers,
} from './customers.service.ts';
import type { Actor } from './customers.service.ts';

/** The acting user of a request, with its request id for the audit log. */
export function actorOf(req: Request): Actor {
  const user = currentUser(req);
  return {
    id: user.id,
    role: user.role,
    requestId: typeof req.id === 'string' ? req.id : undefined,
  };
}

/** The `:id` of a route; Express types lose it behind a middleware such as requireRole. */
export function idParam(req: Request): string {
  const id: unknown = req.params.id;
  return typeof id === 'string' ? id : '';
}

/** Routes of /api/v1 for customers and their contacts. */
export function customersRouter(deps: AppDeps): Router {
  const router = Router();
  const db = deps.storage.db;

  // Searches by name, external reference, contact address or domain.
  router.get('/customers', async (req, res) => {
    const format = listFormat(req);
    const query = parseListQuery(CustomerSearchQuery, req);
    const items = await searchCustomers(db, query);
    if (format === 'csv') {
      sendCsv(
        res,
        'customers.csv',
        [
          { header: 'id', value: (c) => c.id },
          { header: 'external_ref', value: (c) => c.externalRef },
          { header: 'name', value: (c) => c.name },
          { header: 'segment', value: (c) => c.segment },
        ],
        items,
      );
      return;
    }
    res.json({ items });
  });

  router.post('/customers/bulk', requireRole('admin'), async (req, res) => {
    const input = parseBody(CustomerBulkUpsert, req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await upsertCustomers(trx, deps, actorOf(req), input),
    }));
  });

  router.get('/customers/:id', async (req, res) => {
    res.json(await customerSummary(db, deps, req.params.id, todayOf(deps)));
  });

  router.patch('/customers/:id', requireRole('manager'), async (req, res) => {
    const input = parseBody(CustomerUpdate, req);
    const customerId = idParam(req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await updateCustomer(trx, deps, actorOf(req), customerId, input, todayOf(deps)),
    }));
  });

  router.get('/customers/:id/contacts', async (req, res) => {
    const format = listFormat(req);
    const items = await listContacts(db, req.params.id);
    if (format === 'csv') {
      sendCsv(
        res,
        'contacts.csv',
        [
          { header: 'id', value: (c) => c.id },
          { header: 'customer_id', value: (c) => c.customerId },
          { header: 'email', value: (c) => c.email },
          { header: 'name', value: (c) => c.name },
          { header: 'created_at', value: (c) => c.createdAt },
        ],
        items,
      );
      return;
    }
    res.json({ items });
  });

  // The matching chain's manual step: a person ties an address to a customer.
  router.post('/contacts', async (req, res) => {
    const input = parseBody(ContactLink, req);
    await commitWrite(deps, req, res, async (trx) => {
      const { contact, customer, created } = await linkContact(trx, deps, actorOf(req), input);
      return { status: created ? 201 : 200, body: { contact, customer } };
    });
  });

  router.delete('/contacts/:id', requireRole('manager'), async (req, res) => {
    const contactId = idParam(req);
    await commitWrite(deps, req, res, async (trx) => ({
      status: 200,
      body: await unlinkContact(trx, deps, actorOf(req), contactId),
    }));
  });

  return router;
}
