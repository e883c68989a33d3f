import type { PaymentPromiseView } from '@relance/shared';
import type { MessageKey } from './messages.ts';

/** The label of a promise's status; a broken promise with some payment reads "partially kept". */
export function promiseStatusKey(p: Pick<PaymentPromiseView, 'status' | 'paidShare'>): MessageKey {
  if (p.status === 'broken' && p.paidShare > 0) return 'status.partially_kept';
  return `status.${p.status}`;
}
