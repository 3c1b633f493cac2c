import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphqlServer } from '../../testing/graphqlServer';
import { renderApp } from '../../testing/renderApp';

const tsStandard = {
  code: 'TS_STANDARD',
  name: 'ウイルスバスター トータルセキュリティ スタンダード',
  family: 'TOTAL_SECURITY',
};
const tsPremium = {
  code: 'TS_PREMIUM',
  name: 'ウイルスバスター トータルセキュリティ プレミアム',
  family: 'TOTAL_SECURITY',
};
const cloud = { code: 'CLOUD', name: 'ウイルスバスター クラウド', family: 'CLOUD' };

function option(
  product: typeof tsStandard,
  years: number,
  excluding: number,
  newExpiresOn: string,
  autoRenewal = false,
) {
  const tax = Math.floor(excluding / 10);
  return {
    product,
    years,
    priceExcludingTax: excluding,
    tax,
    priceIncludingTax: excluding + tax,
    newExpiresOn,
    autoRenewal,
  };
}

const totalSecurity = {
  serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ',
  expiresOn: '2026-10-17',
  status: 'EXPIRED',
  daysUntilExpiry: -40,
  product: tsStandard,
  eligibility: { renewable: true, reason: null, opensOn: null, closesOn: null },
  renewalOptions: [
    option(tsStandard, 1, 6105, '2027-11-26'),
    option(tsStandard, 2, 11200, '2028-11-26'),
    option(tsStandard, 3, 15600, '2029-11-26'),
    option(tsPremium, 1, 8105, '2027-11-26'),
    option(tsPremium, 2, 15000, '2028-11-26'),
    option(tsPremium, 3, 21000, '2029-11-26'),
    option(tsStandard, 1, 6105, '2027-11-26', true),
  ],
};

const tooLate = {
  serialNumber: 'W2NP-6DJR-4YHX-9TCK-8BQM',
  expiresOn: '2023-11-26',
  status: 'EXPIRED',
  daysUntilExpiry: -1096,
  product: cloud,
  eligibility: { renewable: false, reason: 'TOO_LATE', opensOn: '2020-08-26', closesOn: '2025-11-26' },
  renewalOptions: [],
};

function found(licence: unknown) {
  return () => ({
    data: {
      licence: { licence, errors: [] },
      supportContact: { name: '株式会社コウシン・ソフトウェア', email: 'support@koushin.example' },
    },
  });
}

function tableRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      Array.from(row.querySelectorAll('th:not(.col-choose), td:not(.option-choose)'), (cell) => cell.textContent),
    );
}

