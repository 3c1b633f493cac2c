import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedOut, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

// 43 characters, as the mailed links carry (32 random bytes, base64url).
const token = 'pQ3xV9rT2mK7wY4sB8nF1hJ6cL0dG5aZ-uE_oI3kR9t';

const invalidLink =
  'このリンクは使えません。有効期限（1時間）が過ぎたか、すでに使われたか、新しいリンクをお送りしたためです。もう一度お申し込みください。';

function refused(code: string, rule: { minLength?: number; maxLength?: number } = {}) {
  return () => ({
    data: {
      resetPassword: {
        me: null,
        errors: [{ code, minLength: rule.minLength ?? null, maxLength: rule.maxLength ?? null }],
      },
    },
  });
}

/** A server on which the link works: the reader is signed in from then on. */
function serverThatSetsThePassword(isStaff = false) {
  let signedIn = false;
  return stubGraphqlServer({
    Me: () => ({ data: { me: signedIn ? { email: 'new@koushin.example', companyName: null, isStaff } : null } }),
    ResetPassword: () => {
      signedIn = true;
      return { data: { resetPassword: { me: { email: 'new@koushin.example', isStaff }, errors: [] } } };
    },
    Licences: () => ({
      data: { licences: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } },
    }),
    LicenceDetail: () => ({ data: { licence: { licence: null, errors: [{ code: 'NOT_FOUND' }] } } }),
  });
}

/** What assistive technology reads after a field's name: the texts its aria-describedby names. */
function descriptionOf(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function setPassword(newPassword: string, confirmation: string = newPassword) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('新しいパスワード'), newPassword);
  await user.type(screen.getByLabelText('新しいパスワード（確認）'), confirmation);
  await user.click(screen.getByRole('button', { name: 'パスワードを設定する' }));
  return user;
}

