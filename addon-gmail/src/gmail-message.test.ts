import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailApiReader, htmlToText, MessageReadError, parseAddresses } from './gmail-message.ts';
import { gmailMessage, startFakeGmail } from './testing.ts';

let gmail: Awaited<ReturnType<typeof startFakeGmail>>;

beforeAll(async () => {
  gmail = await startFakeGmail([
    gmailMessage({
      id: 'm-plain',
      from: '"Durand, Paul" <Paul.Durand@Acme.test>',
      to: 'colette@relance.test, "Compta" <compta@relance.test>',
      subject: 'Règlement F-2025-0001',
      text: 'Nous réglerons la facture F-2025-0001 le 30 mars.',
      html: '<p>ignored</p>',
      messageId: '<abc@acme.test>',
    }),
    gmailMessage({
      id: 'm-html',
      from: 'paul@acme.test',
      subject: 'HTML only',
      html: '<html><head><style>p{}</style></head><body><p>Montant&nbsp;: 1&#160;200 &euro;</p><script>x()</script><div>Merci</div></body></html>',
    }),
  ]);
});
afterAll(() => gmail.close());

describe('reading the open message through the Gmail API', () => {
  const read = () => gmailApiReader({ rootUrl: gmail.rootUrl });

  it('sends the user token as bearer and the message token in X-Goog-Gmail-Access-Token', async () => {
    await read()({
      gmailMessageId: 'm-plain',
      userOAuthToken: 'ya29.u',
      messageAccessToken: 'mat',
    });
    expect(gmail.seen.at(-1)).toEqual({
      authorization: 'Bearer ya29.u',
      accessToken: 'mat',
      format: 'full',
    });
  });

  it('extracts Message-ID, From, To, Cc, Subject, Date and the text/plain body', async () => {
    const message = await read()({
      gmailMessageId: 'm-plain',
      userOAuthToken: 'u',
      messageAccessToken: 'a',
    });
    expect(message).toMatchObject({
      messageId: '<abc@acme.test>',
      from: 'paul.durand@acme.test',
      fromName: 'Durand, Paul',
      to: ['colette@relance.test', 'compta@relance.test'],
      cc: ['anne@acme.test'],
      subject: 'Règlement F-2025-0001',
      sentAt: '2025-03-14T09:00:00.000Z',
      text: 'Nous réglerons la facture F-2025-0001 le 30 mars.',
    });
  });

  it('falls back to the HTML body reduced to text', async () => {
    const message = await read()({
      gmailMessageId: 'm-html',
      userOAuthToken: 'u',
      messageAccessToken: 'a',
    });
    expect(message.text).toBe('Montant\u00a0: 1\u00a0200 €\nMerci');
  });

  it('says the message is not found on a 404', async () => {
    const failure = read()({
      gmailMessageId: 'nope',
      userOAuthToken: 'u',
      messageAccessToken: 'a',
    });
    await expect(failure).rejects.toMatchObject({ reason: 'not_found' });
  });

  it('says Gmail is unavailable when it answers 503', async () => {
    gmail.setDown(true);
    try {
      const failure = read()({
        gmailMessageId: 'm-plain',
        userOAuthToken: 'u',
        messageAccessToken: 'a',
      });
      await expect(failure).rejects.toBeInstanceOf(MessageReadError);
      await expect(failure).rejects.toMatchObject({ reason: 'unavailable' });
    } finally {
      gmail.setDown(false);
    }
  });
});

describe('parseAddresses', () => {
  it('keeps quoted commas inside display names', () => {
    expect(parseAddresses('"A, B" <a@x.fr>, c@y.fr').map((a) => a.email)).toEqual([
      'a@x.fr',
      'c@y.fr',
    ]);
  });
  it('drops what is not an address', () => {
    expect(parseAddresses('undisclosed-recipients:;')).toEqual([]);
  });
});

describe('htmlToText', () => {
  it('decodes numeric and named entities', () => {
    expect(htmlToText('a&amp;b &#x41;&#66;')).toBe('a&b AB');
  });
});
