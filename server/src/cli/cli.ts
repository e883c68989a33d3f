import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Role } from '@relance/shared';
import { hashPassword } from '../auth/passwords.ts';
import { issueApiToken } from '../auth/tokens.ts';
import { ConfigError, loadConfig } from '../config.ts';
import type { Config } from '../config.ts';
import { migrateToLatest, openStorage, sqliteFileIn } from '../db/connect.ts';
import type { Storage } from '../db/connect.ts';
import { systemClock } from '../deps.ts';
import type { AppDeps } from '../deps.ts';
import { createLogger } from '../logger.ts';
import { loadDemoLedger, serve } from './serve.ts';

const USAGE = `Usage: relance <command> [options]

Commands:
  serve [--demo]                          migrate, then serve the API and the front ends
                                          (--demo loads the demo ledger into an empty database)
  migrate                                 apply pending database migrations
  demo                                    load the demo ledger into an empty database
  users add --email E --role R [--name N] [--password P | --password-stdin]
                                          create a user (roles: collector, manager, admin)
  tokens create --email E [--name N]      create an API token; the token is the last line printed
  jobs run                                evaluate promises, recompute segments, sweep keys

Environment: DATABASE_URL (PostgreSQL; SQLite under DATA_DIR otherwise), DATA_DIR, PORT,
PUBLIC_URL, ALLOWED_ORIGINS, LOG_LEVEL, TLS_CERT_FILE, TLS_KEY_FILE, TIME_ZONE (see README).`;

/** Runs one CLI command and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serveCommand(rest);
      case 'migrate':
        return await withStorage(rest, async (deps) => {
          const applied = await migrateToLatest(deps.storage);
          say(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database is up to date');
        });
      case 'demo':
        return await withStorage(rest, async (deps) => {
          await migrateToLatest(deps.storage);
          say(await loadDemoLedger(deps));
        });
      case 'users':
        return await usersCommand(rest);
      case 'tokens':
        return await tokensCommand(rest);
      case 'jobs':
        return await withStorage(rest, async (deps) => {
          const { runJobsOnce } = await import('../jobs/scheduler.ts');
          say(JSON.stringify(await runJobsOnce(deps)));
        });
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        say(USAGE);
        return command === undefined ? 1 : 0;
      default:
        complain(`relance: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof ConfigError) {
    complain(`relance: ${error.message}`);
    return 78;
  }
  if (error instanceof UsageError) {
    complain(`relance: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  complain(`relance: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
}

// The CLI talks to a person on a terminal: plain lines on stdout and stderr, not log records.
const say = (text: string) => process.stdout.write(`${text}\n`);
const complain = (text: string) => process.stderr.write(`${text}\n`);

/** A command line the CLI cannot act on. */
class UsageError extends Error {}

async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false } } });
  const config = loadConfig(process.env, { demo: values.demo });
  await serve(config);
  return await new Promise<number>(() => {
    // Runs until a signal ends the process (serve installs the handlers).
  });
}

async function openDeps(config: Config): Promise<AppDeps> {
  const storage: Storage = openStorage({
    databaseUrl: config.databaseUrl,
    sqliteFile: config.databaseUrl ? undefined : sqliteFileIn(config.dataDir),
  });
  return { config, storage, logger: createLogger(config.logLevel), clock: systemClock };
}

async function withStorage(
  _args: string[],
  work: (deps: AppDeps) => Promise<void>,
): Promise<number> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  const deps = await openDeps(config);
  try {
    await work(deps);
    return 0;
  } finally {
    await deps.storage.close();
  }
}

async function usersCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add') throw new UsageError('users: the only subcommand is "add"');
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      language: { type: 'string', default: 'fr' },
    },
  });
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
    throw new UsageError('users add: --email must be an email address');
  const role = Role.safeParse(values.role);
  if (!role.success) throw new UsageError('users add: --role must be collector, manager or admin');
  if (values.language !== 'fr' && values.language !== 'en')
    throw new UsageError('users add: --language must be fr or en');
  const language = values.language;
  const password = values['password-stdin'] ? (await readStdin()).trim() : values.password;
  if (password !== undefined && password.length < 12)
    throw new UsageError('users add: the password must be at least 12 characters');

  return withStorage([], async (deps) => {
    await migrateToLatest(deps.storage);
    const existing = await deps.storage.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (existing) throw new UsageError(`users add: a user with email ${email} already exists`);
    const id = randomUUID();
    await deps.storage.db
      .insertInto('users')
      .values({
        id,
        email,
        name: values.name?.trim() || email.split('@')[0] || email,
        role: role.data,
        language,
        password_hash: password ? await hashPassword(password) : null,
        locked_until: null,
        disabled_at: null,
        created_at: deps.clock.now().toISOString(),
      })
      .execute();
    say(`created ${role.data} ${email} (${id})${password ? ' with a password' : ''}`);
  });
}

async function tokensCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create') throw new UsageError('tokens: the only subcommand is "create"');
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string', default: 'cli' } },
  });
  const email = values.email?.trim().toLowerCase();
  if (!email) throw new UsageError('tokens create: --email is required');
  return withStorage([], async (deps) => {
    await migrateToLatest(deps.storage);
    const user = await deps.storage.db
      .selectFrom('users')
      .select(['id', 'disabled_at'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (!user || user.disabled_at)
      throw new UsageError(`tokens create: no active user with email ${email}`);
    const { token } = await issueApiToken(deps.storage.db, user.id, values.name, deps.clock.now());
    say(`token for ${email} (shown once; store it now):`);
    say(token);
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
