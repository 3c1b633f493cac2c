import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { demo, screenshotPath, watchConsoleErrors } from './demo';

test.skip(!hasChromium, noChromiumMessage);

test('a wrong password gets one neutral sentence and no session', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await page.goto('/');
  await expect(page).toHaveURL('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'サインイン' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('sign-in-ja'), fullPage: true });

  await page.getByLabel('メールアドレス').fill(demo.email);
  await page.getByLabel('パスワード').fill('not-the-password');
  await page.getByRole('button', { name: 'サインイン' }).click();

  await expect(page.getByRole('alert')).toHaveText('メールアドレスまたはパスワードが正しくありません。');
  await expect(page).toHaveURL('/sign-in');
  await page.screenshot({ path: screenshotPath('sign-in-error-ja'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  await page.goto('/licences');
  await expect(page).toHaveURL('/sign-in');
  expect(errors).toEqual([]);
});
