import type { Storage } from './connect.ts';

// Reads kept while the database is unchanged. A value is stored with the storage's change mark
// taken before it was read, and served only to a caller holding that same mark, i.e. while
// nothing at all has been committed since: a write by this process or any other moves the mark
// (connect.ts) and every value kept under the old one goes unused. A value read while a write
// landed is stored under a mark that has already moved, so it is never served.

/** Values kept under the change mark they were read at, the least recently used dropped. */
export class MarkedCache<V> {
  private readonly entries = new Map<string, { mark: string; value: V }>();

  constructor(private readonly capacity: number) {}

  /** The value kept for `key` if it was read under `mark`. */
  get(key: string, mark: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.mark !== mark) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value`, read under `mark`, for `key`. */
  set(key: string, mark: string, value: V): void {
    if (this.capacity === 0) return;
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { mark, value });
  }

  /** How many values are kept. */
  get size(): number {
    return this.entries.size;
  }
}

const marks = new WeakMap<object, Promise<string>>();

/**
 * The change mark of a request, taken once at its first use (authentication) and shared by the
 * caches it reads through, so that a request answered from them costs one look at the database.
 */
export function requestMark(
  request: object,
  storage: Pick<Storage, 'changeMark'>,
): Promise<string> {
  let mark = marks.get(request);
  if (!mark) {
    mark = storage.changeMark();
    marks.set(request, mark);
  }
  return mark;
}

/**
 * Shares one read of the change mark among the callers that wait for it, where each read is a
 * round trip (PostgreSQL). A caller never gets a mark read before it asked: one arriving while
 * a read is on its way waits for the next read, sent once that one is back, and shares it with
 * everyone else who arrived meanwhile. Under load a read serves a batch of requests instead
 * of each request paying its own.
 */
export function sharedMarkReads(read: () => Promise<string>): () => Promise<string> {
  let running: Promise<string> | null = null;
  let queued: Promise<string> | null = null;
  const start = (): Promise<string> => {
    const reading = read();
    running = reading;
    const done = () => {
      if (running === reading) running = null;
    };
    reading.then(done, done);
    return reading;
  };
  return () => {
    if (running === null) return start();
    if (queued === null) {
      const after = () => {
        queued = null;
        return start();
      };
      queued = running.then(after, after);
    }
    return queued;
  };
}
