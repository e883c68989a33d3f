import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { OAuth2Client } from 'google-auth-library';

/** What this add-on reads from a verified Google ID token. */
export interface IdTokenClaims {
  sub: string;
  email: string;
  emailVerified: boolean;
  /** When the token expires, in seconds since the epoch. */
  expiresAt: number;
}

/** Checks a Google-format ID token's signature, issuer, expiry and audience. */
export interface IdTokenVerifier {
  verify(token: string, audience: string): Promise<IdTokenClaims>;
}

/** A token that failed verification; the caller answers 401 and runs nothing. */
export class TokenRejected extends Error {}

const GOOGLE_ISSUERS = ['accounts.google.com', 'https://accounts.google.com'];

/**
 * Verifies tokens with google-auth-library against Google's published certificates, or
 * against `certsUrl` (a `{kid: pem}` document, as Google serves) when one is configured.
 */
export function googleIdTokenVerifier(options: { certsUrl?: string } = {}): IdTokenVerifier {
  const client = new OAuth2Client(
    options.certsUrl ? { endpoints: { oauth2FederatedSignonPemCertsUrl: options.certsUrl } } : {},
  );
  return {
    async verify(token, audience) {
      try {
        const ticket = await client.verifyIdToken({ idToken: token, audience });
        return claimsOf(ticket.getPayload());
      } catch (err) {
        throw new TokenRejected(err instanceof Error ? err.message : String(err));
      }
    },
  };
}

function claimsOf(
  payload: { sub?: string; email?: string; email_verified?: boolean; exp?: number } | undefined,
): IdTokenClaims {
  if (!payload?.sub) throw new TokenRejected('the token has no subject');
  return {
    sub: payload.sub,
    email: (payload.email ?? '').toLowerCase(),
    emailVerified: payload.email_verified === true,
    // The library refuses a token without `exp`; 0 keeps such a claim set out of any cache.
    expiresAt: typeof payload.exp === 'number' ? payload.exp : 0,
  };
}

/** How many verified tokens are remembered at most. */
export const VERIFIED_TOKENS_KEPT = 2_000;

/**
 * Remembers the claims of tokens that passed verification until they expire, so that a
 * token presented again within its lifetime costs a map lookup instead of a signature check.
 * Only successes are kept: a refused token is checked again each time. Past `maxEntries`,
 * expired entries go, then the oldest.
 */
export function rememberingVerifier(
  inner: IdTokenVerifier,
  options: { now?: () => number; maxEntries?: number } = {},
): IdTokenVerifier {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? VERIFIED_TOKENS_KEPT;
  const verified = new Map<string, IdTokenClaims>();
  const live = (claims: IdTokenClaims) => claims.expiresAt * 1000 > now();

  const makeRoom = () => {
    for (const [key, claims] of verified) if (!live(claims)) verified.delete(key);
    for (const key of verified.keys()) {
      if (verified.size < maxEntries) break;
      verified.delete(key);
    }
  };

  return {
    async verify(token, audience) {
      const key = `${audience}\n${token}`;
      const known = verified.get(key);
      if (known && live(known)) return known;
      verified.delete(key);

      const claims = await inner.verify(token, audience);
      if (live(claims)) {
        if (verified.size >= maxEntries) makeRoom();
        verified.set(key, claims);
      }
      return claims;
    },
  };
}

/** The key id in a JWT's header, or null when the token is not a JWT. */
export function keyIdOf(token: string): string | null {
  const header = token.split('.')[0];
  if (!header) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && 'kid' in parsed
      ? String(parsed.kid)
      : null;
  } catch {
    return null;
  }
}

/** Claims of an ID token this code signs (development key, tests). */
export interface IdTokenInput {
  aud: string;
  sub: string;
  email: string;
  emailVerified?: boolean;
  issuedAt?: Date;
  lifetimeSeconds?: number;
  iss?: string;
}

/** Signs an RS256 ID token shaped like Google's with the given private key. */
export function signIdToken(privateKey: KeyObject, kid: string, input: IdTokenInput): string {
  const iat = Math.floor((input.issuedAt ?? new Date()).getTime() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid };
  const payload = {
    iss: input.iss ?? 'https://accounts.google.com',
    aud: input.aud,
    sub: input.sub,
    email: input.email,
    email_verified: input.emailVerified ?? true,
    iat,
    exp: iat + (input.lifetimeSeconds ?? 3600),
  };
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const signingInput = `${encode(header)}.${encode(payload)}`;
  const signature = sign('RSA-SHA256', Buffer.from(signingInput), privateKey).toString('base64url');
  return `${signingInput}.${signature}`;
}

/** An RSA key pair with its key id and public certificate document (`{kid: pem}`). */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicPem: string;
  certs: Record<string, string>;
}

/** Makes a fresh RSA key pair for signing ID tokens (tests, the demo preview). */
export function makeSigningKey(kid = `relance-${randomUUID()}`): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    kid,
    privateKey: createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })),
    publicPem: createPublicKey(publicPem).export({ type: 'spki', format: 'pem' }).toString(),
    certs: { [kid]: publicPem },
  };
}

/** Verifies tokens signed with one known key, through the library's verify-with-certs. */
export function fixedKeyVerifier(key: Pick<SigningKey, 'certs'>): IdTokenVerifier {
  const client = new OAuth2Client();
  return {
    async verify(token, audience) {
      try {
        const ticket = await client.verifySignedJwtWithCertsAsync(
          token,
          key.certs,
          audience,
          GOOGLE_ISSUERS,
        );
        return claimsOf(ticket.getPayload());
      } catch (err) {
        throw new TokenRejected(err instanceof Error ? err.message : String(err));
      }
    },
  };
}

/**
 * Routes a token to the development verifier when its key id is the development key's,
 * otherwise to Google's. Only demo mode passes a development verifier.
 */
export function routedVerifier(
  google: IdTokenVerifier,
  development: { kid: string; verifier: IdTokenVerifier } | undefined,
): IdTokenVerifier {
  if (!development) return google;
  return {
    verify: (token, audience) =>
      keyIdOf(token) === development.kid
        ? development.verifier.verify(token, audience)
        : google.verify(token, audience),
  };
}
