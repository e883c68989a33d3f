import { ApiClientError } from '@relance/shared';
import type { ApiClient, DisputeCreate } from '@relance/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { Outbox } from './outbox.ts';

const dispute: DisputeCreate = { customerId: 'c1', invoiceIds: ['i1'], category: 'price' };
const offline = () =>
  new ApiClientError({ message: 'down', status: 0, code: 'offline', offline: true });

// A server that records the keys it saw and answers each key once, like the real one.
function fakeServer() {
  const state = { up: true, refuse: false, keys: [] as string[], created: new Set<string>() };
  const client = {
    createDispute: async (_body: DisputeCreate, key: string) => {
      if (!state.up) throw offline();
      if (state.refuse) {
        throw new ApiClientError({
          message: 'invoiceIds: unknown',
          status: 400,
          code: 'invalid_request',
        });
      }
      state.keys.push(key);
      state.created.add(key);
      return { id: key };
    },
  } as unknown as ApiClient;
  return { state, client };
}

describe('Outbox', () => {
  let n = 0;
  const outbox = () =>
    new Outbox(
      localStorage,
      () => `key-${++n}`,
      () => new Date('2026-03-06T10:00:00Z'),
    );
  beforeEach(() => localStorage.clear());

  it('sends a write at once when the server answers', async () => {
    const server = fakeServer();
    const result = await outbox().submit(
      server.client,
      { kind: 'dispute', body: dispute },
      'Litige',
    );
    expect(result.status).toBe('sent');
    expect(outbox().entries()).toHaveLength(0);
  });

  it('queues a write in local storage when the server cannot be reached', async () => {
    const server = fakeServer();
    server.state.up = false;
    const box = outbox();
    const result = await box.submit(server.client, { kind: 'dispute', body: dispute }, 'Litige');

    expect(result.status).toBe('queued');
    const [entry] = new Outbox(localStorage).entries();
    expect(entry).toMatchObject({ kind: 'dispute', body: dispute, label: 'Litige' });
    expect(entry?.idempotencyKey).toMatch(/^key-/);
  });

  it('sends queued writes once, with the key they were first tried with', async () => {
    const server = fakeServer();
    server.state.up = false;
    const box = outbox();
    await box.submit(server.client, { kind: 'dispute', body: dispute }, 'Litige');
    const key = box.entries()[0]?.idempotencyKey;
    server.state.up = true;

    await Promise.all([box.flush(server.client), box.flush(server.client)]);
    await box.flush(server.client);

    expect(server.state.keys).toEqual([key]);
    expect(box.entries()).toHaveLength(0);
  });

  it('keeps the queue while the server is still down', async () => {
    const server = fakeServer();
    server.state.up = false;
    const box = outbox();
    await box.submit(server.client, { kind: 'dispute', body: dispute }, 'A');
    await box.submit(server.client, { kind: 'dispute', body: dispute }, 'B');

    await box.flush(server.client);

    expect(box.entries().map((e) => e.label)).toEqual(['A', 'B']);
  });

  it('drops and reports a queued write the server refuses', async () => {
    const server = fakeServer();
    server.state.up = false;
    const box = outbox();
    await box.submit(server.client, { kind: 'dispute', body: dispute }, 'Litige');
    server.state.up = true;
    server.state.refuse = true;

    const rejected = await box.flush(server.client);

    expect(rejected).toEqual([{ label: 'Litige', reason: 'invoiceIds: unknown' }]);
    expect(box.entries()).toHaveLength(0);
  });

  it('does not queue a write the server refused outright', async () => {
    const server = fakeServer();
    server.state.refuse = true;
    await expect(
      outbox().submit(server.client, { kind: 'dispute', body: dispute }, 'Litige'),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    expect(outbox().entries()).toHaveLength(0);
  });

  it('tells subscribers when the queue changes', async () => {
    const server = fakeServer();
    server.state.up = false;
    const box = outbox();
    let calls = 0;
    box.subscribe(() => calls++);
    await box.submit(server.client, { kind: 'dispute', body: dispute }, 'Litige');
    expect(calls).toBe(1);
  });
});
