import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import type { Config } from '../config.ts';
import { ApiError } from '../http/errors.ts';
import type { Authenticator } from './authenticate.ts';
import { bearerOf } from './authenticate.ts';
import { looksLikeApiToken } from './tokens.ts';

/** The delegated scope the Outlook pane asks for through Nested App Authentication. */
export const MICROSOFT_API_SCOPE = 'access_as_user';

/** Microsoft access-token claims Relance reads. */
interface MicrosoftClaims extends JWTPayload {
  tid?: string;
  scp?: string;
  preferred_username?: string;
  email?: string;
  upn?: string;
}

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * Accepts a Microsoft access token (Nested App Authentication in Outlook) as the bearer: RS256
 * signed by a key of the configured JWKS, issued by an allowed tenant (v1 or v2 issuer), for this
 * API (its client id or `api://…/<client id>`), with the `access_as_user` scope, and maps it by
 * email to a live Relance user. Without a Microsoft registration it never answers.
 */
export function microsoftAuthenticator(
  config: Config,
  options: { keys?: JWTVerifyGetKey } = {},
): Authenticator {
  const microsoft = config.microsoft;
  if (!microsoft) return async () => null;
  const keys = options.keys ?? createRemoteJWKSet(new URL(microsoft.jwksUrl));
  const allowedTenants = new Set(microsoft.allowedTenants.map((t) => t.toLowerCase()));

  return async (req, deps) => {
    const bearer = bearerOf(req);
    if (!bearer || looksLikeApiToken(bearer) || !JWT_SHAPE.test(bearer)) return null;

    const claims = await verify(bearer, keys, deps.clock.now());
    checkAudience(claims, microsoft.clientId);
    const tenant = checkIssuer(claims, allowedTenants);
    checkScope(claims);
    const email = emailOf(claims);

    const user = await deps.storage.db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'role', 'language', 'disabled_at'])
      .where('email', '=', email)
      .executeTakeFirst();
    if (!user || user.disabled_at) {
      throw new ApiError(
        'forbidden',
        `no active Relance user has the email ${email} (tenant ${tenant}); ask an admin to add you`,
      );
    }
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      language: user.language,
      via: 'microsoft',
    };
  };
}

async function verify(token: string, keys: JWTVerifyGetKey, now: Date): Promise<MicrosoftClaims> {
  try {
    const { payload } = await jwtVerify<MicrosoftClaims>(token, keys, {
      algorithms: ['RS256'],
      currentDate: now,
      clockTolerance: 60,
      requiredClaims: ['exp', 'iss', 'aud', 'tid'],
    });
    return payload;
  } catch (err) {
    throw new ApiError('unauthenticated', `the Microsoft token was refused: ${reasonOf(err)}`);
  }
}

function reasonOf(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'it has expired';
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'its signature is not valid';
  if (err instanceof joseErrors.JWKSNoMatchingKey) return 'it is not signed by a Microsoft key';
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return 'it is not signed with RS256';
  if (err instanceof joseErrors.JWTClaimValidationFailed) return `claim ${err.claim} ${err.reason}`;
  return 'it is not a valid token';
}

function checkAudience(claims: MicrosoftClaims, clientId: string): void {
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const ours = audiences.some(
    (aud) =>
      aud === clientId || (aud?.startsWith('api://') === true && aud.endsWith(`/${clientId}`)),
  );
  if (!ours) {
    throw new ApiError('unauthenticated', 'the Microsoft token was issued for another application');
  }
}

function checkIssuer(claims: MicrosoftClaims, allowedTenants: Set<string>): string {
  const tenant = (claims.tid ?? '').toLowerCase();
  const issuers = [
    `https://login.microsoftonline.com/${tenant}/v2.0`,
    `https://sts.windows.net/${tenant}/`,
  ];
  if (!claims.iss || !issuers.includes(claims.iss.toLowerCase())) {
    throw new ApiError('unauthenticated', 'the Microsoft token has an unexpected issuer');
  }
  if (!allowedTenants.has(tenant)) {
    throw new ApiError('unauthenticated', `the Microsoft tenant ${tenant} is not allowed here`);
  }
  return tenant;
}

function checkScope(claims: MicrosoftClaims): void {
  const scopes = (claims.scp ?? '').split(' ');
  if (!scopes.includes(MICROSOFT_API_SCOPE)) {
    throw new ApiError(
      'unauthenticated',
      `the Microsoft token lacks the ${MICROSOFT_API_SCOPE} scope`,
    );
  }
}

function emailOf(claims: MicrosoftClaims): string {
  const email = claims.preferred_username ?? claims.email ?? claims.upn;
  if (!email || !email.includes('@')) {
    throw new ApiError('unauthenticated', 'the Microsoft token names no email address');
  }
  return email.trim().toLowerCase();
}
