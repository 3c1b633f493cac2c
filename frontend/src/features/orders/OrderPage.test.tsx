import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signedIn, stubGraphqlServer } from '../../testing/graphqlServer';
import {
  bankAccount,
  documentStates,
  invoiceDocument,
  order,
  orderFound,
  orderNumber,
  quoteDocument,
  receiptDocument,
  type OrderFixture,
} from '../../testing/orderFixtures';
import { renderApp } from '../../testing/renderApp';
import { documentPollMs } from './useOrderDocuments';

afterEach(() => {
  vi.useRealTimers();
});

const placed = { pathname: `/orders/${orderNumber}`, state: { placed: true } };

function withInvoice(status: 'READY' | 'RENDERING', change: Partial<OrderFixture> = {}): OrderFixture {
  return { ...order, ...change, invoice: { ...order.invoice, ...invoiceDocument(status) } };
}

/** Each answer in turn, the last one again for every later request. */
function inTurn(...answers: OrderFixture[]) {
  let asked = 0;
  return () => documentStates(answers[Math.min(asked++, answers.length - 1)] ?? order);
}

/** A description list's terms and descriptions, in reading order. */
function pairs(list: Element | null | undefined): string[] {
  return Array.from(list?.querySelectorAll('dt, dd') ?? [], (cell) => cell.textContent);
}

function invoiceSection(name = '請求書') {
  return screen.getByRole('region', { name });
}

async function tick() {
  await act(() => vi.advanceTimersByTimeAsync(documentPollMs));
}

/** No link until the second poll reports the PDF ready, then the link; then polling stops. */
async function expectLinkOncePolledReady(
  requests: { operationName: string; variables: Record<string, unknown> }[],
  section: () => HTMLElement,
  link: { name: string; href: string },
) {
  const polls = () => requests.filter((request) => request.operationName === 'OrderDocuments');
  expect(polls()).toHaveLength(0);

  await tick();
  await waitFor(() => expect(polls()).toHaveLength(1));
  expect(polls()[0]?.variables).toEqual({ number: orderNumber });
  expect(within(section()).queryByRole('link')).toBeNull();

  await tick();
  const download = await within(section()).findByRole('link', { name: link.name });
  expect(download.getAttribute('href')).toBe(link.href);
  expect(screen.queryByText('PDFを作成しています。しばらくお待ちください…')).toBeNull();

  await tick();
  await tick();
  expect(polls()).toHaveLength(2);
}

