import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';
import { licences, renewalHandlers } from './renewalFixtures';

const cloudSerial = 'QF7K-2M9P-XR4T-8WNC-3HJD';
const totalSecuritySerial = 'N7CM-4KRD-9XJP-3TWB-5FHQ';
const closedSerial = 'W2NP-6DJR-4YHX-9TCK-8BQM';

function arriving(...add: { serialNumber: string; productCode?: string; years?: number }[]) {
  return { pathname: '/renew', state: { add } };
}

function totals() {
  const list = document.querySelector('.document-totals');
  return Array.from(list?.querySelectorAll('dt, dd') ?? [], (cell) => cell.textContent);
}

/** The value of the select named `name`. */
function selected(name: string) {
  return screen.getByRole<HTMLSelectElement>('combobox', { name }).value;
}

/** "Apply to all lines": the product's button (0) or the term's (1). */
function applyButton(group: HTMLElement, index: number) {
  const button = within(group).getAllByRole('button', { name: 'すべての行に適用' })[index];
  if (button === undefined) {
    throw new Error(`no apply button ${index}`);
  }
  return button;
}

function pricingStatus() {
  return document.querySelector('.pricing-status')?.textContent;
}

async function rowsShown(timeout = 1000) {
  const table = await screen.findByRole('table', { name: /^更新するライセンス/ }, { timeout });
  await waitFor(() => expect(table.querySelectorAll('.cart-current .muted')).toHaveLength(0), { timeout });
  return table;
}

function cells(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      Array.from(row.querySelectorAll('th, td.cart-current, td.cart-price, td.cart-expiry'), (cell) =>
        cell.textContent.trim(),
      ),
    );
}

