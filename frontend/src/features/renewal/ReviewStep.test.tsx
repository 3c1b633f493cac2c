import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubGraphqlServer } from '../../testing/graphqlServer';
import { order, orderFound, orderNumber } from '../../testing/orderFixtures';
import { renderApp } from '../../testing/renderApp';
import { cartKey, keepCart, placement, renewalHandlers } from './renewalFixtures';

const cloudSerial = 'QF7K-2M9P-XR4T-8WNC-3HJD';

const idempotencyKey = /^[A-Za-z0-9_-]{16,100}$/;

type Answer = ReturnType<typeof placement>;

/** The renewal journey's server, answering each order attempt in turn (the last answer again after). */
function server(...answers: Answer[]) {
  let asked = 0;
  const requests = stubGraphqlServer({
    ...renewalHandlers,
    PlaceRenewalOrder: () => answers[Math.min(asked++, answers.length - 1)] ?? placement(orderNumber),
    Order: () => orderFound(order),
  });
  return {
    requests,
    placements: () =>
      requests
        .filter((request) => request.operationName === 'PlaceRenewalOrder')
        .map((request) => request.variables.input as Record<string, unknown>),
  };
}

async function openReview() {
  keepCart(cloudSerial);
  renderApp('/renew?step=review');
  await screen.findByRole('checkbox', { name: '使用許諾契約書に同意する' }, { timeout: 2000 });
}

async function acceptBoth(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('checkbox', { name: '使用許諾契約書に同意する' }));
  await user.click(screen.getByRole('checkbox', { name: '個人情報の取り扱いに同意する' }));
}

function orderButton() {
  return screen.getByRole('button', { name: '申し込む' });
}

/** What describes an element (aria-describedby), a paragraph at a time. */
function described(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.flatMap((id) => {
    const description = document.getElementById(id);
    const paragraphs = Array.from(description?.querySelectorAll('p') ?? [], (paragraph) => paragraph.textContent);
    return paragraphs.length > 0 ? paragraphs : [description?.textContent ?? ''];
  });
}

