import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSigningKey, signIdToken } from './id-tokens.ts';
import {
  BASE_URL,
  COLLECTOR,
  FakeBackend,
  OAUTH_CLIENT_ID,
  SERVICE_AGENT,
  checkCards,
  contextualGmail,
  eventObject,
  gmailMessage,
  googleTokens,
  startAddon,
  startCertsServer,
  startFakeGmail,
  testKey,
} from './testing.ts';
import { endpointUrl } from './endpoints.ts';

const key = testKey();
let certs: Awaited<ReturnType<typeof startCertsServer>>;
let gmail: Awaited<ReturnType<typeof startFakeGmail>>;
let addon: Awaited<ReturnType<typeof startAddon>>;
let backend: FakeBackend;

beforeAll(async () => {
  certs = await startCertsServer([key]);
  gmail = await startFakeGmail([
    gmailMessage({
      id: 'msg-1',
      from: 'Paul <paul@acme.test>',
      subject: 'Facture',
      text: 'Bonjour',
    }),
  ]);
  backend = new FakeBackend();
  addon = await startAddon({
    backend,
    certsUrl: `${certs.url}/certs`,
    gmailRootUrl: gmail.rootUrl,
  });
});
afterAll(async () => {
  await addon.close();
  await gmail.close();
  await certs.close();
});

function contextualBody(userToken: string) {
  return eventObject({ userIdToken: userToken, gmail: contextualGmail() });
}

describe('checking the caller', () => {
  it('answers a card when the service agent token is valid for this endpoint', async () => {
    const tokens = googleTokens(key, 'homepage');
    const answer = await addon.post(
      'homepage',
      eventObject({ userIdToken: tokens.user }),
      tokens.system,
    );
    expect(answer.status).toBe(200);
    expect(checkCards(answer.body).errors).toEqual([]);
  });

  it('refuses a request without an Authorization header and runs nothing', async () => {
    const before = backend.contextCalls.length;
    const tokens = googleTokens(key, 'contextual');
    const answer = await addon.post('contextual', contextualBody(tokens.user), null);
    expect(answer.status).toBe(401);
    expect(backend.contextCalls.length).toBe(before);
  });

  it('refuses a token signed by another key under the same key id', async () => {
    const forger = makeSigningKey(key.kid);
    const tokens = googleTokens(forger, 'contextual');
    const answer = await addon.post('contextual', contextualBody(tokens.user), tokens.system);
    expect(answer.status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const expired = signIdToken(key.privateKey, key.kid, {
      aud: endpointUrl(BASE_URL, 'contextual'),
      sub: '1',
      email: SERVICE_AGENT,
      issuedAt: new Date(Date.now() - 2 * 3600_000),
      lifetimeSeconds: 3600,
    });
    const answer = await addon.post(
      'contextual',
      contextualBody(googleTokens(key, 'contextual').user),
      expired,
    );
    expect(answer.status).toBe(401);
  });

  it('refuses a token minted for another endpoint', async () => {
    const tokens = googleTokens(key, 'homepage');
    const answer = await addon.post('contextual', contextualBody(tokens.user), tokens.system);
    expect(answer.status).toBe(401);
  });

  it('refuses a valid Google token of another service account', async () => {
    const other = signIdToken(key.privateKey, key.kid, {
      aud: endpointUrl(BASE_URL, 'homepage'),
      sub: '1',
      email: 'someone-else@gcp-sa-gsuiteaddons.iam.gserviceaccount.com',
    });
    const answer = await addon.post(
      'homepage',
      eventObject({ userIdToken: googleTokens(key, 'homepage').user }),
      other,
    );
    expect(answer.status).toBe(401);
  });

  it('refuses the service agent when its email is not verified', async () => {
    const unverified = signIdToken(key.privateKey, key.kid, {
      aud: endpointUrl(BASE_URL, 'homepage'),
      sub: '1',
      email: SERVICE_AGENT,
      emailVerified: false,
    });
    const answer = await addon.post(
      'homepage',
      eventObject({ userIdToken: googleTokens(key, 'homepage').user }),
      unverified,
    );
    expect(answer.status).toBe(401);
  });

  it('refuses a user token minted for another OAuth client', async () => {
    const tokens = googleTokens(key, 'homepage');
    const strayUser = signIdToken(key.privateKey, key.kid, {
      aud: 'other-client.apps.googleusercontent.com',
      sub: '2',
      email: COLLECTOR.email,
    });
    const answer = await addon.post(
      'homepage',
      eventObject({ userIdToken: strayUser }),
      tokens.system,
    );
    expect(answer.status).toBe(401);
  });

  it('refuses a development-key token when no development verifier is configured', async () => {
    const dev = makeSigningKey('relance-dev');
    const tokens = googleTokens(dev, 'homepage');
    const answer = await addon.post(
      'homepage',
      eventObject({ userIdToken: tokens.user }),
      tokens.system,
    );
    expect(answer.status).toBe(401);
  });
});

describe('identifying the user', () => {
  it('tells a Google user who is not a Relance user how to get access', async () => {
    const tokens = googleTokens(key, 'homepage', { userEmail: 'stranger@acme.test' });
    const answer = await addon.post(
      'homepage',
      eventObject({ userIdToken: tokens.user, locale: 'en' }),
      tokens.system,
    );
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toContain('stranger@acme.test is not a Relance user');
    expect(checkCards(answer.body).errors).toEqual([]);
  });

  it('uses the audience of the configured OAuth client for the user token', async () => {
    const tokens = googleTokens(key, 'settings');
    expect(OAUTH_CLIENT_ID).toContain('apps.googleusercontent.com');
    const answer = await addon.post(
      'settings',
      eventObject({ userIdToken: tokens.user }),
      tokens.system,
    );
    expect(JSON.stringify(answer.body)).toContain(COLLECTOR.name);
  });
});
