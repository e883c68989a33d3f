// Gmail add-on benchmark: the contextual card built by the server (ID token checks, the Gmail
// API read from a loopback fake, matching and context, email reading, the card) against the
// backend's context lookup for the same email (POST /api/v1/context). Target: the card's
// median ≤ 1.5× the context's.
//
// The server runs in a child process (the demo server over its SQLite demo ledger) so that
// only its own work is timed there; this process is the client and plays Gmail, another
// service. Both requests go to the same server, engine and ledger; each round takes the next
// demo email that names a customer and runs the measured calls in a rotating order, so that
// drift of a shared machine weighs on all alike.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DEMO_USERS } from '../server/src/demo/demo-users.ts';
import { demoEmails } from '../server/src/demo/emails.ts';
import type { DemoEmail } from '../server/src/demo/emails.ts';
import { asGmailMessage } from '../server/src/gmail/preview-gmail.ts';
import { startDemoServer } from '../server/src/testing-e2e.ts';
import { quantile, table, timed } from './support/stats.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? '300');
const WARMUP_ROUNDS = 40;
const TARGET_RATIO = 1.5;
// Demo emails whose sender is a customer's: each gives a full contextual card.
const CUSTOMER_KINDS = new Set(['promise', 'dispute', 'remittance', 'question']);

if (process.argv[2] === 'serve') {
  await serve(process.argv[3] ?? '');
} else {
  await bench();
}

/** Child role: the demo server with the add-on, its Gmail API pointed at the parent's fake. */
async function serve(gmailRoot: string): Promise<void> {
  const server = await startDemoServer({ env: { GMAIL_API_ROOT_URL: gmailRoot } });
  const admin = await server.deps.storage.db
    .selectFrom('users')
    .select('created_at')
    .where('id', '=', DEMO_USERS.admin.id)
    .executeTakeFirstOrThrow();
  process.stdout.write(
    `${JSON.stringify({ url: server.url, day: admin.created_at.slice(0, 10) })}\n`,
  );
  process.once('SIGTERM', () => {
    void server.close().then(() => process.exit(0));
  });
}

