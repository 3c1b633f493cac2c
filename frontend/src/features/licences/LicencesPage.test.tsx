import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

const cloud = { code: 'CLOUD', name: 'ウイルスバスター クラウド', family: 'CLOUD' };
const tsStandard = { code: 'TS_STANDARD', name: 'ウイルスバスター トータルセキュリティ スタンダード', family: 'TOTAL_SECURITY' };

const licences = [
  { serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ', expiresOn: '2026-10-17', status: 'EXPIRED', daysUntilExpiry: -40, product: tsStandard },
  { serialNumber: 'B6YD-KP3R-9TQM-2XWF-7CNH', expiresOn: '2026-12-26', status: 'EXPIRING_SOON', daysUntilExpiry: 30, product: cloud },
  { serialNumber: 'QF7K-2M9P-XR4T-8WNC-3HJD', expiresOn: '2027-06-14', status: 'ACTIVE', daysUntilExpiry: 200, product: cloud },
];

function page(nodes: typeof licences, totalCount: number, endCursor: string | null) {
  return {
    data: { licences: { nodes, pageInfo: { hasNextPage: endCursor !== null, endCursor }, totalCount } },
  };
}

function bodyRows() {
  const [, ...rows] = screen.getAllByRole('row');
  return rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
}

describe('my licences', () => {
  it('lists serials with product, expiry date and status', async () => {
    stubGraphqlServer({ Me: signedIn, Licences: () => page(licences, 3, null) });
    renderApp('/licences');

    const table = await screen.findByRole('table', { name: 'ご契約のライセンス（有効期限の近い順）' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'シリアル番号',
      '製品',
      '有効期限',
      '状態',
    ]);
    expect(bodyRows()).toEqual([
      ['N7CM-4KRD-9XJP-3TWB-5FHQ', 'ウイルスバスター トータルセキュリティ スタンダード', '2026年10月17日', '期限切れ（40日前）'],
      ['B6YD-KP3R-9TQM-2XWF-7CNH', 'ウイルスバスター クラウド', '2026年12月26日', 'まもなく期限切れ（残り30日）'],
      ['QF7K-2M9P-XR4T-8WNC-3HJD', 'ウイルスバスター クラウド', '2027年6月14日', '有効'],
    ]);
    expect(screen.getByText('全3件')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'さらに表示' })).toBeNull();
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
      Licences: (variables) => (variables.after === 'cursor-2' ? page([third], 3, null) : page([first, second], 3, 'cursor-2')),
    });
    const user = userEvent.setup();
    renderApp('/licences');

    await user.click(await screen.findByRole('button', { name: 'さらに表示' }));

    expect(await screen.findByText('全3件')).toBeDefined();
    expect(bodyRows().map(([serial]) => serial)).toEqual(licences.map((l) => l.serialNumber));
    expect(requests.filter((r) => r.operationName === 'Licences').map((r) => r.variables)).toEqual([
      { first: 50, after: null },
      { first: 50, after: 'cursor-2' },
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
});