describe('the completion page', () => {
  it('shows the order and invoice numbers, the dates, the amount, the bank account and the warnings', async () => {
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound(order) });
    renderApp(placed);

    expect(screen.getByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeDefined();
    expect(
      await screen.findByText('お申し込みありがとうございます。ご注文を受け付け、請求書を発行しました。'),
    ).toBeDefined();
    expect(pairs(document.querySelector('.completion dl'))).toEqual(['注文番号', orderNumber]);
    expect(
      screen.getByText(
        '請求書（PDF）は、メールでも demo@koushin.example と keiri@demo.example にお送りしました。',
      ),
    ).toBeDefined();

    const invoice = invoiceSection();
    const [facts, bank] = invoice.querySelectorAll('dl');
    expect(pairs(facts)).toEqual([
      '請求書番号',
      'I-2026-000123',
      '発行日',
      '2026年11月26日',
      'お支払い期限',
      '2027年1月26日',
      'ご請求金額（税込）',
      '22,220円',
    ]);
    expect(within(invoice).getByRole('heading', { level: 3 }).textContent).toBe('お振込先');
    expect(pairs(bank)).toEqual([
      '銀行',
      'みずほ銀行（0001）',
      '支店',
      'コウシン支店（951）',
      '預金種目',
      '普通',
      '口座番号',
      '3000123',
      '口座名義',
      'カ）コウシンソフトウエア',
    ]);
    expect(
      within(invoice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'ご請求金額と同じ金額を、お支払い期限までにこの口座へお振り込みください。',
      'この口座番号はこの請求書専用です。ほかのご注文のお支払いには使わないでください。',
      '振込手数料はお客様のご負担となります。',
      'この請求書は適格請求書（インボイス）ではありません。ご入金の確認後にお送りする領収書が適格請求書となります。',
    ]);
    const download = within(invoice).getByRole('link', { name: '請求書をダウンロード' });
    expect(download.getAttribute('href')).toBe('/documents/invoices/I-2026-000123.pdf');
    expect(download.hasAttribute('download')).toBe(true);
    // Already rendered: nothing to wait for, so nothing is asked again.
    expect(screen.queryByText('PDFを作成しています。しばらくお待ちください…')).toBeNull();
  });

  it('says the invoice PDF is being prepared, asks every 1.5 s, and offers the link once it is ready', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const requests = stubGraphqlServer({
      Me: signedIn,
      Order: () => orderFound(withInvoice('RENDERING')),
      OrderDocuments: inTurn(withInvoice('RENDERING'), withInvoice('READY')),
    });
    renderApp(placed);

    const preparing = await within(await screen.findByRole('region', { name: '請求書' })).findByText(
      'PDFを作成しています。しばらくお待ちください…',
    );
    // Announced where the link will appear, so a screen reader hears when it does.
    expect(preparing.closest('[aria-live]')?.getAttribute('aria-live')).toBe('polite');
    expect(within(invoiceSection()).queryByRole('link')).toBeNull();
    await expectLinkOncePolledReady(requests, invoiceSection, {
      name: '請求書をダウンロード',
      href: '/documents/invoices/I-2026-000123.pdf',
    });
  });

  it('reads in English: the amounts, the dates and the account type', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    const current = { ...order.invoice, bankAccount: { ...bankAccount, accountType: 'CURRENT' } };
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound({ ...order, invoice: current }) });
    renderApp(placed);

    expect(screen.getByRole('heading', { level: 1, name: 'Thank you for your order' })).toBeDefined();
    const invoice = await screen.findByRole('region', { name: 'Invoice' });
    const [facts, bank] = invoice.querySelectorAll('dl');
    expect(pairs(facts)).toEqual([
      'Invoice number',
      'I-2026-000123',
      'Issued on',
      '26 Nov 2026',
      'Payment due',
      '26 Jan 2027',
      'Amount due incl. tax',
      '¥22,220',
    ]);
    expect(pairs(bank)).toEqual([
      'Bank',
      'みずほ銀行 (0001)',
      'Branch',
      'コウシン支店 (951)',
      'Account type',
      'Current (当座)',
      'Account number',
      '3000123',
      'Account holder',
      'カ）コウシンソフトウエア',
    ]);
    expect(
      within(invoice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Please transfer exactly the amount due to this account by the due date.',
      'This account number is for this invoice only: please do not use it to pay other orders.',
      'Transfer fees are paid by the customer.',
      'This invoice is not a qualified invoice; the receipt we send once your payment arrives is.',
    ]);
  });
});

describe('an order’s page', () => {
  it('names the order, its day in Japan and its status, and offers the quote it was placed from once rendered', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fromQuote = (status: 'READY' | 'RENDERING') => ({ ...order, quote: quoteDocument(status) });
    stubGraphqlServer({
      Me: signedIn,
      Order: () => orderFound(fromQuote('RENDERING')),
      OrderDocuments: inTurn(fromQuote('READY')),
    });
    renderApp(`/orders/${orderNumber}`);

    expect(screen.getByRole('heading', { level: 1, name: `注文番号 ${orderNumber}` })).toBeDefined();
    const quote = await screen.findByRole('region', { name: '見積書' });
    expect(pairs(document.querySelector('.order-facts'))).toEqual([
      'お申し込み日',
      '2026年11月26日',
      '状態',
      '支払い待ち',
    ]);
    expect(screen.queryByText('お申し込みありがとうございます。ご注文を受け付け、請求書を発行しました。')).toBeNull();
    expect(within(quote).getByText('見積書 Q-2026-000045の価格でお申し込みいただきました。')).toBeDefined();
    expect(within(quote).getByText('PDFを作成しています。しばらくお待ちください…')).toBeDefined();

    await tick();
    const download = await within(quote).findByRole('link', { name: '見積書 Q-2026-000045（PDF）をダウンロード' });
    expect(download.getAttribute('href')).toBe('/documents/quotes/Q-2026-000045.pdf');
  });

  it('says so when the number is not one of the account’s orders', async () => {
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound(null) });
    renderApp('/orders/O-2026-999999');

    expect(await screen.findByRole('heading', { level: 1, name: 'ご注文が見つかりません' })).toBeDefined();
    expect(screen.getByText('このご注文はお客様のアカウントに見つかりません。')).toBeDefined();
  });
});

