import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signedOut, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

/** A server that signs the demo account in and then lists nothing and finds any licence asked for. */
function serverThatSignsIn() {
  let signedIn = false;
  return stubGraphqlServer({
    Me: () => ({ data: { me: signedIn ? { email: 'demo@koushin.example', companyName: null } : null } }),
    SignIn: () => {
      signedIn = true;
      return { data: { signIn: { me: { email: 'demo@koushin.example' }, errors: [] } } };
    },
    Licences: () => ({
      data: { licences: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } },
    }),
    LicenceDetail: () => ({ data: { licence: { licence: null, errors: [{ code: 'NOT_FOUND' }] } } }),
  });
}

function throttled(retryAfterSeconds: number) {
  return () => ({
    data: { signIn: { me: null, errors: [{ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds }] } },
  });
}

afterEach(() => {
  vi.useRealTimers();
});

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('メールアドレス'), email);
  await user.type(screen.getByLabelText('パスワード'), password);
  await user.click(screen.getByRole('button', { name: 'サインイン' }));
  return user;
}

describe('sign-in page', () => {
  it('shows one neutral sentence when the credentials are refused', async () => {
    const requests = stubGraphqlServer({
      Me: signedOut,
      SignIn: () => ({
        data: { signIn: { me: null, errors: [{ code: 'INVALID_CREDENTIALS', retryAfterSeconds: null }] } },
      }),
    });
    renderApp('/sign-in');

    await signIn('demo@koushin.example', 'wrong');

    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe('メールアドレスまたはパスワードが正しくありません。');
    });
    const request = requests.find((r) => r.operationName === 'SignIn');
    expect(request?.variables).toEqual({ email: 'demo@koushin.example', password: 'wrong' });
    expect(request?.method).toBe('POST');
    expect(request?.credentials).toBe('same-origin');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(request?.headers.get('Accept-Language')).toBe('ja');
    expect(screen.getByTestId('current-path').textContent).toBe('/sign-in');
  });

  it('says when to try again after too many attempts, in the chosen language', async () => {
    stubGraphqlServer({
      Me: signedOut,
      SignIn: () => ({
        data: { signIn: { me: null, errors: [{ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 42 }] } },
      }),
    });
    renderApp('/sign-in');

    const user = await signIn('demo@koushin.example', 'guess');

    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe(
        'サインインの試行回数が上限に達しました。42秒後にもう一度お試しください。',
      );
    });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('alert').textContent).toBe('Too many sign-in attempts. Please try again in 42 seconds.');
  });

  it('goes on to the licences after signing in', async () => {
    serverThatSignsIn();
    renderApp('/sign-in');

    await signIn('demo@koushin.example', 'Koushin-Demo-2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'マイライセンス' })).toBeDefined();
    expect(screen.getByTestId('current-path').textContent).toBe('/licences');
    expect(await screen.findByText('demo@koushin.example')).toBeDefined();
  });

  it('clears a refused password and puts the cursor back in its field', async () => {
    stubGraphqlServer({
      Me: signedOut,
      SignIn: () => ({
        data: { signIn: { me: null, errors: [{ code: 'INVALID_CREDENTIALS', retryAfterSeconds: null }] } },
      }),
    });
    renderApp('/sign-in');

    await signIn('demo@koushin.example', 'wrong');

    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe('メールアドレスまたはパスワードが正しくありません。');
    });
    const password = screen.getByLabelText<HTMLInputElement>('パスワード');
    expect(password.value).toBe('');
    expect(document.activeElement).toBe(password);
    expect(screen.getByLabelText<HTMLInputElement>('メールアドレス').value).toBe('demo@koushin.example');
  });

  it('counts the wait down each second and lets the reader try again at zero', async () => {
    // Only the clock and the interval are simulated: the requests and the typing run as usual.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const requests = stubGraphqlServer({ Me: signedOut, SignIn: throttled(3) });
    renderApp('/sign-in');

    await signIn('demo@koushin.example', 'guess');

    const shown = () => document.querySelector('.form-alert [aria-hidden="true"]')?.textContent;
    await waitFor(() => {
      expect(shown()).toBe('サインインの試行回数が上限に達しました。3秒後にもう一度お試しください。');
    });
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'サインイン' });
    expect(button.disabled).toBe(true);

    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(shown()).toBe('サインインの試行回数が上限に達しました。2秒後にもう一度お試しください。');
    // Read out once as it came, not again at every tick.
    expect(screen.getByRole('alert').textContent).toBe(
      'サインインの試行回数が上限に達しました。3秒後にもう一度お試しください。',
    );
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(shown()).toBe('サインインの試行回数が上限に達しました。1秒後にもう一度お試しください。');
    expect(button.disabled).toBe(true);

    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(shown()).toBeUndefined();
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(button.disabled).toBe(false);
    expect(requests.filter((r) => r.operationName === 'SignIn')).toHaveLength(1);
  });

  it('does not send while the wait lasts, even on Enter', async () => {
    const requests = stubGraphqlServer({ Me: signedOut, SignIn: throttled(30) });
    renderApp('/sign-in');

    const user = await signIn('demo@koushin.example', 'guess');
    await waitFor(() => {
      expect(screen.getByRole<HTMLButtonElement>('button', { name: 'サインイン' }).disabled).toBe(true);
    });
    await user.type(screen.getByLabelText('パスワード'), 'another{Enter}');

    expect(requests.filter((r) => r.operationName === 'SignIn')).toHaveLength(1);
  });

  it('leads to the forgotten-password page', async () => {
    stubGraphqlServer({ Me: signedOut });
    renderApp('/sign-in');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: 'パスワードをお忘れの方・初めての方' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'パスワードの設定' })).toBeDefined();
    expect(screen.getByTestId('current-path').textContent).toBe('/forgot-password');
  });

  it('opens in English for an English browser, until the reader chooses', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    const requests = stubGraphqlServer({ Me: signedOut });
    renderApp('/sign-in');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Forgot your password / first time here?' })).toBeDefined();
    expect(document.documentElement.lang).toBe('en');
    expect(requests.at(-1)?.headers.get('Accept-Language')).toBe('en');
    expect(window.localStorage.getItem('koushin.language')).toBeNull();
  });
});

