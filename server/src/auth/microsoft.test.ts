import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { buildExtensions } from '../extensions.ts';
import { databasesUnderTest } from '../testing.ts';
import { startTestServer } from '../testing-server.ts';
import type { TestServer } from '../testing-server.ts';
import { microsoftAuthenticator } from './microsoft.ts';

const CLIENT_ID = '9f3c2a1e-0000-4000-8000-00000000c11d';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';
const KID = 'relance-test-key';

interface Keys {
  privateKey: CryptoKey;
  jwk: JWK;
}

async function keyPair(): Promise<Keys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return {
    privateKey,
    jwk: { ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' },
  };
}

// A Microsoft-style JWKS endpoint on loopback, as the authenticator fetches in production.
async function serveJwks(keys: JWK[]): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`, server };
}

function token(
  key: CryptoKey,
  claims: Record<string, unknown> = {},
  options: { expiresIn?: string | number; issuedAt?: number } = {},
) {
  const tid = (claims.tid as string | undefined) ?? TENANT;
  return new SignJWT({
    aud: `api://collect.example.com/${CLIENT_ID}`,
    iss: `https://login.microsoftonline.com/${tid}/v2.0`,
    tid,
    scp: 'access_as_user',
    preferred_username: 'Colette@Relance.test',
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
    .setIssuedAt(options.issuedAt)
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(key);
}

for (const engine of databasesUnderTest()) {
  describe.skipIf(engine.skipReason !== null)(`Microsoft NAA tokens on ${engine.name}`, () => {
    let server: TestServer;
    let jwks: { url: string; server: Server };
    let signer: Keys;
    let forger: Keys;

    beforeAll(async () => {
      signer = await keyPair();
      forger = await keyPair();
      jwks = await serveJwks([signer.jwk]);
      const env = {
        MICROSOFT_CLIENT_ID: CLIENT_ID,
        MICROSOFT_ALLOWED_TENANTS: TENANT,
        MICROSOFT_JWKS_URL: jwks.url,
      };
      // The server's own extensions, so the test also covers that configuration switches NAA on.
      server = await startTestServer(engine, { env, extensions: buildExtensions });
    });
    afterAll(async () => {
      await server?.close();
      jwks?.server.close();
    });

    const me = async (bearer: string) => {
      const res = await fetch(`${server.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };

    it('signs in the Relance user the valid token names by email', async () => {
      const res = await me(await token(signer.privateKey));
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ id: server.users.collector.id });
    });

    it('accepts the bare client id as audience and the v1 issuer', async () => {
      const res = await me(
        await token(signer.privateKey, {
          aud: CLIENT_ID,
          iss: `https://sts.windows.net/${TENANT}/`,
        }),
      );
      expect(res.status).toBe(200);
    });

    it('refuses a token for another application', async () => {
      const res = await me(await token(signer.privateKey, { aud: 'api://x/another-app' }));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('the Microsoft token was issued for another application');
    });

    it('refuses a tenant that is not allowed', async () => {
      const res = await me(await token(signer.privateKey, { tid: OTHER_TENANT }));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe(`the Microsoft tenant ${OTHER_TENANT} is not allowed here`);
    });

    it('refuses an issuer that does not match the tenant', async () => {
      const res = await me(
        await token(signer.privateKey, {
          iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
        }),
      );
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('the Microsoft token has an unexpected issuer');
    });

    it('refuses an expired token', async () => {
      const hourAgo = Math.floor(Date.now() / 1000) - 3600;
      const res = await me(
        await token(signer.privateKey, {}, { issuedAt: hourAgo - 3600, expiresIn: hourAgo }),
      );
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('the Microsoft token was refused: it has expired');
    });

    it('refuses a forged token signed by another key under the same key id', async () => {
      const res = await me(await token(forger.privateKey));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('the Microsoft token was refused: its signature is not valid');
    });

    it('refuses a token without the access_as_user scope', async () => {
      const res = await me(await token(signer.privateKey, { scp: 'User.Read' }));
      expect(res.status).toBe(401);
      expect(res.body.detail).toBe('the Microsoft token lacks the access_as_user scope');
    });

    it('refuses a valid identity that is no Relance user', async () => {
      const res = await me(
        await token(signer.privateKey, { preferred_username: 'nobody@relance.test' }),
      );
      expect(res.status).toBe(403);
    });

    it('leaves personal API tokens to their own authenticator', async () => {
      const res = await server.call(server.users.manager, 'GET', '/api/v1/me');
      expect(res.status).toBe(200);
    });
  });
}

describe('microsoftAuthenticator without a Microsoft registration', () => {
  it('never answers, so other authenticators decide', async () => {
    const authenticate = microsoftAuthenticator(loadConfig({ LOG_LEVEL: 'silent' }));
    const req = { get: () => 'Bearer a.b.c' } as unknown as Parameters<typeof authenticate>[0];
    await expect(authenticate(req, {} as Parameters<typeof authenticate>[1])).resolves.toBeNull();
  });
});
