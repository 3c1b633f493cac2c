import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { listedSerials, productNames, screenshotPath, signInAsDemo, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

/** Each product group of the renewal options: its sub-heading and its table's body rows. */
async function optionGroups(page: Page): Promise<{ product: string; rows: string[][] }[]> {
  const section = page.getByRole('region', { name: /^(更新オプション|Renewal options)$/ });
  await expect(section.getByRole('table').first()).toBeVisible();
  return section.locator('.option-group').evaluateAll((groups) =>
    groups.map((group) => ({
      product: group.querySelector('h3')?.textContent.trim() ?? '',
      rows: Array.from(group.querySelectorAll('tbody tr'), (tr) =>
        Array.from(tr.querySelectorAll('th, td:not(.option-choose)'), (cell) => cell.textContent.trim()),
      ),
    })),
  );
}

test('the list says of every serial whether it can be renewed now, and leads to its options', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);

  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(listedSerials.length);
  for (const [index, listed] of listedSerials.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('rowheader')).toHaveText(listed.serial);
    await expect(row.locator('.eligibility')).toHaveText('更新できます');
    await expect(row.getByRole('link', { name: `更新オプションを見る (${listed.serial})` })).toHaveAttribute(
      'href',
      `/licences/${listed.serial}`,
    );
  }
  await page.screenshot({ path: screenshotPath('licences-eligibility-ja'), fullPage: true });

  await page.getByRole('link', { name: 'QF7K-2M9P-XR4T-8WNC-3HJD', exact: true }).click();
  await expect(page).toHaveURL('/licences/QF7K-2M9P-XR4T-8WNC-3HJD');
  await expect(page.getByRole('heading', { level: 1, name: 'シリアル番号 QF7K-2M9P-XR4T-8WNC-3HJD' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('a Cloud serial offers four products for one, two and three years, added to its expiry', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);
  await page.getByRole('link', { name: '更新オプションを見る (QF7K-2M9P-XR4T-8WNC-3HJD)' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'シリアル番号 QF7K-2M9P-XR4T-8WNC-3HJD' })).toBeFocused();
  await expect(page).toHaveTitle('シリアル番号 QF7K-2M9P-XR4T-8WNC-3HJD | Koushin 更新');
  const summary = page.getByRole('definition');
  await expect(summary).toHaveText([productNames.CLOUD.ja, '2027年6月14日', '有効']);
  await expect(page.locator('.eligibility-callout')).toHaveText('更新できます');

  // Renewed before expiry, each term is added to 2027-06-14; tax is 10% rounded down.
  expect(await optionGroups(page)).toEqual([
    {
      product: productNames.TS_STANDARD.ja,
      rows: [
        ['1年', '6,105円', '610円', '6,715円', '2028年6月14日'],
        ['2年', '11,200円', '1,120円', '12,320円', '2029年6月14日'],
        ['3年', '15,600円', '1,560円', '17,160円', '2030年6月14日'],
      ],
    },
    {
      product: productNames.TS_PREMIUM.ja,
      rows: [
        ['1年', '8,105円', '810円', '8,915円', '2028年6月14日'],
        ['2年', '15,000円', '1,500円', '16,500円', '2029年6月14日'],
        ['3年', '21,000円', '2,100円', '23,100円', '2030年6月14日'],
      ],
    },
    {
      product: productNames.CLOUD.ja,
      rows: [
        ['1年', '5,200円', '520円', '5,720円', '2028年6月14日'],
        ['2年', '9,400円', '940円', '10,340円', '2029年6月14日'],
        ['3年', '12,345円', '1,234円', '13,579円', '2030年6月14日'],
      ],
    },
    {
      product: productNames.CLOUD_DLS_PREMIUM.ja,
      rows: [
        ['1年', '7,455円', '745円', '8,200円', '2028年6月14日'],
        ['2年', '13,600円', '1,360円', '14,960円', '2029年6月14日'],
        ['3年', '19,800円', '1,980円', '21,780円', '2030年6月14日'],
      ],
    },
  ]);
  // Each table is named by its product, and each row by its term.
  const cloud = page.getByRole('table', { name: productNames.CLOUD.ja, exact: true });
  await expect(cloud.getByRole('row', { name: /^3年/ }).getByRole('cell')).toHaveText([
    '12,345円',
    '1,234円',
    '13,579円',
    '2030年6月14日',
    'お申し込みはこちら (ウイルスバスター クラウド, 3年)',
  ]);
  await expect(page.getByRole('heading', { name: '年額あんしん自動更新' })).toHaveCount(0);
  // One action per option row: four products, three terms each.
  await expect(page.getByRole('main').getByRole('button', { name: /^お申し込みはこちら/ })).toHaveCount(12);
  await page.screenshot({ path: screenshotPath('licence-cloud-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: screenshotPath('licence-cloud-ja-narrow'), fullPage: true });
  expect(errors).toEqual([]);
});

test('an expired Total Security serial renews from today and offers the annual auto-renewal', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);
  await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'See renewal options (N7CM-4KRD-9XJP-3TWB-5FHQ)' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Serial number N7CM-4KRD-9XJP-3TWB-5FHQ' })).toBeFocused();
  await expect(page.getByRole('definition')).toHaveText([
    productNames.TS_STANDARD.en,
    '17 Oct 2026',
    'Expired 40 days ago',
  ]);
  await expect(page.locator('.eligibility-callout')).toHaveText('Renewable now');

  // Expired: the new term starts on the day of payment (today, 2026-11-26).
  expect(await optionGroups(page)).toEqual([
    {
      product: productNames.TS_STANDARD.en,
      rows: [
        ['1 year', '¥6,105', '¥610', '¥6,715', '26 Nov 2027'],
        ['2 years', '¥11,200', '¥1,120', '¥12,320', '26 Nov 2028'],
        ['3 years', '¥15,600', '¥1,560', '¥17,160', '26 Nov 2029'],
      ],
    },
    {
      product: productNames.TS_PREMIUM.en,
      rows: [
        ['1 year', '¥8,105', '¥810', '¥8,915', '26 Nov 2027'],
        ['2 years', '¥15,000', '¥1,500', '¥16,500', '26 Nov 2028'],
        ['3 years', '¥21,000', '¥2,100', '¥23,100', '26 Nov 2029'],
      ],
    },
  ]);

  const plan = page.locator('section.auto-renewal');
  await expect(plan.getByRole('heading', { level: 2 })).toHaveText('Annual auto-renewal');
  await expect(plan).toContainText('Renews your licence every year automatically; you can stop it at any time.');
  await expect(plan.getByRole('table').getByRole('columnheader')).toHaveText([
    'Product',
    'Price excl. tax',
    'Consumption tax (10%)',
    'Price incl. tax (per year)',
    'New expiry date if paid today',
    'Order',
  ]);
  await expect(plan.locator('tbody tr').locator('th, td:not(.option-choose)')).toHaveText([
    productNames.TS_STANDARD.en,
    '¥6,105',
    '¥610',
    '¥6,715',
    '26 Nov 2027',
  ]);
  await page.screenshot({ path: screenshotPath('licence-total-security-en'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);
  expect(errors).toEqual([]);
});

test('a serial no longer listed is found by number in any spelling; mistakes are said under the field', async ({
  page,
}) => {
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);
  await expect(page.getByRole('cell', { name: 'H9TC-3XNF-7KQB-2RMW-5PDJ' })).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'メインメニュー' })
    .getByRole('link', { name: 'シリアル番号で探す' })
    .click();

  await expect(page).toHaveURL('/find');
  await expect(page.getByRole('heading', { level: 1, name: 'シリアル番号で探す' })).toBeFocused();
  const field = page.getByRole('textbox', { name: 'シリアル番号' });
  const alert = page.getByRole('alert');

  await field.fill('ABC');
  await page.getByRole('button', { name: '探す' }).click();
  await expect(alert).toHaveText('シリアル番号は英字と数字の20文字です（ハイフンは数えません。例: ABCD-EFGH-JKLM-NPQR-2345）。');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();

  await field.fill('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  await field.press('Enter');
  await expect(alert).toHaveText('お客様のアカウントにこのシリアル番号は見つかりません。');
  await expect(field).toHaveAccessibleDescription(
    '英字と数字の20文字です（ハイフンは数えません。例: ABCD-EFGH-JKLM-NPQR-2345）。全角・小文字・スペースを含んでいても探せます。 ' +
      'お客様のアカウントにこのシリアル番号は見つかりません。',
  );
  await page.screenshot({ path: screenshotPath('find-serial-error-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  await field.fill('ｈ９ｔｃ－３ｘｎｆ ７ＫＱＢ ２rmw５pdj');
  await page.getByRole('button', { name: '探す' }).click();

  await expect(page).toHaveURL('/licences/H9TC-3XNF-7KQB-2RMW-5PDJ');
  await expect(page.getByRole('heading', { level: 1, name: 'シリアル番号 H9TC-3XNF-7KQB-2RMW-5PDJ' })).toBeFocused();
  await expect(page.getByRole('definition')).toHaveText([
    productNames.CLOUD.ja,
    '2025年10月26日',
    '期限切れ（約1年前）',
  ]);
  await expect(page.locator('.eligibility-callout')).toHaveText('更新できます');
  const groups = await optionGroups(page);
  expect(groups.map((group) => group.product)).toEqual(
    (['TS_STANDARD', 'TS_PREMIUM', 'CLOUD', 'CLOUD_DLS_PREMIUM'] as const).map((code) => productNames[code].ja),
  );
  expect(groups.map((group) => group.rows.map(([term]) => term))).toEqual(Array(4).fill(['1年', '2年', '3年']));
  expect(groups[2]?.rows[0]).toEqual(['1年', '5,200円', '520円', '5,720円', '2027年11月26日']);
  expect(errors).toEqual([]);
});

test('a serial whose renewal window has closed says so, with no options', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);
  // This time by the note under the list rather than the menu.
  await page.getByRole('main').getByRole('link', { name: 'シリアル番号で探す' }).click();
  await page.getByRole('textbox', { name: 'シリアル番号' }).fill('W2NP-6DJR-4YHX-9TCK-8BQM');
  await page.getByRole('button', { name: '探す' }).click();

  await expect(page).toHaveURL('/licences/W2NP-6DJR-4YHX-9TCK-8BQM');
  await expect(page.getByRole('definition')).toHaveText([
    productNames.CLOUD.ja,
    '2023年11月26日',
    '期限切れ（約3年前）',
  ]);
  await expect(page.locator('.eligibility-callout')).toHaveText(
    '2025年11月26日で更新受付を終了しました。新しいライセンスをお買い求めください',
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  // Not a dead end: what to do instead, where the renewable ones are, and whom to ask.
  const wayForward = page.getByRole('region', { name: '今後のお手続き' });
  await expect(wayForward.getByRole('listitem')).toHaveText([
    '引き続き保護を受けるには、新しいライセンスをお買い求めください。ウイルスバスター クラウドをはじめ各製品を新しいシリアル番号でお使いいただけます。',
    'ほかに更新できるライセンスがないかは、マイライセンスで確かめられます。 更新できるライセンスを見る',
    'ご不明な点は、このシリアル番号をお手元にご用意のうえ、株式会社コウシン・ソフトウェアのサポート窓口へお問い合わせください: support@koushin.example',
  ]);
  await page.screenshot({ path: screenshotPath('licence-too-late-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.eligibility-callout')).toHaveText(
    'Renewal closed on 26 Nov 2025; please buy a new licence',
  );
  await expect(page.getByRole('definition').nth(2)).toHaveText('Expired about 3 years ago');
  await page.getByRole('link', { name: 'See renewable licences' }).click();
  await expect(page).toHaveURL('/licences?filter=renewable');
  await expect(
    page.getByRole('group', { name: 'Licences to show' }).getByRole('button', { name: 'Renewable 9' }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('a licence page for a serial not in the account says it was not found', async ({ page }) => {
  await signInAsDemo(page);
  await page.goto('/licences/ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  await expect(page.getByRole('heading', { level: 1, name: 'ライセンスが見つかりません' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'マイライセンスへ戻る' }).click();
  await expect(page).toHaveURL('/licences');

  await page.goto('/licences/not-a-serial');
  await expect(page.getByRole('heading', { level: 1, name: 'ライセンスが見つかりません' })).toBeVisible();
  await expectNoAxeViolationsInBothLanguages(page);
});
