import { ApiClientError } from '@relance/shared';
import type {
  ApiClient,
  ContactLink,
  DisputeCreate,
  InteractionCreate,
  PaymentPromiseCreate,
} from '@relance/shared';

/** A write the pane makes, with the body the API takes. */
export type PendingWrite =
  | { kind: 'promise'; body: PaymentPromiseCreate }
  | { kind: 'dispute'; body: DisputeCreate }
  | { kind: 'interaction'; body: InteractionCreate }
  | { kind: 'contact'; body: ContactLink };

/** A write waiting in local storage for the server to answer again. */
export type OutboxEntry = PendingWrite & {
  idempotencyKey: string;
  /** What the user would call it, e.g. "Promise 1 250,00 € — Acme". */
  label: string;
  queuedAt: string;
};

/** The outcome of submitting a write: done now, or queued until the server answers. */
export type SubmitResult = { status: 'sent'; value: unknown } | { status: 'queued' };

/** A queued write the server refused when it came back; shown once, then dropped. */
export interface RejectedWrite {
  label: string;
  reason: string;
}

const STORAGE_KEY = 'relance.outlook.outbox';

/**
 * Writes made while the server cannot be reached wait in local storage and are sent once, in
 * order, with the Idempotency-Key they were first tried with, so a write whose answer was lost
 * is never recorded twice.
 */
export class Outbox {
  private flushing: Promise<RejectedWrite[]> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: Storage,
    private readonly newKey: () => string = () => crypto.randomUUID(),
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The writes waiting, oldest first. */
  entries(): OutboxEntry[] {
    try {
      const raw = this.storage.getItem(STORAGE_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  }

  /** Calls `listener` whenever the queue changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends a write now; when the server cannot be reached, queues it and says so. */
  async submit(client: ApiClient, write: PendingWrite, label: string): Promise<SubmitResult> {
    const idempotencyKey = this.newKey();
    try {
      return { status: 'sent', value: await send(client, write, idempotencyKey) };
    } catch (err) {
      if (!(err instanceof ApiClientError) || !err.retriable) throw err;
      this.save([
        ...this.entries(),
        { ...write, idempotencyKey, label, queuedAt: this.now().toISOString() },
      ]);
      return { status: 'queued' };
    }
  }

  /**
   * Sends every queued write in order; stops at the first that still cannot get through.
   * Resolves to the writes the server refused (they are dropped, not retried).
   */
  flush(client: ApiClient): Promise<RejectedWrite[]> {
    this.flushing ??= this.sendAll(client).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async sendAll(client: ApiClient): Promise<RejectedWrite[]> {
    const rejected: RejectedWrite[] = [];
    for (const entry of this.entries()) {
      try {
        await send(client, entry, entry.idempotencyKey);
      } catch (err) {
        if (err instanceof ApiClientError && err.retriable) break;
        rejected.push({
          label: entry.label,
          reason: err instanceof Error ? err.message : String(err),
        });
      }
      this.save(this.entries().filter((e) => e.idempotencyKey !== entry.idempotencyKey));
    }
    return rejected;
  }

  private save(entries: OutboxEntry[]): void {
    this.storage.setItem(STORAGE_KEY, JSON.stringify(entries));
    for (const listener of this.listeners) listener();
  }
}

function send(client: ApiClient, write: PendingWrite, key: string): Promise<unknown> {
  switch (write.kind) {
    case 'promise':
      return client.createPromise(write.body, key);
    case 'dispute':
      return client.createDispute(write.body, key);
    case 'interaction':
      return client.logInteraction(write.body, key);
    case 'contact':
      return client.linkContact(write.body, key);
  }
}