describe('a licence’s page', () => {
  it('shows the serial, its renewal options per product, and the auto-renewal plan apart', async () => {
    const requests = stubGraphqlServer({ Me: signedIn, LicenceDetail: found(totalSecurity) });
    renderApp('/licences/N7CM-4KRD-9XJP-3TWB-5FHQ');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'シリアル番号 N7CM-4KRD-9XJP-3TWB-5FHQ' }),
    ).toBeDefined();
    expect(requests.find((r) => r.operationName === 'LicenceDetail')?.variables).toEqual({
      serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ',
    });
    const main = screen.getByRole('main');
    expect(main.querySelector('.licence-summary')?.textContent).toBe(
      '製品ウイルスバスター トータルセキュリティ スタンダード有効期限2026年10月17日状態期限切れ（40日前）',
    );
    expect(main.querySelector('.eligibility-callout')?.textContent).toBe('更新できます');

    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      tsStandard.name,
      tsPremium.name,
    ]);
    const header = ['期間', '税抜価格', '消費税（10%）', '税込価格', '今日お支払いの場合の新しい有効期限'];
    expect(tableRows(screen.getByRole('table', { name: tsStandard.name }))).toEqual([
      header,
      ['1年', '6,105円', '610円', '6,715円', '2027年11月26日'],
      ['2年', '11,200円', '1,120円', '12,320円', '2028年11月26日'],
      ['3年', '15,600円', '1,560円', '17,160円', '2029年11月26日'],
    ]);
    expect(tableRows(screen.getByRole('table', { name: tsPremium.name }))).toEqual([
      header,
      ['1年', '8,105円', '810円', '8,915円', '2027年11月26日'],
      ['2年', '15,000円', '1,500円', '16,500円', '2028年11月26日'],
      ['3年', '21,000円', '2,100円', '23,100円', '2029年11月26日'],
    ]);

    const plan = screen.getByRole('heading', { level: 2, name: '年額あんしん自動更新' }).parentElement ?? main;
    expect(within(plan).getByText('1年ごとに自動で契約を更新します。いつでも停止できます。')).toBeDefined();
    expect(tableRows(within(plan).getByRole('table'))).toEqual([
      ['製品', '税抜価格', '消費税（10%）', '税込価格（年額）', '今日お支払いの場合の新しい有効期限'],
      [tsStandard.name, '6,105円', '610円', '6,715円', '2027年11月26日'],
    ]);
    // Each option row starts a renewal with that option; each button says which option it is for.
    expect(
      within(main)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      ...['1年', '2年', '3年'].map((term) => `お申し込みはこちら (${tsStandard.name}, ${term})`),
      ...['1年', '2年', '3年'].map((term) => `お申し込みはこちら (${tsPremium.name}, ${term})`),
      `年額あんしん自動更新のお申し込みはこちら (${tsStandard.name})`,
    ]);
  });

  it('reads in English, with yen and dates written the English way', async () => {
    window.localStorage.setItem('koushin.language', 'en');
    stubGraphqlServer({ Me: signedIn, LicenceDetail: found(totalSecurity) });
    renderApp('/licences/N7CM-4KRD-9XJP-3TWB-5FHQ');

    const table = await screen.findByRole('table', { name: tsPremium.name });
    expect(tableRows(table)[0]).toEqual([
      'Term',
      'Price excl. tax',
      'Consumption tax (10%)',
      'Price incl. tax',
      'New expiry date if paid today',
    ]);
    expect(tableRows(table)[3]).toEqual(['3 years', '¥21,000', '¥2,100', '¥23,100', '26 Nov 2029']);
    expect(screen.getByRole('heading', { level: 2, name: 'Annual auto-renewal' })).toBeDefined();
  });

  it('gives the reason instead of options when the serial cannot be renewed', async () => {
    stubGraphqlServer({ Me: signedIn, LicenceDetail: found(tooLate) });
    renderApp('/licences/W2NP-6DJR-4YHX-9TCK-8BQM');

    expect(
      await screen.findByText('2025年11月26日で更新受付を終了しました。新しいライセンスをお買い求めください'),
    ).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
    // Not a dead end: the way forward, with a link to what can still be renewed.
    const wayForward = screen.getByRole('region', { name: '今後のお手続き' });
    expect(
      within(wayForward)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '引き続き保護を受けるには、新しいライセンスをお買い求めください。ウイルスバスター クラウドをはじめ各製品を新しいシリアル番号でお使いいただけます。',
      'ほかに更新できるライセンスがないかは、マイライセンスで確かめられます。 更新できるライセンスを見る',
      'ご不明な点は、このシリアル番号をお手元にご用意のうえ、株式会社コウシン・ソフトウェアのサポート窓口へお問い合わせください: support@koushin.example',
    ]);
    expect(within(wayForward).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '/licences?filter=renewable',
      'mailto:support@koushin.example',
    ]);
  });

  it('moves to the address of the serial as written when reached by another spelling', async () => {
    const requests = stubGraphqlServer({ Me: signedIn, LicenceDetail: found(tooLate) });
    renderApp('/licences/w2np6djr4yhx9tck8bqm');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'シリアル番号 W2NP-6DJR-4YHX-9TCK-8BQM' }),
    ).toBeDefined();
    expect(screen.getByTestId('current-path').textContent).toBe('/licences/W2NP-6DJR-4YHX-9TCK-8BQM');
    // The page at the new address asks again, after the redirect: wait for that request.
    await waitFor(() => {
      expect(requests.filter((r) => r.operationName === 'LicenceDetail').map((r) => r.variables)).toEqual([
        { serialNumber: 'w2np6djr4yhx9tck8bqm' },
        { serialNumber: 'W2NP-6DJR-4YHX-9TCK-8BQM' },
      ]);
    });
  });

  it.each(['NOT_FOUND', 'INVALID_SERIAL'])('says the licence was not found on %s, with ways back', async (code) => {
    stubGraphqlServer({
      Me: signedIn,
      LicenceDetail: () => ({ data: { licence: { licence: null, errors: [{ code }] } } }),
    });
    renderApp('/licences/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');

    expect(await screen.findByRole('heading', { level: 1, name: 'ライセンスが見つかりません' })).toBeDefined();
    const main = screen.getByRole('main');
    expect(within(main).getByText('お客様のアカウントにこのシリアル番号は見つかりません。')).toBeDefined();
    expect(
      within(main)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['マイライセンスへ戻る', '/licences'],
      ['シリアル番号で探す', '/find'],
    ]);
  });

  it('offers to try again after a failure', async () => {
    let calls = 0;
    stubGraphqlServer({
      Me: signedIn,
      LicenceDetail: () => {
        calls += 1;
        return calls === 1 ? { data: null, errors: [{ message: 'boom' }] } : found(totalSecurity)();
      },
    });
    const user = userEvent.setup();
    renderApp('/licences/N7CM-4KRD-9XJP-3TWB-5FHQ');

    await user.click(await screen.findByRole('button', { name: '再読み込み' }));

    expect(await screen.findByRole('table', { name: tsStandard.name })).toBeDefined();
  });
});
