import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from './App.tsx';
import { createDashboardApi } from './dashboard-api.ts';
import { fakeServer, sessionOf } from './test-support.tsx';

afterEach(cleanup);
beforeEach(() => {
  window.location.hash = '';
});

const emptyQueue = () => ({ items: [], nextCursor: null, unreviewedCount: 0 });

describe('the dashboard app', () => {
  it('signs in with email and password, then sends the CSRF token on writes', async () => {
    const server = fakeServer({
      'GET /auth/session': () => [
        401,
        { type: 'x', title: 'x', status: 401, code: 'unauthenticated' },
      ],
      'POST /auth/login': (req) =>
        (req.body as { password: string }).password === 'right password'
          ? sessionOf('manager')
          : [401, { type: 'x', title: 'x', status: 401, code: 'unauthenticated', detail: 'wrong' }],
      'GET /api/v1/review': emptyQueue,
      'POST /auth/logout': () => [204, null],
    });
    const api = createDashboardApi(server.fetch, 'http://dash.test');
    render(<App api={api} initialLang="en" />);
    await userEvent.type(await screen.findByLabelText(/^Email/), 'manon@relance.test');
    await userEvent.type(screen.getByLabelText(/^Password/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The email or the password is wrong.')).toBeTruthy();

    await userEvent.clear(screen.getByLabelText(/^Password/));
    await userEvent.type(screen.getByLabelText(/^Password/), 'right password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Review queue' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Administration' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    const logout = server.seen.find((r) => r.path === '/auth/logout');
    expect(logout?.headers['x-csrf-token']).toBe('csrf-1');
    expect(await screen.findByRole('heading', { name: 'Sign in to Relance' })).toBeTruthy();
  });

  it('refuses the admin views to a collector and offers only their work and worklist', async () => {
    window.location.hash = '#/admin';
    const server = fakeServer({
      'GET /auth/session': () => sessionOf('collector'),
      'GET /api/v1/review': emptyQueue,
    });
    render(<App api={createDashboardApi(server.fetch, 'http://dash.test')} />);
    expect(await screen.findByText('Not allowed')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const links = [...nav.querySelectorAll('a')].map((a) => a.textContent);
    expect(links).toEqual(['My work', 'Worklist']);
    expect(server.seen.some((r) => r.path === '/api/v1/users')).toBe(false);
  });

  it('switches between French and English', async () => {
    const server = fakeServer({
      'GET /auth/session': () => sessionOf('admin', 'fr'),
      'GET /api/v1/review': emptyQueue,
    });
    render(<App api={createDashboardApi(server.fetch, 'http://dash.test')} />);
    expect(await screen.findByRole('heading', { name: 'File de revue' })).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Langue'), 'en');
    expect(await screen.findByRole('heading', { name: 'Review queue' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('goes back to the sign-in page when the session expires', async () => {
    const server = fakeServer({
      'GET /auth/session': () => sessionOf('manager'),
      'GET /api/v1/review': () => [
        401,
        { type: 'x', title: 'x', status: 401, code: 'unauthenticated', detail: 'expired' },
      ],
    });
    render(<App api={createDashboardApi(server.fetch, 'http://dash.test')} initialLang="en" />);
    expect(await screen.findByText('Your session has ended. Sign in again.')).toBeTruthy();
  });
});