/** A loopback stand-in for Gmail's users.messages.get, refusing calls without both tokens. */
async function startGmailFake(messages: Map<string, object>) {
  const server = createServer((req, res) => {
    const id = decodeURIComponent(/\/messages\/([^?]+)/.exec(req.url ?? '')?.[1] ?? '');
    const found = messages.get(id);
    const authorized =
      req.headers.authorization?.startsWith('Bearer ') && req.headers['x-goog-gmail-access-token'];
    const status = !authorized ? 401 : found ? 200 : 404;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(status === 200 ? found : { error: { code: status } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    rootUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

function startChild(gmailRoot: string): { proc: ChildProcess; ready: Promise<ChildReady> } {
  // BENCH_PROFILE=<dir> writes a CPU profile of the server there, to see where a card goes.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const proc = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', fileURLToPath(import.meta.url), 'serve', gmailRoot],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  const ready = new Promise<ChildReady>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      resolve(JSON.parse(line) as ChildReady);
    });
    proc.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
  return { proc, ready };
}

interface ChildReady {
  url: string;
  day: string;
}

type Tokens = Record<
  'systemIdToken' | 'userIdToken' | 'userOAuthToken' | 'messageAccessToken',
  string
>;

/** The calls under test, for one server and one collector. */
function clientOf(url: string) {
  const collector = DEMO_USERS.julien;
  const post = (path: string, body: unknown, headers: Record<string, string>) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  const mintTokens = async (endpointUrl: string): Promise<Tokens> => {
    const response = await post(
      '/preview/gmail/api/tokens',
      { endpointUrl, userEmail: collector.email },
      {},
    );
    return (await response.json()) as Tokens;
  };

  const card = async (email: DemoEmail, tokens: Tokens): Promise<string> => {
    const response = await post(
      '/addons/gmail/contextual',
      {
        commonEventObject: { hostApp: 'GMAIL', userLocale: 'fr', timeZone: { id: 'Europe/Paris' } },
        authorizationEventObject: {
          userIdToken: tokens.userIdToken,
          userOAuthToken: tokens.userOAuthToken,
        },
        gmail: {
          messageId: email.id,
          threadId: email.threadId,
          accessToken: tokens.messageAccessToken,
        },
      },
      { authorization: `Bearer ${tokens.systemIdToken}` },
    );
    const body = await response.text();
    if (response.status !== 200 || body.includes('"name":"error"')) {
      throw new Error(`contextual card failed: ${response.status} ${body.slice(0, 200)}`);
    }
    return body;
  };

  const context = async (email: DemoEmail): Promise<string> => {
    const response = await post(
      '/api/v1/context',
      {
        from: email.from.email,
        to: email.to.map((t) => t.email),
        cc: email.cc.map((t) => t.email),
        subject: email.subject,
        thread: email.threadId,
        messageId: email.messageId,
        text: email.text,
      },
      { authorization: `Bearer ${collector.token}` },
    );
    const body = await response.text();
    if (response.status !== 200) throw new Error(`context failed: ${response.status}`);
    return body;
  };

  return { mintTokens, card, context };
}

/** Checks that the card and the context answer about the same customer for every email. */
async function checkLikeForLike(
  client: ReturnType<typeof clientOf>,
  emails: DemoEmail[],
  tokens: Tokens,
) {
  for (const email of emails) {
    const context = JSON.parse(await client.context(email)) as {
      customer: { name: string } | null;
    };
    const card = JSON.parse(await client.card(email, tokens)) as {
      action?: { navigations?: { pushCard?: { header?: { title?: string } } }[] };
    };
    const title = card.action?.navigations?.[0]?.pushCard?.header?.title;
    if (!context.customer || title !== context.customer.name) {
      throw new Error(`${email.id}: card for ${title}, context for ${context.customer?.name}`);
    }
  }
}

async function bench(): Promise<void> {
  const fakeMessages = new Map<string, object>();
  const gmail = await startGmailFake(fakeMessages);
  const child = startChild(gmail.rootUrl);
  try {
    const { url, day } = await child.ready;
    // The demo writes its emails for the day its ledger was loaded.
    const emails = demoEmails(day).filter((e) => CUSTOMER_KINDS.has(e.kind));
    for (const email of emails) fakeMessages.set(email.id, asGmailMessage(email));
    const client = clientOf(url);
    const mailbox = (await (await fetch(`${url}/preview/gmail/api/mailbox`)).json()) as {
      endpoints: Record<string, string>;
    };
    const contextualUrl = mailbox.endpoints['contextual'] ?? '';
    const tokens = await client.mintTokens(contextualUrl);
    await checkLikeForLike(client, emails, tokens);

    const results = await measure(client, emails, tokens, contextualUrl);
    report(results, emails.length);
  } finally {
    child.proc.kill('SIGTERM');
    gmail.close();
  }
}

interface Results {
  card: number[];
  cardFreshTokens: number[];
  context: number[];
}

async function measure(
  client: ReturnType<typeof clientOf>,
  emails: DemoEmail[],
  tokens: Tokens,
  contextualUrl: string,
): Promise<Results> {
  const results: Results = { card: [], cardFreshTokens: [], context: [] };
  for (let round = -WARMUP_ROUNDS; round < SAMPLES; round++) {
    const email = emails[((round % emails.length) + emails.length) % emails.length]!;
    // Minted outside the timed call: Google, not this server, signs them.
    const fresh = await client.mintTokens(contextualUrl);
    const calls: [keyof Results, () => Promise<unknown>][] = [
      ['card', () => client.card(email, tokens)],
      ['cardFreshTokens', () => client.card(email, fresh)],
      ['context', () => client.context(email)],
    ];
    const shift = ((round % 3) + 3) % 3;
    for (const [name, call] of [...calls.slice(shift), ...calls.slice(0, shift)]) {
      const ms = await timed(call);
      if (round >= 0) results[name].push(ms);
    }
  }
  return results;
}

function report(results: Results, emailCount: number): void {
  const row = (name: string, values: number[]) => [
    name,
    quantile(values, 0.5).toFixed(2),
    quantile(values, 0.95).toFixed(2),
    quantile(values, 0.99).toFixed(2),
  ];
  console.log(`${SAMPLES} rounds over ${emailCount} demo emails, ${WARMUP_ROUNDS} warm-up rounds`);
  console.log(
    table(
      ['ms', 'p50', 'p95', 'p99'],
      [
        row('contextual card (Gmail on loopback)', results.card),
        row('contextual card, tokens never seen before', results.cardFreshTokens),
        row('POST /api/v1/context (same email)', results.context),
      ],
    ),
  );
  const ratio = (a: number[], b: number[], q: number) => quantile(a, q) / quantile(b, q);
  const p50 = ratio(results.card, results.context, 0.5);
  const verdict = p50 <= TARGET_RATIO ? 'PASS' : 'FAIL';
  console.log(
    `card / context: p50 ${p50.toFixed(2)}, p95 ${ratio(results.card, results.context, 0.95).toFixed(2)}; ` +
      `fresh tokens: p50 ${ratio(results.cardFreshTokens, results.context, 0.5).toFixed(2)}`,
  );
  console.log(`card p50 / context p50 = ${p50.toFixed(2)} (target ≤ ${TARGET_RATIO}) ${verdict}`);
  if (verdict === 'FAIL') process.exitCode = 1;
}
