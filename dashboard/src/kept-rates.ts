import type { PaymentPromiseView } from '@relance/shared';

/** Kept and broken promises of one customer, and the kept rate they give. */
export interface CustomerKeptRate {
  customerId: string;
  customerName: string;
  kept: number;
  broken: number;
  rate: number | null;
}

/** Kept rate per customer: kept ÷ (kept + broken); pending and cancelled promises do not count. */
export function keptRateByCustomer(promises: PaymentPromiseView[]): CustomerKeptRate[] {
  const byCustomer = new Map<string, CustomerKeptRate>();
  for (const p of promises) {
    if (p.status !== 'kept' && p.status !== 'broken') continue;
    const row = byCustomer.get(p.customerId) ?? {
      customerId: p.customerId,
      customerName: p.customerName,
      kept: 0,
      broken: 0,
      rate: null,
    };
    if (p.status === 'kept') row.kept += 1;
    else row.broken += 1;
    byCustomer.set(p.customerId, row);
  }
  return [...byCustomer.values()]
    .map((r) => ({ ...r, rate: r.kept + r.broken === 0 ? null : r.kept / (r.kept + r.broken) }))
    .sort((a, b) => (a.rate ?? 2) - (b.rate ?? 2) || a.customerName.localeCompare(b.customerName));
}
