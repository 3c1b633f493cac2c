import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { demo, screenshotPath, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

const serial = 'QF7K-2M9P-XR4T-8WNC-3HJD';

test('a licence link opened signed out leads through sign-in to that licence', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await page.goto(`/licences/${serial}`);

  await expect(page).toHaveURL(`/sign-in?next=%2Flicences%2F${serial}`);
  await page.getByLabel('メールアドレス').fill(demo.email);
  await page.getByLabel('パスワード').fill(demo.password);
  await page.getByRole('button', { name: 'サインイン' }).click();

  await expect(page).toHaveURL(`/licences/${serial}`);
  await expect(page.getByRole('heading', { level: 1, name: `シリアル番号 ${serial}` })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a next address on another site leads to My licences instead', async ({ page }) => {
  await page.goto('/sign-in?next=//evil.example');
  await page.getByLabel('メールアドレス').fill(demo.email);
  await page.getByLabel('パスワード').fill(demo.password);
  await page.getByRole('button', { name: 'サインイン' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'マイライセンス' })).toBeVisible();
  await expect(page).toHaveURL('/licences');
});

test('a password link that does not work says so and offers a new one', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await page.goto(`/set-password#token=${'A'.repeat(43)}`);

  // The token leaves the address bar (and so history) as soon as the page has read it.
  await expect(page).toHaveURL('/set-password');
  await expect(page.getByRole('heading', { level: 1, name: '新しいパスワードの設定' })).toBeVisible();
  await page.getByLabel('新しいパスワード', { exact: true }).fill('a long new password');
  await page.getByLabel('新しいパスワード（確認）').fill('a long new password');
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'このリンクではパスワードを設定できません' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'このリンクは使えません。有効期限（1時間）が過ぎたか、すでに使われたか、新しいリンクをお送りしたためです。もう一度お申し込みください。',
  );
  await page.screenshot({ path: screenshotPath('set-password-invalid-link-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);
  await page.getByRole('link', { name: 'リンクをもう一度受け取る' }).click();
  await expect(page).toHaveURL('/forgot-password');
  expect(errors).toEqual([]);
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('a first visit is in English, until the reader chooses', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: '日本語' }).click();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'サインイン' })).toBeVisible();
  });
});
