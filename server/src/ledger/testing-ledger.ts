import { expect } from 'vitest';
import type { Clock } from '../deps.ts';
import type { TestServer } from '../testing-server.ts';

// Test support for the ledger suites: a movable clock and a small ledger loaded through the
// ERP routes. Not imported by production code.

/** A clock tests move by hand. */
export interface ManualClock extends Clock {
  set(instant: string): void;
}

/** A clock standing at `instant` until set elsewhere. */
export function manualClock(instant: string): ManualClock {
  let current = new Date(instant);
  return {
    now: () => new Date(current.getTime()),
    set: (next) => {
      current = new Date(next);
    },
  };
}

/** Ids of the small ledger `loadLedger` writes. */
export interface SmallLedger {
  acme: string;
  bolt: string;
  invoices: Record<string, string>;
}

/**
 * Loads two customers (ACME in EUR with contacts and a domain, Bolt in GBP) and invoices:
 * F-001 overdue 45 days, F-002 not due, F-003 overdue 100 days, B-001 of Bolt; as the admin.
 */
export async function loadLedger(server: TestServer): Promise<SmallLedger> {
  const admin = server.users.admin;
  const customers = await server.call(admin, 'POST', '/api/v1/customers/bulk', {
    customers: [
      {
        externalRef: 'C-ACME',
        name: 'Acme Industries',
        currency: 'EUR',
        domains: ['acme.fr'],
        contacts: [{ email: 'compta@acme.fr', name: 'Compta' }],
      },
      { externalRef: 'C-BOLT', name: 'Bolt Ltd', currency: 'GBP', language: 'en' },
    ],
  });
  expect(customers.status).toBe(200);
  const invoices = await server.call(admin, 'POST', '/api/v1/invoices/bulk', {
    invoices: [
      invoice('F-001', 'C-ACME', '2025-04-01', '2025-05-01', 100_000),
      invoice('F-002', 'C-ACME', '2025-06-01', '2025-07-01', 50_000),
      invoice('F-003', 'C-ACME', '2025-02-01', '2025-03-07', 20_000),
      { ...invoice('B-001', 'C-BOLT', '2025-05-01', '2025-05-31', 30_000), currency: 'GBP' },
    ],
  });
  expect(invoices.status).toBe(200);
  const search = await server.call(admin, 'GET', '/api/v1/customers?limit=10');
  const byRef = new Map<string, string>(
    (search.body.items as { id: string; externalRef: string }[]).map((c) => [c.externalRef, c.id]),
  );
  const ids: Record<string, string> = {};
  for (const customerId of byRef.values()) {
    const list = await server.call(
      admin,
      'GET',
      `/api/v1/customers/${customerId}/invoices?status=all`,
    );
    for (const item of list.body.items as { id: string; number: string }[])
      ids[item.number] = item.id;
  }
  return { acme: byRef.get('C-ACME') ?? '', bolt: byRef.get('C-BOLT') ?? '', invoices: ids };
}

/** One invoice of the ERP feed, in EUR unless overridden. */
export function invoice(
  number: string,
  customerExternalRef: string,
  issueDate: string,
  dueDate: string,
  amount: number,
) {
  return {
    externalRef: `ERP-${number}`,
    customerExternalRef,
    number,
    issueDate,
    dueDate,
    amount,
    currency: 'EUR',
  };
}

/** Posts payments through the ERP route as the admin and returns the bulk result. */
export async function pay(
  server: TestServer,
  payments: {
    externalRef: string;
    customerExternalRef: string;
    date: string;
    amount: number;
    currency?: string;
    applications?: { invoiceNumber: string; amount: number }[];
  }[],
) {
  const res = await server.call(server.users.admin, 'POST', '/api/v1/payments/bulk', {
    payments: payments.map((p) => ({ currency: 'EUR', ...p })),
  });
  expect(res.status).toBe(200);
  return res.body as { created: number; updated: number; unchanged: number; conflicts: unknown[] };
}