describe('the review step', () => {
  it('shows what is ordered and for whom, with the licence agreement and the privacy policy to read', async () => {
    server();
    await openReview();

    expect(screen.getByRole('heading', { level: 1, name: 'お申し込み内容の確認' })).toBeDefined();
    // The section, and within it the table's scrolling region, both named by the heading.
    const lines = screen.getByRole('region', { name: 'お申し込み内容' });
    expect(
      within(lines)
        .getAllByRole('row')
        .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent)),
    ).toEqual([
      ['シリアル番号', '更新後の製品', '期間', 'お支払い後の新しい有効期限（予定）', '税抜価格'],
      [cloudSerial, 'ウイルスバスター クラウド', '1年', '2028年6月14日', '5,200円'],
    ]);
    expect(within(lines).getByRole('heading', { level: 3 }).textContent).toBe('請求先');
    expect(
      Array.from(lines.querySelectorAll('.billing-summary dt, .billing-summary dd'), (cell) => cell.textContent),
    ).toEqual([
      '会社名',
      '株式会社デモ商事',
      '部署',
      '情報システム部',
      'ご担当者名',
      '山田 花子',
      '書類の送付先メールアドレス',
      'keiri@demo.example',
      '電話番号',
      '03-1234-5678',
      '郵便番号',
      '100-0001',
      '住所',
      '東京都千代田区千代田1-1',
    ]);
    const terms = screen.getByRole('region', { name: '使用許諾契約書への同意' });
    // Plain text in paragraphs: markup in a body is shown as written, never interpreted.
    expect(Array.from(terms.querySelectorAll('.legal-body p'), (paragraph) => paragraph.textContent)).toEqual([
      '第1条 本契約について。',
      '第2条 <b>使用</b>の許諾。',
    ]);
    expect(within(terms).getByText('版: 2026-04')).toBeDefined();
    expect(screen.getByText('版: 2025-10')).toBeDefined();
  });

  it('asks for both consents before anything is sent, each said under its box', async () => {
    const { placements } = server();
    const user = userEvent.setup();
    await openReview();

    await user.click(orderButton());
    const terms = screen.getByRole('checkbox', { name: '使用許諾契約書に同意する' });
    const privacy = screen.getByRole('checkbox', { name: '個人情報の取り扱いに同意する' });
    expect(terms.getAttribute('aria-invalid')).toBe('true');
    expect(described(terms)).toEqual(['使用許諾契約書に同意してください。']);
    expect(privacy.getAttribute('aria-invalid')).toBe('true');
    expect(described(privacy)).toEqual(['個人情報の取り扱いに同意してください。']);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.click(terms);
    expect(terms.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('使用許諾契約書に同意してください。')).toBeNull();
    await user.click(orderButton());
    expect(described(privacy)).toEqual(['個人情報の取り扱いに同意してください。']);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(placements()).toHaveLength(0);
  });

  it('confirms in a dialog that takes focus, keeps Tab inside, and on Escape closes and gives focus back', async () => {
    const { placements } = server();
    const user = userEvent.setup();
    await openReview();
    await acceptBoth(user);

    await user.click(orderButton());
    const dialog = screen.getByRole('alertdialog', { name: 'この内容で申し込みますか？' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(described(dialog)).toEqual([
      '1件のライセンスを更新します。合計（税込）5,720円。',
      'お申し込み後、請求書を発行し、メールでもお送りします。',
    ]);
    const back = within(dialog).getByRole('button', { name: '戻る' });
    const confirm = within(dialog).getByRole('button', { name: '申し込む' });
    expect(document.activeElement).toBe(back);
    await user.tab();
    expect(document.activeElement).toBe(confirm);
    await user.tab();
    expect(document.activeElement).toBe(back);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(confirm);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(orderButton());
    expect(placements()).toHaveLength(0);
  });

  it('places the order with the accepted versions and an idempotency key, then shows the completion page', async () => {
    const { placements } = server(placement(orderNumber));
    const user = userEvent.setup();
    await openReview();
    await acceptBoth(user);

    await user.click(orderButton());
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '申し込む' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeDefined();
    expect(screen.getByTestId('current-path').textContent).toBe(`/orders/${orderNumber}`);
    const [input] = placements();
    expect(input?.idempotencyKey).toMatch(idempotencyKey);
    expect({ ...input, idempotencyKey: undefined }).toEqual({
      lines: [{ serialNumber: cloudSerial, productCode: 'CLOUD', years: 1, autoRenewal: false }],
      billing: {
        companyName: '株式会社デモ商事',
        department: '情報システム部',
        contactName: '山田 花子',
        email: 'keiri@demo.example',
        phone: '03-1234-5678',
        postalCode: '100-0001',
        address: '東京都千代田区千代田1-1',
        purchaseOrderNumber: null,
      },
      quoteNumber: null,
      acceptedTermsVersion: '2026-04',
      acceptedPrivacyVersion: '2025-10',
      idempotencyKey: undefined,
    });
    expect(placements()).toHaveLength(1);
    // Ordered: the cart is empty for the next visit.
    expect(window.sessionStorage.getItem(cartKey)).toBeNull();
  });

  it('sends a retry after a failure with the same key, so at most one order results', async () => {
    const failed = { data: null, errors: [{ message: 'Unexpected error.' }] } as unknown as Answer;
    const { placements } = server(failed, placement(orderNumber));
    const user = userEvent.setup();
    await openReview();
    await acceptBoth(user);

    await user.click(orderButton());
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '申し込む' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '通信中にエラーが発生しました。しばらくしてからもう一度お試しください。',
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByTestId('current-path').textContent).toBe('/renew');

    await user.click(orderButton());
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '申し込む' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeDefined();
    const keys = placements().map((input) => input.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(idempotencyKey);
    expect(keys[1]).toBe(keys[0]);
  });

  it('sends a double click on confirm once, the button waiting while the order is placed', async () => {
    const { placements } = server(placement(orderNumber));
    const user = userEvent.setup();
    await openReview();
    await acceptBoth(user);

    await user.click(orderButton());
    const confirm = within(screen.getByRole('alertdialog')).getByRole('button', { name: '申し込む' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    expect(within(screen.getByRole('alertdialog')).getByRole('button', { name: '申し込んでいます…' })).toBeDefined();

    expect(await screen.findByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeDefined();
    const keys = placements().map((input) => input.idempotencyKey);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(idempotencyKey);
  });

  it('names the serial the server refused, and stays on the review with nothing placed', async () => {
    const lineProblem = placement(null, [{ code: 'NOT_RENEWABLE', path: ['lines', '0'] }]);
    const { placements } = server(lineProblem);
    const user = userEvent.setup();
    await openReview();
    await acceptBoth(user);

    await user.click(orderButton());
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '申し込む' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `次のライセンスはお申し込みできませんでした。${cloudSerial}: このシリアル番号は現在、契約更新できません。更新内容を変更する`,
    );
    expect(screen.getByTestId('current-path').textContent).toBe('/renew');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(placements()).toHaveLength(1);
    expect(window.sessionStorage.getItem(cartKey)).not.toBeNull();
  });

  it('reads in English: the consents, the dialog and the amount', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    server();
    const user = userEvent.setup();
    keepCart(cloudSerial);
    renderApp('/renew?step=review');

    await screen.findByRole('checkbox', { name: 'I accept the licence agreement' }, { timeout: 2000 });
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(described(screen.getByRole('checkbox', { name: 'I accept the licence agreement' }))).toEqual([
      'Please accept the licence agreement.',
    ]);
    expect(described(screen.getByRole('checkbox', { name: 'I accept the privacy policy' }))).toEqual([
      'Please accept the privacy policy.',
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'I accept the licence agreement' }));
    await user.click(screen.getByRole('checkbox', { name: 'I accept the privacy policy' }));
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Place this order?' });
    expect(described(dialog)).toEqual([
      'Renew 1 licence for ¥5,720 including tax.',
      'We then issue the invoice, and mail it to you too.',
    ]);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Go back' }));
  });
});
