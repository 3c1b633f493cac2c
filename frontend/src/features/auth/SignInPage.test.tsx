import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedOut, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

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
    let signedIn = false;
    stubGraphqlServer({
      Me: () => ({ data: { me: signedIn ? { email: 'demo@koushin.example', companyName: null } : null } }),
      SignIn: () => {
        signedIn = true;
        return { data: { signIn: { me: { email: 'demo@koushin.example' }, errors: [] } } };
      },
      Licences: () => ({
        data: { licences: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } },
      }),
    });
    renderApp('/sign-in');

    await signIn('demo@koushin.example', 'Koushin-Demo-2026');

    expect(await screen.findByRole('heading', { level: 1, name: 'マイライセンス' })).toBeDefined();
    expect(screen.getByTestId('current-path').textContent).toBe('/licences');
    expect(await screen.findByText('demo@koushin.example')).toBeDefined();
  });
});
