import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

function lookupFails(code: string) {
  return () => ({ data: { licence: { licence: null, errors: [{ code }] } } });
}

async function find(serialNumber: string) {
  const user = userEvent.setup();
  const field = await screen.findByRole('textbox', { name: 'シリアル番号' });
  await user.type(field, serialNumber);
  await user.click(screen.getByRole('button', { name: '探す' }));
  return { user, field };
}

describe('find a serial', () => {
  it('has a labelled field with its format hint', async () => {
    stubGraphqlServer({ Me: signedIn });
    renderApp('/find');

    expect(await screen.findByRole('heading', { level: 1, name: 'シリアル番号で探す' })).toBeDefined();
    const field = screen.getByRole('textbox', {
      name: 'シリアル番号',
      description: '英字と数字の20文字です（ハイフンは数えません。例: ABCD-EFGH-JKLM-NPQR-2345）。全角・小文字・スペースを含んでいても探せます。',
    });
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('says what a serial looks like when the server finds the input malformed', async () => {
    const requests = stubGraphqlServer({ Me: signedIn, FindLicence: lookupFails('INVALID_SERIAL') });
    renderApp('/find');

    const { field } = await find('ABC');

    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe(
        'シリアル番号は英字と数字の20文字です（ハイフンは数えません。例: ABCD-EFGH-JKLM-NPQR-2345）。',
      );
    });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // The field is described by its hint and then by the error, which sits right under it.
    expect(
      screen.getByRole('textbox', {
        name: 'シリアル番号',
        description:
          '英字と数字の20文字です（ハイフンは数えません。例: ABCD-EFGH-JKLM-NPQR-2345）。全角・小文字・スペースを含んでいても探せます。 ' +
          'シリアル番号は英字と数字の20文字です（ハイフンは数えません。例: ABCD-EFGH-JKLM-NPQR-2345）。',
      }),
    ).toBe(field);
    expect(document.activeElement).toBe(field);
    expect(requests.filter((r) => r.operationName === 'FindLicence').map((r) => r.variables)).toEqual([
      { serialNumber: 'ABC' },
    ]);
    expect(screen.getByTestId('current-path').textContent).toBe('/find');
  });

  it('gives one sentence for a serial that is unknown or another account’s, in the chosen language', async () => {
    stubGraphqlServer({ Me: signedIn, FindLicence: lookupFails('NOT_FOUND') });
    renderApp('/find');

    const { user } = await find('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');

    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe('お客様のアカウントにこのシリアル番号は見つかりません。');
    });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('alert').textContent).toBe('No serial with this number was found in your account.');
    expect(screen.getByRole('textbox', { name: 'Serial number' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('goes on to the page of the serial found, written the way the server writes it', async () => {
    const requests = stubGraphqlServer({
      Me: signedIn,
      FindLicence: () => ({
        data: { licence: { licence: { serialNumber: 'H9TC-3XNF-7KQB-2RMW-5PDJ' }, errors: [] } },
      }),
      LicenceDetail: () => ({ data: { licence: { licence: null, errors: [{ code: 'NOT_FOUND' }] } } }),
    });
    renderApp('/find');

    await find('ｈ９ｔｃ－３ｘｎｆ ７ＫＱＢ ２rmw５pdj');

    await waitFor(() => {
      expect(screen.getByTestId('current-path').textContent).toBe('/licences/H9TC-3XNF-7KQB-2RMW-5PDJ');
    });
    expect(requests.find((r) => r.operationName === 'FindLicence')?.variables).toEqual({
      serialNumber: 'ｈ９ｔｃ－３ｘｎｆ ７ＫＱＢ ２rmw５pdj',
    });
  });

  it('says something went wrong when the lookup fails without an answer', async () => {
    stubGraphqlServer({ Me: signedIn, FindLicence: () => ({ data: null, errors: [{ message: 'boom' }] }) });
    renderApp('/find');

    await find('H9TC-3XNF-7KQB-2RMW-5PDJ');

    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe(
        '通信中にエラーが発生しました。しばらくしてからもう一度お試しください。',
      );
    });
  });

  it('sends a reader without a session to the sign-in page', async () => {
    stubGraphqlServer({ Me: () => ({ data: { me: null } }) });
    renderApp('/find');

    expect(await screen.findByRole('heading', { level: 1, name: 'サインイン' })).toBeDefined();
    expect(screen.getByTestId('current-path').textContent).toBe('/sign-in');
  });
});