describe('set a password from the mailed link', () => {
  it('takes the token out of the address as soon as it has read it, and states the rules', async () => {
    stubGraphqlServer({ Me: signedOut });
    renderApp(`/set-password#token=${token}`);

    expect(await screen.findByRole('heading', { level: 1, name: '新しいパスワードの設定' })).toBeDefined();
    await waitFor(() => {
      expect(screen.getByTestId('current-location').textContent).toBe('/set-password');
    });
    const field = screen.getByLabelText('新しいパスワード', { selector: 'input' });
    expect(field.getAttribute('autocomplete')).toBe('new-password');
    expect(descriptionOf(field)).toBe('10文字以上、1024文字以内で入力してください。');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByLabelText('新しいパスワード（確認）').getAttribute('autocomplete')).toBe('new-password');
  });

  it('signs the reader in with the new password and goes on to My licences', async () => {
    const requests = serverThatSetsThePassword();
    renderApp(`/set-password#token=${token}`);

    await setPassword('a long new password');

    expect(await screen.findByRole('heading', { level: 1, name: 'マイライセンス' })).toBeDefined();
    expect(screen.getByTestId('current-location').textContent).toBe('/licences');
    expect(await screen.findByText('new@koushin.example')).toBeDefined();
    // The token read before the address was cleaned is the one sent.
    expect(requests.filter((r) => r.operationName === 'ResetPassword').map((r) => r.variables)).toEqual([
      { token, newPassword: 'a long new password' },
    ]);
  });

  it('takes a staff member to the staff console', async () => {
    serverThatSetsThePassword(true);
    renderApp(`/set-password#token=${token}`);

    await setPassword('a long new password');

    await waitFor(() => {
      expect(screen.getByTestId('current-location').textContent).toBe('/staff');
    });
  });

  it('goes on to a safe next page, and to My licences instead of an unsafe one', async () => {
    serverThatSetsThePassword();
    const first = renderApp(`/set-password?next=${encodeURIComponent('/licences/QF7K-2M9P-XR4T-8WNC-3HJD')}#token=${token}`);
    await setPassword('a long new password');
    await waitFor(() => {
      expect(screen.getByTestId('current-location').textContent).toBe('/licences/QF7K-2M9P-XR4T-8WNC-3HJD');
    });
    first.unmount();

    serverThatSetsThePassword();
    renderApp(`/set-password?next=${encodeURIComponent('//evil.example')}#token=${token}`);
    await setPassword('a long new password');
    expect(await screen.findByRole('heading', { level: 1, name: 'マイライセンス' })).toBeDefined();
    expect(screen.getByTestId('current-location').textContent).toBe('/licences');
  });

  it('catches two different passwords in the browser, sending nothing', async () => {
    const requests = serverThatSetsThePassword();
    renderApp(`/set-password#token=${token}`);

    await setPassword('a long new password', 'a long new passw0rd');

    const confirmation = screen.getByLabelText('新しいパスワード（確認）');
    await waitFor(() => {
      expect(confirmation.getAttribute('aria-invalid')).toBe('true');
    });
    expect(descriptionOf(confirmation)).toBe('確認用のパスワードが一致しません。同じパスワードを入力してください。');
    expect(document.activeElement).toBe(confirmation);
    expect(requests.filter((r) => r.operationName === 'ResetPassword')).toEqual([]);
    expect(screen.getByTestId('current-path').textContent).toBe('/set-password');
  });

  it('words a broken password rule from its code, under the field, in either language', async () => {
    const requests = stubGraphqlServer({ Me: signedOut, ResetPassword: refused('PASSWORD_TOO_SHORT', { minLength: 10 }) });
    renderApp(`/set-password#token=${token}`);

    const user = await setPassword('short');

    const field = screen.getByLabelText('新しいパスワード', { selector: 'input' });
    await waitFor(() => {
      expect(field.getAttribute('aria-invalid')).toBe('true');
    });
    expect(descriptionOf(field)).toBe('10文字以上、1024文字以内で入力してください。 パスワードは10文字以上にしてください。');
    expect(document.activeElement).toBe(field);
    expect(requests.filter((r) => r.operationName === 'ResetPassword').map((r) => r.variables)).toEqual([
      { token, newPassword: 'short' },
    ]);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByLabelText('New password', { selector: 'input' })).toBe(field);
    expect(descriptionOf(field)).toBe('10 to 1024 characters. A password needs at least 10 characters.');
  });

  it('says so for a password that is too long', async () => {
    stubGraphqlServer({ Me: signedOut, ResetPassword: refused('PASSWORD_TOO_LONG', { maxLength: 1024 }) });
    renderApp(`/set-password#token=${token}`);

    await setPassword('x'.repeat(30));

    await waitFor(() => {
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        'パスワードは1024文字以内にしてください。',
        '',
        '',
      ]);
    });
  });

  it('explains an expired, used or replaced link and offers a new one', async () => {
    const requests = stubGraphqlServer({ Me: signedOut, ResetPassword: refused('INVALID_TOKEN') });
    renderApp(`/set-password#token=${token}`);

    await setPassword('a long new password');

    expect(await screen.findByRole('heading', { level: 1, name: 'このリンクではパスワードを設定できません' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toBe(invalidLink);
    expect(document.activeElement).toBe(screen.getByRole('alert').parentElement);
    expect(screen.getByRole('link', { name: 'リンクをもう一度受け取る' }).getAttribute('href')).toBe('/forgot-password');
    expect(screen.queryByLabelText('新しいパスワード')).toBeNull();
    expect(requests.filter((r) => r.operationName === 'ResetPassword')).toHaveLength(1);
  });

  it('says the same when the address carries no token, and sends nothing', async () => {
    const requests = stubGraphqlServer({ Me: signedOut });
    const user = userEvent.setup();
    renderApp('/set-password#token=');

    expect(await screen.findByRole('heading', { level: 1, name: 'このリンクではパスワードを設定できません' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toBe(invalidLink);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'This link cannot set a password' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toBe(
      'This link cannot be used: it has expired (links work for one hour), has already been used, or a newer link was sent. Please ask for a new one.',
    );
    await user.click(screen.getByRole('link', { name: 'Get a new link' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Set your password' })).toBeDefined();
    expect(requests.filter((r) => r.operationName === 'ResetPassword')).toEqual([]);
  });

  it('says something went wrong when setting fails without an answer', async () => {
    stubGraphqlServer({ Me: signedOut, ResetPassword: () => ({ data: null, errors: [{ message: 'boom' }] }) });
    renderApp(`/set-password#token=${token}`);

    await setPassword('a long new password');

    await waitFor(() => {
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        '',
        '',
        '通信中にエラーが発生しました。しばらくしてからもう一度お試しください。',
      ]);
    });
    expect(screen.getByRole('heading', { level: 1, name: '新しいパスワードの設定' })).toBeDefined();
  });
});
