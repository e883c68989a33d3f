import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';

// Dashboard passwords are stored as `scrypt$N$r$p$salt$hash` (salt and hash in base64url), so
// that the cost parameters travel with each hash and can be raised without a migration.

const COST = { N: 16_384, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must cover 128 * N * r bytes, or OpenSSL refuses the larger costs.
    const maxmem = 256 * (options.N ?? COST.N) * (options.r ?? COST.r);
    scrypt(password, salt, KEY_BYTES, { ...options, maxmem }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** Hashes a password with scrypt and a fresh random salt: `scrypt$N$r$p$salt$hash`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return [
    'scrypt',
    COST.N,
    COST.r,
    COST.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** True when `password` is the one `hash` was made from; false for any malformed hash. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltText, keyText] = parts;
  const N = Number(n);
  const blockSize = Number(r);
  const parallel = Number(p);
  const valid = (x: number) => Number.isSafeInteger(x) && x > 0;
  if (!valid(N) || !valid(blockSize) || !valid(parallel) || (N & (N - 1)) !== 0) return false;
  if (N > 1 << 20 || blockSize > 32 || parallel > 16) return false;

  const salt = Buffer.from(saltText ?? '', 'base64url');
  const expected = Buffer.from(keyText ?? '', 'base64url');
  if (salt.length === 0 || expected.length !== KEY_BYTES) return false;
  const actual = await derive(password, salt, { N, r: blockSize, p: parallel });
  return timingSafeEqual(actual, expected);
}