describe('cancelling an order', () => {
  const cancelled: OrderFixture = {
    ...order,
    status: 'CANCELLED',
    cancellable: false,
    cancelledAt: '2026-11-27T02:00:00+00:00',
    invoice: { ...order.invoice, voided: true },
  };

  /** The order as the server has it: cancelled once the mutation has been answered with no error. */
  function server(cancelAnswer: { code: string }[]) {
    let current = order;
    return stubGraphqlServer({
      Me: signedIn,
      Order: () => orderFound(current),
      CancelOrder: () => {
        if (cancelAnswer.length === 0) {
          current = cancelled;
        }
        return {
          data: {
            cancelOrder: {
              order: { number: current.number, status: current.status, cancellable: current.cancellable },
              errors: cancelAnswer,
            },
          },
        };
      },
    });
  }

  it('asks first in a dialog that takes focus, closes on Escape and gives focus back, cancelling nothing', async () => {
    const requests = server([]);
    const user = userEvent.setup();
    renderApp(`/orders/${orderNumber}`);

    const open = await screen.findByRole('button', { name: '注文をキャンセル' });
    await user.click(open);
    const dialog = screen.getByRole('alertdialog', { name: 'このご注文をキャンセルしますか？' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-describedby')).not.toBeNull();
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      `ご注文 ${orderNumber}をキャンセルすると、請求書は無効になり、ライセンスはもう一度お申し込みいただけるようになります。`,
    );
    // The safe choice has focus, so Enter on an untouched dialog cancels nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'キャンセルしない' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(open);

    await user.click(open);
    await user.click(screen.getByRole('button', { name: 'キャンセルしない' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(requests.filter((request) => request.operationName === 'CancelOrder')).toHaveLength(0);
    expect(screen.getByText('支払い待ち')).toBeDefined();
  });

  it('cancels by the mutation and shows the order as cancelled at once: status, date, void invoice', async () => {
    const requests = server([]);
    const user = userEvent.setup();
    renderApp(`/orders/${orderNumber}`);

    await user.click(await screen.findByRole('button', { name: '注文をキャンセル' }));
    await user.click(screen.getByRole('button', { name: 'キャンセルする' }));

    expect(await screen.findByText('2026年11月27日にキャンセルされました。')).toBeDefined();
    expect(
      requests.filter((request) => request.operationName === 'CancelOrder').map((request) => request.variables),
    ).toEqual([{ number: orderNumber }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // The button is gone with the order's cancellability; focus starts again at the heading.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(pairs(document.querySelector('.order-facts'))).toEqual([
      'お申し込み日',
      '2026年11月26日',
      '状態',
      'キャンセル済み',
      'キャンセル済み',
      '2026年11月27日にキャンセルされました。',
    ]);
    const invoice = invoiceSection();
    expect(within(invoice).getByText('この請求書は無効です（ご注文はキャンセルされました）。')).toBeDefined();
    // Not to be paid: no bank account and no warnings about paying into it.
    expect(within(invoice).queryByText('お振込先')).toBeNull();
    expect(within(invoice).queryByRole('listitem')).toBeNull();
    expect(screen.queryByRole('button', { name: '注文をキャンセル' })).toBeNull();
  });

  it('says why an order cannot be cancelled, and leaves it as it was', async () => {
    const requests = server([{ code: 'NOT_CANCELLABLE' }]);
    const user = userEvent.setup();
    renderApp(`/orders/${orderNumber}`);

    await user.click(await screen.findByRole('button', { name: '注文をキャンセル' }));
    await user.click(screen.getByRole('button', { name: 'キャンセルする' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'このご注文はお支払い待ちではないため、キャンセルできません。',
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('支払い待ち')).toBeDefined();
    expect(within(invoiceSection()).getByText('お振込先')).toBeDefined();
    expect(requests.filter((request) => request.operationName === 'CancelOrder')).toHaveLength(1);
    // Nothing changed, so nothing is asked again.
    expect(requests.filter((request) => request.operationName === 'Order')).toHaveLength(1);
  });

  it('says it in English too', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    server([{ code: 'NOT_CANCELLABLE' }]);
    const user = userEvent.setup();
    renderApp(`/orders/${orderNumber}`);

    await user.click(await screen.findByRole('button', { name: 'Cancel the order' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this order?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel the order' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Only an order awaiting payment can be cancelled.');
  });
});

describe('a paid order', () => {
  /** Booked by the bank on 3 December; applied at 01:10 on 4 December in Japan (16:10 UTC the day before).
   * The lapsed serial's three years run from the payment day, not from the day the order expected. */
  function paid(receipt = receiptDocument('READY')): OrderFixture {
    const newExpiries = ['2028-06-14', '2029-12-04'];
    return {
      ...order,
      status: 'PAID',
      cancellable: false,
      paidAt: '2026-12-03T16:10:00+00:00',
      lines: order.lines.map((line, index) => ({ ...line, newExpiresOn: newExpiries[index] ?? null })),
      receipt,
    };
  }

  function receiptSection(name = '領収書') {
    return screen.getByRole('region', { name });
  }

  /** Each step's name (with its state in words) and what it says. */
  function steps(name = 'お手続きの状況') {
    return within(screen.getByRole('region', { name }))
      .getAllByRole('listitem')
      .map((step) => [
        step.querySelector('.progress-name')?.textContent,
        step.querySelector('.progress-detail')?.textContent,
        step.getAttribute('aria-current'),
      ]);
  }

  /** The lines table's header and rows, cell by cell. */
  function lineTable(name = 'ご注文の明細') {
    const table = within(screen.getByRole('region', { name })).getByRole('table');
    return Array.from(table.querySelectorAll('tr'), (row) =>
      Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent),
    );
  }

  it('shows an order awaiting payment at the first of its three steps', async () => {
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound(order) });
    renderApp(`/orders/${orderNumber}`);

    await screen.findByRole('region', { name: 'お手続きの状況' });
    expect(steps()).toEqual([
      ['お支払い待ち（現在の段階）', 'お支払い期限: 2027年1月26日', 'step'],
      ['お支払いの確認（これから）', 'お振り込みを確認しましたら、メールでお知らせします。', null],
      ['ライセンスの更新（これから）', 'お支払いの確認後、すぐに各ライセンスの有効期限を延長します。', null],
    ]);
    expect(lineTable()[0]?.[4]).toBe('お支払い後の新しい有効期限（予定）');
    expect(screen.queryByRole('region', { name: '領収書' })).toBeNull();
  });

  it('shows it paid on its day in Japan, each serial’s new expiry, the ready receipt and no transfer to make', async () => {
    const requests = stubGraphqlServer({ Me: signedIn, Order: () => orderFound(paid()) });
    renderApp(`/orders/${orderNumber}`);

    const receipt = await screen.findByRole('region', { name: '領収書' });
    expect(pairs(document.querySelector('.order-facts'))).toEqual([
      'お申し込み日',
      '2026年11月26日',
      '状態',
      '支払い済み',
    ]);
    expect(steps()).toEqual([
      ['お支払い待ち（完了）', 'お支払い期限: 2027年1月26日', null],
      ['お支払いの確認（完了）', '2026年12月4日にお支払いを確認しました。', null],
      [
        'ライセンスの更新（完了）',
        '各ライセンスの有効期限を延長しました。新しい有効期限は「ご注文の内容」のとおりです。',
        null,
      ],
    ]);
    expect(lineTable().map((row) => [row[0], row[4]])).toEqual([
      ['シリアル番号', '新しい有効期限'],
      ['QF7K-2M9P-XR4T-8WNC-3HJD', '2028年6月14日'],
      ['N7CM-4KRD-9XJP-3TWB-5FHQ', '2029年12月4日'],
    ]);
    expect(screen.queryByText('2029年11月26日')).toBeNull();

    expect(within(receipt).getByText('この領収書が適格請求書（インボイス）です。')).toBeDefined();
    expect(pairs(receipt.querySelector('dl'))).toEqual([
      '領収書番号',
      'R-2026-000077',
      '発行日',
      '2026年12月4日',
      'ご入金日',
      '2026年12月3日',
      'お振込金額',
      '22,220円',
    ]);
    expect(within(receipt).queryByText('振込手数料の差引')).toBeNull();
    const download = within(receipt).getByRole('link', { name: '領収書をダウンロード' });
    expect(download.getAttribute('href')).toBe('/documents/receipts/R-2026-000077.pdf');
    expect(download.hasAttribute('download')).toBe(true);

    // The invoice stays downloadable, but nothing is left to transfer: no account, no warnings.
    const invoice = invoiceSection();
    expect(within(invoice).getByText('この請求書はお支払い済みです。')).toBeDefined();
    expect(within(invoice).getByRole('link', { name: '請求書をダウンロード' }).getAttribute('href')).toBe(
      '/documents/invoices/I-2026-000123.pdf',
    );
    expect(within(invoice).queryByText('お振込先')).toBeNull();
    expect(within(invoice).queryByRole('listitem')).toBeNull();
    expect(screen.queryByText('3000123')).toBeNull();
    expect(screen.queryByRole('button', { name: '注文をキャンセル' })).toBeNull();
    expect(screen.queryByText('PDFを作成しています。しばらくお待ちください…')).toBeNull();
    // Every PDF is ready: nothing is asked again.
    expect(requests.filter((request) => request.operationName === 'OrderDocuments')).toHaveLength(0);
  });

  it('shows the transfer fee deducted, and that the amount due was received in full', async () => {
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound(paid(receiptDocument('READY', 440))) });
    renderApp(`/orders/${orderNumber}`);

    const receipt = await screen.findByRole('region', { name: '領収書' });
    expect(pairs(receipt.querySelector('dl'))).toEqual([
      '領収書番号',
      'R-2026-000077',
      '発行日',
      '2026年12月4日',
      'ご入金日',
      '2026年12月3日',
      'お振込金額',
      '21,780円',
      '振込手数料の差引',
      '440円',
    ]);
    expect(
      within(receipt).getByText(
        'お振込時に差し引かれた振込手数料は振込手数料として承り、ご請求金額の全額を領収いたしました。',
      ),
    ).toBeDefined();
  });

  it('says the receipt PDF is being prepared, asks every 1.5 s, and offers the link once it is ready', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const rendering = paid(receiptDocument('RENDERING'));
    const requests = stubGraphqlServer({
      Me: signedIn,
      Order: () => orderFound(rendering),
      OrderDocuments: inTurn(rendering, paid(receiptDocument('READY'))),
    });
    renderApp(`/orders/${orderNumber}`);

    const preparing = await within(await screen.findByRole('region', { name: '領収書' })).findByText(
      'PDFを作成しています。しばらくお待ちください…',
    );
    expect(preparing.closest('[aria-live]')?.getAttribute('aria-live')).toBe('polite');
    expect(within(receiptSection()).queryByRole('link')).toBeNull();
    // The receipt's facts are there already; only its PDF is awaited.
    expect(within(receiptSection()).getByText('R-2026-000077')).toBeDefined();
    expect(within(invoiceSection()).getByRole('link', { name: '請求書をダウンロード' })).toBeDefined();
    await expectLinkOncePolledReady(requests, receiptSection, {
      name: '領収書をダウンロード',
      href: '/documents/receipts/R-2026-000077.pdf',
    });
  });

  it('reads in English: the steps, the new expiry, the receipt and its fee', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound(paid(receiptDocument('READY', 440))) });
    renderApp(`/orders/${orderNumber}`);

    const receipt = await screen.findByRole('region', { name: 'Receipt' });
    expect(pairs(document.querySelector('.order-facts'))).toEqual(['Placed on', '26 Nov 2026', 'Status', 'Paid']);
    expect(steps('Order progress')).toEqual([
      ['Awaiting payment (done)', 'Payment due by 26 Jan 2027', null],
      ['Payment received (done)', 'We received your payment on 4 Dec 2026.', null],
      [
        'Licences extended (done)',
        'Each licence’s expiry date has been extended: see the new dates under What you ordered.',
        null,
      ],
    ]);
    expect(lineTable('The lines of the order').map((row) => row[4])).toEqual([
      'New expiry date',
      '14 Jun 2028',
      '4 Dec 2029',
    ]);
    expect(within(receipt).getByText('This receipt is your qualified invoice (適格請求書).')).toBeDefined();
    expect(pairs(receipt.querySelector('dl'))).toEqual([
      'Receipt number',
      'R-2026-000077',
      'Issued on',
      '4 Dec 2026',
      'Received on',
      '3 Dec 2026',
      'Amount received',
      '¥21,780',
      'Transfer fee deducted',
      '¥440',
    ]);
    expect(within(receipt).getByRole('link', { name: 'Download the receipt' })).toBeDefined();
    expect(within(invoiceSection('Invoice')).getByText('This invoice has been paid.')).toBeDefined();
  });
});

