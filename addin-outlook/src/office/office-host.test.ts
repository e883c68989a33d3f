import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { MailHostError } from './host.ts';
import { createOfficeHost, officeReady } from './office-host.ts';

type Callback = (result: { status: string; value?: unknown; error?: unknown }) => void;

const ok = (value?: unknown) => ({ status: 'succeeded', value });
const failed = (code: number, message: string) => ({ status: 'failed', error: { code, message } });

const enums = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Html: 'html', Text: 'text' },
  EventType: { ItemChanged: 'olkItemSelectedChanged' },
  HostType: { Outlook: 'Outlook' },
};

function readItem(overrides: Record<string, unknown> = {}) {
  return {
    subject: 'Paiement FA-2026-0412',
    from: { displayName: 'Compta Acme', emailAddress: 'Compta@Acme.fr' },
    to: [{ displayName: 'Colette', emailAddress: 'colette@relance.test' }],
    cc: [],
    internetMessageId: '<abc@acme.fr>',
    conversationId: 'conv-1',
    itemId: 'item-1',
    dateTimeCreated: new Date('2026-03-05T09:30:00Z'),
    body: {
      getAsync(coercion: string, callback: Callback) {
        callback(coercion === 'text' ? ok('Nous réglerons le 12 mars.') : failed(9000, 'html'));
      },
    },
    displayReplyForm(form: unknown) {
      (this as { replied?: unknown }).replied = form;
    },
    ...overrides,
  };
}

function composeItem(bodyType = 'html', subject = '') {
  const state = { inserted: null as unknown, coercion: null as unknown, subject };
  const item = {
    to: { getAsync: (cb: Callback) => cb(ok([{ displayName: '', emailAddress: 'Ap@Acme.fr' }])) },
    cc: { getAsync: (cb: Callback) => cb(ok([])) },
    subject: {
      getAsync: (cb: Callback) => cb(ok(state.subject)),
      setAsync: (value: string, cb: Callback) => {
        state.subject = value;
        cb(ok());
      },
    },
    conversationId: '',
    body: {
      getTypeAsync: (cb: Callback) => cb(ok(bodyType)),
      setSelectedDataAsync: (data: string, options: { coercionType: string }, cb: Callback) => {
        state.inserted = data;
        state.coercion = options.coercionType;
        cb(ok());
      },
    },
  };
  return { item, state };
}

function installOffice(item: unknown, extra: Record<string, unknown> = {}) {
  const handlers: Array<() => void> = [];
  const data = {
    // Tells office-addin-mock to behave as Outlook: plain values, no load()/sync() needed.
    host: 'outlook',
    ...enums,
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: 'fr-FR',
      requirements: { isSetSupported: (name: string) => name === 'NestedAppAuth' },
      mailbox: {
        item: item ?? {},
        userProfile: { displayName: 'Colette Martin', emailAddress: 'Colette@Relance.test' },
        addHandlerAsync(type: string, handler: () => void, cb: Callback) {
          if (type === enums.EventType.ItemChanged) handlers.push(handler);
          cb(ok());
        },
        removeHandlerAsync(_type: string, cb: Callback) {
          handlers.length = 0;
          cb(ok());
        },
      },
    },
    ...extra,
  };
  const office = new OfficeMockObject(data) as unknown as typeof Office;
  // The mock turns every object into a mock object; a pinned pane between messages has none.
  if (item === null) (office.context.mailbox as { item: unknown }).item = null;
  (globalThis as { Office?: unknown }).Office = office;
  return { office, handlers };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('officeReady', () => {
  it('says when Office.js is missing instead of hanging', async () => {
    await expect(officeReady()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('resolves inside Outlook', async () => {
    installOffice(readItem());
    await expect(officeReady()).resolves.toEqual({ inOutlook: true });
  });
});

describe('readItem', () => {
  it('reads sender, recipients, ids, date and body text of a received email', async () => {
    installOffice(readItem());
    const item = await createOfficeHost().readItem();

    expect(item).toEqual({
      mode: 'read',
      from: { name: 'Compta Acme', email: 'compta@acme.fr' },
      to: [{ name: 'Colette', email: 'colette@relance.test' }],
      cc: [],
      subject: 'Paiement FA-2026-0412',
      internetMessageId: '<abc@acme.fr>',
      conversationId: 'conv-1',
      itemId: 'item-1',
      sentAt: '2026-03-05T09:30:00.000Z',
      text: 'Nous réglerons le 12 mars.',
    });
  });

  it('reads recipients and subject of a draft, with the user as sender', async () => {
    installOffice(composeItem('html', 'Relevé').item);
    const item = await createOfficeHost().readItem();

    expect(item?.mode).toBe('compose');
    expect(item?.from).toEqual({ name: 'Colette Martin', email: 'colette@relance.test' });
    expect(item?.to).toEqual([{ name: 'ap@acme.fr', email: 'ap@acme.fr' }]);
    expect(item?.subject).toBe('Relevé');
  });

  it('answers null when a pinned pane has no item selected', async () => {
    installOffice(null);
    await expect(createOfficeHost().readItem()).resolves.toBeNull();
  });

  it('rejects with a typed error carrying Office code when the body cannot be read', async () => {
    installOffice(
      readItem({
        body: { getAsync: (_c: string, cb: Callback) => cb(failed(9041, 'no network')) },
      }),
    );
    const error = await createOfficeHost()
      .readItem()
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MailHostError);
    expect(error).toMatchObject({ code: 'failed', officeCode: 9041, message: 'no network' });
  });
});

describe('onItemChanged', () => {
  it('calls the listener on each ItemChanged until unsubscribed', async () => {
    const { handlers } = installOffice(readItem());
    const seen: number[] = [];
    const unsubscribe = await createOfficeHost().onItemChanged(() => seen.push(seen.length));

    handlers.forEach((h) => h());
    handlers.forEach((h) => h());
    await unsubscribe();

    expect(seen).toEqual([0, 1]);
    expect(handlers).toHaveLength(0);
  });
});

describe('writing', () => {
  const draft = { subject: 'Relevé de compte', html: '<p>Bonjour</p>', text: 'Bonjour' };

  it('inserts HTML at the cursor of an HTML draft and fills an empty subject', async () => {
    const { item, state } = composeItem('html', '');
    installOffice(item);
    await createOfficeHost().insertIntoDraft(draft);

    expect(state).toEqual({ inserted: draft.html, coercion: 'html', subject: draft.subject });
  });

  it('inserts plain text into a plain-text draft and keeps a subject already written', async () => {
    const { item, state } = composeItem('text', 'Re: facture');
    installOffice(item);
    await createOfficeHost().insertIntoDraft(draft);

    expect(state).toEqual({ inserted: draft.text, coercion: 'text', subject: 'Re: facture' });
  });

  it('opens a reply form with the statement in read mode', () => {
    const { office } = installOffice(readItem());
    createOfficeHost().replyWith(draft);
    const item = office.context.mailbox.item as unknown as { replied?: unknown };
    expect(item.replied).toEqual({ htmlBody: draft.html });
  });

  it('refuses to insert into a received email', async () => {
    installOffice(readItem());
    await expect(createOfficeHost().insertIntoDraft(draft)).rejects.toMatchObject({
      code: 'no_item',
    });
  });
});

describe('host facts', () => {
  it('reports the display language, the user and NAA support', () => {
    installOffice(readItem());
    const host = createOfficeHost();
    expect(host.displayLanguage()).toBe('fr-FR');
    expect(host.user()).toEqual({ name: 'Colette Martin', email: 'colette@relance.test' });
    expect(host.supportsNestedAppAuth()).toBe(true);
  });
});
