import pino from 'pino';
import type { Logger } from 'pino';

/** Categories a log line belongs to, so operators can filter by concern. */
export type LogCategory = 'http' | 'db' | 'auth' | 'jobs' | 'cli' | 'gmail' | 'app';

// Whatever a caller passes, these never reach a log line: tokens, cookies, mail content.
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-goog-gmail-access-token"]',
  'res.headers["set-cookie"]',
  '*.token',
  '*.password',
  '*.body',
  '*.text',
];

/** Builds the one structured logger of the process. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    base: { service: 'relance' },
  });
}

/** A child logger tagged with its category. */
export function loggerFor(root: Logger, category: LogCategory): Logger {
  return root.child({ category });
}