describe('the renewal cart', () => {
  it('takes the serials it is sent, each with its own product first, and prices the whole cart in one request', async () => {
    const requests = stubGraphqlServer(renewalHandlers);
    renderApp(
      arriving(
        { serialNumber: cloudSerial },
        { serialNumber: totalSecuritySerial, productCode: 'TS_PREMIUM', years: 2 },
      ),
    );

    expect(await screen.findByRole('heading', { level: 1, name: '更新内容の選択' })).toBeDefined();
    const table = await rowsShown();
    expect(cells(table)).toEqual([
      [cloudSerial, 'ウイルスバスター クラウド有効期限: 2027年6月14日', '5,200円', '2028年6月14日'],
      [
        totalSecuritySerial,
        'ウイルスバスター トータルセキュリティ スタンダード有効期限: 2026年10月17日',
        '15,000円',
        '2028年6月14日',
      ],
    ]);
    const product = screen.getByRole<HTMLSelectElement>('combobox', { name: `${cloudSerial}の更新後の製品` });
    expect(Array.from(product.options, (option) => option.text)).toEqual([
      'ウイルスバスター クラウド（現在の製品）',
      'ウイルスバスター トータルセキュリティ スタンダード',
    ]);
    expect(product.value).toBe('CLOUD');
    // The annual auto-renewal is offered only where the serial's option has it: 1 year of its own product.
    expect(screen.queryByRole('checkbox', { name: /年額あんしん自動更新/ })).toBeNull();

    await waitFor(() => expect(pricingStatus()).toBe(''));
    expect(totals()).toEqual(['10%対象', '20,200円', '消費税（10%）', '2,020円', '合計（税込）', '22,220円']);
    const priced = requests.filter((request) => request.operationName === 'RenewalCartPrices');
    expect(priced.map((request) => request.variables)).toEqual([
      {
        lines: [
          { serialNumber: cloudSerial, productCode: 'CLOUD', years: 1, autoRenewal: false },
          { serialNumber: totalSecuritySerial, productCode: 'TS_PREMIUM', years: 2, autoRenewal: false },
        ],
      },
    ]);
    // Asked about once: the facts request named both serials, without products yet.
    expect(requests.filter((request) => request.operationName === 'RenewalCartFacts')).toHaveLength(1);
    expect(JSON.parse(window.sessionStorage.getItem('koushin.renewalCart.demo@koushin.example') ?? '')).toEqual([
      { serialNumber: cloudSerial, productCode: 'CLOUD', years: 1, autoRenewal: false },
      { serialNumber: totalSecuritySerial, productCode: 'TS_PREMIUM', years: 2, autoRenewal: false },
    ]);
  });

  it('updates the totals as soon as a term changes, before the server has priced it', async () => {
    stubGraphqlServer(renewalHandlers);
    renderApp(arriving({ serialNumber: cloudSerial }));
    await rowsShown();
    await waitFor(() =>
      expect(totals()).toEqual(['10%対象', '5,200円', '消費税（10%）', '520円', '合計（税込）', '5,720円']),
    );

    fireEvent.change(screen.getByRole('combobox', { name: `${cloudSerial}の期間` }), { target: { value: '3' } });
    // At once, and said to be checked meanwhile.
    expect(totals()).toEqual(['10%対象', '12,345円', '消費税（10%）', '1,234円', '合計（税込）', '13,579円']);
    expect(pricingStatus()).toBe('料金を確認しています…');
    await waitFor(() => expect(pricingStatus()).toBe(''));
    expect(totals()).toEqual(['10%対象', '12,345円', '消費税（10%）', '1,234円', '合計（税込）', '13,579円']);
  });

  it('keeps a serial that cannot be renewed visible with its reason, left out of the totals', async () => {
    stubGraphqlServer(renewalHandlers);
    renderApp(arriving({ serialNumber: cloudSerial }, { serialNumber: closedSerial }));
    await rowsShown();
    const row = await screen.findByRole('row', { name: new RegExp(closedSerial) });
    await waitFor(() =>
      expect(row.querySelector('.row-error')?.textContent).toBe(
        'このシリアル番号は現在、契約更新できません。このライセンスはお申し込みに含まれません。',
      ),
    );
    expect(screen.getByText('2件中1件をお申し込みに含めます。')).toBeDefined();
    expect(totals()).toEqual(['10%対象', '5,200円', '消費税（10%）', '520円', '合計（税込）', '5,720円']);
  });

  it('applies one term to all lines, and one product where a serial allows it', async () => {
    stubGraphqlServer(renewalHandlers);
    renderApp(arriving({ serialNumber: cloudSerial }, { serialNumber: totalSecuritySerial }));
    await rowsShown();
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: 'すべての行に適用' });
    await user.selectOptions(within(group).getByRole('combobox', { name: '期間をまとめて選ぶ' }), '2');
    await user.click(applyButton(group, 1));
    for (const serial of [cloudSerial, totalSecuritySerial]) {
      expect(selected(`${serial}の期間`)).toBe('2');
    }
    await user.selectOptions(
      within(group).getByRole('combobox', { name: '製品をまとめて選ぶ' }),
      'ウイルスバスター トータルセキュリティ スタンダード',
    );
    await user.click(applyButton(group, 0));
    expect(selected(`${cloudSerial}の更新後の製品`)).toBe('TS_STANDARD');
    expect(selected(`${totalSecuritySerial}の更新後の製品`)).toBe('TS_STANDARD');
    expect(totals()).toEqual(['10%対象', '22,400円', '消費税（10%）', '2,240円', '合計（税込）', '24,640円']);
  });

  it('survives a reload, adds no duplicate, and removes a line', async () => {
    window.sessionStorage.setItem(
      'koushin.renewalCart.demo@koushin.example',
      JSON.stringify([{ serialNumber: cloudSerial, productCode: 'TS_STANDARD', years: 3, autoRenewal: false }]),
    );
    stubGraphqlServer(renewalHandlers);
    renderApp(arriving({ serialNumber: cloudSerial }, { serialNumber: totalSecuritySerial }));
    const table = await rowsShown();
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([cloudSerial, totalSecuritySerial]);
    expect(selected(`${cloudSerial}の期間`)).toBe('3');
    await userEvent.click(screen.getByRole('button', { name: `${cloudSerial}を削除` }));
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual([totalSecuritySerial]);
    await waitFor(() =>
      expect(JSON.parse(window.sessionStorage.getItem('koushin.renewalCart.demo@koushin.example') ?? '')).toEqual([
        { serialNumber: totalSecuritySerial, productCode: 'TS_STANDARD', years: 1, autoRenewal: false },
      ]),
    );
  });

  it('says so when the cart is empty, and leads to My licences', async () => {
    stubGraphqlServer(renewalHandlers);
    renderApp('/renew');
    expect(await screen.findByText('更新するライセンスが選ばれていません。')).toBeDefined();
    expect(screen.getByRole('link', { name: 'マイライセンスで選ぶ' }).getAttribute('href')).toBe('/licences');
  });

  it('keeps 1,000 lines responsive: a term change updates the totals at once (timing reported)', async () => {
    const serials = Array.from({ length: 1000 }, (_, index) => `AAAA-BBBB-CCCC-DDDD-${String(index).padStart(4, '0')}`);
    for (const serial of serials) {
      licences[serial] = { ...(licences[cloudSerial] as object), serialNumber: serial };
    }
    stubGraphqlServer(renewalHandlers);
    renderApp(arriving(...serials.map((serialNumber) => ({ serialNumber }))));
    const table = await rowsShown(20_000);
    await waitFor(() => expect(pricingStatus()).toBe(''), { timeout: 10_000 });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(1000);
    expect(totals()).toEqual(['10%対象', '5,200,000円', '消費税（10%）', '520,000円', '合計（税込）', '5,720,000円']);

    const term = table.querySelector<HTMLSelectElement>(`select[aria-label="${serials[500] ?? ''}の期間"]`);
    if (term === null) {
      throw new Error('no term for line 500');
    }
    const started = performance.now();
    act(() => {
      fireEvent.change(term, { target: { value: '2' } });
    });
    const elapsed = performance.now() - started;
    expect(totals()).toEqual(['10%対象', '5,204,200円', '消費税（10%）', '520,420円', '合計（税込）', '5,724,620円']);
    console.info(`1,000-line cart: one term change to updated totals in ${elapsed.toFixed(1)} ms (jsdom)`);
  }, 30_000);
});
