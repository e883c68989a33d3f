import type { PaymentPromiseView } from '@relance/shared';

/** Kept and broken promises of one customer, and the kept rate they give. */
export interface CustomerKeptRate {
  customerId: string;
  customerName: string;
  kept: number;
  broken: number;
  /** Percent points 0–100 with one decimal, as the activity report gives per collector. */
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
    .map((r) => ({
      ...r,
      rate: r.kept + r.broken === 0 ? null : pointsOf(r.kept, r.kept + r.broken),
    }))
    .sort(
      (a, b) => (a.rate ?? 101) - (b.rate ?? 101) || a.customerName.localeCompare(b.customerName),
    );
}

/** part ÷ whole in percent points, rounded to one decimal like the server's reports. */
function pointsOf(part: number, whole: number): number {
  return Math.round((part / whole) * 1000) / 10;
}
