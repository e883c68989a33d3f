import { hash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

const PREFIX = 'rl';

/** SHA-256 of a secret, hex: what the database keeps instead of the secret. */
export function hashSecret(secret: string): string {
  return hash('sha256', secret, 'hex');
}

/** True when a bearer value has the shape of a Relance API token. */
export function looksLikeApiToken(value: string): boolean {
  return /^rl_[a-z0-9]{8}_[A-Za-z0-9_-]{32,}$/.test(value);
}

/** Creates an API token for a user and returns its secret, the only time it exists in clear. */
export async function issueApiToken(
  db: Kysely<Database>,
  userId: string,
  name: string,
  now: Date,
): Promise<{ id: string; token: string; prefix: string }> {
  const prefix = randomBytes(4).toString('hex');
  const token = `${PREFIX}_${prefix}_${randomBytes(32).toString('base64url')}`;
  const id = randomUUID();
  await db
    .insertInto('api_tokens')
    .values({
      id,
      user_id: userId,
      name,
      token_hash: hashSecret(token),
      prefix,
      created_at: now.toISOString(),
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return { id, token, prefix };
}
