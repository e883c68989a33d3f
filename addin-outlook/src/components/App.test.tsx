import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClientError, formatMoney } from '@relance/shared';
import { sampleContext, sampleInvoice } from '../../../shared/src/client/testing-context.ts';
import { FakeHost, fakeClient, renderPane, sampleReadItem } from '../testing/render-pane.tsx';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const offline = () =>
  new ApiClientError({ message: 'Failed to fetch', status: 0, code: 'offline', offline: true });

describe('the pane on a customer email', () => {
  it('shows who, how it matched, the balance and the open invoices, in French', async () => {
    const context = sampleContext();
    renderPane({ host: new FakeHost(sampleReadItem()), client: fakeClient(context) });

    expect((await screen.findByTestId('customer-name')).textContent).toContain('Acme SARL');
    expect(screen.getByTestId('match-how').textContent).toContain('par adresse (compta@acme.fr)');
    expect(screen.getByText('Suivi par Colette Martin')).toBeTruthy();
    const balance = context.customer?.balances[0];
    expect(document.body.textContent).toContain(formatMoney(balance?.overdue ?? 0, 'EUR', 'fr'));
    // The invoices are rendered right after the account (ContextView).
    expect(await screen.findAllByTestId('invoice-row')).toHaveLength(context.invoices.length);
  });

  it('sends the read email to the server to ask for its context', async () => {
    const client = fakeClient(sampleContext());
    renderPane({ host: new FakeHost(sampleReadItem()), client });
    await screen.findByTestId('customer-name');

    expect(client.context).toHaveBeenCalledWith(
      expect.objectContaining({
        from: 'compta@acme.fr',
        subject: 'RE: Relance facture FA-2026-0412',
        messageId: '<m1@acme.fr>',
        thread: 'conv-1',
        mode: 'read',
        // What the server needs to read "le 20 mars" as the collector would.
        text: expect.stringContaining('le 20 mars 2026'),
        sentAt: '2026-03-06T09:00:00.000Z',
        timeZone: 'Europe/Paris',
      }),
    );
  });

  it('puts the invoice the email names first and preselected', async () => {
    const context = sampleContext({
      invoices: [sampleInvoice({ id: 'inv-1', number: 'FA-2026-0001' }), sampleInvoice()],
    });
    renderPane({ host: new FakeHost(sampleReadItem()), client: fakeClient(context) });

    const rows = await screen.findAllByTestId('invoice-row');
    expect(rows[0]?.textContent).toContain('FA-2026-0412');
    expect((within(rows[0] as HTMLElement).getByRole('checkbox') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((within(rows[1] as HTMLElement).getByRole('checkbox') as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('prefills the promise from the email and saves it in one click with a key', async () => {
    const client = fakeClient(sampleContext());
    renderPane({ host: new FakeHost(sampleReadItem()), client });
    const form = await screen.findByRole('form', { name: 'Promesse de paiement' });

    expect((within(form).getByLabelText('Date promise') as HTMLInputElement).value).toBe(
      '2026-03-20',
    );
    expect((within(form).getByLabelText('Montant') as HTMLInputElement).value).toBe('12500,00');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(client.createPromise).toHaveBeenCalledTimes(1));
    const [body, key] = client.createPromise.mock.calls[0] ?? [];
    expect(body).toMatchObject({
      customerId: 'c-acme',
      invoiceIds: ['inv-412'],
      amount: 1_250_000,
      currency: 'EUR',
      promisedDate: '2026-03-20',
      sourceMessageId: '<m1@acme.fr>',
    });
    expect(key).toEqual(expect.any(String));
    expect((await screen.findByTestId('write-outcome')).textContent).toContain(
      'Promesse enregistrée',
    );
  });

  it('refuses a promise without a valid amount and says why', async () => {
    const client = fakeClient(sampleContext());
    renderPane({ host: new FakeHost(sampleReadItem()), client });
    const form = await screen.findByRole('form', { name: 'Promesse de paiement' });

    await userEvent.clear(within(form).getByLabelText('Montant'));
    await userEvent.type(within(form).getByLabelText('Montant'), 'douze');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(form).findByText(/Saisissez un montant positif/)).toBeTruthy();
    expect(client.createPromise).not.toHaveBeenCalled();
  });

  it('keeps a dispute logged offline in local storage and shows it waiting to sync', async () => {
    const client = fakeClient(sampleContext());
    client.createDispute.mockRejectedValue(offline());
    const { outbox } = renderPane({ host: new FakeHost(sampleReadItem()), client });
    await screen.findByTestId('customer-name');

    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir un litige' }));
    const form = screen.getByRole('form', { name: 'Litige' });
    await userEvent.selectOptions(within(form).getByLabelText('Motif'), 'price');
    await userEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    expect((await screen.findByTestId('sync-status')).textContent).toContain(
      '1 enregistrement en attente de synchronisation',
    );
    expect(outbox.entries()).toHaveLength(1);
    expect(outbox.entries()[0]).toMatchObject({
      kind: 'dispute',
      body: { category: 'price', invoiceIds: ['inv-412'] },
    });
  });

  it('shows who logged the email already, or logs it on request', async () => {
    const context = sampleContext();
    const logged = sampleContext({ loggedEmail: context.interactions[0] ?? null });
    renderPane({ host: new FakeHost(sampleReadItem()), client: fakeClient(logged) });
    expect((await screen.findByTestId('email-logged')).textContent).toContain(
      'Enregistré par Colette Martin',
    );
    cleanup();

    const client = fakeClient(context);
    renderPane({ host: new FakeHost(sampleReadItem()), client });
    await userEvent.click(await screen.findByRole('button', { name: "Enregistrer l'email" }));
    await waitFor(() => expect(client.logInteraction).toHaveBeenCalledTimes(1));
    expect(client.logInteraction.mock.calls[0]?.[0]).toMatchObject({
      customerId: 'c-acme',
      messageId: '<m1@acme.fr>',
      direction: 'inbound',
      client: 'outlook',
    });
  });

  it('logs the email by itself when the setting says so', async () => {
    const context = sampleContext();
    const client = fakeClient({
      ...context,
      settings: { ...context.settings, autoLogEmails: true },
    });
    renderPane({ host: new FakeHost(sampleReadItem()), client });
    await waitFor(() => expect(client.logInteraction).toHaveBeenCalledTimes(1));
  });

  it('replies with a statement in the customer language through a reply form', async () => {
    const host = new FakeHost(sampleReadItem());
    renderPane({ host, client: fakeClient(sampleContext()) });
    await userEvent.click(await screen.findByRole('button', { name: 'Répondre avec un relevé' }));

    await waitFor(() => expect(host.replies).toHaveLength(1));
    expect(host.replies[0]?.html).toContain('FA-2026-0412');
    expect(host.replies[0]?.subject).toContain('Relevé de compte Acme SARL');
  });
});

describe('following the selection', () => {
  it('asks for the new context on each ItemChanged of a pinned pane', async () => {
    const host = new FakeHost(sampleReadItem());
    const other = sampleContext({
      customer: { ...sampleContext().customer!, id: 'c-bolt', name: 'Bolt SAS' },
    });
    const client = fakeClient((req) => (req.from === 'ap@bolt.fr' ? other : sampleContext()));
    renderPane({ host, client });
    await screen.findByText('Acme SARL');

    act(() =>
      host.select(
        sampleReadItem({
          from: { name: 'AP', email: 'ap@bolt.fr' },
          internetMessageId: '<m2@bolt.fr>',
        }),
      ),
    );

    expect(await screen.findByText('Bolt SAS')).toBeTruthy();
    expect(client.context).toHaveBeenCalledTimes(2);
  });

  it('shows the worklist when nothing is selected, written in the pane language', async () => {
    const client = fakeClient(sampleContext());
    const item = {
      customer: { id: 'c1', name: 'Zeta SA', externalRef: 'Z1', segment: 'new' as const },
      priority: 1,
      promiseId: null,
      disputeId: null,
      escalateToManager: false,
    };
    client.worklist.mockResolvedValue({
      asOf: '2026-03-06',
      items: [
        {
          ...item,
          kind: 'promise_broken',
          title: 'Broken promise: Zeta SA',
          detail: 'EUR 1,200.00 promised for 2026-03-01, nothing paid; follow up',
          tone: null,
          amount: { currency: 'EUR', amount: 120000 },
          invoiceNumbers: ['FA-2026-0101'],
          promiseId: 'p1',
          dueDate: '2026-03-01',
        },
        {
          ...item,
          kind: 'overdue_reminder',
          title: 'Overdue reminder (firm): Zeta SA',
          detail: '4 invoices, EUR 9,000.00 overdue, oldest 40 days past due',
          tone: 'firm',
          amount: { currency: 'EUR', amount: 900000 },
          invoiceNumbers: ['A-1', 'A-2', 'A-3', 'A-4'],
          dueDate: '2026-01-25',
          escalateToManager: true,
        },
      ],
    });
    renderPane({ host: new FakeHost(null), client });

    const [broken, overdue] = await screen.findAllByTestId('worklist-item');
    expect(broken?.textContent).toContain('Zeta SA');
    expect(broken?.textContent).toContain('Promesse non tenue');
    expect(broken?.textContent).toContain('FA-2026-0101 · promis pour le 01/03/2026');
    expect(overdue?.textContent).toContain('Relance impayé · Ferme');
    expect(overdue?.textContent).toContain('4 factures · la plus ancienne en retard de 40 jours');
    expect(overdue?.textContent).toContain('À remonter au responsable');
    expect(document.body.textContent).not.toMatch(/Broken promise|Overdue reminder|past due/);
    expect(client.context).not.toHaveBeenCalled();
  });
});

describe('senders that are not a known customer', () => {
  it('offers a search for an unknown address and links it, then shows the customer', async () => {
    const found = { id: 'c-acme', name: 'Acme SARL', externalRef: 'C001', segment: 'new' as const };
    const client = fakeClient((req) =>
      req.customerId
        ? sampleContext()
        : sampleContext({ match: { status: 'none' }, customer: null, invoices: [] }),
    );
    client.searchCustomers.mockResolvedValue([found]);
    renderPane({
      host: new FakeHost(sampleReadItem({ from: { name: 'New', email: 'new@acme.fr' } })),
      client,
    });

    expect(
      await screen.findByText('new@acme.fr n’est rattaché à aucun client.'.replace('’', "'")),
    ).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: 'Rechercher un client' }), 'acme');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher un client' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Rattacher Acme SARL' }));

    await waitFor(() => expect(client.linkContact).toHaveBeenCalledTimes(1));
    expect(client.linkContact.mock.calls[0]?.[0]).toEqual({
      customerId: 'c-acme',
      email: 'new@acme.fr',
      name: 'New',
    });
    expect((await screen.findByTestId('customer-name')).textContent).toContain('Acme SARL');
    expect(client.context).toHaveBeenLastCalledWith(
      expect.objectContaining({ customerId: 'c-acme' }),
    );
  });

  it('lists the candidates when several customers match', async () => {
    const candidates = [
      { id: 'a', name: 'Acme Lyon', externalRef: 'A1', segment: 'new' as const },
      { id: 'b', name: 'Acme Paris', externalRef: 'A2', segment: 'new' as const },
    ];
    const client = fakeClient(
      sampleContext({
        match: { status: 'ambiguous', step: 'domain', evidence: 'acme.fr', candidates },
        customer: null,
      }),
    );
    renderPane({ host: new FakeHost(sampleReadItem()), client });

    expect(await screen.findByRole('button', { name: 'Rattacher Acme Lyon' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rattacher Acme Paris' })).toBeTruthy();
    expect(
      screen.getByText('compta@acme.fr correspond à plusieurs clients (acme.fr).'),
    ).toBeTruthy();
  });

  it('says an internal email has nothing to log', async () => {
    renderPane({
      host: new FakeHost(sampleReadItem()),
      client: fakeClient(sampleContext({ match: { status: 'internal' }, customer: null })),
    });
    expect(await screen.findByText('Email interne')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Noter une promesse' })).toBeNull();
  });
});

describe('compose mode', () => {
  it('inserts the statement at the cursor for the recipient customer', async () => {
    const host = new FakeHost(
      sampleReadItem({
        mode: 'compose',
        from: null,
        to: [{ name: 'Compta', email: 'compta@acme.fr' }],
        text: '',
        internetMessageId: null,
      }),
    );
    const client = fakeClient(sampleContext());
    renderPane({ host, client });

    await userEvent.click(await screen.findByRole('button', { name: 'Insérer le relevé' }));

    await waitFor(() => expect(host.inserted).toHaveLength(1));
    expect(host.inserted[0]?.text).toContain('FA-2026-0412');
    expect(client.context).toHaveBeenCalledWith(
      expect.objectContaining({
        mode: 'compose',
        from: 'colette@relance.test',
        to: ['compta@acme.fr'],
      }),
    );
  });

  it('offers the reminder templates', async () => {
    const host = new FakeHost(
      sampleReadItem({ mode: 'compose', to: [{ name: 'C', email: 'compta@acme.fr' }], text: '' }),
    );
    renderPane({ host, client: fakeClient(sampleContext()) });

    await userEvent.selectOptions(await screen.findByLabelText('Modèle'), 'overdue');
    await userEvent.click(screen.getByRole('button', { name: 'Insérer la relance' }));

    await waitFor(() =>
      expect(host.inserted[0]?.subject).toBe('Relance : facture FA-2026-0412 échue'),
    );
  });
});

describe('errors, sign-in and language', () => {
  it('says what failed and retries', async () => {
    const client = fakeClient(sampleContext());
    client.context.mockRejectedValueOnce(
      new ApiClientError({ message: 'database is down', status: 503, code: 'unavailable' }),
    );
    renderPane({ host: new FakeHost(sampleReadItem()), client });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Impossible de charger le compte de ce client');
    expect(alert.textContent).toContain('erreur du serveur Relance (503) : database is down');
    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect((await screen.findByTestId('customer-name')).textContent).toContain('Acme SARL');
  });

  it('says in French that the server does not answer, not the client library in English', async () => {
    const client = fakeClient(sampleContext());
    client.context.mockRejectedValueOnce(offline());
    renderPane({ host: new FakeHost(sampleReadItem()), client });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('le serveur Relance ne répond pas');
    expect(alert.textContent).not.toContain('Failed to fetch');
  });

  it('asks for the API token once and keeps it', async () => {
    const client = fakeClient(sampleContext());
    renderPane({ host: new FakeHost(sampleReadItem()), client, signedIn: false });

    await userEvent.click(await screen.findByRole('button', { name: 'Réglages' }));
    await userEvent.type(screen.getByLabelText("Jeton d'API personnel"), 'rl_secret');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(localStorage.getItem('relance.outlook.apiToken')).toBe('rl_secret');
    expect((await screen.findByTestId('customer-name')).textContent).toContain('Acme SARL');
  });

  it('speaks English when Office does', async () => {
    renderPane({
      host: new FakeHost(sampleReadItem(), 'en-US'),
      client: fakeClient(sampleContext()),
    });
    expect(await screen.findByRole('button', { name: 'Log a dispute' })).toBeTruthy();
    expect(screen.getByTestId('match-how').textContent).toContain('by address (compta@acme.fr)');
  });
});
