import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { listedSerials, productNames, screenshotPath, signInAsDemo, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

async function tableRows(page: Page): Promise<string[][]> {
  const rows = page.getByRole('table').locator('tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (cell) => cell.textContent.trim())),
  );
}

test('the demo account sees its nine serials, switches to English, and signs out', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await signInAsDemo(page);

  await expect(page).toHaveURL('/licences');
  await page.goto('/');
  await expect(page).toHaveURL('/licences');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('banner')).toContainText('demo@koushin.example');
  await expect(page.getByRole('banner')).toContainText('株式会社デモ商事');
  await expect(page.getByText('全9件')).toBeVisible();
  // Every listed demo serial can be renewed on 2026-11-26; each row says so and links to its options.
  expect(await tableRows(page)).toEqual(
    listedSerials.map((l) => [
      '',
      l.serial,
      productNames[l.product].ja,
      l.expiry.ja,
      l.status.ja,
      `更新できます契約更新を申し込む (${l.serial})更新オプションを見る (${l.serial})`,
    ]),
  );
  await page.screenshot({ path: screenshotPath('licences-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My licences' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('cell', { name: productNames.TS_STANDARD.en }).first()).toBeVisible();
  expect(await tableRows(page)).toEqual(
    listedSerials.map((l) => [
      '',
      l.serial,
      productNames[l.product].en,
      l.expiry.en,
      l.status.en,
      `Renewable nowRenew (${l.serial})See renewal options (${l.serial})`,
    ]),
  );
  await expect(page.getByText('9 licences')).toBeVisible();
  await page.screenshot({ path: screenshotPath('licences-en'), fullPage: true });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My licences' })).toBeVisible();
  await expect(page.getByRole('cell', { name: productNames.CLOUD_DLS_PREMIUM.en }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('demo@koushin.example');

  await page.goto('/licences');
  await expect(page).toHaveURL('/sign-in');
  await page.goto('/');
  await expect(page).toHaveURL('/sign-in');
  expect(errors).toEqual([]);
});

test('the page is usable from the keyboard: skip link, focus on the new page heading', async ({ page }) => {
  await page.goto('/sign-in');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'メインコンテンツへスキップ' });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('メールアドレス')).toBeFocused();
  await page.keyboard.type('demo@koushin.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Koushin-Demo-2026');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'マイライセンス' })).toBeFocused();
  await expect(page).toHaveTitle('マイライセンス | Koushin 更新');
});

test('the sign-in page passes axe in both languages', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'サインイン' })).toBeVisible();
  await expectNoAxeViolationsInBothLanguages(page);
});
