/**
 * The id of a dispute's n-th event, counting from 0: ids sort in the order the changes
 * happened, even within one millisecond, for the service and the demo ledger alike.
 */
export function disputeEventId(disputeId: string, n: number): string {
  return `${disputeId}.${String(n).padStart(5, '0')}`;
}
