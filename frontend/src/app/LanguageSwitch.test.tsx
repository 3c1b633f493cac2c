import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, signedOut, stubGraphqlServer } from '../testing/graphqlServer';
import { renderApp } from '../testing/renderApp';

describe('language switch', () => {
  it('starts in Japanese', async () => {
    stubGraphqlServer({ Me: signedOut });
    renderApp('/sign-in');

    expect(await screen.findByRole('heading', { level: 1, name: 'サインイン' })).toBeDefined();
    expect(document.documentElement.lang).toBe('ja');
    expect(screen.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to English, remembers the choice and keeps it after a reload', async () => {
    const requests = stubGraphqlServer({ Me: signedOut });
    const user = userEvent.setup();
    const first = renderApp('/sign-in');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeDefined();
    expect(screen.getByRole('group', { name: 'Display language' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('koushin.language')).toBe('en');

    first.unmount();
    renderApp('/sign-in');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeDefined();
    expect(requests.at(-1)?.headers.get('Accept-Language')).toBe('en');
  });

  it('tells a signed-in account its new language, so its mail is written in it', async () => {
    const requests = stubGraphqlServer({
      Me: signedIn,
      FindLicence: () => ({ data: null }),
      SetLanguage: (variables) => ({ data: { setLanguage: { language: variables.language } } }),
    });
    const user = userEvent.setup();
    renderApp('/find');
    expect(await screen.findByText('demo@koushin.example')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: '日本語' }));

    await waitFor(() => {
      expect(requests.filter((r) => r.operationName === 'SetLanguage').map((r) => r.variables)).toEqual([
        { language: 'EN' },
        { language: 'JA' },
      ]);
    });
    expect(screen.getByRole('heading', { level: 1, name: 'シリアル番号で探す' })).toBeDefined();
  });

  it('tells nobody when signed out', async () => {
    const requests = stubGraphqlServer({ Me: signedOut });
    const user = userEvent.setup();
    renderApp('/sign-in');
    await screen.findByRole('heading', { level: 1, name: 'サインイン' });

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeDefined();
    expect(requests.filter((r) => r.operationName === 'SetLanguage')).toEqual([]);
  });

  it('switches even when the server cannot be told', async () => {
    const requests = stubGraphqlServer({
      Me: signedIn,
      FindLicence: () => ({ data: null }),
      SetLanguage: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const user = userEvent.setup();
    renderApp('/find');
    expect(await screen.findByText('demo@koushin.example')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Find a serial' })).toBeDefined();
    expect(window.localStorage.getItem('koushin.language')).toBe('en');
    expect(requests.filter((r) => r.operationName === 'SetLanguage')).toHaveLength(1);
    // Nothing is said about it: the reader asked for a language, and has it.
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});
