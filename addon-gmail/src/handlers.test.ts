import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BackendError } from '@relance/shared';
import type { EndpointName } from './endpoints.ts';
import {
  FakeBackend,
  MAX_WIDGETS_PER_CARD,
  cardsIn,
  checkCards,
  contextualGmail,
  eventObject,
  gmailMessage,
  googleTokens,
  sampleContext,
  startAddon,
  startCertsServer,
  startFakeGmail,
  testKey,
} from './testing.ts';

const key = testKey();
let certs: Awaited<ReturnType<typeof startCertsServer>>;
let gmail: Awaited<ReturnType<typeof startFakeGmail>>;
let addon: Awaited<ReturnType<typeof startAddon>>;
let backend: FakeBackend;

const PROMISE_TEXT =
  'Bonjour,\n\nNous réglerons la facture F-2025-0002 de 1 201,00 € le 28 mars 2025.\n\nCordialement,\nPaul';

beforeAll(async () => {
  certs = await startCertsServer([key]);
  gmail = await startFakeGmail([
    gmailMessage({
      id: 'msg-1',
      from: 'Paul <paul@acme.test>',
      subject: 'Règlement',
      text: PROMISE_TEXT,
    }),
    gmailMessage({
      id: 'msg-other',
      from: 'Paul <paul@acme.test>',
      subject: 'Autre',
      text: 'Nous paierons 99,00 € le 2 avril 2025.',
    }),
  ]);
});
beforeEach(async () => {
  await addon?.close();
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

/** Posts an event to an endpoint with valid Google tokens for it. */
async function call(
  endpoint: EndpointName,
  extra: {
    gmail?: Record<string, unknown>;
    parameters?: Record<string, string>;
    formInputs?: Record<string, unknown>;
    locale?: string;
  } = {},
) {
  const tokens = googleTokens(key, endpoint);
  const answer = await addon.post(
    endpoint,
    eventObject({ userIdToken: tokens.user, ...extra }),
    tokens.system,
  );
  expect(answer.status).toBe(200);
  const checked = checkCards(answer.body);
  expect(checked.errors).toEqual([]);
  expect(checked.maxWidgets).toBeLessThanOrEqual(MAX_WIDGETS_PER_CARD);
  return answer.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The signed state of the first button whose text is `label`, in a response's cards. */
function stateOf(body: unknown, label: string): string {
  const found = JSON.stringify(body).match(
    new RegExp(
      `"text":"${label}","onClick":\\{"action":\\{"function":"[^"]+","parameters":\\[\\{"key":"s","value":"([^"]+)"`,
    ),
  );
  if (!found?.[1]) throw new Error(`no button ${label}`);
  return found[1];
}

const openEmail = () => call('contextual', { gmail: contextualGmail() });

describe('homepage', () => {
  it('shows the worklist, most urgent first, in the collector’s words', async () => {
    const body = await call('homepage');
    const card = body.action.navigations[0].pushCard;
    expect(card.header.title).toBe('Ma liste du jour');
    const lines = card.sections[0].widgets.map(
      (w: { decoratedText: { text: string; bottomLabel: string } }) =>
        `${w.decoratedText.text} | ${w.decoratedText.bottomLabel}`,
    );
    expect(lines).toEqual([
      'Promesse non tenue | 1\u202f201,00\u00a0€ · promis pour le 10 mars 2025 · à remonter au manager',
      'Relance d’impayé · ton ferme | 2 factures · 3\u202f603,00\u00a0€ · 33 j de retard',
    ]);
    expect(JSON.stringify(body)).not.toContain('Overdue reminder');
  });

  it('speaks English when Gmail is in English', async () => {
    const body = await call('homepage', { locale: 'en-GB' });
    const card = body.action.navigations[0].pushCard;
    expect(card.header.title).toBe('My worklist');
    expect(card.sections[0].widgets[1].decoratedText.bottomLabel).toBe(
      '2 invoices · €3,603.00 · 33 days late',
    );
  });
});

describe('contextual card', () => {
  it('shows the customer, how it was matched, and its open invoices', async () => {
    const body = await openEmail();
    const text = JSON.stringify(body);
    expect(body.action.navigations[0].pushCard.header.title).toBe('Acme & Fils');
    expect(text).toContain('Reconnu par le contact');
    expect(text).toContain('F-2025-0003');
    expect(backend.contextCalls[0]).toMatchObject({
      from: 'paul@acme.test',
      messageId: '<msg-1@mail.acme.test>',
      thread: 'thread-1',
    });
  });

  it('lists the invoice the email mentions first', async () => {
    const body = await openEmail();
    const widgets = body.action.navigations[0].pushCard.sections[1].widgets;
    expect(widgets[0].decoratedText.topLabel).toContain('F-2025-0002');
    expect(widgets[0].decoratedText.topLabel).toContain('citée');
  });

  it('stays within 100 widgets with 300 open invoices and offers a "more" card', async () => {
    backend.contextFor = () => sampleContext(300);
    const body = await openEmail();
    const more = stateOf(body, 'Voir 288 autres factures');
    const page = await call('more-invoices', { parameters: { s: more } });
    const card = page.renderActions.action.navigations[0].pushCard;
    expect(card.sections[0].header).toBe('13–92 / 300');
    const next = await call('more-invoices', { parameters: { s: stateOf(page, 'Suivantes') } });
    expect(next.renderActions.action.navigations[0].pushCard.sections[0].header).toBe(
      '93–172 / 300',
    );
  });

  it('answers an error card with a retry when Gmail is down', async () => {
    gmail.setDown(true);
    try {
      const body = await openEmail();
      const text = JSON.stringify(body);
      expect(text).toContain('Gmail n’a pas répondu');
      expect(text).toContain('Réessayer');
    } finally {
      gmail.setDown(false);
    }
  });

  it('answers an error card for a message Gmail does not have', async () => {
    const body = await call('contextual', { gmail: contextualGmail('gone') });
    expect(JSON.stringify(body)).toContain('introuvable');
  });

  it('answers an error card when the server fails', async () => {
    backend.failWith = new Error('database is down');
    const body = await openEmail();
    expect(JSON.stringify(body)).toContain('Le serveur Relance a rencontré une erreur');
    expect(JSON.stringify(body)).not.toContain('database is down');
  });

  it('offers the candidates and a search when no single customer matched', async () => {
    backend.contextFor = () => ({
      ...sampleContext(0),
      customer: null,
      match: {
        status: 'ambiguous',
        step: 'domain',
        evidence: 'acme.test',
        candidates: [{ id: 'c-acme', name: 'Acme & Fils', externalRef: 'C001', segment: 'new' }],
      },
    });
    const body = await openEmail();
    const text = JSON.stringify(body);
    expect(text).toContain('Plusieurs clients possibles');
    expect(text).toContain('acme.test correspond à plusieurs clients');
    expect(text).toContain('Choisir');
  });

  it('offers a search when nobody answers to the sender', async () => {
    backend.contextFor = () => ({ ...sampleContext(0), customer: null, match: { status: 'none' } });
    const text = JSON.stringify(await openEmail());
    expect(text).toContain('Aucun client reconnu');
    expect(text).toContain('L’expéditeur paul@acme.test ne correspond à aucun client');
    expect(text).toContain('Rechercher');
  });

  it('says in the card language why an excluded email shows nothing', async () => {
    backend.contextFor = () => ({
      ...sampleContext(0),
      customer: null,
      match: { status: 'excluded', reason: 'acme.test is on the never-log list' },
    });
    const text = JSON.stringify(await openEmail());
    expect(text).toContain('E-mail ignoré');
    expect(text).toContain('ne jamais journaliser');
    expect(text).not.toContain('never-log');
  });
});

describe('logging a promise', () => {
  /** The ticked invoices, amount and date of a promise form answer. */
  function formFields(form: unknown) {
    const card = cardsIn(form)[0];
    const widgets = (card?.sections ?? []).flatMap((s) => s.widgets ?? []);
    const checks = widgets.find((w) => w.selectionInput)?.selectionInput;
    const amount = widgets.find((w) => w.textInput?.name === 'amount')?.textInput;
    const date = widgets.find((w) => w.dateTimePicker)?.dateTimePicker;
    return {
      ticked: (checks?.items ?? []).filter((i) => i.selected).map((i) => i.value),
      amount: amount?.value ?? '',
      date: date?.valueMsEpoch ?? undefined,
      text: JSON.stringify(card),
    };
  }

  it('prefills the form from the email, read again when the form opens', async () => {
    const card = await openEmail();
    const readsBefore = gmail.seen.length;
    const form = await call('promise-form', {
      gmail: contextualGmail(),
      parameters: { s: stateOf(card, 'Promesse') },
    });
    expect(gmail.seen.length).toBe(readsBefore + 1);
    const fields = formFields(form);
    expect(fields.ticked).toEqual(['inv-2']);
    expect(fields.amount).toBe('1\u202f201,00');
    expect(fields.date).toBe(String(Date.UTC(2025, 2, 28)));
    expect(fields.text).toContain('le 28 mars 2025');
  });

  it('opens the form with the mentioned invoices ticked when Gmail cannot read it again', async () => {
    const card = await openEmail();
    gmail.setDown(true);
    try {
      const form = await call('promise-form', {
        gmail: contextualGmail(),
        parameters: { s: stateOf(card, 'Promesse') },
      });
      const fields = formFields(form);
      expect(fields.ticked).toEqual(['inv-2']);
      expect(fields.amount).toBe('');
      expect(fields.date).toBeUndefined();
    } finally {
      gmail.setDown(false);
    }
  });

  it('does not prefill from another message than the card’s', async () => {
    const form = await call('promise-form', {
      gmail: contextualGmail('msg-other'),
      parameters: { s: stateOf(await openEmail(), 'Promesse') },
    });
    expect(formFields(form).amount).toBe('');
  });

  it('saves once when the button is clicked twice, and returns to the refreshed card', async () => {
    const form = await call('promise-form', {
      parameters: { s: stateOf(await openEmail(), 'Promesse') },
    });
    const save = stateOf(form, 'Enregistrer');
    const formInputs = {
      invoices: { stringInputs: { value: ['inv-2'] } },
      amount: { stringInputs: { value: ['1 201,00'] } },
      promisedDate: { dateInput: { msSinceEpoch: String(Date.UTC(2025, 2, 28)) } },
      note: { stringInputs: { value: ['Virement prévu'] } },
    };
    const [first, second] = await Promise.all([
      call('promise-save', { parameters: { s: save }, formInputs }),
      call('promise-save', { parameters: { s: save }, formInputs }),
    ]);
    expect(backend.promises).toHaveLength(1);
    expect(backend.promises[0]).toMatchObject({
      amount: 120_100,
      currency: 'EUR',
      promisedDate: '2025-03-28',
      note: 'Virement prévu',
      sourceMessageId: '<msg-1@mail.acme.test>',
    });
    for (const answer of [first, second]) {
      expect(answer.renderActions.action.notification.text).toBe('Promesse enregistrée.');
      expect(answer.renderActions.action.navigations[0]).toEqual({ popToRoot: true });
      expect(answer.renderActions.action.navigations[1].updateCard.header.title).toBe(
        'Acme & Fils',
      );
    }
  });

  it('keeps the form and explains when the amount is missing', async () => {
    const form = await call('promise-form', {
      parameters: { s: stateOf(await openEmail(), 'Promesse') },
    });
    const answer = await call('promise-save', {
      parameters: { s: stateOf(form, 'Enregistrer') },
      formInputs: { amount: { stringInputs: { value: [''] } } },
    });
    expect(answer.renderActions.action).toEqual({
      notification: { text: 'Indiquez un montant supérieur à zéro.' },
    });
    expect(backend.promises).toHaveLength(0);
  });

  it('shows the server’s field message as a notification', async () => {
    const form = await call('promise-form', {
      parameters: { s: stateOf(await openEmail(), 'Promesse') },
    });
    const answer = await call('promise-save', {
      parameters: { s: stateOf(form, 'Enregistrer') },
      formInputs: {
        amount: { stringInputs: { value: ['10'] } },
        promisedDate: { dateInput: { msSinceEpoch: String(Date.UTC(2024, 0, 1)) } },
      },
    });
    expect(answer.renderActions.action.notification.text).toContain(
      'promisedDate: must not be in the past',
    );
  });

  it('refuses a tampered button state with an "expired" card and saves nothing', async () => {
    const form = await call('promise-form', {
      parameters: { s: stateOf(await openEmail(), 'Promesse') },
    });
    const save = stateOf(form, 'Enregistrer');
    const tampered = `${save.slice(0, -3)}${save.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const answer = await call('promise-save', {
      parameters: { s: tampered },
      formInputs: { amount: { stringInputs: { value: ['10'] } } },
    });
    expect(JSON.stringify(answer)).toContain('Cette carte a expiré');
    expect(backend.promises).toHaveLength(0);
  });
});

describe('logging a dispute', () => {
  it('opens a dispute with the chosen category and invoices', async () => {
    const form = await call('dispute-form', {
      parameters: { s: stateOf(await openEmail(), 'Litige') },
    });
    const answer = await call('dispute-save', {
      parameters: { s: stateOf(form, 'Enregistrer') },
      formInputs: {
        category: { stringInputs: { value: ['quality'] } },
        invoices: { stringInputs: { value: ['inv-1', 'inv-3'] } },
      },
    });
    expect(backend.disputes).toHaveLength(1);
    expect(backend.disputes[0]).toMatchObject({
      category: 'quality',
      invoiceNumbers: ['inv-1', 'inv-3'],
    });
    expect(answer.renderActions.action.notification.text).toBe('Litige ouvert.');
  });

  it('asks for an invoice when none is ticked', async () => {
    const form = await call('dispute-form', {
      parameters: { s: stateOf(await openEmail(), 'Litige') },
    });
    const answer = await call('dispute-save', { parameters: { s: stateOf(form, 'Enregistrer') } });
    expect(answer.renderActions.action.notification.text).toBe('Cochez au moins une facture.');
  });
});

describe('logging the email', () => {
  it('logs it once, then says it was already logged', async () => {
    const body = await openEmail();
    const first = await call('log-email', { parameters: { s: stateOf(body, 'Journaliser') } });
    expect(first.renderActions.action.notification.text).toBe('E-mail journalisé.');
    expect(backend.interactions[0]).toMatchObject({
      messageId: '<msg-1@mail.acme.test>',
      client: 'gmail',
      direction: 'inbound',
      from: 'paul@acme.test',
      to: ['colette@relance.test'],
      cc: ['anne@acme.test'],
    });
    const again = await call('log-email', { parameters: { s: stateOf(body, 'Journaliser') } });
    expect(again.renderActions.action.notification.text).toBe('Cet e-mail était déjà journalisé.');
    expect(backend.interactions).toHaveLength(1);
  });
});

describe('not this customer', () => {
  it('searches, picks, and remembers the sender as a contact', async () => {
    const search = await call('customer-search', {
      parameters: { s: stateOf(await openEmail(), 'Pas ce client') },
    });
    const results = await call('customer-search', {
      parameters: { s: stateOf(search, 'Rechercher') },
      formInputs: { query: { stringInputs: { value: ['acme'] } } },
    });
    const picked = await call('customer-pick', { parameters: { s: stateOf(results, 'Choisir') } });
    expect(backend.contacts).toEqual([{ customerId: 'c-acme', email: 'paul@acme.test' }]);
    expect(picked.renderActions.action.notification.text).toBe('Contact rattaché à Acme & Fils.');
    expect(picked.renderActions.action.navigations[1].updateCard.header.title).toBe('Acme & Fils');
  });
});

describe('compose', () => {
  it('offers templates for a customer recipient and inserts a statement into the draft', async () => {
    const body = await call('compose', { gmail: { toRecipients: ['paul@acme.test'] } });
    expect(backend.contextCalls[0]).toMatchObject({ mode: 'compose', to: ['paul@acme.test'] });
    const inserted = await call('insert-template', {
      parameters: { s: stateOf(body, 'Insérer le relevé') },
    });
    const update =
      inserted.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody;
    expect(update.type).toBe('IN_PLACE_INSERT');
    expect(update.insertContents[0].contentType).toBe('MUTABLE_HTML');
    expect(update.insertContents[0].content).toContain('F-2025-0001');
    expect(update.insertContents[0].content).toContain('Total');
  });

  it('inserts the reminder kind chosen in the dropdown', async () => {
    const body = await call('compose', { gmail: { toRecipients: ['paul@acme.test'] } });
    const inserted = await call('insert-template', {
      parameters: { s: stateOf(body, 'Insérer la relance') },
      formInputs: { kind: { stringInputs: { value: ['overdue'] } } },
    });
    const html = inserted.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody
      .insertContents[0].content as string;
    expect(html).toContain('F-2025-0001');
  });

  it('explains what to do when the draft has no recipient', async () => {
    const body = await call('compose', { gmail: {} });
    expect(JSON.stringify(body)).toContain('Ajoutez un destinataire client');
  });
});

describe('errors in callbacks', () => {
  it('answers an error card naming invalid values the server refused', async () => {
    const body = await openEmail();
    backend.failWith = new BackendError('not_found', 'customer c-acme not found');
    const answer = await call('more-invoices', { parameters: { s: stateOf(body, 'Promesse') } });
    expect(cardsIn(answer)[0]?.header?.title).toBe('Impossible d’afficher Relance');
  });
});
