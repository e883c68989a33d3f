import { z } from 'zod';
import { TimeZoneName } from '@relance/shared';

const csv = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  );

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.url('must be an absolute URL such as https://collect.example.com').optional(),
  ALLOWED_ORIGINS: csv,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TLS_CERT_FILE: z.string().optional(),
  TLS_KEY_FILE: z.string().optional(),
  TIME_ZONE: z.string().default('Europe/Paris'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  CONTEXT_CACHE_ENTRIES: z.coerce.number().int().min(0).default(2000),
  BODY_LIMIT: z.string().default('1mb'),
  /** Secret that signs values round-tripping through Gmail card parameters. */
  SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Microsoft app registration for Nested App Authentication (optional). */
  MICROSOFT_CLIENT_ID: z.string().optional(),
  MICROSOFT_ALLOWED_TENANTS: csv,
  MICROSOFT_JWKS_URL: z.url().optional(),
  /** Gmail add-on: service agent email, OAuth client id, and the endpoint base URL. */
  GOOGLE_SERVICE_AGENT: z.email().optional(),
  GOOGLE_OAUTH_CLIENT_ID: z.string().optional(),
  GOOGLE_CERTS_URL: z.url().optional(),
  GMAIL_API_ROOT_URL: z.url().optional(),
});

/** The server's configuration, read once from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  allowedOrigins: string[];
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  tls: { certFile: string; keyFile: string } | null;
  timeZone: string;
  rateLimitPerMinute: number;
  /** Context answers kept while the database is unchanged; 0 keeps none. */
  contextCacheEntries: number;
  bodyLimit: string;
  signingSecret: string | undefined;
  demo: boolean;
  microsoft: { clientId: string; allowedTenants: string[]; jwksUrl: string } | null;
  google: {
    serviceAgent: string | undefined;
    oauthClientId: string | undefined;
    certsUrl: string | undefined;
    gmailApiRootUrl: string | undefined;
  };
}

/** A configuration value the server cannot start with. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and checks the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv, options: { demo?: boolean } = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (Boolean(e.TLS_CERT_FILE) !== Boolean(e.TLS_KEY_FILE)) {
    problems.push('TLS_CERT_FILE and TLS_KEY_FILE: set both or neither');
  }
  if (!isTimeZone(e.TIME_ZONE)) problems.push(`TIME_ZONE: unknown time zone "${e.TIME_ZONE}"`);
  if (e.MICROSOFT_CLIENT_ID && e.MICROSOFT_ALLOWED_TENANTS.length === 0) {
    problems.push('MICROSOFT_ALLOWED_TENANTS: required with MICROSOFT_CLIENT_ID');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const scheme = e.TLS_CERT_FILE ? 'https' : 'http';
  const shownHost = e.HOST === '0.0.0.0' || e.HOST === '127.0.0.1' ? 'localhost' : e.HOST;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    publicUrl: (e.PUBLIC_URL ?? `${scheme}://${shownHost}:${e.PORT}`).replace(/\/$/, ''),
    allowedOrigins: e.ALLOWED_ORIGINS,
    logLevel: e.LOG_LEVEL,
    tls:
      e.TLS_CERT_FILE && e.TLS_KEY_FILE
        ? { certFile: e.TLS_CERT_FILE, keyFile: e.TLS_KEY_FILE }
        : null,
    timeZone: e.TIME_ZONE,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    contextCacheEntries: e.CONTEXT_CACHE_ENTRIES,
    bodyLimit: e.BODY_LIMIT,
    signingSecret: e.SIGNING_SECRET,
    demo: options.demo ?? false,
    microsoft: e.MICROSOFT_CLIENT_ID
      ? {
          clientId: e.MICROSOFT_CLIENT_ID,
          allowedTenants: e.MICROSOFT_ALLOWED_TENANTS,
          jwksUrl:
            e.MICROSOFT_JWKS_URL ?? 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
        }
      : null,
    google: {
      serviceAgent: e.GOOGLE_SERVICE_AGENT,
      oauthClientId: e.GOOGLE_OAUTH_CLIENT_ID,
      certsUrl: e.GOOGLE_CERTS_URL,
      gmailApiRootUrl: e.GMAIL_API_ROOT_URL,
    },
  };
}

function isTimeZone(zone: string): boolean {
  return TimeZoneName.safeParse(zone).success;
}