describe('an expired order', () => {
  /** Not paid by 26 January: expired at midnight starting 27 January in Japan. */
  const expired: OrderFixture = {
    ...order,
    status: 'EXPIRED',
    cancellable: false,
    expiredAt: '2027-01-26T15:00:00+00:00',
  };

  it('says it was not paid in time, that its licences can be ordered again, and whom to ask about a transfer', async () => {
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound(expired) });
    renderApp(`/orders/${orderNumber}`);

    const notice = await screen.findByRole('region', { name: 'お支払い期限を過ぎました' });
    expect(pairs(document.querySelector('.order-facts'))).toEqual(['お申し込み日', '2026年11月26日', '状態', '失効']);
    expect(Array.from(notice.querySelectorAll('p'), (paragraph) => paragraph.textContent)).toEqual([
      'お支払い期限（2027年1月26日）までにお振り込みを確認できなかったため、このご注文は2027年1月27日に失効しました。',
      'このご注文のライセンスは、もう一度お申し込みいただけます。 マイライセンスから更新を申し込む',
      'すでにお振り込みいただいた場合は、担当者が確認のうえご連絡します。',
      'ご不明な点は、注文番号をお手元にご用意のうえ、株式会社コウシン・ソフトウェアのサポート窓口へお問い合わせください: support@koushin.example',
    ]);
    expect(within(notice).getByRole('link', { name: 'マイライセンスから更新を申し込む' }).getAttribute('href')).toBe(
      '/licences',
    );
    expect(within(notice).getByRole('link', { name: 'support@koushin.example' }).getAttribute('href')).toBe(
      'mailto:support@koushin.example',
    );

    // Not to be paid any more: the invoice can still be downloaded, but no account is offered to pay into.
    const invoice = invoiceSection();
    expect(
      within(invoice).getByText('このご注文は失効したため、この請求書にお振り込みいただく必要はありません。'),
    ).toBeDefined();
    expect(within(invoice).getByRole('link', { name: '請求書をダウンロード' })).toBeDefined();
    expect(within(invoice).queryByText('お振込先')).toBeNull();
    expect(within(invoice).queryByRole('listitem')).toBeNull();
    expect(screen.queryByRole('region', { name: 'お手続きの状況' })).toBeNull();
    expect(screen.queryByRole('region', { name: '領収書' })).toBeNull();
    expect(screen.queryByRole('button', { name: '注文をキャンセル' })).toBeNull();
  });

  it('says it in English too', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound(expired) });
    renderApp(`/orders/${orderNumber}`);

    const notice = await screen.findByRole('region', { name: 'This order has expired' });
    expect(pairs(document.querySelector('.order-facts'))).toEqual(['Placed on', '26 Nov 2026', 'Status', 'Expired']);
    expect(Array.from(notice.querySelectorAll('p'), (paragraph) => paragraph.textContent)).toEqual([
      'We did not receive the payment by the due date (26 Jan 2027), so this order expired on 27 Jan 2027.',
      'The licences in this order can be ordered again. Renew them from My licences',
      'If you have already made the transfer, our staff will check it and contact you.',
      'Questions? Contact the 株式会社コウシン・ソフトウェア support desk, with the order number at hand: support@koushin.example',
    ]);
    expect(
      within(invoiceSection('Invoice')).getByText('This order has expired: this invoice is no longer to be paid.'),
    ).toBeDefined();
  });
});

