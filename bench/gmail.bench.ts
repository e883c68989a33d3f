// Gmail add-on benchmark: the contextual card built server-side (ID token checks, the Gmail
// API read on a loopback fake, matching and context, email reading, the card) against the
// backend's context lookup for the same email (POST /api/v1/context, and in-process).
// Demo ledger on SQLite in memory. Target: the card's median ≤ 1.5× the context's.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { todayIn } from '@relance/shared';
import { DEMO_USERS } from '../server/src/demo/demo-users.ts';
import { demoEmails } from '../server/src/demo/emails.ts';
import { gmailBackend } from '../server/src/gmail/backend.ts';
import { asGmailMessage } from '../server/src/gmail/preview-gmail.ts';
import { startGmailDemoServer } from '../server/src/gmail/testing-demo.ts';
import { quantile, table, timed } from './support/stats.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? '300');
const WARMUP = 30;
const TARGET_RATIO = 1.5;

// Gmail itself is another service: a minimal loopback server answering users.messages.get.
const messages = new Map(demoEmails(todayIn('Europe/Paris')).map((e) => [e.id, asGmailMessage(e)]));
const gmailFake = createServer((req, res) => {
  const id = decodeURIComponent(/\/messages\/([^?]+)/.exec(req.url ?? '')?.[1] ?? '');
  const found = messages.get(id);
  res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify(found ?? { error: { code: 404 } }));
});
await new Promise<void>((resolve) => gmailFake.listen(0, '127.0.0.1', () => resolve()));
const gmailRoot = `http://127.0.0.1:${(gmailFake.address() as AddressInfo).port}/`;

const server = await startGmailDemoServer({ GMAIL_API_ROOT_URL: gmailRoot });
try {
  const julien = DEMO_USERS.julien;
  const mailbox = (await (await fetch(`${server.url}/preview/gmail/api/mailbox`)).json()) as {
    endpoints: Record<string, string>;
  };
  const admin = await server.deps.storage.db
    .selectFrom('users')
    .select('created_at')
    .where('id', '=', DEMO_USERS.admin.id)
    .executeTakeFirstOrThrow();
  const email = demoEmails(admin.created_at.slice(0, 10)).find((e) => e.kind === 'promise');
  if (!email) throw new Error('no demo promise email');

  const tokens = (await (
    await fetch(`${server.url}/preview/gmail/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        endpointUrl: mailbox.endpoints['contextual'],
        userEmail: julien.email,
      }),
    })
  ).json()) as Record<string, string>;

  const contextRequest = {
    from: email.from.email,
    to: email.to.map((t) => t.email),
    cc: email.cc.map((t) => t.email),
    subject: email.subject,
    thread: email.threadId,
    messageId: email.messageId,
    text: email.text,
  };
  const card = async () => {
    const response = await fetch(`${server.url}/addons/gmail/contextual`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens['systemIdToken']}`,
      },
      body: JSON.stringify({
        commonEventObject: { hostApp: 'GMAIL', userLocale: 'fr', timeZone: { id: 'Europe/Paris' } },
        authorizationEventObject: {
          userIdToken: tokens['userIdToken'],
          userOAuthToken: tokens['userOAuthToken'],
        },
        gmail: {
          messageId: email.id,
          threadId: email.threadId,
          accessToken: tokens['messageAccessToken'],
        },
      }),
    });
    const body = await response.text();
    if (response.status !== 200 || !body.includes('pushCard') || body.includes('"name":"error"')) {
      throw new Error(`contextual card failed: ${response.status} ${body.slice(0, 200)}`);
    }
  };
  const httpContext = async () => {
    const response = await fetch(`${server.url}/api/v1/context`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${julien.token}` },
      body: JSON.stringify(contextRequest),
    });
    await response.text();
    if (response.status !== 200) throw new Error(`context failed: ${response.status}`);
  };
  const backend = gmailBackend(server.deps);
  const user = await backend.findUserByEmail(julien.email);
  if (!user) throw new Error('demo collector missing');
  const inProcessContext = () => backend.context(user, contextRequest);

  const measure = async (run: () => Promise<unknown>) => {
    for (let i = 0; i < WARMUP; i++) await run();
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) samples.push(await timed(run));
    return samples;
  };
  // Interleaved rounds so that drift of a shared machine weighs on all three alike.
  const results = { card: [] as number[], http: [] as number[], inProcess: [] as number[] };
  for (let round = 0; round < 3; round++) {
    results.card.push(...(await measure(card)));
    results.http.push(...(await measure(httpContext)));
    results.inProcess.push(...(await measure(inProcessContext)));
  }

  const row = (name: string, values: number[]) => [
    name,
    quantile(values, 0.5).toFixed(2),
    quantile(values, 0.95).toFixed(2),
    quantile(values, 0.99).toFixed(2),
  ];
  console.log(
    table(
      ['ms', 'p50', 'p95', 'p99'],
      [
        row('contextual card (HTTP, Gmail on loopback)', results.card),
        row('POST /api/v1/context', results.http),
        row('backend.context in-process', results.inProcess),
      ],
    ),
  );
  const ratio = quantile(results.card, 0.5) / quantile(results.http, 0.5);
  const verdict = ratio <= TARGET_RATIO ? 'PASS' : 'FAIL';
  console.log(`card p50 / context p50 = ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}) ${verdict}`);
  if (verdict === 'FAIL') process.exitCode = 1;
} finally {
  await server.close();
  gmailFake.closeAllConnections();
  gmailFake.close();
}
