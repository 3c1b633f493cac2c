import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

const cloud = { code: 'CLOUD', name: 'ウイルスバスター クラウド', family: 'CLOUD' };
const tsStandard = {
  code: 'TS_STANDARD',
  name: 'ウイルスバスター トータルセキュリティ スタンダード',
  family: 'TOTAL_SECURITY',
};

const noWindow = { renewable: true, reason: null, opensOn: null, closesOn: null };

const licences = [
  {
    serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ',
    expiresOn: '2026-10-17',
    status: 'EXPIRED',
    daysUntilExpiry: -40,
    product: tsStandard,
    eligibility: noWindow,
  },
  {
    serialNumber: 'B6YD-KP3R-9TQM-2XWF-7CNH',
    expiresOn: '2026-12-26',
    status: 'EXPIRING_SOON',
    daysUntilExpiry: 30,
    product: cloud,
    eligibility: { renewable: true, reason: null, opensOn: '2023-09-26', closesOn: '2028-12-26' },
  },
  // Not in the demo data: a Cloud serial more than 39 months from expiry, too early to renew.
  {
    serialNumber: 'QF7K-2M9P-XR4T-8WNC-3HJD',
    expiresOn: '2030-06-14',
    status: 'ACTIVE',
    daysUntilExpiry: 1296,
    product: cloud,
    eligibility: { renewable: false, reason: 'TOO_EARLY', opensOn: '2027-03-14', closesOn: '2032-06-14' },
  },
];

const counts = { all: 3, expiringSoon: 1, expired: 1, renewable: 2, inOpenOrder: 1 };

function page(nodes: readonly object[], totalCount: number, endCursor: string | null) {
  return {
    data: { licences: { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor }, totalCount, counts } },
  };
}

/** Each body row's cells but the check box's. */
function bodyRows() {
  const [, ...rows] = screen.getAllByRole('row');
  return rows.map((row) => Array.from(row.querySelectorAll('th, td:not(.select)'), (cell) => cell.textContent));
}

