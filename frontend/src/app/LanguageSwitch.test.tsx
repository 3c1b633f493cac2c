import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedOut, stubGraphqlServer } from '../testing/graphqlServer';
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
});
