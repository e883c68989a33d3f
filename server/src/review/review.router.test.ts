import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer, TestUser } from '../testing-server.ts';

interface Seeded {
  customerA: string;
  customerB: string;
  emails: { id: string; by: TestUser; client: 'outlook' | 'gmail'; at: string }[];
  promiseId: string;
  disputeId: string;
}

/** Two customers; five logged emails by two collectors; a promise and a dispute from emails. */
async function seed(server: TestServer): Promise<Seeded> {
  const db = server.deps.storage.db;
  const now = '2025-03-01T08:00:00.000Z';
  const customer = async (name: string) => {
    const id = randomUUID();
    await db
      .insertInto('customers')
      .values({
        id,
        external_ref: name,
        name,
        segment: 'new',
        segment_override: null,
        segment_reason: null,
        segment_computed_at: null,
        strategic: 0,
        assignee_id: server.users.collector.id,
        payment_terms_days: 30,
        currency: 'EUR',
        language: 'fr',
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  };
  const customerA = await customer('Acme');
  const customerB = await customer('Bolt');
  const { collector, otherCollector } = server.users;
  const plan = [
    { by: collector, client: 'outlook', customer: customerA, at: '2025-03-02T10:00:00.000Z' },
    { by: collector, client: 'gmail', customer: customerA, at: '2025-03-03T10:00:00.000Z' },
    { by: otherCollector, client: 'gmail', customer: customerB, at: '2025-03-04T10:00:00.000Z' },
    { by: collector, client: 'outlook', customer: customerB, at: '2025-03-05T10:00:00.000Z' },
    { by: otherCollector, client: 'outlook', customer: customerA, at: '2025-03-06T10:00:00.000Z' },
  ] as const;
  const emails: Seeded['emails'] = [];
  for (const [i, e] of plan.entries()) {
    const id = randomUUID();
    await db
      .insertInto('interactions')
      .values({
        id,
        customer_id: e.customer,
        message_id: `<m${i}@acme.test>`,
        thread_id: null,
        direction: i % 2 === 0 ? 'inbound' : 'outbound',
        from_address: 'ap@acme.test',
        to_addresses: '[]',
        cc_addresses: '[]',
        subject: `Subject ${i}`,
        sent_at: e.at,
        client: e.client,
        logged_by: e.by.id,
        logged_at: e.at,
        body: null,
      })
      .execute();
    emails.push({ id, by: e.by, client: e.client, at: e.at });
  }
  const promiseId = randomUUID();
  await db
    .insertInto('payment_promises')
    .values({
      id: promiseId,
      customer_id: customerA,
      amount: 120_000,
      currency: 'EUR',
      promised_date: '2025-03-20',
      grace_ends_on: '2025-03-23',
      status: 'pending',
      note: null,
      source_message_id: '<m1@acme.test>',
      quote: 'we will pay on the 20th',
      logged_by: collector.id,
      created_at: '2025-03-03T10:05:00.000Z',
      evaluated_at: null,
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
      followed_up_by: null,
      followed_up_at: null,
    })
    .execute();
  const disputeId = randomUUID();
  await db
    .insertInto('disputes')
    .values({
      id: disputeId,
      customer_id: customerB,
      category: 'price',
      status: 'open',
      owner_id: otherCollector.id,
      opened_by: otherCollector.id,
      created_at: '2025-03-04T10:05:00.000Z',
      updated_at: '2025-03-04T10:05:00.000Z',
      source_message_id: '<m2@acme.test>',
      quote: null,
      note: null,
      resolution: null,
      resolved_at: null,
    })
    .execute();
  return { customerA, customerB, emails, promiseId, disputeId };
}

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`the review queue on ${engine.name}`, () => {
    let server: TestServer;
    let data: Seeded;
    beforeAll(async () => {
      server = await startTestServer(engine, {
        clock: { now: () => new Date('2025-03-10T09:00:00.000Z') },
      });
      data = await seed(server);
    });
    afterAll(async () => server?.close());

    const queue = (user: TestUser | null, query = '') =>
      server.call(user, 'GET', `/api/v1/review${query}`);

    it('lists emails, promises and disputes newest first, with the unreviewed count', async () => {
      expect((await queue(null)).status).toBe(401);
      const res = await queue(server.users.manager);
      expect(res.status).toBe(200);
      const ats = res.body.items.map((i: { at: string }) => i.at);
      expect(ats).toEqual([...ats].sort().reverse());
      expect(res.body.items).toHaveLength(7);
      expect(res.body.unreviewedCount).toBe(7);
      const promise = res.body.items.find((i: { kind: string }) => i.kind === 'promise');
      expect(promise).toMatchObject({
        id: data.promiseId,
        client: 'gmail',
        amount: { amount: 120_000, currency: 'EUR' },
        review: null,
      });
    });

    it('filters by collector, customer, client, direction, kind and dates', async () => {
      const m = server.users.manager;
      const byOther = await queue(m, `?collectorId=${server.users.otherCollector.id}`);
      expect(
        byOther.body.items.every(
          (i: { collector: { id: string } }) => i.collector.id === server.users.otherCollector.id,
        ),
      ).toBe(true);
      expect(byOther.body.items).toHaveLength(3);
      const gmail = await queue(m, '?client=gmail');
      expect(gmail.body.items.map((i: { kind: string }) => i.kind).sort()).toEqual([
        'dispute',
        'email',
        'email',
        'promise',
      ]);
      const emailsOfA = await queue(m, `?customerId=${data.customerA}&kind=email`);
      expect(emailsOfA.body.items).toHaveLength(3);
      const inbound = await queue(m, '?direction=inbound&kind=email');
      expect(
        inbound.body.items.every((i: { direction: string }) => i.direction === 'inbound'),
      ).toBe(true);
      const dated = await queue(m, '?from=2025-03-04&to=2025-03-05');
      expect(dated.body.items.map((i: { at: string }) => i.at.slice(0, 10)).sort()).toEqual([
        '2025-03-04',
        '2025-03-04',
        '2025-03-05',
      ]);
    });

    it('names each bad filter', async () => {
      const res = await queue(server.users.manager, '?kind=fax&from=yesterday&limit=0');
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'from',
        'kind',
        'limit',
      ]);
      const cursor = await queue(server.users.manager, '?cursor=garbage');
      expect(cursor.body.errors[0].field).toBe('cursor');
    });

    it('pages through every item once with the cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await queue(
          server.users.manager,
          `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        seen.push(...res.body.items.map((i: { id: string }) => i.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
    });

    it("shows a collector their own work only and refuses another collector's", async () => {
      const mine = await queue(server.users.collector);
      expect(mine.body.items.length).toBeGreaterThan(0);
      expect(
        mine.body.items.every(
          (i: { collector: { id: string } }) => i.collector.id === server.users.collector.id,
        ),
      ).toBe(true);
      const theirs = await queue(
        server.users.collector,
        `?collectorId=${server.users.otherCollector.id}`,
      );
      expect(theirs.status).toBe(403);
    });

    it('lets a manager mark an item reviewed with a comment, once, and counts it', async () => {
      const email = data.emails[4];
      if (!email) throw new Error('seed missing');
      const path = `/api/v1/review/email/${email.id}`;
      expect((await server.call(server.users.collector, 'POST', path, {})).status).toBe(403);
      expect(
        (await server.call(server.users.manager, 'POST', '/api/v1/review/email/none', {})).status,
      ).toBe(404);
      const badKind = await server.call(
        server.users.manager,
        'POST',
        `/api/v1/review/fax/${email.id}`,
        {},
      );
      expect(badKind.body.errors[0].field).toBe('kind');
      const badBody = await server.call(server.users.manager, 'POST', path, { comment: 1 });
      expect(badBody.body.errors[0].field).toBe('comment');

      const headers = { 'idempotency-key': 'review-1' };
      const marked = await server.call(
        server.users.manager,
        'POST',
        path,
        { comment: 'ok' },
        headers,
      );
      expect(marked.status).toBe(200);
      expect(marked.body.review).toMatchObject({
        reviewer: { id: server.users.manager.id },
        reviewedAt: '2025-03-10T09:00:00.000Z',
        comment: 'ok',
      });
      const replay = await server.call(
        server.users.manager,
        'POST',
        path,
        { comment: 'ok' },
        headers,
      );
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      const again = await server.call(server.users.admin, 'POST', path, {});
      expect(again.body.review.reviewer.id).toBe(server.users.manager.id);
      expect(again.body.review.comment).toBe('ok');
      const commented = await server.call(server.users.admin, 'POST', path, {
        comment: 'seen twice',
      });
      expect(commented.body.review.comment).toBe('seen twice');

      const open = await queue(server.users.manager, '?reviewed=false');
      expect(open.body.items.map((i: { id: string }) => i.id)).not.toContain(email.id);
      expect(open.body.unreviewedCount).toBe(6);
      const done = await queue(server.users.manager, '?reviewed=true');
      expect(done.body.items.map((i: { id: string }) => i.id)).toEqual([email.id]);

      await server.call(
        server.users.manager,
        'POST',
        `/api/v1/review/dispute/${data.disputeId}`,
        {},
      );
      expect((await queue(server.users.manager, '?kind=dispute')).body.unreviewedCount).toBe(0);
    });

    it('exports the filtered queue as CSV', async () => {
      const res = await queue(server.users.manager, '?format=csv&kind=email&client=outlook');
      expect(res.headers.get('content-type')).toContain('text/csv');
      const lines = res.text.trim().split('\r\n');
      expect(lines[0]?.startsWith('kind,id,at,customer')).toBe(true);
      const outlookEmails = data.emails.filter((e) => e.client === 'outlook');
      expect(lines).toHaveLength(1 + outlookEmails.length);
      for (const e of outlookEmails) expect(res.text).toContain(e.id);
    });
  });
}
