import { describe, expect, it } from 'vitest';
import { TokenRejected, rememberingVerifier } from './id-tokens.ts';
import type { IdTokenClaims, IdTokenVerifier } from './id-tokens.ts';

const NOW_S = 1_800_000_000;

/** A verifier that accepts tokens named `good-<exp>` for audience `aud`, counting its checks. */
function countingVerifier(): IdTokenVerifier & { checks: number } {
  const inner = {
    checks: 0,
    verify(token: string, audience: string): Promise<IdTokenClaims> {
      inner.checks++;
      const exp = /^good-(\d+)$/.exec(token)?.[1];
      if (!exp || audience !== 'aud') return Promise.reject(new TokenRejected('bad token'));
      return Promise.resolve({
        sub: token,
        email: 'agent@example.test',
        emailVerified: true,
        expiresAt: Number(exp),
      });
    },
  };
  return inner;
}

describe('rememberingVerifier', () => {
  it('checks a token once and answers its claims again until it expires', async () => {
    const inner = countingVerifier();
    let now = NOW_S * 1000;
    const verifier = rememberingVerifier(inner, { now: () => now });
    const token = `good-${NOW_S + 60}`;

    const first = await verifier.verify(token, 'aud');
    expect(await verifier.verify(token, 'aud')).toEqual(first);
    expect(inner.checks).toBe(1);

    now = (NOW_S + 60) * 1000;
    await verifier.verify(token, 'aud');
    expect(inner.checks).toBe(2);
  });

  it('checks a refused token every time', async () => {
    const inner = countingVerifier();
    const verifier = rememberingVerifier(inner, { now: () => NOW_S * 1000 });
    await expect(verifier.verify('forged', 'aud')).rejects.toBeInstanceOf(TokenRejected);
    await expect(verifier.verify('forged', 'aud')).rejects.toBeInstanceOf(TokenRejected);
    expect(inner.checks).toBe(2);
  });

  it('does not answer a token verified for one audience when asked for another', async () => {
    const inner = countingVerifier();
    const verifier = rememberingVerifier(inner, { now: () => NOW_S * 1000 });
    const token = `good-${NOW_S + 60}`;
    await verifier.verify(token, 'aud');
    await expect(verifier.verify(token, 'other')).rejects.toBeInstanceOf(TokenRejected);
  });

  it('keeps at most maxEntries tokens, forgetting the oldest first', async () => {
    const inner = countingVerifier();
    const verifier = rememberingVerifier(inner, { now: () => NOW_S * 1000, maxEntries: 2 });
    const [a, b, c] = [1, 2, 3].map((n) => `good-${NOW_S + 60 + n}`) as [string, string, string];
    for (const token of [a, b, c]) await verifier.verify(token, 'aud');
    expect(inner.checks).toBe(3);

    await verifier.verify(c, 'aud');
    await verifier.verify(b, 'aud');
    expect(inner.checks).toBe(3);
    await verifier.verify(a, 'aud');
    expect(inner.checks).toBe(4);
  });
});
