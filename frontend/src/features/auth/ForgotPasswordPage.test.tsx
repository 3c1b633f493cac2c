import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signedOut, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

const accepted = () => ({ data: { requestPasswordReset: { accepted: true, errors: [] } } });

function throttled(retryAfterSeconds: number) {
  return () => ({
    data: {
      requestPasswordReset: { accepted: false, errors: [{ code: 'TOO_MANY_REQUESTS', retryAfterSeconds }] },
    },
  });
}

async function request(email: string) {
  const user = userEvent.setup();
  const field = await screen.findByRole('textbox', { name: 'メールアドレス' });
  if (email !== '') {
    await user.type(field, email);
  }
  await user.click(screen.getByRole('button', { name: 'リンクを送る' }));
  return { user, field };
}

/** The page's own status region (the test harness shows the address in <output>s, also statuses). */
function pageStatus(): HTMLElement {
  return within(screen.getByRole('main')).getByRole('status');
}

/** What the eye sees in the form's message box (a countdown ticks there, not in the announcement). */
function shownAlert(): string | null | undefined {
  return document.querySelector('form > .form-alert [aria-hidden="true"]')?.textContent;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('forgotten password', () => {
  it('has a labelled e-mail field and a way back to sign in', async () => {
    stubGraphqlServer({ Me: signedOut });
    renderApp('/forgot-password');

    expect(await screen.findByRole('heading', { level: 1, name: 'パスワードの設定' })).toBeDefined();
    expect(document.title).toBe('パスワードの設定 | Koushin 更新');
    const field = screen.getByRole('textbox', { name: 'メールアドレス' });
    expect(field.getAttribute('autocomplete')).toBe('username');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByRole('link', { name: 'サインインへ戻る' }).getAttribute('href')).toBe('/sign-in');
  });

  it('asks for an address before sending, and sends nothing while the field is empty', async () => {
    const requests = stubGraphqlServer({ Me: signedOut, RequestPasswordReset: accepted });
    renderApp('/forgot-password');

    await request('');
    const { field } = await request('   ');

    const empty = screen.getByRole('textbox', { name: 'メールアドレス', description: 'メールアドレスを入力してください。' });
    expect(empty).toBe(field);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(requests.filter((r) => r.operationName === 'RequestPasswordReset')).toEqual([]);
  });

  it('answers every address with the same neutral confirmation, and moves on to it', async () => {
    const requests = stubGraphqlServer({ Me: signedOut, RequestPasswordReset: accepted });
    renderApp('/forgot-password');

    await request('someone@koushin.example');

    const heading = await screen.findByRole('heading', { level: 2, name: 'メールをご確認ください' });
    expect(document.activeElement).toBe(heading);
    expect(pageStatus().textContent).toBe(
      'メールをご確認ください' +
        'ご入力のメールアドレスが登録されている場合は、パスワードを設定するためのリンクをお送りしました。リンクの有効期限は1時間です。' +
        'メールが届かない場合は、迷惑メールフォルダもご確認ください。もう一度お申し込みいただくと、前にお送りしたリンクは使えなくなります。' +
        'もう一度申し込む',
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    const sent = requests.filter((r) => r.operationName === 'RequestPasswordReset');
    expect(sent.map((r) => r.variables)).toEqual([{ email: 'someone@koushin.example' }]);
    expect(sent[0]?.headers.get('Accept-Language')).toBe('ja');
    expect(screen.getByTestId('current-path').textContent).toBe('/forgot-password');
  });

  it('lets the reader ask again, with the address still typed', async () => {
    const requests = stubGraphqlServer({ Me: signedOut, RequestPasswordReset: accepted });
    renderApp('/forgot-password');
    const { user } = await request('someone@koushin.example');

    await user.click(await screen.findByRole('button', { name: 'もう一度申し込む' }));

    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'メールアドレス' });
    expect(field.value).toBe('someone@koushin.example');
    expect(document.activeElement).toBe(field);
    expect(requests.filter((r) => r.operationName === 'RequestPasswordReset')).toHaveLength(1);
  });

  it('says it in English, and asks in English so the mail is written in it', async () => {
    const requests = stubGraphqlServer({ Me: signedOut, RequestPasswordReset: accepted });
    const user = userEvent.setup();
    renderApp('/forgot-password');
    await user.click(await screen.findByRole('button', { name: 'English' }));

    await user.type(screen.getByRole('textbox', { name: 'E-mail address' }), 'someone@koushin.example');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Check your mail' })).toBeDefined();
    expect(
      screen.getByText('If the address is registered, we have sent it a link to set your password. The link works for 1 hour.'),
    ).toBeDefined();
    expect(requests.find((r) => r.operationName === 'RequestPasswordReset')?.headers.get('Accept-Language')).toBe('en');
  });

  it('counts down when requests are throttled, then lets the reader send again', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    const requests = stubGraphqlServer({ Me: signedOut, RequestPasswordReset: throttled(2) });
    renderApp('/forgot-password');

    await request('someone@koushin.example');

    await waitFor(() => {
      expect(shownAlert()).toBe(
        'パスワード設定のお申し込みが続いたため、受付を一時停止しています。2秒後にもう一度お試しください。',
      );
    });
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'リンクを送る' });
    expect(button.disabled).toBe(true);
    // The field's own message box is empty; the form's announces the wait once, as it came.
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      '',
      'パスワード設定のお申し込みが続いたため、受付を一時停止しています。2秒後にもう一度お試しください。',
    ]);

    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(shownAlert()).toBe(
      'パスワード設定のお申し込みが続いたため、受付を一時停止しています。1秒後にもう一度お試しください。',
    );
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(shownAlert()).toBeUndefined();
    expect(button.disabled).toBe(false);
    expect(pageStatus().textContent).toBe('');
    expect(requests.filter((r) => r.operationName === 'RequestPasswordReset')).toHaveLength(1);
  });

  it('says something went wrong when the request fails without an answer', async () => {
    stubGraphqlServer({ Me: signedOut, RequestPasswordReset: () => ({ data: null, errors: [{ message: 'boom' }] }) });
    renderApp('/forgot-password');

    await request('someone@koushin.example');

    await waitFor(() => {
      expect(shownAlert()).toBe('通信中にエラーが発生しました。しばらくしてからもう一度お試しください。');
    });
    expect(screen.getByRole('textbox', { name: 'メールアドレス' })).toBeDefined();
    expect(pageStatus().textContent).toBe('');
  });
});
