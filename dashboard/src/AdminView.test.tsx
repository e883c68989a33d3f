import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AdminView } from './AdminView.tsx';
import { fakeServer, renderView, sessionOf } from './test-support.tsx';

afterEach(cleanup);

const users = [
  {
    id: 'u-admin',
    email: 'admin@relance.test',
    name: 'Adam',
    role: 'admin',
    language: 'en',
    createdAt: '2025-01-01T00:00:00.000Z',
    disabled: false,
  },
  {
    id: 'u-col',
    email: 'colette@relance.test',
    name: 'Colette',
    role: 'collector',
    language: 'fr',
    createdAt: '2025-01-01T00:00:00.000Z',
    disabled: false,
  },
];

describe('the administration page', () => {
  it('creates a token and shows its secret once, then revokes it', async () => {
    const tokens: {
      id: string;
      userId: string;
      name: string;
      prefix: string;
      createdAt: string;
      lastUsedAt: null;
      revokedAt: string | null;
    }[] = [];
    const server = fakeServer({
      'GET /api/v1/users': () => ({ items: users }),
      'GET /api/v1/tokens': () => ({ items: tokens }),
      'GET /api/v1/settings': () => ({
        ownDomains: ['relance.test'],
        freeMailDomains: [],
        neverLog: [],
        promiseGraceDays: 3,
        promiseThresholdPercent: 100,
        storeBody: false,
        bodyMaxChars: 2000,
        autoLogEmails: false,
      }),
      'POST /api/v1/tokens': (req) => {
        const body = req.body as { userId: string; name: string };
        const row = {
          id: 't1',
          userId: body.userId,
          name: body.name,
          prefix: 'abcd1234',
          createdAt: '2025-03-10T09:00:00.000Z',
          lastUsedAt: null,
          revokedAt: null,
        };
        tokens.push(row);
        return [201, { ...row, token: 'rl_abcd1234_secret' }];
      },
      'DELETE /api/v1/tokens/t1': () => {
        const t = tokens[0];
        if (t) t.revokedAt = '2025-03-10T10:00:00.000Z';
        return t;
      },
    });
    renderView(<AdminView />, server.fetch, sessionOf('admin'));
    const form = await screen.findByRole('form', { name: 'Create token' });
    await screen.findByRole('option', { name: /Colette/ });
    await userEvent.selectOptions(within(form).getByLabelText('For user'), 'u-col');
    await userEvent.type(within(form).getByLabelText(/^Token name/), 'Outlook laptop');
    await userEvent.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('rl_abcd1234_secret')).toBeTruthy();
    expect(server.seen.find((r) => r.method === 'POST')?.body).toEqual({
      userId: 'u-col',
      name: 'Outlook laptop',
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Revoke token Outlook laptop' }),
    );
    expect(await screen.findByText('revoked')).toBeTruthy();
  });

  it('lists users with their roles and offers the settings of issue 6', async () => {
    const server = fakeServer({
      'GET /api/v1/users': () => ({ items: users }),
      'GET /api/v1/tokens': () => ({ items: [] }),
      'GET /api/v1/settings': () => ({
        ownDomains: ['relance.test'],
        freeMailDomains: [],
        neverLog: ['ceo@relance.test'],
        promiseGraceDays: 3,
        promiseThresholdPercent: 100,
        storeBody: false,
        bodyMaxChars: 2000,
        autoLogEmails: false,
      }),
      'PATCH /api/v1/settings': (req) => req.body,
    });
    renderView(<AdminView />, server.fetch, sessionOf('admin'));
    expect((await screen.findByLabelText('Role — Colette')) as HTMLSelectElement).toBeTruthy();
    const domains = (await screen.findByLabelText(
      'Own domains (one a line)',
    )) as HTMLTextAreaElement;
    expect(domains.value).toBe('relance.test');
    await userEvent.type(domains, '{enter}relance.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved.')).toBeTruthy();
    const patch = server.seen.find((r) => r.method === 'PATCH');
    expect(patch?.body).toMatchObject({
      ownDomains: ['relance.test', 'relance.fr'],
      neverLog: ['ceo@relance.test'],
      promiseGraceDays: 3,
    });
  });
});