describe('an order’s transfers', () => {
  function transfersSection(name = 'お振込みの確認状況') {
    return screen.getByRole('region', { name });
  }

  it('shows a short transfer as being checked, and a refund to come', async () => {
    const transfers = [
      { bookedOn: '2026-12-01', amount: 21780, reversal: false, status: 'IN_REVIEW' as const },
      { bookedOn: '2026-12-02', amount: 22220, reversal: false, status: 'TO_BE_REFUNDED' as const },
    ];
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound({ ...order, transfers }) });
    renderApp(`/orders/${orderNumber}`);

    await screen.findByRole('region', { name: 'お振込みの確認状況' });
    const rows = within(transfersSection()).getAllByRole('row');
    expect(rows.map((row) => Array.from(row.children, (cell) => cell.textContent))).toEqual([
      ['入金日', '金額', '状況'],
      ['2026年12月1日', '21,780円', '確認中です。必要に応じてご連絡いたします'],
      ['2026年12月2日', '22,220円', 'ご返金いたします。ご連絡をお待ちください'],
    ]);
  });

  it('shows nothing when the one transfer paid the order: the receipt says it', async () => {
    const transfers = [{ bookedOn: '2026-12-03', amount: 22220, reversal: false, status: 'APPLIED' as const }];
    stubGraphqlServer({ Me: signedIn, Order: () => orderFound({ ...order, transfers }) });
    renderApp(`/orders/${orderNumber}`);

    await screen.findByRole('region', { name: '請求書' });
    expect(screen.queryByRole('region', { name: 'お振込みの確認状況' })).toBeNull();
  });
});