describe('my licences', () => {
  it('lists serials with product, expiry date, status and whether they can be renewed now', async () => {
    stubGraphqlServer({ Me: signedIn, Licences: () => page(licences, 3, null) });
    renderApp('/licences');

    const table = await screen.findByRole('table', { name: 'ご契約のライセンス（有効期限の近い順）' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['選択', 'シリアル番号', '製品', '有効期限', '状態', '更新']);
    expect(bodyRows()).toEqual([
      [
        'N7CM-4KRD-9XJP-3TWB-5FHQ',
        'ウイルスバスター トータルセキュリティ スタンダード',
        '2026年10月17日',
        '期限切れ（40日前）',
        '更新できます契約更新を申し込む (N7CM-4KRD-9XJP-3TWB-5FHQ)更新オプションを見る (N7CM-4KRD-9XJP-3TWB-5FHQ)',
      ],
      [
        'B6YD-KP3R-9TQM-2XWF-7CNH',
        'ウイルスバスター クラウド',
        '2026年12月26日',
        'まもなく期限切れ（残り30日）',
        '更新できます契約更新を申し込む (B6YD-KP3R-9TQM-2XWF-7CNH)更新オプションを見る (B6YD-KP3R-9TQM-2XWF-7CNH)',
      ],
      [
        'QF7K-2M9P-XR4T-8WNC-3HJD',
        'ウイルスバスター クラウド',
        '2030年6月14日',
        '有効',
        '2027年3月14日から更新できます',
      ],
    ]);
    expect(screen.getByText('全3件')).toBeDefined();
    // Each serial leads to its page; so does the renewal link of each serial that can be renewed.
    expect(screen.getByRole('link', { name: 'QF7K-2M9P-XR4T-8WNC-3HJD' }).getAttribute('href')).toBe(
      '/licences/QF7K-2M9P-XR4T-8WNC-3HJD',
    );
    expect(
      screen
        .getAllByRole('link', { name: /^更新オプションを見る/ })
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['更新オプションを見る (N7CM-4KRD-9XJP-3TWB-5FHQ)', '/licences/N7CM-4KRD-9XJP-3TWB-5FHQ'],
      ['更新オプションを見る (B6YD-KP3R-9TQM-2XWF-7CNH)', '/licences/B6YD-KP3R-9TQM-2XWF-7CNH'],
    ]);
    // Serials no longer listed are found by number: the page says so and links there, as the menu does.
    const main = screen.getByRole('main');
    expect(within(main).getByText(/有効期限から1年以上たったライセンスは一覧に表示されません。/)).toBeDefined();
    expect(within(main).getByRole('link', { name: 'シリアル番号で探す' }).getAttribute('href')).toBe('/find');
    const menu = screen.getByRole('navigation', { name: 'メインメニュー' });
    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('aria-current')]),
    ).toEqual([
      ['マイライセンス', 'page'],
      ['シリアル番号で探す', null],
      ['ご注文履歴', null],
    ]);
    expect(screen.queryByRole('button', { name: 'さらに表示' })).toBeNull();
    // Only renewable serials can be chosen, each check box naming its serial.
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual([
      'N7CM-4KRD-9XJP-3TWB-5FHQを選択',
      'B6YD-KP3R-9TQM-2XWF-7CNHを選択',
    ]);
  });

  it('filters and searches on the server, with the counts on each filter', async () => {
    const requests = stubGraphqlServer({ Me: signedIn, Licences: () => page(licences, 3, null) });
    const user = userEvent.setup();
    renderApp('/licences');

    const filters = await screen.findByRole('group', { name: '表示するライセンス' });
    await screen.findByText('全3件');
    expect(
      within(filters)
        .getAllByRole('button')
        .map((b) => [b.textContent, b.getAttribute('aria-pressed')]),
    ).toEqual([
      ['すべて 3件', 'true'],
      ['まもなく期限切れ 1件', 'false'],
      ['期限切れ 1件', 'false'],
      ['更新できる 2件', 'false'],
      ['お手続き中 1件', 'false'],
    ]);
    await user.click(within(filters).getByRole('button', { name: '期限切れ 1件' }));
    await user.type(screen.getByRole('searchbox', { name: 'シリアル番号・製品名で検索' }), 'ｎ７ｃｍ{Enter}');
    await waitFor(() => {
      expect(requests.filter((r) => r.operationName === 'Licences').map((r) => r.variables)).toEqual([
        { first: 50, after: null, filter: null, search: '' },
        { first: 50, after: null, filter: { status: 'EXPIRED' }, search: '' },
        { first: 50, after: null, filter: { status: 'EXPIRED' }, search: 'ｎ７ｃｍ' },
      ]);
    });
  });

  it('"select all renewable" asks the server for every renewable serial, beyond the page shown', async () => {
    const requests = stubGraphqlServer({
      Me: signedIn,
      Licences: () => page(licences, 3, null),
      RenewableSerialNumbers: () => ({
        data: {
          renewableSerialNumbers: {
            serialNumbers: ['N7CM-4KRD-9XJP-3TWB-5FHQ', 'B6YD-KP3R-9TQM-2XWF-7CNH', 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZ1'],
            totalCount: 1200,
            limit: 3,
          },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/licences?filter=renewable');

    const renewSelected = await screen.findByRole('button', { name: 'まとめて契約更新を申し込む' });
    expect(renewSelected.hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: '更新できるものをすべて選択' }));

    await waitFor(() => {
      expect(document.querySelector('.selection-count')?.textContent).toBe(
        '3件を選択中。 更新できる1200件のうち、1回でお申し込みいただける3件を選びました。',
      );
    });
    expect(screen.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, true]);
    expect(requests.find((r) => r.operationName === 'RenewableSerialNumbers')?.variables).toEqual({
      filter: { renewable: true },
      search: '',
    });
    await user.click(screen.getByRole('checkbox', { name: 'B6YD-KP3R-9TQM-2XWF-7CNHを選択' }));
    expect(screen.getByText('2件を選択中。')).toBeDefined();
    expect(renewSelected.hasAttribute('disabled')).toBe(false);
  });

  it('says so when there are no licences', async () => {
    stubGraphqlServer({ Me: signedIn, Licences: () => page([], 0, null) });
    renderApp('/licences');

    expect(await screen.findByText('表示できるライセンスはありません。')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('appends the next page on "show more"', async () => {
    const [first, second, third] = licences as [(typeof licences)[0], (typeof licences)[0], (typeof licences)[0]];
    const requests = stubGraphqlServer({
      Me: signedIn,
      Licences: (variables) =>
        variables.after === 'cursor-2' ? page([third], 3, null) : page([first, second], 3, 'cursor-2'),
    });
    const user = userEvent.setup();
    renderApp('/licences');

    await user.click(await screen.findByRole('button', { name: 'さらに表示' }));

    expect(await screen.findByText('全3件')).toBeDefined();
    expect(bodyRows().map(([serial]) => serial)).toEqual(licences.map((l) => l.serialNumber));
    expect(requests.filter((r) => r.operationName === 'Licences').map((r) => r.variables)).toEqual([
      { first: 50, after: null, filter: null, search: '' },
      { first: 50, after: 'cursor-2', filter: null, search: '' },
    ]);
    expect(document.activeElement?.textContent).toContain(third.serialNumber);
    expect(screen.queryByRole('button', { name: 'さらに表示' })).toBeNull();
  });

  it('sends a reader without a session to the sign-in page', async () => {
    stubGraphqlServer({
      Me: () => ({ data: { me: null } }),
      Licences: () => ({
        data: null,
        errors: [{ message: 'Sign in first.', path: ['licences'], extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    });
    renderApp('/licences');

    expect(await screen.findByRole('heading', { level: 1, name: 'サインイン' })).toBeDefined();
    expect(screen.getByTestId('current-path').textContent).toBe('/sign-in');
  });

  it('says of a serial in an unpaid order that its renewal is in progress, linking to the order', async () => {
    const inOrder = {
      ...licences[1],
      eligibility: { renewable: false, reason: 'RENEWAL_IN_PROGRESS', opensOn: null, closesOn: null },
      renewalInProgress: { orderNumber: 'O-2026-000001', dueOn: '2027-01-31' },
    };
    stubGraphqlServer({ Me: signedIn, Licences: () => page([inOrder], 1, null) });
    renderApp('/licences?filter=in-open-order');

    const row = await screen.findByRole('row', { name: /B6YD-KP3R-9TQM-2XWF-7CNH/ });
    expect(row.querySelector('.renewal')?.textContent).toBe(
      '更新のお手続き中です（お支払い待ち）O-2026-000001 お支払い期限: 2027年1月31日',
    );
    expect(within(row).getByRole('link', { name: 'O-2026-000001' }).getAttribute('href')).toBe('/orders/O-2026-000001');
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(within(row).queryByRole('button')).toBeNull();
    expect(
      within(screen.getByRole('group', { name: '表示するライセンス' }))
        .getByRole('button', { name: 'お手続き中 1件' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
