import { createHmac, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';

// Values that round-trip through card action parameters: signed with the server secret,
// stamped with an expiry, and parsed again with zod on the way back. Never trusted as sent.

/** A parameter that was tampered with, expired, or no longer has the expected shape. */
export class StateRejected extends Error {}

/** Signs and checks round-tripping card state. */
export interface StateSigner {
  sign(value: unknown, ttlSeconds?: number): string;
  open<T>(token: string | undefined, schema: z.ZodType<T>): T;
}

/** How long a card's buttons stay valid: a sidebar left open for a working day. */
export const DEFAULT_STATE_TTL_SECONDS = 12 * 3600;

/** Builds a signer over an HMAC-SHA256 secret. */
export function createStateSigner(secret: string, now: () => Date = () => new Date()): StateSigner {
  if (secret.length < 32) throw new Error('the signing secret must be at least 32 characters');
  const mac = (data: string) => createHmac('sha256', secret).update(data).digest('base64url');

  return {
    sign(value, ttlSeconds = DEFAULT_STATE_TTL_SECONDS) {
      const exp = Math.floor(now().getTime() / 1000) + ttlSeconds;
      const body = Buffer.from(JSON.stringify({ exp, v: value })).toString('base64url');
      return `${body}.${mac(body)}`;
    },
    open(token, schema) {
      if (!token) throw new StateRejected('missing card state');
      const [body, signature, extra] = token.split('.');
      if (!body || !signature || extra !== undefined) throw new StateRejected('malformed state');
      const expected = Buffer.from(mac(body));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
        throw new StateRejected('bad signature');
      }
      const decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
        exp?: unknown;
        v?: unknown;
      };
      if (typeof decoded.exp !== 'number' || decoded.exp * 1000 < now().getTime()) {
        throw new StateRejected('expired');
      }
      const parsed = schema.safeParse(decoded.v);
      if (!parsed.success) throw new StateRejected('unexpected state shape');
      return parsed.data;
    },
  };
}
