import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubGraphqlServer } from '../../testing/graphqlServer';
import { order, orderFound, orderNumber } from '../../testing/orderFixtures';
import { renderApp } from '../../testing/renderApp';
import { documentPollMs } from './QuotePanel';
import { keepCart, placement, quote, quoteNumber, renewalHandlers } from './renewalFixtures';

afterEach(() => {
  vi.useRealTimers();
});

const cloudSerial = 'QF7K-2M9P-XR4T-8WNC-3HJD';

/** The journey's server with quotes: issued while its PDF renders, then ready at the `readyAfter`th look. */
function server(readyAfter: number, ...placements: ReturnType<typeof placement>[]) {
  let looked = 0;
  let placed = 0;
  const requests = stubGraphqlServer({
    ...renewalHandlers,
    CreateQuote: () => ({ data: { createQuote: { quote: quote('RENDERING'), errors: [] } } }),
    RenewalQuote: () => {
      looked += 1;
      return { data: { quote: { quote: quote(looked >= readyAfter ? 'READY' : 'RENDERING'), errors: [] } } };
    },
    PlaceRenewalOrder: () => placements[Math.min(placed++, placements.length - 1)] ?? placement(orderNumber),
    Order: () => orderFound(order),
  });
  const named = (name: string) => requests.filter((request) => request.operationName === name);
  return {
    looks: () => named('RenewalQuote'),
    placements: () => named('PlaceRenewalOrder').map((request) => request.variables.input as Record<string, unknown>),
    created: () => named('CreateQuote'),
  };
}

function quoteSection() {
  return screen.getByRole('region', { name: '見積書' });
}

async function tick() {
  await act(() => vi.advanceTimersByTimeAsync(documentPollMs));
}

async function openReview() {
  keepCart(cloudSerial);
  renderApp('/renew?step=review');
  await screen.findByRole('button', { name: '見積書を表示する' }, { timeout: 2000 });
}

async function acceptAndConfirm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('checkbox', { name: '使用許諾契約書に同意する' }));
  await user.click(screen.getByRole('checkbox', { name: '個人情報の取り扱いに同意する' }));
  await user.click(screen.getByRole('button', { name: '申し込む' }));
  return screen.getByRole('alertdialog', { name: 'この内容で申し込みますか？' });
}

describe('the quote on the review step', () => {
  it('issues a quote for the order as it stands, says its PDF is being prepared, and links it once ready', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { created, looks } = server(2);
    const user = userEvent.setup();
    await openReview();

    await user.click(screen.getByRole('button', { name: '見積書を表示する' }));
    expect(await within(quoteSection()).findByText(`見積書 ${quoteNumber}（有効期限: 2026年12月26日）`)).toBeDefined();
    expect(created().map((request) => request.variables)).toEqual([
      {
        input: {
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
        },
      },
    ]);
    const preparing = within(quoteSection()).getByText('PDFを作成しています。しばらくお待ちください…');
    expect(preparing.closest('[aria-live]')?.getAttribute('aria-live')).toBe('polite');
    expect(within(quoteSection()).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button', { name: '見積書を表示する' })).toBeNull();

    await tick();
    await waitFor(() => expect(looks()).toHaveLength(1));
    expect(looks()[0]?.variables).toEqual({ number: quoteNumber });
    expect(within(quoteSection()).getByText('PDFを作成しています。しばらくお待ちください…')).toBeDefined();
    expect(within(quoteSection()).queryByRole('link')).toBeNull();

    await tick();
    const download = await within(quoteSection()).findByRole('link', {
      name: `見積書 ${quoteNumber}（PDF）をダウンロード`,
    });
    expect(download.getAttribute('href')).toBe(`/documents/quotes/${quoteNumber}.pdf`);
    expect(download.hasAttribute('download')).toBe(true);
    expect(within(quoteSection()).queryByText('PDFを作成しています。しばらくお待ちください…')).toBeNull();

    // Ready: nothing more to ask.
    await tick();
    await tick();
    expect(looks()).toHaveLength(2);
  });

  it('orders at the quote’s prices, and says so in the dialog', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { placements } = server(1, placement(orderNumber));
    const user = userEvent.setup();
    await openReview();
    await user.click(screen.getByRole('button', { name: '見積書を表示する' }));
    await tick();
    await within(quoteSection()).findByRole('link', { name: `見積書 ${quoteNumber}（PDF）をダウンロード` });

    const dialog = await acceptAndConfirm(user);
    expect(within(dialog).getByText(`見積書 ${quoteNumber}の価格でお申し込みいただきます。`)).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: '申し込む' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeDefined();
    expect(placements().map((input) => input.quoteNumber)).toEqual([quoteNumber]);
  });

  it('offers to order without a quote that has expired, under a new key since the order is another', async () => {
    const expired = placement(null, [{ code: 'QUOTE_EXPIRED', field: 'quoteNumber' }]);
    const { placements } = server(1, expired, placement(orderNumber));
    const user = userEvent.setup();
    await openReview();
    await user.click(screen.getByRole('button', { name: '見積書を表示する' }));
    await within(quoteSection()).findByText(`見積書 ${quoteNumber}（有効期限: 2026年12月26日）`);

    await user.click(within(await acceptAndConfirm(user)).getByRole('button', { name: '申し込む' }));
    const alert = await within(quoteSection()).findByRole('alert');
    expect(alert.querySelector('p')?.textContent).toBe(
      'この見積書は有効期限が過ぎています。見積書なしでお申し込みいただくか、新しい見積書を発行してください。',
    );

    await user.click(within(alert).getByRole('button', { name: '見積書なしで申し込む' }));
    const dialog = screen.getByRole('alertdialog', { name: 'この内容で申し込みますか？' });
    expect(within(dialog).queryByText(`見積書 ${quoteNumber}の価格でお申し込みいただきます。`)).toBeNull();
    // The quote no longer stands for this order: it can be issued afresh.
    expect(within(quoteSection()).getByRole('button', { name: '見積書を表示する' })).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: '申し込む' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'お申し込み完了' })).toBeDefined();
    const [first, second] = placements();
    expect(first?.quoteNumber).toBe(quoteNumber);
    expect(second?.quoteNumber).toBeNull();
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it('reads in English', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    server(1);
    const user = userEvent.setup();
    keepCart(cloudSerial);
    renderApp('/renew?step=review');

    await user.click(await screen.findByRole('button', { name: 'Show a quote' }, { timeout: 2000 }));
    const section = screen.getByRole('region', { name: 'Quote' });
    expect(await within(section).findByText(`Quote ${quoteNumber} (valid until 26 Dec 2026)`)).toBeDefined();
    expect(within(section).getByText('The PDF is being prepared. One moment, please…')).toBeDefined();
  });
});
