import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { signedIn, stubGraphqlServer } from '../../testing/graphqlServer';
import { order } from '../../testing/orderFixtures';
import { renderApp } from '../../testing/renderApp';

function summary(number: string, placedAt: string, status: string, lineCount: number, total: number, dueOn: string) {
  return { number, placedAt, status, totals: { lineCount, totalIncludingTax: total }, invoice: { number, dueOn } };
}

/** 25 orders, newest first: the fixture's, a cancelled one, one of 1,000 serials, then 22 alike. */
const orders = [
  summary(order.number, order.placedAt, 'AWAITING_PAYMENT', 2, 22220, '2027-01-26'),
  summary('O-2026-000122', '2026-11-20T03:00:00+00:00', 'CANCELLED', 1, 5720, '2027-01-20'),
  summary('O-2026-000121', '2026-10-31T15:00:00+00:00', 'AWAITING_PAYMENT', 1000, 5720000, '2026-12-31'),
  ...Array.from({ length: 22 }, (_, index) =>
    summary(
      `O-2026-${String(120 - index).padStart(6, '0')}`,
      '2026-10-01T00:00:00+00:00',
      'AWAITING_PAYMENT',
      1,
      5720,
      '2026-12-01',
    ),
  ),
];

const secondPage = 'b3JkZXI6MjA=';

/** Twenty a page, as the page asks; the cursor after the twentieth leads to the rest. */
function ordersPage(variables: Record<string, unknown>) {
  const start = variables.after === secondPage ? 20 : 0;
  const nodes = orders.slice(start, start + Number(variables.first));
  const hasNextPage = start + nodes.length < orders.length;
  return {
    data: {
      orders: {
        nodes,
        pageInfo: { hasNextPage, endCursor: hasNextPage ? secondPage : null },
        totalCount: orders.length,
      },
    },
  };
}

function table() {
  return screen.getByRole('table', { name: 'ご注文（新しい順）' });
}

function bodyRows(name = 'ご注文（新しい順）') {
  const [, ...rows] = within(screen.getByRole('table', { name })).getAllByRole('row');
  return rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
}

describe('my orders', () => {
  it('lists each order’s number, date in Japan, serial count, total, status and due date', async () => {
    stubGraphqlServer({ Me: signedIn, Orders: ordersPage });
    renderApp('/orders');

    expect(screen.getByRole('heading', { level: 1, name: 'ご注文履歴' })).toBeDefined();
    await screen.findByRole('table', { name: 'ご注文（新しい順）' });
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['注文番号', 'お申し込み日', 'ライセンス数', '合計（税込）', '状態', 'お支払い期限']);
    expect(bodyRows().slice(0, 3)).toEqual([
      ['O-2026-000123', '2026年11月26日', '2件', '22,220円', '支払い待ち', '2027年1月26日'],
      // A cancelled order has nothing left to pay by any date.
      ['O-2026-000122', '2026年11月20日', '1件', '5,720円', 'キャンセル済み', '—'],
      ['O-2026-000121', '2026年11月1日', '1000件', '5,720,000円', '支払い待ち', '2026年12月31日'],
    ]);
    expect(within(table()).getByRole('link', { name: 'O-2026-000123' }).getAttribute('href')).toBe(
      '/orders/O-2026-000123',
    );
  });

  it('shows twenty at a time and the rest after the last cursor, keeping those already shown', async () => {
    const requests = stubGraphqlServer({ Me: signedIn, Orders: ordersPage });
    const user = userEvent.setup();
    renderApp('/orders');

    await screen.findByRole('table', { name: 'ご注文（新しい順）' });
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByText('全25件中 20件を表示')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'さらに表示' }));
    expect(await screen.findByText('全25件')).toBeDefined();
    const rows = bodyRows();
    expect(rows).toHaveLength(25);
    expect(rows.map(([number]) => number)).toEqual(orders.map((each) => each.number));
    expect(screen.queryByRole('button', { name: 'さらに表示' })).toBeNull();
    expect(
      requests.filter((request) => request.operationName === 'Orders').map((request) => request.variables),
    ).toEqual([
      { first: 20, after: null },
      { first: 20, after: secondPage },
    ]);
  });

  it('says so when there are no orders yet', async () => {
    stubGraphqlServer({
      Me: signedIn,
      Orders: () => ({
        data: { orders: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } },
      }),
    });
    renderApp('/orders');

    expect(await screen.findByText('ご注文はまだありません。')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('reads in English', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    stubGraphqlServer({ Me: signedIn, Orders: ordersPage });
    renderApp('/orders');

    const caption = 'Your orders, newest first';
    const english = await screen.findByRole('table', { name: caption });
    expect(
      within(english)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Order number', 'Placed on', 'Licences', 'Total incl. tax', 'Status', 'Payment due']);
    expect(bodyRows(caption).slice(0, 2)).toEqual([
      ['O-2026-000123', '26 Nov 2026', '2 serials', '¥22,220', 'Awaiting payment', '26 Jan 2027'],
      ['O-2026-000122', '20 Nov 2026', '1 serial', '¥5,720', 'Cancelled', '—'],
    ]);
    expect(screen.getByText('Showing 20 of 25 orders')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Show more' })).toBeDefined();
  });
});

describe('paid and expired orders in my orders', () => {
  const settled = [
    summary('O-2026-000125', '2026-12-01T01:00:00+00:00', 'PAID', 3, 17160, '2027-02-01'),
    summary('O-2026-000124', '2026-11-26T01:00:00+00:00', 'EXPIRED', 1, 5720, '2027-01-26'),
  ];
  const onePage = () => ({
    data: { orders: { nodes: settled, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 2 } },
  });

  it('shows their status, and no date left to pay by', async () => {
    stubGraphqlServer({ Me: signedIn, Orders: onePage });
    renderApp('/orders');

    await screen.findByRole('table', { name: 'ご注文（新しい順）' });
    expect(bodyRows()).toEqual([
      ['O-2026-000125', '2026年12月1日', '3件', '17,160円', '支払い済み', '—'],
      ['O-2026-000124', '2026年11月26日', '1件', '5,720円', '失効', '—'],
    ]);
    expect(document.querySelector('.order-status-paid')?.textContent).toBe('支払い済み');
    expect(document.querySelector('.order-status-expired')?.textContent).toBe('失効');
  });

  it('reads in English', async () => {
    vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    stubGraphqlServer({ Me: signedIn, Orders: onePage });
    renderApp('/orders');

    const caption = 'Your orders, newest first';
    await screen.findByRole('table', { name: caption });
    expect(bodyRows(caption).map((row) => row[4])).toEqual(['Paid', 'Expired']);
  });
});
