// The whole password-by-mail flow as a newcomer lives it: ask for a link, read the mail the app sent
// (over real SMTP, to the catcher) on /dev/mail, follow its link, set a password, and be signed in.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsInBothLanguages } from './axe';
import { hasChromium, noChromiumMessage } from './chromium';
import { screenshotPath, watchConsoleErrors } from './demo';
import { deleteCaughtMail, mailFrame, openNewestMailTo, withoutSandboxReports } from './mail';

test.skip(!hasChromium, noChromiumMessage);

// Imported by the demo data with no password: the first-time flow is how such a customer gets in.
const newcomer = 'newcomer@koushin.example';

test('a newcomer sets a first password from the mailed link and is signed in', async ({ page }) => {
  const errors = watchConsoleErrors(page);
  await deleteCaughtMail(page);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'パスワードをお忘れの方・初めての方' }).click();
  await expect(page).toHaveURL('/forgot-password');
  await page.getByLabel('メールアドレス').fill(newcomer);
  await page.screenshot({ path: screenshotPath('forgot-password-form'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);
  await page.getByRole('button', { name: 'リンクを送る' }).click();
  await expect(page.getByText('ご入力のメールアドレスが登録されている場合は')).toBeVisible();
  await page.screenshot({ path: screenshotPath('forgot-password-sent'), fullPage: true });
  await expectNoAxeViolationsInBothLanguages(page);

  const link = await openNewestMailTo(page, newcomer);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:8765\/set-password#token=[\w-]{43}$/);
  await expect(page.getByRole('heading', { level: 1, name: '【Koushin】パスワード設定のご案内' })).toBeVisible();
  await expect(mailFrame(page).getByText('はじめて工業株式会社')).toBeVisible();
  await page.screenshot({ path: screenshotPath('forgot-password-mail'), fullPage: true });
  // The caught-mail page is the server's own HTML, in one language.
  await expectNoAxeViolations(page);

  await mailFrame(page).getByRole('link', { name: 'パスワードを設定する' }).click();
  await expect(page).toHaveURL('/set-password'); // the token left the address bar
  await page.getByLabel('新しいパスワード', { exact: true }).fill('newcomer passphrase 2026');
  await page.getByLabel('新しいパスワード（確認）').fill('newcomer passphrase 2026');
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'マイライセンス' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'K8PM-2WQD-7RXN-4CJT-9HFB', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Y3TF-6HKR-9MWC-2PDX-5QNJ', exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('forgot-password-signed-in'), fullPage: true });

  // The link works once.
  await page.goto(link);
  await page.getByLabel('新しいパスワード', { exact: true }).fill('another passphrase 2026');
  await page.getByLabel('新しいパスワード（確認）').fill('another passphrase 2026');
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'このリンクではパスワードを設定できません' })).toBeVisible();
  expect(withoutSandboxReports(errors)).toEqual([]);
});
