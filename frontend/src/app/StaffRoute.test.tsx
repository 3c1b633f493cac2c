import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedIn, signedInAsStaff, signedOut, stubGraphqlServer } from '../testing/graphqlServer';
import { renderApp } from '../testing/renderApp';

const noImports = () => ({
  data: { statementImports: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 } },
});

function mainNav() {
  return screen.getByRole('navigation', { name: 'メインメニュー' });
}

describe('the staff console', () => {
  it('is no link and no page for a customer: /staff leads home, as an unknown address does', async () => {
    const requests = stubGraphqlServer({ Me: signedIn, Licences: () => ({ data: null }) });
    renderApp('/staff/statements');

    expect(await screen.findByText('/licences', { selector: '[data-testid="current-path"]' })).toBeDefined();
    expect(within(mainNav()).queryByRole('link', { name: 'スタッフ' })).toBeNull();
    expect(
      within(mainNav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['マイライセンス', 'シリアル番号で探す', 'ご注文履歴']);
    expect(screen.queryByRole('navigation', { name: 'スタッフメニュー' })).toBeNull();
    expect(requests.map((request) => request.operationName)).not.toContain('StatementImports');
  });

  it('leads a signed-out reader to the sign-in page, as an unknown address does', async () => {
    stubGraphqlServer({ Me: signedOut });
    renderApp('/staff');

    expect(await screen.findByText('/sign-in', { selector: '[data-testid="current-path"]' })).toBeDefined();
    expect(screen.getByTestId('current-location').textContent).toBe('/sign-in');
  });

  it('is linked for staff, and opens with its own menu', async () => {
    stubGraphqlServer({ Me: signedInAsStaff, StatementImports: noImports });
    renderApp('/staff/statements');

    expect(await screen.findByRole('heading', { level: 1, name: '入金明細の取り込み' })).toBeDefined();
    expect(within(mainNav()).getByRole('link', { name: 'スタッフ' }).getAttribute('href')).toBe('/staff');
    const staffNav = screen.getByRole('navigation', { name: 'スタッフメニュー' });
    expect(
      within(staffNav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['入金の概況', '/staff'],
      ['入金明細の取り込み', '/staff/statements'],
      ['要確認入金', '/staff/review'],
      ['注文・請求書の検索', '/staff/archive'],
    ]);
    expect(within(staffNav).getByRole('link', { name: '入金明細の取り込み' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('is where "/" leads staff', async () => {
    stubGraphqlServer({
      Me: signedInAsStaff,
      PaymentsOverview: () => ({ data: null, errors: [{ message: 'unavailable' }] }),
    });
    renderApp('/');

    expect(await screen.findByRole('navigation', { name: 'スタッフメニュー' })).toBeDefined();
    expect(screen.getByTestId('current-path').textContent).toBe('/staff');
  });

  it('leads home from an address under /staff it does not know', async () => {
    stubGraphqlServer({
      Me: signedInAsStaff,
      PaymentsOverview: () => ({ data: null, errors: [{ message: 'unavailable' }] }),
    });
    renderApp('/staff/nothing-here');

    expect(await screen.findByText('/staff', { selector: '[data-testid="current-path"]' })).toBeDefined();
  });
});