describe('deep links', () => {
  it('sends a signed-out reader to sign in with the whole address to come back to', async () => {
    serverThatSignsIn();
    renderApp('/licences/QF7K-2M9P-XR4T-8WNC-3HJD?from=mail#options');

    expect(await screen.findByRole('heading', { level: 1, name: 'サインイン' })).toBeDefined();
    expect(screen.getByTestId('current-location').textContent).toBe(
      '/sign-in?next=%2Flicences%2FQF7K-2M9P-XR4T-8WNC-3HJD%3Ffrom%3Dmail%23options',
    );
  });

  it('keeps the plain sign-in address for My licences, where signing in leads anyway', async () => {
    serverThatSignsIn();
    renderApp('/licences');

    expect(await screen.findByRole('heading', { level: 1, name: 'サインイン' })).toBeDefined();
    expect(screen.getByTestId('current-location').textContent).toBe('/sign-in');
  });

  it('returns to the page asked for after signing in', async () => {
    serverThatSignsIn();
    renderApp('/licences/QF7K-2M9P-XR4T-8WNC-3HJD?from=mail#options');

    await signIn('demo@koushin.example', 'Koushin-Demo-2026');

    await waitFor(() => {
      expect(screen.getByTestId('current-location').textContent).toBe(
        '/licences/QF7K-2M9P-XR4T-8WNC-3HJD?from=mail#options',
      );
    });
  });

  it.each([
    '//evil.example',
    'https://evil.example',
    '/\\evil.example',
    '/%2F%2Fevil.example',
    'javascript:alert(1)',
  ])('goes to My licences instead of %s', async (next) => {
    serverThatSignsIn();
    renderApp(`/sign-in?${new URLSearchParams({ next }).toString()}`);

    await signIn('demo@koushin.example', 'Koushin-Demo-2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'マイライセンス' })).toBeDefined();
    expect(screen.getByTestId('current-location').textContent).toBe('/licences');
  });
});
